import type { ImportedTask, ImportResult } from '../imported-document.types';
import type { ExpectedTask, LetterExpectation } from './letter-expectation.types';

// One letter's import against its expectation, field by field. Every field counts once:
// the header facts, the addressees, and for each expected task its text, lead, deadline
// and recurrence; a task the importer invented counts as one wrong field.

export type FieldName =
  | 'outcome'
  | 'number'
  | 'symbol'
  | 'date'
  | 'docType'
  | 'issuer'
  | 'signer'
  | 'subject'
  | 'addressees'
  | 'addresseeUnits'
  | 'task.text'
  | 'task.lead'
  | 'task.deadline'
  | 'task.recurrence'
  | 'task.extra';

export interface FieldOutcome {
  field: FieldName;
  ok: boolean;
  /** Where in the letter ("task 3"), for the report of misses. */
  where?: string;
  expected?: unknown;
  actual?: unknown;
}

export function scoreLetter(result: ImportResult, exp: LetterExpectation): FieldOutcome[] {
  if (exp.error) {
    const actual = result.ok ? 'imported' : result.error.code;
    return [{ field: 'outcome', ok: actual === exp.error, expected: exp.error, actual }];
  }
  if (!result.ok) {
    // Nothing read: every field of the letter is a miss.
    const misses = fieldsOf(exp).map((field) => ({ field, ok: false, expected: 'imported', actual: result.error.code }));
    return misses;
  }
  const doc = result.document;
  const d = exp.document;
  const out: FieldOutcome[] = [];
  if (d) {
    const same = (field: FieldName, expected: unknown, actual: unknown, eq: (a: never, b: never) => boolean = Object.is): void => {
      out.push({ field, ok: eq(expected as never, actual as never), expected, actual });
    };
    same('number', d.number, doc.number);
    same('symbol', d.symbol, doc.symbol, sameText);
    same('date', d.date, doc.date);
    same('docType', d.docType, doc.docType);
    same('issuer', d.issuer, doc.issuer, sameText);
    same('signer', d.signer, doc.signer?.name ?? null, sameText);
    same('subject', d.subject, doc.subject, sameText);
    same('addressees', d.addressees, doc.addressees, sameNames);
    if (d.addresseeUnits !== undefined) {
      same('addresseeUnits', d.addresseeUnits, new Set(doc.units.flatMap((u) => u.unitIds)).size);
    }
  }
  if (exp.tasks) out.push(...scoreTasks(exp.tasks, doc.tasks));
  return out;
}

function fieldsOf(exp: LetterExpectation): FieldName[] {
  const doc: FieldName[] = exp.document ? ['number', 'symbol', 'date', 'docType', 'issuer', 'signer', 'subject', 'addressees'] : [];
  if (exp.document?.addresseeUnits !== undefined) doc.push('addresseeUnits');
  const task: FieldName[] = ['task.text', 'task.lead', 'task.deadline', 'task.recurrence'];
  return [...doc, ...(exp.tasks ?? []).flatMap(() => task)];
}

/** Expected tasks matched in order to the imported ones whose words they share most. */
function scoreTasks(expected: ExpectedTask[], actual: ImportedTask[]): FieldOutcome[] {
  const out: FieldOutcome[] = [];
  let from = 0;
  const used = new Set<number>();
  expected.forEach((e, k) => {
    const where = `nhiệm vụ ${k + 1}`;
    let best = -1;
    let bestScore = 0.5;
    for (let i = from; i < actual.length; i++) {
      const s = wordOverlap(e.text, actual[i].text);
      if (s > bestScore) [best, bestScore] = [i, s];
    }
    if (best < 0) {
      out.push({ field: 'task.text', ok: false, where, expected: e.text, actual: null });
      for (const field of ['task.lead', 'task.deadline', 'task.recurrence'] as const) out.push({ field, ok: false, where });
      return;
    }
    used.add(best);
    from = best + 1;
    const a = actual[best];
    out.push({ field: 'task.text', ok: bestScore >= 0.9, where, expected: e.text, actual: a.text });
    out.push({ field: 'task.lead', ok: sameNames(e.lead, a.lead), where, expected: e.lead, actual: a.lead });
    out.push({ field: 'task.deadline', ok: e.deadline === a.deadline, where, expected: e.deadline, actual: a.deadline });
    const rec = e.recurrence;
    const recOk =
      rec === null
        ? a.recurrence === null
        : a.recurrence !== null &&
          a.recurrence.every === rec.every &&
          (rec.dueDay === undefined || a.recurrence.dueDay === rec.dueDay) &&
          (rec.dueMonth === undefined || a.recurrence.dueMonth === rec.dueMonth);
    out.push({ field: 'task.recurrence', ok: recOk, where, expected: rec, actual: a.recurrence });
  });
  actual.forEach((a, i) => {
    if (!used.has(i)) out.push({ field: 'task.extra', ok: false, where: `nhiệm vụ thừa ${a.ref}`, actual: a.text.slice(0, 120) });
  });
  return out;
}

/** Lower case, spaces collapsed, end punctuation dropped: "Sở Tài chính;" is "sở tài chính". Marks count. */
export function comparable(text: string | null): string | null {
  if (text === null) return null;
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[“”"]/g, '')
    .replace(/\s*([,;:])\s*/g, '$1 ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–+•.:;,]+|[\s.:;,]+$/g, '')
    .trim();
}

function sameText(a: string | null, b: string | null): boolean {
  return comparable(a) === comparable(b);
}

function sameNames(a: string[], b: string[]): boolean {
  const fa = [...new Set(a.map(comparable))].sort();
  const fb = [...new Set(b.map(comparable))].sort();
  return fa.length === fb.length && fa.every((x, i) => x === fb[i]);
}

/** Share of the words of both texts that they have in common (Dice over word multisets). */
export function wordOverlap(a: string, b: string): number {
  const words = (t: string): string[] => (comparable(t) ?? '').split(/[\s,;:.()]+/).filter(Boolean);
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}
