import type { ImportedTask, ImportWarning } from '../imported-document.types';
import { evaluationCadence } from './recurrence.parser';

const EVERY_VI = { month: 'hằng tháng', quarter: 'hằng quý', year: 'hằng năm' } as const;
const vi = (iso: string): string => iso.split('-').reverse().join('/');

/**
 * When the letter sets no deadlines but asks for periodic evaluation ("định kỳ hàng
 * tháng, cuối năm có đánh giá"), each task without a deadline is a recurring duty until
 * 31/12 of the document's year: otherwise nothing would ever remind anyone of it.
 */
export function applyEvaluationCadence(tasks: ImportedTask[], bodyText: string, docDate: string | null): ImportWarning | null {
  const cadence = evaluationCadence(bodyText);
  // Only for letters that set no deadline at all; a dated letter meant what it dated.
  if (!cadence || !docDate || tasks.some((t) => t.deadline || t.workingDays !== undefined)) return null;
  const until = `${docDate.slice(0, 4)}-12-31`;
  const changed: string[] = [];
  for (const task of tasks) {
    if (task.deadline || task.workingDays !== undefined) continue;
    if (!task.recurrence) {
      task.recurrence = cadence.interval ? { every: cadence.every, interval: cadence.interval } : { every: cadence.every };
      task.notes.push(
        `Không có thời hạn; theo yêu cầu đánh giá định kỳ của văn bản, coi là nhiệm vụ ${EVERY_VI[cadence.every]} đến ${vi(until)}.`,
      );
    } else {
      task.notes.push(`Nhiệm vụ định kỳ đến hết năm (${vi(until)}).`);
    }
    task.recurrence.until ??= until;
    changed.push(task.ref);
  }
  if (!changed.length) return null;
  return {
    code: 'recurring-until-year-end',
    message: `Văn bản không nêu thời hạn nhưng yêu cầu đánh giá định kỳ ("${cadence.phrase}"); ${changed.length} nhiệm vụ (${changed.join(', ')}) được coi là nhiệm vụ ${EVERY_VI[cadence.every]} đến hết ngày ${vi(until)}.`,
  };
}
