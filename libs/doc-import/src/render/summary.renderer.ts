import type { OrgChartVersion } from '@dondoc/domain';
import type { ImportedDocument, ImportedTask, Recurrence } from '../imported-document.types';

const EVERY: Record<Recurrence['every'], string> = { month: 'hằng tháng', quarter: 'hằng quý', year: 'hằng năm' };

export function formatDateVi(iso: string | null): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function describeRecurrence(r: Recurrence | null): string {
  if (!r) return '—';
  let text = r.interval && r.interval > 1 ? `định kỳ ${r.interval} tháng` : EVERY[r.every];
  if (r.dueDay) text += r.dueMonth ? ` (trước ngày ${r.dueDay}/${r.dueMonth})` : ` (trước ngày ${r.dueDay})`;
  if (r.until) text += ` đến ${formatDateVi(r.until)}`;
  return text;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function unitList(ids: string[], chart: OrgChartVersion | undefined, max = 4): string {
  const names = ids.map((id) => chart?.units.find((u) => u.id === id)?.name ?? id);
  if (names.length <= max) return names.join('; ');
  return `${names.slice(0, max).join('; ')} … (+${names.length - max})`;
}

function taskLines(t: ImportedTask, chart: OrgChartVersion | undefined): string[] {
  const out = [`  ${t.ref}. ${shorten(t.text, 110)}  [dòng ${t.lines[0]}–${t.lines[1]}]`];
  const lead = t.leadFromAddressees
    ? `các đơn vị nhận văn bản (${t.leadUnitIds.length}): ${unitList(t.leadUnitIds, chart)}`
    : `${t.lead.join('; ')}${t.leadUnitIds.length ? ` → ${t.leadUnitIds.length} đơn vị` : ' (chưa khớp sơ đồ tổ chức)'}`;
  out.push(`     Chủ trì: ${lead}`);
  if (t.support.length) out.push(`     Phối hợp: ${t.support.join('; ')}`);
  const deadline = t.deadline
    ? formatDateVi(t.deadline)
    : t.workingDays !== undefined
      ? `${t.workingDays} ngày làm việc kể từ ngày văn bản`
      : '—';
  out.push(`     Thời hạn: ${deadline}; Định kỳ: ${describeRecurrence(t.recurrence)}`);
  for (const n of t.notes) out.push(`     Ghi chú: ${n}`);
  return out;
}

/** The readable Vietnamese summary `dondoc import <file>` prints without --json. */
export function renderSummary(doc: ImportedDocument, opts: { chart?: OrgChartVersion } = {}): string {
  const chart = opts.chart;
  const ref = [doc.number, doc.symbol].filter(Boolean).join('/');
  const lines: string[] = [];
  lines.push(
    `${doc.docTypeName}${ref ? ` số ${doc.reference ?? ref}` : ''} ngày ${doc.date === null && doc.datePartial ? `… tháng ${Number(doc.datePartial.slice(5))} năm ${doc.datePartial.slice(0, 4)} (để trống ngày)` : formatDateVi(doc.date)}${doc.place ? ` (${doc.place})` : ''}`,
  );
  lines.push(`Cơ quan ban hành: ${doc.issuer ?? '—'}${doc.issuerParent ? ` (thuộc ${doc.issuerParent})` : ''}`);
  lines.push(`Trích yếu: ${doc.subject ?? '—'}`);
  lines.push(`Người ký: ${doc.signer ? `${doc.signer.title} ${doc.signer.name}`.trim() : '—'}`);
  lines.push('');
  lines.push(`Kính gửi / đơn vị thực hiện (${doc.addressees.length}):`);
  for (const u of doc.units) {
    const how =
      u.match === 'none' ? 'không khớp sơ đồ tổ chức' : u.match === 'vague' ? 'không chỉ rõ đơn vị' : `${u.unitIds.length} đơn vị`;
    lines.push(`  - ${u.addressee} → ${how}`);
  }
  lines.push('');
  lines.push(`Nhiệm vụ (${doc.tasks.length}):`);
  for (const t of doc.tasks) lines.push(...taskLines(t, chart));
  const pairs = doc.tasks.reduce((n, t) => n + t.leadUnitIds.length, 0);
  const unitsInvolved = new Set(doc.tasks.flatMap((t) => t.leadUnitIds)).size;
  lines.push('');
  lines.push(`Phân giao: ${doc.tasks.length} nhiệm vụ × đơn vị chủ trì = ${pairs} đầu việc cho ${unitsInvolved} đơn vị.`);
  if (doc.recipients.length) lines.push(`Nơi nhận: ${doc.recipients.join('; ')}`);
  if (doc.orgChart) lines.push(`Sơ đồ tổ chức: ${doc.orgChart.chartId} v${doc.orgChart.version}`);
  lines.push('');
  lines.push(doc.warnings.length ? `Cảnh báo (${doc.warnings.length}):` : 'Cảnh báo: không có.');
  for (const w of doc.warnings) lines.push(`  ! ${w.message}`);
  return lines.join('\n') + '\n';
}
