import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DirectiveDraft } from '@dondoc/contracts';
import { directiveFixtureSchema, fixtureToDraft } from '@dondoc/doc-import';

/**
 * The national case of issue 18 for tests and benches: the seed letter's six items, each
 * addressed to `units` generated commune-level units (`xa-NNNN-tinh-N`, 34 provinces);
 * 3,321 units give 19,926 tasks.
 */
export function nationalDirectiveDraft(units: number, number?: string): DirectiveDraft {
  const file = path.resolve(__dirname, '../../../../infra/seed/directive.907-UBND-NV.json');
  const fixture = directiveFixtureSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const groups = ['provincial-sectors', 'district-people-committees', 'provincial-people-committees'];
  const { draft } = fixtureToDraft(fixture, [
    { id: 'ubnd-tinh', groups: [], children: groups.map((g) => ({ id: g, groups: [g], children: [] })) },
  ]);
  const communes = Array.from({ length: units }, (_, i) => `xa-${String(i + 1).padStart(4, '0')}-tinh-${(i % 34) + 1}`);
  return { ...draft, number: number ?? draft.number, tasks: draft.tasks.map((t) => ({ ...t, leadUnitIds: communes, supportUnitIds: [] })) };
}
