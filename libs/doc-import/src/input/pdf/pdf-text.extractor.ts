import type { Extracted } from '../extract-text';
import type { ImportWarning } from '../../imported-document.types';
import { readPageContent } from './pdf-content';
import { PdfDocument, PdfEncryptedError } from './pdf-document';
import { layoutPage } from './pdf-layout';

/**
 * Text layer of a PDF, page by page. A PDF with no text (a scan) or with fonts that
 * carry no Unicode mapping is an error that says so, not an empty import.
 */
export function extractPdfText(bytes: Uint8Array): Extracted {
  let doc: PdfDocument;
  try {
    doc = new PdfDocument(bytes);
  } catch (e) {
    if (e instanceof PdfEncryptedError) {
      return { ok: false, error: { code: 'encrypted-pdf', message: 'PDF được mã hóa (có mật khẩu/hạn chế); hãy gỡ mã hóa hoặc xuất lại PDF rồi nhập.' } };
    }
    throw e;
  }
  const pages = doc.pages();
  if (!pages.length) return { ok: false, error: { code: 'corrupt-file', message: 'PDF không có trang nào đọc được.' } };

  const lines: string[] = [];
  let chars = 0;
  let unknown = 0;
  let images = 0;
  pages.forEach(({ page, resources }, i) => {
    const content = readPageContent(doc, page, resources);
    images += content.images;
    for (const r of content.runs) {
      chars += r.text.replace(/\s/g, '').length;
      unknown += r.unknown;
    }
    if (i > 0) lines.push('');
    lines.push(...layoutPage(content.runs));
  });

  const known = chars - unknown;
  if (known < 20) {
    const scanned = images > 0 ? ` Tệp có ${images} ảnh trên ${pages.length} trang: có thể là bản quét.` : '';
    const reason = unknown > 0 ? ' (phông chữ không có bảng mã Unicode)' : '';
    return {
      ok: false,
      error: {
        code: 'no-text-layer',
        message: `PDF không có lớp chữ${reason}.${scanned} Cần nhận dạng chữ (OCR) hoặc dùng bản .docx/.pdf gốc.`,
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
  return { ok: true, text: lines.join('\n').replace(/\ufffd+/g, '\ufffd'), format: 'pdf', warnings };
}
