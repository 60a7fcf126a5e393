// Output of the importer: the shape `dondoc import <file> --json` prints. Extra fields
// beyond the brief are additive (ids, line numbers, notes), never renamed.

export type DocType =
  | 'cong-van'
  | 'chi-thi'
  | 'quyet-dinh'
  | 'thong-bao'
  | 'thong-bao-ket-luan'
  | 'ke-hoach'
  | 'cong-dien'
  | 'to-trinh'
  | 'bao-cao'
  | 'nghi-quyet'
  | 'huong-dan'
  | 'chuong-trinh'
  | 'giay-moi'
  | 'phuong-an'
  | 'de-an'
  | 'thong-tu'
  | 'nghi-dinh'
  | 'bien-ban'
  | 'unknown';

export type RecurrenceEvery = 'month' | 'quarter' | 'year';

export interface Recurrence {
  every: RecurrenceEvery;
  /** Day of the period the report or check is due ("trước ngày 20 hằng tháng" → 20). */
  dueDay?: number;
  /** For yearly duties with a fixed date ("trước ngày 15/12 hằng năm" → 12). */
  dueMonth?: number;
  /** Every n periods ("định kỳ 6 tháng" → month, interval 6). */
  interval?: number;
  /** Last day the duty recurs (inclusive). */
  until?: string;
}

export interface DatedDeadline {
  date: string;
  /** The words it came from, e.g. "trước ngày 15/3/2022". */
  phrase: string;
}

export interface ImportedTask {
  /** Outline position: "2", "I.1.a", "Điều 2", "PL.3" (appendix table row), "P1" (closing paragraph). */
  ref: string;
  text: string;
  /** Lead units as written ("Sở Nội vụ"); `leadUnitIds` holds the org chart ids. */
  lead: string[];
  support: string[];
  /** Earliest dated deadline; all of them are in `deadlines`. */
  deadline: string | null;
  recurrence: Recurrence | null;
  /** First and last line (1-based) of the extracted text the task came from. */
  lines: [number, number];
  leadUnitIds: string[];
  supportUnitIds: string[];
  /** True when no lead is named and the task fans out to every addressed unit. */
  leadFromAddressees: boolean;
  deadlines: DatedDeadline[];
  /** "trong vòng 10 ngày làm việc" → 10 (counted from the document date by the calendar). */
  workingDays?: number;
  /** Section or parent item heading, for context. */
  context?: string;
  source: 'outline' | 'table' | 'paragraph' | 'body';
  notes: string[];
}

export interface AddresseeUnits {
  addressee: string;
  unitIds: string[];
  /** How it matched: one unit, a group of units, or not at all. */
  match: 'unit' | 'group' | 'contains' | 'none' | 'vague';
}

export interface Signer {
  /** All title lines joined with a space, e.g. "KT. CHỦ TỊCH PHÓ CHỦ TỊCH". */
  title: string;
  name: string;
  /** The signer's own position: the last title line ("PHÓ CHỦ TỊCH"). */
  position: string;
  /** Authority prefixes in order, e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]. */
  authority: string[];
}

export interface ImportWarning {
  code: string;
  message: string;
  lines?: [number, number];
}

export interface ImportedDocument {
  issuer: string | null;
  number: string | null;
  symbol: string | null;
  place: string | null;
  date: string | null;
  /** "2023-06" when the letter leaves the day blank ("ngày    tháng 6 năm 2023"); `date` is then null. */
  datePartial: string | null;
  docType: DocType;
  subject: string | null;
  addressees: string[];
  /** Executors named by the article "Nơi nhận" points to ("Như Điều 3"), as written. */
  executors: string[];
  tasks: ImportedTask[];
  recipients: string[];
  signer: Signer | null;
  units: AddresseeUnits[];
  warnings: ImportWarning[];
  /** Parent body above the issuer in the header ("UBND TỈNH THỪA THIÊN HUẾ" above "SỞ NỘI VỤ"). */
  issuerParent: string | null;
  issuerUnitId: string | null;
  /** The whole reference as written, e.g. "48/2018/QĐ-UBND". */
  reference: string | null;
  /** Vietnamese name of the document type, e.g. "Công văn". */
  docTypeName: string;
  source: { format: 'text' | 'docx' | 'pdf'; fileName: string | null; lineCount: number };
  orgChart: { chartId: string; version: number } | null;
}

export type ImportErrorCode =
  'empty-input' | 'binary-input' | 'unsupported-format' | 'no-text-layer' | 'encrypted-pdf' | 'corrupt-file' | 'no-input';

export interface ImportError {
  code: ImportErrorCode;
  message: string;
}

export type ImportResult = { ok: true; document: ImportedDocument } | { ok: false; error: ImportError };
