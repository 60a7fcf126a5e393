import { versionInForce, type OrgChartVersion } from '@dondoc/domain';
import type { AddresseeUnits, ImportedDocument, ImportResult, ImportWarning } from './imported-document.types';
import { extractText, type ImportInput } from './input/extract-text';
import { collectTasks } from './parse/collect-tasks';
import { decideDocType, DOC_TYPE_NAMES } from './parse/doc-type';
import { parseStructure } from './parse/document-structure';
import { addresseesFromIntro } from './parse/intro-addressees';
import { applyEvaluationCadence } from './parse/evaluation-cadence';
import { enrichTask } from './parse/task-enricher';
import { UnitResolver } from './resolve/unit-resolver';
import { normalizeText } from './text/normalize-text';
import { toLines } from './text/text-lines';

export interface ImportOptions {
  /** Every version of the org chart(s); the one in force on the document's date is used. */
  orgCharts?: readonly OrgChartVersion[];
}

/**
 * An official letter (text, .docx or text-layer .pdf) → directive data: header facts,
 * addressees resolved to units, tasks with leads, deadlines and recurrence. Pure: the
 * caller reads the file. Fatal problems come back as `{ ok: false }`, doubts as warnings.
 */
export function importDocument(input: ImportInput, options: ImportOptions = {}): ImportResult {
  const extracted = extractText(input);
  if (!extracted.ok) return extracted;
  const text = normalizeText(extracted.text);
  if (!text.trim()) {
    return { ok: false, error: { code: 'empty-input', message: 'Tệp không có nội dung chữ.' } };
  }
  const lines = toLines(text);
  const s = parseStructure(lines);
  const warnings: ImportWarning[] = [...extracted.warnings, ...s.header.warnings, ...s.footer.warnings];

  const subject = s.header.vv ?? s.title.subject;
  const { docType, conflict } = decideDocType({
    symbol: s.header.symbol,
    title: s.title.title,
    subject,
    hasVv: s.header.vv !== null,
    hasKinhGui: s.addressees.lines !== null,
  });
  if (conflict) warnings.push({ code: 'doc-type-conflict', message: conflict });
  if (docType === 'unknown') warnings.push({ code: 'unknown-doc-type', message: 'Không xác định được loại văn bản.' });
  if (!subject) warnings.push({ code: 'missing-subject', message: 'Không thấy trích yếu ("V/v …" hoặc dòng dưới tên loại văn bản).' });

  const chart = pickChart(options.orgCharts ?? [], s.header.date, warnings);
  const resolver = new UnitResolver(chart);
  const collected = collectTasks(lines, s);
  warnings.push(...collected.warnings);

  let addressees = s.addressees.addressees;
  if (addressees.length === 0) {
    const fromIntro = collected.intros.flatMap(addresseesFromIntro);
    const fromRecipients = resolver.assignableRecipients(s.footer.recipients);
    addressees = fromIntro.length ? unique(fromIntro) : fromRecipients;
    if (addressees.length) {
      warnings.push({
        code: 'addressees-inferred',
        message: `Văn bản không có "Kính gửi"; đối tượng thực hiện lấy từ ${fromIntro.length ? 'câu giao nhiệm vụ' : '"Nơi nhận"'}: ${addressees.join('; ')}.`,
      });
    }
  }
  const units: AddresseeUnits[] = addressees.map((a) => resolver.resolve(a));
  if (chart) {
    for (const u of units) {
      if (u.match === 'none') warnings.push({ code: 'unresolved-addressee', message: `Không tìm thấy "${u.addressee}" trong sơ đồ tổ chức.` });
    }
  }
  const addresseeUnitIds = unique(units.flatMap((u) => u.unitIds));

  const tasks = collected.tasks.map((t) => enrichTask(t, { docDate: s.header.date, resolver, addresseeUnitIds }));
  const fanOutless = tasks.filter((t) => t.leadFromAddressees && t.leadUnitIds.length === 0);
  if (fanOutless.length && chart) {
    warnings.push({
      code: 'no-lead-units',
      message: `${fanOutless.length} nhiệm vụ không nêu đơn vị chủ trì và không xác định được đơn vị nhận văn bản (${fanOutless.map((t) => t.ref).join(', ')}).`,
    });
  }
  const cadenceWarning = applyEvaluationCadence(tasks, collected.bodyText, s.header.date);
  if (cadenceWarning) warnings.push(cadenceWarning);

  const issuerUnitId = resolveIssuer(resolver, s.header.issuer, s.header.issuerParent);
  const document: ImportedDocument = {
    issuer: s.header.issuer,
    number: s.header.number,
    symbol: s.header.symbol,
    place: s.header.place,
    date: s.header.date,
    docType,
    subject,
    addressees,
    tasks,
    recipients: s.footer.recipients,
    signer: s.footer.signer,
    units,
    warnings,
    issuerParent: s.header.issuerParent,
    issuerUnitId,
    reference: s.header.reference,
    docTypeName: DOC_TYPE_NAMES[docType],
    source: { format: extracted.format, fileName: input.fileName ?? null, lineCount: lines.length },
    orgChart: chart ? { chartId: chart.chartId, version: chart.version } : null,
  };
  return { ok: true, document };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function pickChart(charts: readonly OrgChartVersion[], date: string | null, warnings: ImportWarning[]): OrgChartVersion | null {
  if (!charts.length) return null;
  if (date) {
    const inForce = versionInForce(charts, date);
    if (inForce) return inForce;
  }
  // No date, or no version covers it: the nearest earlier version, else the earliest.
  const sorted = [...charts].sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.version - b.version);
  const earlier = date ? sorted.filter((c) => c.validFrom <= date) : sorted;
  const chosen = earlier.length ? earlier[earlier.length - 1] : sorted[0];
  warnings.push({
    code: 'org-chart-not-in-force',
    message: date
      ? `Không có phiên bản sơ đồ tổ chức hiệu lực ngày ${date}; dùng ${chosen.chartId} v${chosen.version} (${chosen.validFrom}${chosen.validTo ? ` – ${chosen.validTo}` : ''}).`
      : `Văn bản không có ngày; dùng sơ đồ tổ chức ${chosen.chartId} v${chosen.version}.`,
  });
  return chosen;
}

function resolveIssuer(resolver: UnitResolver, issuer: string | null, parent: string | null): string | null {
  if (!issuer) return null;
  const candidates = parent ? [`${issuer} ${parent}`, issuer] : [issuer];
  for (const c of candidates) {
    const r = resolver.resolve(c);
    if (r.unitIds.length === 1 && r.match !== 'group') return r.unitIds[0];
  }
  return null;
}
