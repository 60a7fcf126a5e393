// Splits "Sở Tài chính, Sở Nội vụ và UBND các huyện, thị xã, thành phố Huế" into unit
// names. Commas and "và" also occur inside names ("Sở Kế hoạch và Đầu tư", "các huyện,
// thị xã, thành phố"), so a split happens only where the next words start a new name.

// Capitalised words that open a proper unit name (followed by another capitalised word).
const NAMED_STARTERS =
  /^(Sở|Ban|Văn phòng|Thanh tra|Trung tâm|Đài|Cục|Tổng cục|Bộ|Kho bạc|Ngân hàng|Công an|Bộ Chỉ huy|Viện|Trường|Bệnh viện|Báo|Cổng|Hội|Liên đoàn|Tỉnh đoàn|Ủy ban|Uỷ ban|Cảng vụ|Chi cục|Quỹ|Hải quan|Cục Thuế|Liên minh|Mặt trận|Đoàn|Phòng|Tập đoàn|Tổng công ty|Vụ|Bộ phận)\s+\p{Lu}/u;
// Starters that begin a name whatever follows.
const ANY_STARTERS =
  /^(UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|Thủ trưởng|Chủ tịch|Giám đốc|Chánh Văn phòng|Chánh Thanh tra|Trưởng ban|Trưởng Ban|Người đứng đầu|Lãnh đạo|Bộ trưởng|Thanh tra tỉnh|Công an tỉnh|Bộ Chỉ huy Quân sự|Thường trực|Trưởng phòng|Trưởng Phòng|Tổng Giám đốc|Bảo hiểm xã hội|Bộ đội Biên phòng|Ủy ban Mặt trận|Uỷ ban Mặt trận|Liên đoàn Lao động|Hội Nông dân|Hội Liên hiệp Phụ nữ|Hội Cựu chiến binh|Đoàn Thanh niên|Điện lực|Công ty|Tổ công tác|Tổ giúp việc|Ban Chỉ đạo|Ban Tổ chức|Hội đồng|Đoàn kiểm tra|Đoàn công tác|Đoàn giám sát)(?![\p{L}])/u;
// Collective names: "các sở, ban, ngành", "các xã, phường, thị trấn", "các Bộ", "các chủ đầu tư".
const COLLECTIVE =
  /^các\s+(sở|cơ quan|đơn vị|địa phương|ngành|tổ chức|doanh nghiệp|bộ|tỉnh|huyện|quận|xã|phường|thị trấn|thị xã|phòng|ban|hội|đoàn thể|chủ đầu tư|trường|bệnh viện|trung tâm|cơ sở|tổ)(?![\p{L}])/iu;

export function startsUnitName(text: string): boolean {
  return NAMED_STARTERS.test(text) || ANY_STARTERS.test(text) || COLLECTIVE.test(text);
}

export function splitUnitList(text: string): string[] {
  const cleaned = text
    .replace(/\s+/g, ' ')
    .replace(/^[-+•]\s*/, '')
    .trim();
  const out: string[] = [];
  for (const chunk of cleaned.split(/\s*;\s*/)) {
    let current = '';
    // Tokens keep their separators so a non-split leaves the text exactly as written.
    const parts = chunk.split(/(,\s*|\s+và\s+|\s+với\s+|\s*\/\s*)/u);
    for (let k = 0; k < parts.length; k += 2) {
      const piece = parts[k];
      const sep = k > 0 ? parts[k - 1] : '';
      // "Văn phòng HĐND và UBND huyện" is one office, not two bodies.
      const jointOffice = /và/u.test(sep) && /(?:^|\s)Văn phòng\s+(?:HĐND|Hội đồng nhân dân|Đoàn ĐBQH)$/u.test(current.trim());
      if (k > 0 && current && startsUnitName(piece.trim()) && !jointOffice) {
        out.push(current);
        current = piece;
      } else {
        current += sep + piece;
      }
    }
    if (current.trim()) out.push(current);
  }
  return out.map(cleanUnitName).filter((s) => s.length > 0);
}

export function cleanUnitName(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .replace(/^[-+•]\s*/, '')
    .replace(/^(và|với|cùng|của)\s+/u, '')
    .replace(/^(?:Đồng chí|đồng chí|Ông|Bà|ông|bà)\s+(?=\p{Lu})/u, '')
    .replace(/\s+(?:và|với|cùng)(?:\s+các)?$|\s+các$/u, '')
    .replace(/[\s;,.:]+$/u, '')
    .replace(/\.\/\.?$/, '')
    .trim();
}

