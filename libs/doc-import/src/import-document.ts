import { versionInForce, type OrgChartVersion } from '@dondoc/domain';
import type { AddresseeUnits, ImportedDocument, ImportResult, ImportWarning } from './imported-document.types';
import { extractText, type Extracted, type ImportInput } from './input/extract-text';
import { collectTasks } from './parse/collect-tasks';
import { decideDocType, DOC_TYPE_NAMES } from './parse/doc-type';
import { parseStructure } from './parse/document-structure';
import { addresseesFromIntro } from './parse/intro-addressees';
import { articleExecutors, articlesReferred } from './parse/article-executors';
import { applyEvaluationCadence } from './parse/evaluation-cadence';
import { enrichTask } from './parse/task-enricher';
import { UnitResolver } from './resolve/unit-resolver';
import { normalizeText } from './text/normalize-text';
import { reshapeWebLayout } from './text/web-page-layout';
import { rejoinSplitSyllables } from './text/split-syllables';
import { crossCheckMetadata } from './parse/page-metadata';
import { asWrittenIn, isUnaccented, restoreMarks, restoreUnmarkedLines } from './text/unaccented-text';
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
export async function importDocument(input: ImportInput, options: ImportOptions = {}): Promise<ImportResult> {
  const extracted = await extractText(input);
  if (!extracted.ok) return extracted;
  return readLetter(extracted, input.fileName, options);
}

/** `importDocument` for text already in hand, which needs no waiting. */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  return readLetter({ ok: true, text, format: 'text', warnings: [] }, undefined, options);
}

