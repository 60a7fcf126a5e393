import { foldVietnamese } from '@dondoc/domain';
import type { DocType } from '../imported-document.types';

export const DOC_TYPE_NAMES: Record<DocType, string> = {
  'cong-van': 'Công văn',
  'chi-thi': 'Chỉ thị',
  'quyet-dinh': 'Quyết định',
  'thong-bao': 'Thông báo',
  'thong-bao-ket-luan': 'Thông báo kết luận',
  'ke-hoach': 'Kế hoạch',
  'cong-dien': 'Công điện',
  'to-trinh': 'Tờ trình',
  'bao-cao': 'Báo cáo',
  'nghi-quyet': 'Nghị quyết',
  'huong-dan': 'Hướng dẫn',
  'chuong-trinh': 'Chương trình',
  'giay-moi': 'Giấy mời',
  'phuong-an': 'Phương án',
  'de-an': 'Đề án',
  'thong-tu': 'Thông tư',
  'nghi-dinh': 'Nghị định',
  'bien-ban': 'Biên bản',
  unknown: 'Không xác định',
};

// Abbreviations of Nghị định 30/2020/NĐ-CP (Phụ lục III) that open a document symbol.
const SYMBOL_PREFIX: Record<string, DocType> = {
  ct: 'chi-thi',
  qd: 'quyet-dinh',
  tb: 'thong-bao',
  kh: 'ke-hoach',
  cd: 'cong-dien',
  ttr: 'to-trinh',
  bc: 'bao-cao',
  nq: 'nghi-quyet',
  hd: 'huong-dan',
  ctr: 'chuong-trinh',
  gm: 'giay-moi',
  pa: 'phuong-an',
  da: 'de-an',
  tt: 'thong-tu',
  nd: 'nghi-dinh',
  bb: 'bien-ban',
};

const TITLE_WORDS: [string, DocType][] = [
  ['thong bao ket luan', 'thong-bao-ket-luan'],
  ['quyet dinh', 'quyet-dinh'],
  ['chi thi', 'chi-thi'],
  ['thong bao', 'thong-bao'],
  ['ke hoach', 'ke-hoach'],
  ['cong dien', 'cong-dien'],
  ['to trinh', 'to-trinh'],
  ['bao cao', 'bao-cao'],
  ['nghi quyet', 'nghi-quyet'],
  ['huong dan', 'huong-dan'],
  ['chuong trinh', 'chuong-trinh'],
  ['giay moi', 'giay-moi'],
  ['phuong an', 'phuong-an'],
  ['de an', 'de-an'],
  ['thong tu', 'thong-tu'],
  ['nghi dinh', 'nghi-dinh'],
  ['bien ban', 'bien-ban'],
  ['cong van', 'cong-van'],
];

export function docTypeFromSymbol(symbol: string | null): DocType | null {
  if (!symbol) return null;
  const prefix = foldVietnamese(symbol.split(/[-/]/)[0] ?? '').replace(/\s/g, '');
  return SYMBOL_PREFIX[prefix] ?? null;
}

/** The document type a heading line names ("CHỈ THỊ", "THÔNG BÁO KẾT LUẬN"), if any. */
export function docTypeFromTitle(title: string): DocType | null {
  const folded = foldVietnamese(title);
  for (const [words, type] of TITLE_WORDS) if (folded === words || folded.startsWith(words + ' ')) return type;
  return null;
}

export function decideDocType(input: {
  symbol: string | null;
  title: string | null;
  subject: string | null;
  hasVv: boolean;
  hasKinhGui: boolean;
}): { docType: DocType; conflict: string | null } {
  const bySymbol = docTypeFromSymbol(input.symbol);
  const byTitle = input.title ? docTypeFromTitle(input.title) : null;
  let docType: DocType = byTitle ?? bySymbol ?? (input.hasVv || input.hasKinhGui ? 'cong-van' : 'unknown');
  // "THÔNG BÁO / Kết luận của Chủ tịch UBND tỉnh tại cuộc họp ..." is a conclusion notice.
  // So is "Ý kiến kết luận (chỉ đạo) của …".
  if (docType === 'thong-bao' && input.subject && /^(y kien )?ket luan\b|^y kien chi dao\b/.test(foldVietnamese(input.subject))) {
    docType = 'thong-bao-ket-luan';
  }
  const family = (t: DocType | null): DocType | null => (t === 'thong-bao-ket-luan' ? 'thong-bao' : t);
  const conflict =
    bySymbol && byTitle && family(bySymbol) !== family(byTitle)
      ? `Ký hiệu "${input.symbol}" chỉ loại ${DOC_TYPE_NAMES[bySymbol]} nhưng tiêu đề là "${input.title}"; dùng tiêu đề.`
      : null;
  return { docType, conflict };
}
