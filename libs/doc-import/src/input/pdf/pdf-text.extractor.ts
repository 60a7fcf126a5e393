import type { Extracted } from '../extract-text';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import type { ImportError, ImportWarning } from '../../imported-document.types';
import { unfoldColumns } from './pdf-columns';
import { layoutPage, type TextRun } from './pdf-layout';
import { verticalRules } from './pdf-rules';
import { weaveRuns } from './pdf-woven-runs';
import { pdfjs, pdfjsDataDir, type PdfJs } from './pdfjs';

// Characters pdf.js gives for glyphs it could not map to Unicode: the replacement
// character, C0 controls and the private use area (a font's own codes).
const UNDECODABLE = /[\ufffd\p{Cc}\p{Co}]/gu;

/**
 * Text layer of a PDF, page by page, read with pdf.js and laid out like
 * `pdftotext -layout` (two-column text is read column after column). A PDF with no text (a scan) or with fonts that carry no Unicode
 * mapping is an error that says so, not an empty import.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<Extracted> {
  const lib = pdfjs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes), // a copy pdf.js may take over; and it refuses a Node Buffer
    verbosity: lib.VerbosityLevel.ERRORS,
    useSystemFonts: false,
    cMapUrl: pdfjsDataDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: pdfjsDataDir('standard_fonts'),
  });
  try {
    let doc: PdfJs.PDFDocumentProxy;
    try {
      doc = await task.promise;
    } catch (e) {
      return { ok: false, error: openError(e) };
    }
    const lines: string[] = [];
    let chars = 0;
    let unknown = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const runs = unfoldColumns(weaveRuns(toRuns((await page.getTextContent()).items)));
      for (const r of runs) {
        chars += r.text.replace(/\s/g, '').length;
        unknown += r.text.match(UNDECODABLE)?.length ?? 0;
        r.text = r.text.replace(UNDECODABLE, '\ufffd').replace(/\ufffd+/g, '\ufffd');
      }
      if (n > 1) lines.push('');
      const drawn = runs.length ? await page.getOperatorList() : null;
      lines.push(...layoutPage(runs, drawn ? verticalRules(drawn.fnArray, drawn.argsArray, lib.OPS) : []));
    }
    if (!doc.numPages) return { ok: false, error: { code: 'corrupt-file', message: 'PDF không có trang nào đọc được.' } };

    const known = chars - unknown;
    if (known < 20) {
      const images = await countImages(doc);
      const scanned = images > 0 ? ` Tệp có ${images} ảnh trên ${doc.numPages} trang: có thể là bản quét.` : '';
      const reason = unknown > 0 ? ' (phông chữ không có bảng mã Unicode)' : '';
      return {
        ok: false,
        error: {
          code: 'no-text-layer',
          message:
            `PDF không có lớp chữ${reason}.${scanned} Cần nhận dạng chữ (OCR) hoặc dùng bản .docx/.pdf gốc. ` +
            '(The PDF has no text layer, e.g. a scan: run OCR first or send the original .docx/.pdf.)',
        },
      };
    }
    const warnings: ImportWarning[] = [];
    if (unknown / chars > 0.02) {
      warnings.push({
        code: 'pdf-undecodable-glyphs',
        message: `${unknown}/${chars} ký tự trong PDF không giải mã được (phông chữ thiếu bảng mã Unicode); hiển thị là "\ufffd", cần kiểm tra lại.`,
      });
    }
    return { ok: true, text: lines.join('\n'), format: 'pdf', warnings };
  } finally {
    await task.destroy();
  }
}

function openError(e: unknown): ImportError {
  const name = (e as { name?: string } | null)?.name;
  if (name === 'PasswordException') {
    return {
      code: 'encrypted-pdf',
      message:
        'PDF được mã hóa (có mật khẩu); hãy gỡ mã hóa hoặc xuất lại PDF rồi nhập. (The PDF is password-protected: remove the password or export it again.)',
    };
  }
  return { code: 'corrupt-file', message: `Tệp PDF hỏng hoặc không đọc được: ${(e as Error)?.message ?? String(e)}` };
}

/** pdf.js text items → runs in page space; marked-content markers carry no text. */
function toRuns(items: (TextItem | TextMarkedContent)[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of items) {
    if (!('str' in item) || !item.str) continue;
    const [, , c, d, x, y] = item.transform as number[];
    runs.push({ x, y, endX: x + item.width, size: Math.hypot(c, d), text: item.str });
  }
  return runs;
}

/** Images painted on the pages: tells a scan from an empty or unreadable page. */
async function countImages(doc: PdfJs.PDFDocumentProxy): Promise<number> {
  const { OPS } = pdfjs();
  const paints = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);
  let images = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const ops = await (await doc.getPage(n)).getOperatorList();
    images += ops.fnArray.filter((fn) => paints.has(fn)).length;
  }
  return images;
}
