import { readFileSync } from 'fs';
import { join } from 'path';
import { importDocument } from './import-document';
import { heldoutDocx, heldoutPdf } from './testing/heldout-binaries';
import { FIXTURES_DIR, fixtureBytes, fixtureNames, sampleOrgChart } from './testing/fixture-files';

interface ExpectedTask {
  ref: string;
  startsWith: string;
  leadUnitCount?: number;
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

// Letters written to differ from the first fixtures the way unseen ones will: other
// provinces and ministries, công điện / nghị quyết / quyết định with an attached plan,
// blank days, PDF-copied text (page numbers, CRLF, soft hyphens), NFD + markdown, tab and
// pipe tables, a 54-task plan, a letter typed without marks, a .docx and a .pdf.
describe('importDocument on the held-out-like letters', () => {
  const charts = sampleOrgChart().charts;

  it.each(fixtureNames('heldout-like'))('%s matches its expected JSON', (name) => {
    const expected = JSON.parse(
      readFileSync(join(FIXTURES_DIR, name.replace(/\.(txt|md|pdf|docx)$/, '.expected.json')), 'utf8'),
    ) as Expected;
    const result = importDocument({ bytes: fixtureBytes(name), fileName: name }, { orgCharts: charts });
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
  });

  it('keeps the binary fixtures in step with their builders', () => {
    // Zip entries carry a timestamp, so the letters are compared as read, not byte for byte.
    const read = (bytes: Uint8Array, fileName: string): unknown => {
      const r = importDocument({ bytes, fileName }, { orgCharts: charts });
      if (!r.ok) throw new Error(r.error.message);
      return { ...r.document, source: null };
    };
    const docx = 'heldout-like/cv-512-UBND-VP.word-numbering.docx';
    const pdf = 'heldout-like/cv-2210-STNMT-QLDD.text-layer.pdf';
    expect(read(heldoutDocx(), docx)).toEqual(read(fixtureBytes(docx), docx));
    expect(read(heldoutPdf(), pdf)).toEqual(read(fixtureBytes(pdf), pdf));
  });
});
