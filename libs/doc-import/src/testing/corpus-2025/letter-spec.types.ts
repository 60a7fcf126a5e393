import type { DocType, RecurrenceEvery } from '../../imported-document.types';

// A corpus letter as its author wrote it: header, outline, signature, and beside each item
// that is a task what it should read as. Renderers lay the same letter out the ways it
// reaches people (a portal page, a legal-document site, a PDF and its text, a Word file).

export interface TaskTruth {
  lead: string[];
  deadline?: string;
  recurrence?: { every: RecurrenceEvery; dueDay?: number; dueMonth?: number };
}

export interface OutlineItem {
  /** As printed: "I.", "1.", "1.1.", "a)", "-". */
  m: string;
  text: string;
  kids?: OutlineItem[];
  /** Present when the item is a task (a leaf the importer must report). */
  task?: TaskTruth;
}

export interface LetterSpec {
  /** File stem: "kh-41-KH-UBND". */
  id: string;
  /** Left header column, as printed (parent body first). */
  issuerLines: string[];
  issuer: string;
  number: string;
  symbol: string;
  place: string;
  date: string;
  docType: DocType;
  /** "KẾ HOẠCH", "CHỈ THỊ", …; null for a công văn (its subject is the V/v line). */
  typeHeading: string | null;
  /** Type name on a legal site's metadata block ("Công văn", "Kế hoạch"). */
  typeName: string;
  /** The trích yếu as the importer should give it ("V/v …" kept for a công văn). */
  subject: string;
  /** "Kính gửi" lines: one name, or several each on a "- " line. */
  kinhGui?: string[];
  /** The addressees the draft should carry, as written. */
  addressees: string[];
  addresseeUnits?: number;
  intro: string[];
  body: OutlineItem[];
  closing?: string[];
  recipients: string[];
  signer: { authority: string[]; position: string; name: string };
}

/** Every task of a letter in reading order, with the text it is printed with. */
export function tasksOf(items: OutlineItem[]): { text: string; truth: TaskTruth }[] {
  return items.flatMap((i) => [...(i.task ? [{ text: i.text, truth: i.task }] : []), ...tasksOf(i.kids ?? [])]);
}

/** "2025-08-14" → "ngày 14 tháng 8 năm 2025". */
export function dateWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `ngày ${d} tháng ${m} năm ${y}`;
}
