import type { ImportedTask } from '../imported-document.types';
import type { UnitResolver } from '../resolve/unit-resolver';
import { parseDeadlines, type DeadlineInfo } from './deadline.parser';
import type { RawTask } from './outline-tasks';
import { parseRecurrence } from './recurrence.parser';
import { parseResponsibility, type Responsibility } from './responsibility.parser';
import { splitStackedNames } from './unit-list.splitter';

export interface EnrichContext {
  docDate: string | null;
  resolver: UnitResolver;
  addresseeUnitIds: string[];
}

function fromCells(raw: RawTask): Responsibility {
  const lead = raw.cells?.lead ? splitStackedNames(raw.cells.lead) : [];
  const support = raw.cells?.support ? splitStackedNames(raw.cells.support) : [];
  return { lead, support: support.filter((s) => !lead.includes(s)) };
}

/** Adds who, by when and how often to a raw task, inheriting from enclosing items. */
export function enrichTask(raw: RawTask, ctx: EnrichContext): ImportedTask {
  const notes = [...raw.notes];
  let resp = raw.cells ? fromCells(raw) : parseResponsibility(raw.text);
  if (raw.cells && resp.lead.length === 0) resp = { ...resp, lead: parseResponsibility(raw.text).lead };
  const paragraphs = raw.text.split('\n');
  if (!raw.cells && resp.lead.length === 0 && paragraphs.length > 1 && paragraphs[0].length <= 100 && !/[.;:]$/.test(paragraphs[0])) {
    // "3. Cải cách tài chính công" over "Sở Tài chính hướng dẫn …": the title names no one.
    const body = parseResponsibility(paragraphs.slice(1).join(' '));
    if (body.lead.length) resp = { lead: body.lead, support: resp.support.length ? resp.support : body.support };
  }
  if (resp.lead.length === 0) {
    for (const head of raw.ancestors) {
      const inherited = parseResponsibility(head);
      if (inherited.lead.length) {
        resp = { lead: inherited.lead, support: resp.support.length ? resp.support : inherited.support };
        notes.push('Đơn vị chủ trì lấy từ mục cha.');
        break;
      }
    }
  }

  let dl: DeadlineInfo = raw.cells?.deadline
    ? merge(parseDeadlines(raw.cells.deadline, ctx.docDate, { cell: true }), parseDeadlines(raw.text, ctx.docDate))
    : parseDeadlines(raw.text, ctx.docDate);
  if (!dl.deadlines.length && dl.workingDays === undefined) {
    for (const head of raw.ancestors) {
      const inherited = parseDeadlines(head, ctx.docDate);
      if (inherited.deadlines.length || inherited.workingDays !== undefined) {
        dl = inherited;
        notes.push('Thời hạn lấy từ mục cha.');
        break;
      }
    }
  }
  if (dl.ongoing && !dl.deadlines.length) notes.push('Văn bản ghi thực hiện thường xuyên/liên tục.');

  let rec = parseRecurrence([raw.text, raw.cells?.deadline ?? ''].join(' '));
  if (!rec.recurrence) {
    for (const head of raw.ancestors) {
      const inherited = parseRecurrence(head);
      if (inherited.recurrence) {
        rec = inherited;
        notes.push('Chu kỳ lấy từ mục cha.');
        break;
      }
    }
  }
  notes.push(...rec.notes);
  if (rec.recurrence && rec.weak && dl.deadlines.length) {
    // "Báo cáo sơ kết 6 tháng | 15/6/2023": one report on its date, not a half-yearly duty.
    notes.push(`Báo cáo có thời hạn ${dl.deadlines[0].date}; không coi là nhiệm vụ định kỳ.`);
    rec = { recurrence: null, notes: [] };
  }

  resp = { lead: trimNames(resp.lead, ctx.resolver, notes), support: trimNames(resp.support, ctx.resolver, notes) };
  const leadUnitIds = ctx.resolver.resolveAll(resp.lead);
  const supportUnitIds = ctx.resolver.resolveAll(resp.support).filter((id) => !leadUnitIds.includes(id));
  const unresolved = resp.lead.filter((l) => ctx.resolver.chart && ctx.resolver.resolve(l).unitIds.length === 0);
  if (unresolved.length) {
    const near = unresolved.map((l) => ({ l, near: ctx.resolver.closestNames(l) }));
    notes.push(
      `Không tìm thấy trong sơ đồ tổ chức: ${near.map((x) => (x.near.length ? `${x.l} (gần nhất: ${x.near.join(', ')})` : x.l)).join('; ')}.`,
    );
  }
  const leadFromAddressees = resp.lead.length === 0;

  const task: ImportedTask = {
    ref: raw.ref,
    text: raw.text,
    lead: resp.lead,
    support: resp.support,
    deadline: dl.deadlines[0]?.date ?? null,
    recurrence: rec.recurrence,
    lines: raw.lines,
    leadUnitIds: leadFromAddressees ? [...ctx.addresseeUnitIds] : leadUnitIds,
    supportUnitIds,
    leadFromAddressees,
    deadlines: dl.deadlines,
    context: raw.context,
    source: raw.source,
    notes,
  };
  if (dl.workingDays !== undefined) task.workingDays = dl.workingDays;
  return task;
}

// Running text can glue a verb to a name; the org chart tells where the name ends.
function trimNames(names: string[], resolver: UnitResolver, notes: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const trimmed = resolver.trimToKnownUnit(name) ?? name;
    if (trimmed !== name) notes.push(`Tên đơn vị "${name}" được rút gọn thành "${trimmed}" theo sơ đồ tổ chức.`);
    if (!out.includes(trimmed)) out.push(trimmed);
  }
  return out;
}

function merge(a: DeadlineInfo, b: DeadlineInfo): DeadlineInfo {
  const deadlines = [...a.deadlines];
  for (const d of b.deadlines) if (!deadlines.some((x) => x.date === d.date)) deadlines.push(d);
  deadlines.sort((x, y) => x.date.localeCompare(y.date));
  return { deadlines, ongoing: a.ongoing || b.ongoing, workingDays: a.workingDays ?? b.workingDays };
}