// Fields of the departments every province has (Sở, district Phòng) and of ministries
// (Bộ). Their names are fixed, so whatever follows one in running text is not part of
// the name unless it is a place ("Sở Y tế tỉnh Quảng Nam", "Phòng Tư pháp huyện").
const FIELDS = [
  'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường',
  'Kế hoạch và Đầu tư',
  'Tài nguyên và Môi trường',
  'Thông tin và Truyền thông',
  'Lao động - Thương binh và Xã hội',
  'Lao động, Thương binh và Xã hội',
  'Văn hóa, Thể thao và Du lịch',
  'Văn hóa và Thể thao',
  'Văn hóa và Thông tin',
  'Văn hóa - Thông tin',
  'Văn hóa, Khoa học và Thông tin',
  'Khoa học và Công nghệ',
  'Giáo dục và Đào tạo',
  'Giao thông vận tải',
  'Giao thông - Vận tải',
  'Tài chính - Kế hoạch',
  'Kinh tế và Hạ tầng',
  'Kinh tế - Hạ tầng',
  'Quản lý đô thị',
  'Dân tộc và Tôn giáo',
  'Xây dựng',
  'Tài chính',
  'Tư pháp',
  'Nội vụ',
  'Công Thương',
  'Y tế',
  'Ngoại vụ',
  'Du lịch',
  'Kinh tế',
  'Quốc phòng',
  'Công an',
  'Ngoại giao',
  'Dân tộc',
]
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
const FIELD_RES = FIELDS.map(
  (f) =>
    new RegExp(
      `^((?:(?:Giám đốc|Bộ trưởng|Trưởng phòng|Thủ trưởng|Lãnh đạo)\\s+)?(?:Sở|Bộ|Phòng)\\s+${f}(?![\\p{L}\\d])(?:\\s+(?:các\\s+)?(?:tỉnh|huyện|thành phố|thị xã|quận|TP\\.?)(?![\\p{L}\\d])(?:\\s*,\\s*(?:thành phố|thị xã|quận|huyện)(?![\\p{L}\\d]))*)?(?:\\s+\\p{Lu}[\\p{L}]*)*)(.*)$`,
      'u',
    ),
);

// A place word ends a name unless what follows still belongs to it ("… thành phố trực thuộc
// Trung ương", "… tỉnh có liên quan", a proper name): "UBND huyện kiểm soát …" → "UBND huyện".
const AFTER_PLACE =
  /^(.*?(?:^|\s)(?:tỉnh|huyện|thị xã|thành phố|quận|xã|phường|thị trấn))\s+(?!(?:trực|thuộc|cấp|có|liên|trên|và|các|ủy|uỷ)(?![\p{L}]))\p{Ll}/u;

/** "Phòng Kinh tế và Hạ tầng thành lập" → "Phòng Kinh tế và Hạ tầng": a fixed name ends where it ends. */
export function trimToFieldName(name: string): string {
  const place = AFTER_PLACE.exec(name);
  if (place && startsUnitName(name)) return trimFixedField(place[1]);
  return trimFixedField(name);
}

function trimFixedField(name: string): string {
  // The longest field that fits decides; a shorter one ("Kinh tế" of "Kinh tế và Hạ tầng") never cuts.
  for (const re of FIELD_RES) {
    const m = re.exec(name);
    if (!m) continue;
    return /^\s+\p{Ll}/u.test(m[2]) ? m[1] : name;
  }
  return name;
}

// Words after which the next name belongs to this one: a person's title ("Chủ tịch UBND …")
// or an office of it ("Chánh Văn phòng UBND tỉnh", "Thanh tra Sở Y tế").
const TITLE_BEFORE =
  /(?:^|\s)(?:Chánh|Phó|Giám đốc|Thủ trưởng|Chủ tịch|Trưởng|Lãnh đạo|Người đứng đầu|Bộ trưởng|Thứ trưởng|Văn phòng|Thường trực|Thanh tra|Ban Thường vụ)$/u;

/**
 * A table cell lists one unit per line ("Sở Tư pháp" / "Văn phòng UBND tỉnh"), and the lines
 * arrive joined by spaces: split where a new name starts, then as any list.
 */
export function splitStackedNames(cell: string): string[] {
  const words = cell.replace(/\s+/g, ' ').trim().split(' ');
  const pieces: string[] = [];
  let current = '';
  for (let k = 0; k < words.length; k++) {
    const rest = words.slice(k).join(' ');
    if (
      current &&
      !/[,;/-]$/.test(current) &&
      !/^(và|với)$/u.test(words[k - 1]) &&
      !TITLE_BEFORE.test(current) &&
      NAMED_OR_COLLECTIVE(rest) &&
      startsUnitName(current)
    ) {
      pieces.push(current);
      current = words[k];
    } else current = current ? `${current} ${words[k]}` : words[k];
  }
  if (current) pieces.push(current);
  return pieces.flatMap((p) => splitUnitList(p));
}

function NAMED_OR_COLLECTIVE(text: string): boolean {
  return /^\p{Lu}/u.test(text) && startsUnitName(text);
}