function readLetter(extracted: Extracted & { ok: true }, fileName: string | undefined, options: ImportOptions): ImportResult {
  const reshaped = reshapeWebLayout(rejoinSplitSyllables(normalizeText(extracted.text)));
  const normalized = reshaped.text;
  if (!normalized.trim()) {
    return { ok: false, error: { code: 'empty-input', message: 'Tệp không có nội dung chữ.' } };
  }
  // A letter typed without marks is read with the marks of its key words put back; what
  // is read is given back without them, as written.
  const unaccented = isUnaccented(normalized);
  // Otherwise only the lines typed without marks (often the capitals: "KE HOACH", "NOI NHAN").
  const partly = unaccented ? null : restoreUnmarkedLines(normalized);
  const text = unaccented ? restoreMarks(normalized) : (partly?.text ?? normalized);
  const lines = toLines(text);
  const s = parseStructure(lines);
  const warnings: ImportWarning[] = [...extracted.warnings, ...s.header.warnings, ...s.footer.warnings];
  if (unaccented) {
    warnings.unshift({
      code: 'unaccented-text',
      message: 'Văn bản không có dấu tiếng Việt; đã đọc theo từ khóa không dấu, nội dung giữ nguyên như văn bản gốc. Cần rà soát kỹ.',
    });
  } else if (partly && partly.restored >= 3) {
    warnings.unshift({
      code: 'unaccented-text',
      message: `${partly.restored} dòng không có dấu tiếng Việt (thường là tiêu đề viết hoa); đã đọc theo từ khóa không dấu, nội dung giữ nguyên như văn bản gốc.`,
    });
  }

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

  // A blank day ("ngày    tháng 6 năm 2023") still dates the letter to its month: year
  // guesses for deadlines and the org chart version go by the first of that month.
  const refDate = s.header.date ?? (s.header.datePartial ? `${s.header.datePartial}-01` : null);
  const chart = pickChart(options.orgCharts ?? [], refDate, warnings);
  const resolver = new UnitResolver(chart);
  const collected = collectTasks(lines, s);
  warnings.push(...collected.warnings);

  let addressees = s.addressees.addressees;
  // "Nơi nhận: - Như Điều 3;": who that article says carries the decision out. Reported on
  // its own; a quyết định's addressees stay those it writes out.
  const executors = unique(articlesReferred(s.footer.recipients).flatMap((n) => articleExecutors(lines, s.bodyFrom, s.bodyTo, n)));
  if (addressees.length === 0) {
    const fromIntro = collected.intros.flatMap(addresseesFromIntro);
    const fromRecipients = resolver.assignableRecipients(s.footer.recipients, s.header.issuer);
    addressees = fromIntro.length ? unique(fromIntro) : fromRecipients;
    if (addressees.length) {
      warnings.push({
        code: 'addressees-inferred',
        message: `Văn bản không có "Kính gửi"; đối tượng thực hiện lấy từ ${fromIntro.length ? 'câu giao nhiệm vụ' : '"Nơi nhận"'}: ${addressees.join('; ')}.`,
      });
    }
  }
  if (!s.addressees.addressees.length) {
    const unknown = resolver.unknownRecipients(s.footer.recipients);
    if (unknown.length) {
      warnings.push({
        code: 'recipients-not-in-chart',
        message: `"Nơi nhận" có đơn vị không có trong sơ đồ tổ chức, chưa được giao: ${unknown
          .map((r) => {
            const near = resolver.closestNames(r);
            return near.length ? `${r} (gần nhất: ${near.join(', ')})` : r;
          })
          .join('; ')}. Cần xem có phải đơn vị thực hiện không.`,
      });
    }
  }
  const units: AddresseeUnits[] = addressees.map((a) => resolver.resolve(a));
  if (chart) {
    for (const u of units) {
      if (u.match !== 'none') continue;
      const near = resolver.closestNames(u.addressee);
      warnings.push({
        code: 'unresolved-addressee',
        message: `Không tìm thấy "${u.addressee}" trong sơ đồ tổ chức ${chart.chartId} v${chart.version} (hiệu lực từ ${chart.validFrom})${near.length ? `; gần nhất: ${near.join('; ')}` : ''}. Cần chọn đơn vị.`,
      });
    }
  }
  const addresseeUnitIds = unique(units.flatMap((u) => u.unitIds));

  const tasks = collected.tasks.map((t) => enrichTask(t, { docDate: refDate, resolver, addresseeUnitIds }));
  const fanOutless = tasks.filter((t) => t.leadFromAddressees && t.leadUnitIds.length === 0);
  if (fanOutless.length && chart) {
    warnings.push({
      code: 'no-lead-units',
      message: `${fanOutless.length} nhiệm vụ không nêu đơn vị chủ trì và không xác định được đơn vị nhận văn bản (${fanOutless.map((t) => t.ref).join(', ')}).`,
    });
  }
  const cadenceWarning = applyEvaluationCadence(tasks, collected.bodyText, refDate);
  if (cadenceWarning) warnings.push(cadenceWarning);

  const issuerUnitId = resolveIssuer(resolver, s.header.issuer, s.header.issuerParent);
  const document: ImportedDocument = {
    issuer: s.header.issuer,
    number: s.header.number,
    symbol: s.header.symbol,
    place: s.header.place,
    date: s.header.date,
    datePartial: s.header.datePartial,
    docType,
    subject,
    addressees,
    executors,
    tasks,
    recipients: s.footer.recipients,
    signer: s.footer.signer,
    units,
    warnings,
    issuerParent: s.header.issuerParent,
    issuerUnitId,
    reference: s.header.reference,
    docTypeName: DOC_TYPE_NAMES[docType],
    source: { format: extracted.format, fileName: fileName ?? null, lineCount: lines.length },
    orgChart: chart ? { chartId: chart.chartId, version: chart.version } : null,
  };
  if (reshaped.metadata) {
    const checked = crossCheckMetadata(document, reshaped.metadata);
    Object.assign(document, checked.filled);
    document.docTypeName = DOC_TYPE_NAMES[document.docType];
    document.warnings.push(...checked.warnings);
  }
  const restoredAny = unaccented || (partly !== null && partly.restored > 0);
  return { ok: true, document: restoredAny ? asWritten(document, asWrittenIn(normalized)) : document };
}

/** The strings read from an unmarked letter, without the marks parsing put back. */
function asWritten(doc: ImportedDocument, stripMarks: (value: string) => string): ImportedDocument {
  const plain = (v: string | null): string | null => (v === null ? null : stripMarks(v));
  const all = (v: string[]): string[] => v.map(stripMarks);
  return {
    ...doc,
    issuer: plain(doc.issuer),
    issuerParent: plain(doc.issuerParent),
    symbol: plain(doc.symbol),
    reference: plain(doc.reference),
    place: plain(doc.place),
    subject: plain(doc.subject),
    addressees: all(doc.addressees),
    executors: all(doc.executors),
    recipients: all(doc.recipients),
    signer: doc.signer && {
      title: stripMarks(doc.signer.title),
      name: stripMarks(doc.signer.name),
      position: stripMarks(doc.signer.position),
      authority: all(doc.signer.authority),
    },
    units: doc.units.map((u) => ({ ...u, addressee: stripMarks(u.addressee) })),
    tasks: doc.tasks.map((t) => ({
      ...t,
      text: stripMarks(t.text),
      lead: all(t.lead),
      support: all(t.support),
      context: t.context === undefined ? undefined : stripMarks(t.context),
      deadlines: t.deadlines.map((d) => ({ ...d, phrase: stripMarks(d.phrase) })),
    })),
  };
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
