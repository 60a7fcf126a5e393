// Writes fixtures/corpus-2025: each letter of the corpus in three of the layouts letters
// reach people in, and two as scans, each beside the expected extraction written from the
// letter (never from the importer). Needs LibreOffice and poppler (pdftotext, pdftoppm):
//   SWC_NODE_PROJECT=tsconfig.json node -r @swc-node/register libs/doc-import/src/testing/corpus-2025/make-corpus-2025.ts
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import { join } from 'node:path';
import { CORPUS_2025 } from './corpus-letters';
import type { LetterExpectation } from '../../accuracy/letter-expectation.types';
import { expectation } from './expectation-of';
import { letterDocx } from './render-docx';
import { legalSiteScrape, portalPage } from './render-text-layouts';

const OUT = join(__dirname, '..', '..', '..', 'fixtures', 'corpus-2025');

function write(name: string, content: string | Uint8Array, exp: LetterExpectation): void {
  writeFileSync(join(OUT, name), content);
  writeFileSync(join(OUT, name.replace(/\.(txt|docx|pdf)$/, '.expected.json')), `${JSON.stringify(exp, null, 2)}\n`);
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'corpus-2025-'));
  const pdfLayouts = ['pdf-text-layer', 'pdftotext-raw', 'pdftotext-layout'] as const;
  // Every letter: a web layout, a PDF layout and a Word layout, rotating so each has several.
  for (const [k, spec] of CORPUS_2025.entries()) {
    const web = k % 2 === 0 ? 'portal-html' : 'legal-site-table';
    write(`${spec.id}.${web}.txt`, web === 'portal-html' ? portalPage(spec) : legalSiteScrape(spec), expectation(spec, web));
    const word = Math.floor(k / 2) % 2 === 0 ? 'eoffice-docx' : 'docx-numbered';
    write(`${spec.id}.${word}.docx`, await letterDocx(spec, word === 'docx-numbered'), expectation(spec, word));
    writeFileSync(join(tmp, `${spec.id}.docx`), await letterDocx(spec, false));
  }
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', tmp, ...CORPUS_2025.map((s) => join(tmp, `${s.id}.docx`))], {
    stdio: 'ignore',
  });
  for (const [k, spec] of CORPUS_2025.entries()) {
    const layout = pdfLayouts[k % 3];
    const pdf = join(tmp, `${spec.id}.pdf`);
    if (layout === 'pdf-text-layer') write(`${spec.id}.${layout}.pdf`, readFileSync(pdf), expectation(spec, layout));
    else {
      const args = layout === 'pdftotext-layout' ? ['-layout', pdf, '-'] : [pdf, '-'];
      write(`${spec.id}.${layout}.txt`, execFileSync('pdftotext', args), expectation(spec, layout));
    }
  }
  // Two letters scanned: a page image without a text layer.
  for (const spec of [CORPUS_2025[0], CORPUS_2025[7]]) {
    execFileSync('pdftoppm', [
      '-r',
      '70',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(tmp, `${spec.id}.pdf`),
      join(tmp, `${spec.id}-scan`),
    ]);
    const image = new ImageRun({
      type: 'png',
      data: readFileSync(join(tmp, `${spec.id}-scan.png`)),
      transformation: { width: 595, height: 842 },
    });
    const page = new Document({
      sections: [
        { properties: { page: { margin: { top: 0, bottom: 0, left: 0, right: 0 } } }, children: [new Paragraph({ children: [image] })] },
      ],
    });
    writeFileSync(join(tmp, `${spec.id}-scan.docx`), new Uint8Array(await Packer.toBuffer(page)));
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', tmp, join(tmp, `${spec.id}-scan.docx`)], { stdio: 'ignore' });
    writeFileSync(join(OUT, `${spec.id}.scan.pdf`), readFileSync(join(tmp, `${spec.id}-scan.pdf`)));
    writeFileSync(join(OUT, `${spec.id}.scan.expected.json`), `${JSON.stringify({ layout: 'scan', error: 'no-text-layer' }, null, 2)}\n`);
  }
  rmSync(tmp, { recursive: true, force: true });
  process.stdout.write(`${readdirSync(OUT).filter((f) => !f.endsWith('.expected.json')).length} letters in ${OUT}\n`);
}

void main();
