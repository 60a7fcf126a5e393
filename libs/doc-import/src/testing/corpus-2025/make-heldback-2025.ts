// Writes fixtures/heldback-2025: letters the importer was not tuned on, in layouts the
// corpus does not use — Word's own "save as plain text" of a numbered letter, and the PDF
// of that Word file read by `pdftotext -layout`. Needs LibreOffice and poppler:
//   SWC_NODE_PROJECT=tsconfig.json node -r @swc-node/register libs/doc-import/src/testing/corpus-2025/make-heldback-2025.ts
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectation } from './expectation-of';
import { HELDBACK } from './letters-heldback';
import { letterDocx } from './render-docx';

const OUT = join(__dirname, '..', '..', '..', 'fixtures', 'heldback-2025');

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'heldback-2025-'));
  for (const spec of HELDBACK) writeFileSync(join(tmp, `${spec.id}.docx`), await letterDocx(spec, true));
  const docs = HELDBACK.map((s) => join(tmp, `${s.id}.docx`));
  execFileSync('soffice', ['--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', tmp, ...docs], { stdio: 'ignore' });
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', tmp, ...docs], { stdio: 'ignore' });
  for (const spec of HELDBACK) {
    const save = (layout: string, content: Uint8Array | string): void => {
      writeFileSync(join(OUT, `${spec.id}.${layout}.txt`), content);
      writeFileSync(join(OUT, `${spec.id}.${layout}.expected.json`), `${JSON.stringify(expectation(spec, layout), null, 2)}\n`);
    };
    save('word-plain-text', readFileSync(join(tmp, `${spec.id}.txt`)));
    save('pdftotext-layout-numbered', execFileSync('pdftotext', ['-layout', join(tmp, `${spec.id}.pdf`), '-']));
  }
  rmSync(tmp, { recursive: true, force: true });
}

void main();
