import { readFileSync } from 'fs';
import { join } from 'path';
import type { OrgChartVersion } from '@dondoc/domain';
import { importDocument } from '../import-document';
import { FIXTURES_DIR, fixtureBytes } from './fixture-files';

// The one way a fixture letter is checked against the `.expected.json` beside it, shared
// by the fixture specs (the first letters and the held-out-like ones).

interface ExpectedTask {
  ref: string;
  startsWith: string;
  leadUnitIds?: string[];
  leadUnitCount?: number;
  supportUnitIds?: string[];
  supportUnitCount?: number;
  [key: string]: unknown;
}

interface Expected {
  fixture: string;
  document: Record<string, unknown>;
  units: { addressee: string; match: string; unitCount: number }[];
  tasks: ExpectedTask[];
  warningCodes: string[];
}

/** Imports fixture `name` (a path under fixtures/) and asserts it matches its expected JSON. */
export async function expectFixtureMatches(name: string, charts: OrgChartVersion[]): Promise<void> {
  const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, name.replace(/\.(txt|md|pdf|docx)$/, '.expected.json')), 'utf8')) as Expected;
  const result = await importDocument({ bytes: fixtureBytes(name), fileName: name }, { orgCharts: charts });
  if (!result.ok) throw new Error(result.error.message);
  const doc = result.document;

  expect(doc).toMatchObject(expected.document);
  expect(doc.units.map((u) => ({ addressee: u.addressee, match: u.match, unitCount: u.unitIds.length }))).toEqual(expected.units);
  expect(doc.tasks.map((t) => t.ref)).toEqual(expected.tasks.map((t) => t.ref));
  doc.tasks.forEach((task, i) => {
    const { startsWith, leadUnitCount, supportUnitCount, ...rest } = expected.tasks[i];
    expect(task.text.startsWith(startsWith)).toBe(true);
    expect(task).toMatchObject(rest);
    if (leadUnitCount !== undefined) expect(task.leadUnitIds).toHaveLength(leadUnitCount);
    if (supportUnitCount !== undefined) expect(task.supportUnitIds).toHaveLength(supportUnitCount);
  });
  expect(doc.warnings.map((w) => w.code)).toEqual(expected.warningCodes);
}
