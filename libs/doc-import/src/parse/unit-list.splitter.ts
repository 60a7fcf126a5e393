// Splits "Sở Tài chính, Sở Nội vụ và UBND các huyện, thị xã, thành phố Huế" into unit
// names. Commas and "và" also occur inside names ("Sở Kế hoạch và Đầu tư", "các huyện,
// thị xã, thành phố"), so a split happens only where the next words start a new name.

// Capitalised words that open a proper unit name (followed by another capitalised word).
const NAMED_STARTERS =
  /^(Sở|Ban|Văn phòng|Thanh tra|Trung tâm|Đài|Cục|Tổng cục|Bộ|Kho bạc|Ngân hàng|Công an|Bộ Chỉ huy|Viện|Trường|Bệnh viện|Báo|Cổng|Hội|Liên đoàn|Tỉnh đoàn|Ủy ban|Uỷ ban|Cảng vụ|Chi cục|Quỹ|Hải quan|Cục Thuế|Liên minh|Mặt trận|Đoàn)\s+\p{Lu}/u;
// Starters that begin a name whatever follows.
const ANY_STARTERS =
  /^(UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|Thủ trưởng|Chủ tịch|Giám đốc|Chánh Văn phòng|Chánh Thanh tra|Trưởng ban|Trưởng Ban|Người đứng đầu|Lãnh đạo|Bộ trưởng|Thanh tra tỉnh|Công an tỉnh|Bộ Chỉ huy Quân sự|các sở|các cơ quan|các đơn vị|các địa phương|các ngành|các tổ chức|các doanh nghiệp|Các sở|Các cơ quan|Các đơn vị|Các địa phương)(?![\p{L}])/u;

export function startsUnitName(text: string): boolean {
  return NAMED_STARTERS.test(text) || ANY_STARTERS.test(text);
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
      if (k > 0 && current && startsUnitName(piece.trim())) {
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
    .replace(/[\s;,.:]+$/u, '')
    .replace(/\.\/\.?$/, '')
    .trim();
}
