import type { OrgChartVersion } from '@dondoc/domain';
import { importDocument } from '../import-document';
import type { LetterExpectation } from './letter-expectation.types';
import { scoreLetter, type FieldName, type FieldOutcome } from './score-letter';

// Per-field accuracy over a folder of letters, each beside its `<name>.expected.json`.
// `dondoc import --evaluate <folder>` prints it; the corpus spec keeps it as a floor.

export interface CorpusLetter {
  fileName: string;
  bytes: Uint8Array;
  expected: LetterExpectation;
}

export interface LetterScore {
  fileName: string;
  layout: string;
  outcomes: FieldOutcome[];
}

export interface CorpusScore {
  letters: LetterScore[];
  byField: Record<string, { correct: number; total: number }>;
  byLayout: Record<string, { correct: number; total: number }>;
  correct: number;
  total: number;
  /** correct / total, 0..1. */
  accuracy: number;
}

export async function evaluateCorpus(letters: CorpusLetter[], orgCharts: readonly OrgChartVersion[]): Promise<CorpusScore> {
  const scored: LetterScore[] = [];
  for (const l of letters) {
    const result = await importDocument({ bytes: l.bytes, fileName: l.fileName }, { orgCharts });
    scored.push({ fileName: l.fileName, layout: l.expected.layout, outcomes: scoreLetter(result, l.expected) });
  }
  const byField: CorpusScore['byField'] = {};
  const byLayout: CorpusScore['byLayout'] = {};
  let correct = 0;
  let total = 0;
  for (const s of scored) {
    for (const o of s.outcomes) {
      tally(byField, o.field, o.ok);
      tally(byLayout, s.layout, o.ok);
      total++;
      if (o.ok) correct++;
    }
  }
  return { letters: scored, byField, byLayout, correct, total, accuracy: total ? correct / total : 0 };
}

function tally(into: Record<string, { correct: number; total: number }>, key: string, ok: boolean): void {
  const t = (into[key] ??= { correct: 0, total: 0 });
  t.total++;
  if (ok) t.correct++;
}

const FIELD_NAMES: Record<FieldName, string> = {
  outcome: 'kết quả đọc tệp',
  number: 'số',
  symbol: 'ký hiệu',
  date: 'ngày ban hành',
  docType: 'loại văn bản',
  issuer: 'cơ quan ban hành',
  signer: 'người ký',
  subject: 'trích yếu',
  addressees: 'nơi nhận thực hiện',
  addresseeUnits: 'đơn vị quy đổi',
  'task.text': 'nhiệm vụ: nội dung',
  'task.lead': 'nhiệm vụ: chủ trì',
  'task.deadline': 'nhiệm vụ: thời hạn',
  'task.recurrence': 'nhiệm vụ: định kỳ',
  'task.extra': 'nhiệm vụ thừa',
};

const pct = (c: number, t: number): string => `${t ? ((100 * c) / t).toFixed(1) : '—'} %`;

/** The Vietnamese report: accuracy per field and per layout, then every miss. */
export function renderCorpusScore(score: CorpusScore, opts: { misses?: boolean } = {}): string {
  const lines = [
    `Độ chính xác theo trường: ${pct(score.correct, score.total)} (${score.correct}/${score.total} trường, ${score.letters.length} văn bản)`,
    '',
  ];
  lines.push('Theo trường:');
  for (const [field, t] of Object.entries(score.byField)) {
    lines.push(
      `  ${(FIELD_NAMES[field as FieldName] ?? field).padEnd(24)} ${pct(t.correct, t.total).padStart(8)}  (${t.correct}/${t.total})`,
    );
  }
  lines.push('', 'Theo cách trình bày:');
  for (const [layout, t] of Object.entries(score.byLayout))
    lines.push(`  ${layout.padEnd(24)} ${pct(t.correct, t.total).padStart(8)}  (${t.correct}/${t.total})`);
  if (opts.misses !== false) {
    const missed = score.letters.filter((l) => l.outcomes.some((o) => !o.ok));
    if (missed.length) lines.push('', 'Trường sai:');
    for (const l of missed) {
      lines.push(`  ${l.fileName}`);
      for (const o of l.outcomes.filter((x) => !x.ok)) {
        lines.push(`    - ${FIELD_NAMES[o.field]}${o.where ? ` (${o.where})` : ''}: cần ${show(o.expected)}, đọc được ${show(o.actual)}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

function show(v: unknown): string {
  const s = v === undefined ? '—' : JSON.stringify(v);
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}
