import type { ArchivedRunMeta, TimelineLine } from '@dondoc/audit';

const CLOSE_TEXT: Record<string, string> = {
  completed: 'quy trình theo dõi kết thúc',
  'continued-as-new': 'chuyển sang lượt chạy mới (kỳ báo cáo đã đóng)',
  cancelled: 'quy trình bị hủy',
  failed: 'quy trình lỗi',
  terminated: 'quy trình bị dừng cưỡng bức',
  'timed-out': 'quy trình quá thời hạn',
};

/** The task's own timeline, with the archived runs marked where they close (for auditors, in Vietnamese). */
export function auditTimeline(lines: TimelineLine[], runs: ArchivedRunMeta[]): (TimelineLine & { runId?: string })[] {
  const marks = runs
    .filter((r) => r.closedAt)
    .map((r) => ({
      at: r.closedAt as string,
      kind: 'run-closed',
      text: `Lượt chạy ${r.runIndex} (${r.eventCount} sự kiện, SHA-256 ${r.sha256.slice(0, 12)}…): ${CLOSE_TEXT[r.closeType ?? ''] ?? r.closeType}.`,
      runId: r.runId,
    }));
  // Stable: a run's closing mark follows the lines of the same instant.
  return [...lines, ...marks].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
