import { directiveDraftSchema } from '@dondoc/contracts';
import type { OrgChartSeed } from '@dondoc/domain';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importDocument } from '../import-document';
import { toDirectiveDraft } from './to-directive-draft';

const root = path.resolve(__dirname, '../../../..');
const seed = JSON.parse(fs.readFileSync(path.join(root, 'infra/seed/org-chart.thua-thien-hue.2022.json'), 'utf8')) as OrgChartSeed;
const letter = fs.readFileSync(path.join(root, 'libs/doc-import/fixtures/seed-907-UBND-NV.txt'), 'utf8');

describe('toDirectiveDraft', () => {
  it('turns 907/UBND-NV into a valid draft: six monthly duties for every addressed unit', async () => {
    const imported = await importDocument({ text: letter, fileName: 'seed.txt' }, { orgCharts: seed.charts });
    if (!imported.ok) throw new Error(imported.error.message);
    const result = toDirectiveDraft(imported.document, { issuerUnitId: 'ubnd-tinh' });
    if (!result.ok) throw new Error(result.problems.join('; '));
    const draft = directiveDraftSchema.parse(result.draft);
    expect(draft).toMatchObject({ number: '907/UBND-NV', date: '2022-01-25', issuerUnitId: 'ubnd-tinh' });
    expect(draft.tasks.map((t) => t.itemRef)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(draft.tasks[0].leadUnitIds).toContain('so-noi-vu');
    expect(draft.tasks[0].leadUnitIds).toContain('ubnd-huyen-a-luoi');
    expect(draft.tasks[0].deadline).toEqual({ every: 'month', dueDay: 31, from: '2022-01-25', until: '2022-12-31' });
  });

  it('refuses to make a draft it cannot fill, saying why', async () => {
    const imported = await importDocument({ text: letter, fileName: 'seed.txt' }, { orgCharts: [] });
    if (!imported.ok) throw new Error(imported.error.message);
    const result = toDirectiveDraft(imported.document);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain('chưa xác định được đơn vị chủ trì');
  });
});
