import { bodyLines, hardWrap, kinhGuiLines, MOTTO, placeDate, recipientLines, reference, signatureLines } from './letter-lines';
import type { LetterSpec } from './letter-spec.types';

// Letters as they are copied off web pages: a provincial portal (the page's own title and
// furniture around the letter, the header table's cells one after another) and a legal
// documents site (its metadata block first, the header as a table whose cells hold line
// breaks, the body hard-wrapped with trailing spaces, headings broken over two lines).

const ddmmyyyy = (iso: string): string => iso.split('-').reverse().join('/');

export function portalPage(spec: LetterSpec): string {
  const out = [
    'Trang chủ » Văn bản » Văn bản chỉ đạo, điều hành',
    '',
    `${spec.typeName} số ${reference(spec)} ngày ${ddmmyyyy(spec.date)} ${spec.typeHeading ? spec.subject.charAt(0).toLowerCase() + spec.subject.slice(1) : spec.subject.replace(/^V\/v /, 'về việc ')}`,
    `Ngày đăng: ${ddmmyyyy(spec.date)} | Lượt xem: 1.${spec.number.slice(-3).padStart(3, '0')}`,
    '',
    ...spec.issuerLines,
    `Số: ${reference(spec)}`,
    ...(spec.typeHeading ? [] : [spec.subject]),
    ...MOTTO,
    placeDate(spec),
    '',
    ...(spec.typeHeading ? [spec.typeHeading, spec.subject, ''] : []),
    ...kinhGuiLines(spec),
    '',
  ];
  for (const l of bodyLines(spec)) out.push(l.text, '');
  out.push(...recipientLines(spec), ...signatureLines(spec), '(Đã ký)', spec.signer.name, '');
  out.push(
    `Tệp đính kèm: ${spec.id}.pdf`,
    'In trang | Gửi email | Chia sẻ',
    '',
    'Văn bản khác:',
    '- Lịch công tác tuần của lãnh đạo UBND',
    '- Thông báo tuyển dụng viên chức năm 2025',
  );
  return `${out.join('\n')}\n`;
}

/** Headings longer than a cell break after a comma ("I. MỤC ĐÍCH," / "YÊU CẦU"). */
function wrapHeading(text: string): string[] {
  const comma = text.indexOf(', ');
  if (text === text.toUpperCase() && comma > 0 && comma < text.length - 4) return [text.slice(0, comma + 1), text.slice(comma + 2)];
  return hardWrap(text, 88);
}

export function legalSiteScrape(spec: LetterSpec): string {
  const ref = reference(spec);
  const meta = [
    '| Số hiệu | ' + ref + ' |',
    '| Loại văn bản | ' + spec.typeName + ' |',
    '| Cơ quan ban hành | ' + titleCase(spec.issuer) + ' |',
    '| Ngày ban hành | ' + ddmmyyyy(spec.date) + ' |',
    '| Trích yếu | ' + spec.subject + ' |',
    '| Người ký | ' + spec.signer.name + ' |',
    '| Tình trạng | Còn hiệu lực |',
  ];
  const out = ['Văn bản pháp luật » ' + spec.typeName, '', ...meta, '', 'Nội dung toàn văn', ''];
  const left = [...spec.issuerLines, '-------'];
  out.push(`| ${left.join('\n')} | ${MOTTO.join('\n')}\n--------------- |`);
  out.push(`| Số:\n${ref}${spec.typeHeading ? '' : `\n${spec.subject}`} | ${placeDate(spec)} |`, '');
  if (spec.typeHeading) {
    out.push(spec.typeHeading);
    out.push(...hardWrap(spec.subject, 48), '');
  }
  if (spec.kinhGui) out.push(...kinhGuiLines(spec), '');
  for (const l of bodyLines(spec)) {
    const lines = l.marker && /^[IVX]+\.$/.test(l.marker) ? wrapHeading(l.text) : hardWrap(l.text, 88);
    // Trailing spaces where the site's renderer broke the line.
    out.push(...lines.map((x, k) => (k < lines.length - 1 ? `${x} ` : x)));
  }
  out.push('');
  out.push(`| ${recipientLines(spec).join('\n')} | ${[...signatureLines(spec), '', '', spec.signer.name].join('\n')} |`);
  return `${out.join('\n')}\n`;
}

function titleCase(issuer: string): string {
  return issuer
    .toLowerCase()
    .replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase())
    .replace(/^Ủy Ban Nhân Dân/, 'UBND')
    .replace(/^Bộ /, 'Bộ ')
    .replace(/ (Thành Phố|Tỉnh|Huyện|Phường|Xã)(?= )/g, (m) => m.toLowerCase());
}
