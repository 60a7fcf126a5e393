import { importDocument } from './import-document';
import { heldoutDocx, heldoutPdf } from './testing/heldout-binaries';
import { expectFixtureMatches } from './testing/expect-fixture';
import { fixtureBytes, fixtureNames, sampleOrgChart } from './testing/fixture-files';

// Letters written to differ from the first fixtures the way unseen ones will: other
// provinces and ministries, công điện / nghị quyết / quyết định with an attached plan,
// blank days, PDF-copied text (page numbers, CRLF, soft hyphens), NFD + markdown, tab and
// pipe tables, a 54-task plan, a letter typed without marks, a .docx and a .pdf.
describe('importDocument on the held-out-like letters', () => {
  const charts = sampleOrgChart().charts;

  it.each(fixtureNames('heldout-like'))('%s matches its expected JSON', async (name) => {
    await expectFixtureMatches(name, charts);
  });

  it('keeps the binary fixtures in step with their builders', async () => {
    // Zip entries carry a timestamp, so the letters are compared as read, not byte for byte.
    const read = async (bytes: Uint8Array, fileName: string): Promise<unknown> => {
      const r = await importDocument({ bytes, fileName }, { orgCharts: charts });
      if (!r.ok) throw new Error(r.error.message);
      return { ...r.document, source: null };
    };
    const docx = 'heldout-like/cv-512-UBND-VP.word-numbering.docx';
    const pdf = 'heldout-like/cv-2210-STNMT-QLDD.text-layer.pdf';
    expect(await read(heldoutDocx(), docx)).toEqual(await read(fixtureBytes(docx), docx));
    expect(await read(heldoutPdf(), pdf)).toEqual(await read(fixtureBytes(pdf), pdf));
  });
});
