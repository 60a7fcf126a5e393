import { foldVietnamese } from '@dondoc/domain';
import type { DocType, ImportedDocument, ImportWarning } from '../imported-document.types';
import type { PageMetadata } from '../text/web-page-layout';
import { docTypeFromTitle } from './doc-type';
import { parseNumber } from './header.parser';

// A legal-documents site's metadata block is evidence about the letter below it: it fills
// what the letter's own text did not give (a header the scrape mangled) and, where both
// speak and disagree, the letter wins and the person reviewing is told.

type Fields = Pick<ImportedDocument, 'number' | 'symbol' | 'reference' | 'date' | 'docType' | 'issuer' | 'subject' | 'signer'>;

export function crossCheckMetadata(doc: Fields, meta: PageMetadata): { filled: Partial<Fields>; warnings: ImportWarning[] } {
  const filled: Partial<Fields> = {};
  const warnings: ImportWarning[] = [];
  const used: string[] = [];
  const disagree = (label: string, letter: string, page: string): void => {
    warnings.push({
      code: 'metadata-disagrees',
      message: `${label} trong văn bản ("${letter}") khác thông tin của trang ("${page}"); giữ theo văn bản, cần kiểm tra lại.`,
    });
  };
  if (meta.reference) {
    const n = parseNumber(`Số: ${meta.reference}`);
    if (!doc.number && !doc.symbol && (n.number || n.symbol)) {
      Object.assign(filled, { number: n.number, symbol: n.symbol, reference: n.reference });
      used.push('số, ký hiệu');
    } else if (n.reference && doc.reference && compact(n.reference) !== compact(doc.reference))
      disagree('Số, ký hiệu', doc.reference, meta.reference);
  }
  const date = meta.date ? isoFromSlashes(meta.date) : null;
  if (date) {
    if (!doc.date) {
      filled.date = date;
      used.push('ngày ban hành');
    } else if (date !== doc.date) disagree('Ngày ban hành', doc.date, meta.date ?? '');
  }
  const type: DocType | null = meta.docTypeName ? docTypeFromTitle(meta.docTypeName.toUpperCase()) : null;
  if (type) {
    if (doc.docType === 'unknown') {
      filled.docType = type;
      used.push('loại văn bản');
    } else if (type !== doc.docType && !(type === 'thong-bao' && doc.docType === 'thong-bao-ket-luan'))
      disagree('Loại văn bản', doc.docType, meta.docTypeName ?? '');
  }
  if (meta.issuer) {
    if (!doc.issuer) {
      filled.issuer = meta.issuer;
      used.push('cơ quan ban hành');
    }
  }
  if (meta.subject) {
    if (!doc.subject) {
      filled.subject = meta.subject;
      used.push('trích yếu');
    } else if (!similarSubject(doc.subject, meta.subject)) disagree('Trích yếu', doc.subject, meta.subject);
  }
  if (meta.signer) {
    if (!doc.signer) {
      filled.signer = { title: '', name: meta.signer, position: '', authority: [] };
      used.push('người ký');
    } else if (foldVietnamese(doc.signer.name) !== foldVietnamese(meta.signer)) disagree('Người ký', doc.signer.name, meta.signer);
  }
  if (used.length) {
    warnings.push({
      code: 'from-page-metadata',
      message: `Lấy ${used.join(', ')} từ khối thông tin của trang web (không đọc được trong văn bản); cần đối chiếu với bản gốc.`,
    });
  }
  return { filled, warnings };
}

function compact(s: string): string {
  return foldVietnamese(s).replace(/\s+/g, '');
}

function isoFromSlashes(s: string): string | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s.trim());
  if (!m) return /^\d{4}-\d{2}-\d{2}$/.test(s.trim()) ? s.trim() : null;
  return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** The site often drops "V/v" or shortens: the same words in the same order are the same subject. */
function similarSubject(a: string, b: string): boolean {
  const strip = (s: string): string => foldVietnamese(s).replace(/^(v v|ve viec)\s+/, '');
  const fa = strip(a);
  const fb = strip(b);
  return fa === fb || fa.includes(fb) || fb.includes(fa);
}
