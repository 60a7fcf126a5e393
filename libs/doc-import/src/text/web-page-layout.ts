import { foldVietnamese } from '@dondoc/domain';

// Letters copied off web pages and PDF text come in shapes the letter parser was not
// written for. Before parsing, this puts them back into the one shape it reads, keeping
// one output line per input line (line numbers keep pointing at the text as extracted):
// - a legal-documents site's metadata block (`| Số hiệu | 12/KH-UBND |`) is lifted out as
//   evidence, and the page's own furniture before the letter blanked;
// - a table row whose cells hold line breaks (the header and signature tables as a site
//   prints them) is laid out as two columns side by side, the way a PDF shows them;
// - the state motto broken over two lines by a narrow column is put back on one.

/** What a legal-documents site prints about a letter before the letter itself. */
export interface PageMetadata {
  reference?: string;
  docTypeName?: string;
  issuer?: string;
  date?: string;
  subject?: string;
  signer?: string;
}

const META_KEYS: [RegExp, keyof PageMetadata][] = [
  [/^(so hieu|so ky hieu|so van ban|ky hieu)$/, 'reference'],
  [/^(loai van ban|hinh thuc van ban)$/, 'docTypeName'],
  [/^(co quan ban hanh|noi ban hanh|don vi ban hanh)$/, 'issuer'],
  [/^(ngay ban hanh|ngay ky)$/, 'date'],
  [/^(trich yeu|trich yeu noi dung|tieu de)$/, 'subject'],
  [/^(nguoi ky|nguoi ky duyet)$/, 'signer'],
];

// Where a letter starts: its issuer's name in capitals, or the motto.
const LETTER_START =
  /^\|?\s*(ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|BỘ|SỞ|VĂN PHÒNG|BAN|THANH TRA|CHÍNH PHỦ|THỦ TƯỚNG|TỈNH ỦY|THÀNH ỦY|CỤC|TỔNG CỤC|CÔNG AN|TRUNG TÂM|ĐẢNG ỦY|CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI)(?![\p{L}\d])/u;
const HEADER_NEAR = /(?:^|\s|\|)(Số|SỐ)\s*[:.]?(?:\s|$)|CỘNG\s+H[ÒO]A|Độc lập/u;
const TRAILING_FURNITURE =
  /^(Tệp đính kèm|File đính kèm|Tải về|Văn bản khác|Văn bản liên quan|Tin liên quan|In trang|Lượt xem|Chia sẻ)\b/iu;

export function reshapeWebLayout(text: string): { text: string; metadata: PageMetadata | null } {
  const lines = text.split('\n');
  const start = letterStart(lines);
  let metadata: PageMetadata | null = null;
  if (start > 0) {
    metadata = readMetadata(lines.slice(0, start));
    // Page furniture only when the letter visibly starts later: a bare letter is untouched.
    for (let i = 0; i < start; i++) lines[i] = '';
  }
  cutTrailingFurniture(lines);
  spreadCellRows(lines);
  joinWrappedMotto(lines);
  return { text: lines.join('\n'), metadata };
}

function letterStart(lines: string[]): number {
  for (let i = 0; i < Math.min(lines.length, 80); i++) {
    const t = lines[i].trim();
    if (!LETTER_START.test(t) || t.length > 120) continue;
    if (t.startsWith('|') && /\|\s*\S.*\|\s*$/.test(t) && metaKey(t.split('|')[1] ?? '')) continue; // a metadata row
    const near = lines.slice(i, i + 9).join('\n');
    if (HEADER_NEAR.test(near)) return i;
  }
  return 0;
}

function metaKey(cell: string): keyof PageMetadata | null {
  const f = foldVietnamese(cell);
  return META_KEYS.find(([re]) => re.test(f))?.[1] ?? null;
}

function readMetadata(lines: string[]): PageMetadata | null {
  const meta: PageMetadata = {};
  for (const line of lines) {
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
    // A row may hold one pair or two ("| Số hiệu | 12/KH-UBND | Ngày ban hành | 01/02/2025 |").
    for (let k = 0; k + 1 < cells.length; k += 2) {
      const key = metaKey(cells[k]);
      if (key && cells[k + 1] && !meta[key]) meta[key] = cells[k + 1];
    }
  }
  return Object.keys(meta).length ? meta : null;
}

function cutTrailingFurniture(lines: string[]): void {
  for (let i = Math.max(0, lines.length - 20); i < lines.length; i++) {
    if (TRAILING_FURNITURE.test(lines[i].trim())) {
      for (let j = i; j < lines.length; j++) lines[j] = '';
      return;
    }
  }
}

/** `| a\nb | c\nd |` over several lines → "a      c" / "b      d", as many lines as it had. */
function spreadCellRows(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i].trim();
    if (!first.startsWith('|') || /^\|.*\|\s*$/.test(first)) continue;
    let end = i + 1;
    while (end < lines.length && end - i < 40 && !/\|\s*$/.test(lines[end].trim())) end++;
    if (end >= lines.length || end - i >= 40) continue;
    const row = lines
      .slice(i, end + 1)
      .join('\n')
      .trim()
      .replace(/^\|/, '')
      .replace(/\|\s*$/, '');
    const cells = row
      .split(/\s\|\s|\s\|$|^\|\s/)
      .map((c) => joinLabels(c.split('\n').map((x) => x.trim())).filter((x) => x && !/^[-–—_=]{3,}$/.test(x)));
    const width = Math.max(...cells.slice(0, -1).flatMap((c) => c.map((x) => x.length)), 0) + 6;
    const height = Math.max(...cells.map((c) => c.length));
    const out: string[] = [];
    for (let r = 0; r < height; r++) {
      out.push(
        cells
          .map((c, k) => (k < cells.length - 1 ? (c[r] ?? '').padEnd(width) : (c[r] ?? '')))
          .join('')
          .replace(/\s+$/, ''),
      );
    }
    for (let k = 0; k <= end - i; k++) lines[i + k] = out[k] ?? '';
    i = end;
  }
}

/** "Số:" on its own line, its value on the next: one line, as printed on paper. */
function joinLabels(cellLines: string[]): string[] {
  const out: string[] = [];
  for (const l of cellLines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /^(Số|SỐ)\s*[:.]?$/u.test(prev) && l) out[out.length - 1] = `${prev} ${l}`;
    else out.push(l);
  }
  return out;
}

const MOTTO_CUT = /CỘNG\s+H[ÒO]A\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA(?:\s+VIỆT)?\s*$/u;

function joinWrappedMotto(lines: string[]): void {
  for (let i = 0; i + 1 < Math.min(lines.length, 30); i++) {
    const m = MOTTO_CUT.exec(lines[i]);
    if (!m) continue;
    const rest = /VIỆT\s*$/u.test(m[0]) ? 'NAM' : 'VIỆT NAM';
    const next = lines[i + 1];
    const at = next.search(new RegExp(`(?:^|\\s)${rest}\\s*$`, 'u'));
    if (at < 0) continue;
    lines[i] = `${lines[i].replace(/\s+$/, '')} ${rest}`;
    lines[i + 1] = next.slice(0, at).replace(/\s+$/, '');
  }
}
