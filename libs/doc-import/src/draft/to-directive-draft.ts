import type { DeadlineInput, DirectiveDraftInput } from '@dondoc/contracts';
import type { ImportedDocument, ImportedTask } from '../imported-document.types';

// An imported letter as the draft that `POST /v1/directives` takes. Nothing is issued from
// here: a person confirms the draft first (the API's draft → issue steps).

export interface DraftOptions {
  /** The issuing unit when the letter's issuer did not match the org chart. */
  issuerUnitId?: string;
}

export type DraftResult = { ok: true; draft: DirectiveDraftInput; notes: string[] } | { ok: false; problems: string[] };

/** End of a day in Vietnam: a deadline "trước ngày 15/3/2022" means by the end of 15/3. */
const endOfDayVn = (date: string) => `${date}T23:59:59.999+07:00`;

export function toDirectiveDraft(doc: ImportedDocument, options: DraftOptions = {}): DraftResult {
  const problems: string[] = [];
  const notes: string[] = [];
  const number = doc.number && doc.symbol ? `${doc.number}/${doc.symbol}` : doc.reference;
  if (!number) problems.push('Không xác định được số, ký hiệu văn bản (number/symbol not found)');
  if (!doc.date) problems.push('Không xác định được ngày ban hành (date not found)');
  const issuerUnitId = doc.issuerUnitId ?? options.issuerUnitId;
  if (!issuerUnitId)
    problems.push('Không xác định được cơ quan ban hành trong sơ đồ tổ chức (issuer not in the org chart): chọn issuerUnitId');
  const tasks = doc.tasks.flatMap((task) => {
    if (task.leadUnitIds.length === 0) {
      problems.push(`Nhiệm vụ ${task.ref}: chưa xác định được đơn vị chủ trì (no lead unit)`);
      return [];
    }
    return [
      {
        itemRef: task.ref,
        text: task.text,
        leadUnitIds: task.leadUnitIds,
        supportUnitIds: task.supportUnitIds.filter((id) => !task.leadUnitIds.includes(id)),
        deadline: deadlineOf(task, doc.date ?? undefined, notes),
      },
    ];
  });
  if (tasks.length === 0 && problems.length === 0) problems.push('Văn bản không có nhiệm vụ nào (no tasks)');
  if (problems.length > 0 || !number || !doc.date || !issuerUnitId) return { ok: false, problems };
  return {
    ok: true,
    notes,
    draft: {
      number,
      date: doc.date,
      subject: doc.subject ?? number,
      issuerUnitId,
      signer: doc.signer ? { name: doc.signer.name, title: doc.signer.title } : undefined,
      tasks,
    },
  };
}

function deadlineOf(task: ImportedTask, documentDate: string | undefined, notes: string[]): DeadlineInput | null {
  if (task.deadline) return { at: endOfDayVn(task.deadline) };
  if (task.workingDays) return { workingDays: task.workingDays };
  const r = task.recurrence;
  if (!r) return null;
  const until = r.until ?? (documentDate ? `${documentDate.slice(0, 4)}-12-31` : undefined);
  if (!until) return null;
  if (r.every === 'year') {
    // A yearly duty within one year is one deadline: the year-end report.
    notes.push(`Nhiệm vụ ${task.ref}: báo cáo hằng năm được theo dõi như một hạn ngày ${until}.`);
    return { at: endOfDayVn(until) };
  }
  if (r.dueDay === undefined) {
    notes.push(`Nhiệm vụ ${task.ref}: văn bản không nêu ngày báo cáo trong kỳ; lấy ngày cuối kỳ.`);
  }
  return { every: r.every, dueDay: r.dueDay ?? 31, from: documentDate, until };
}
