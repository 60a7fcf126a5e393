import type { TextLine } from '../text/text-lines';
import { cleanUnitName, splitUnitList } from './unit-list.splitter';

export interface AddresseeBlock {
  addressees: string[];
  lines: [number, number] | null;
  /** Index of the first line after the block (or `from` when there is none). */
  end: number;
}

const KINH_GUI = /^Kính\s+g[ửở]i\s*[:：]?\s*/iu;
const BULLET = /^[-–—+•]\s*/u;
// A công điện names its addressees after "THỦ TƯỚNG CHÍNH PHỦ điện:" instead of "Kính gửi:".
const DIEN = /^(?:[\p{Lu}\s.,-]{3,80}|(?:Thủ tướng|Chủ tịch|Bộ trưởng|Giám đốc|Phó Thủ tướng)[^:：]{0,80}?)\s+(?:điện|ĐIỆN)\s*[:：]\s*/u;

/**
 * The "Kính gửi:" list: one addressee per bullet line, or inline after the colon. Looks
 * a few lines past `from` because a subject or a blank line may sit in between.
 */
export function parseAddressees(lines: TextLine[], from: number): AddresseeBlock {
  let start = -1;
  for (let i = from; i < Math.min(lines.length, from + 12); i++) {
    if (KINH_GUI.test(lines[i].text) || DIEN.test(lines[i].text)) {
      start = i;
      break;
    }
  }
  if (start < 0) return { addressees: [], lines: null, end: from };

  const items: string[] = [];
  let last = start;
  const inline = lines[start].text.replace(KINH_GUI, '').replace(DIEN, '').trim();
  if (inline) {
    // "Kính gửi: - Sở A;" keeps the bullet form, otherwise a semicolon list or one name.
    if (BULLET.test(inline)) items.push(inline.replace(BULLET, ''));
    else items.push(...inline.split(/\s*;\s*/).flatMap(splitUnitList));
  }
  let i = start + 1;
  for (; i < lines.length; i++) {
    const t = lines[i].text;
    if (!t) {
      // Blank lines may separate the bullets; the block ends at the first prose line.
      continue;
    }
    if (BULLET.test(t)) {
      items.push(t.replace(BULLET, ''));
      last = i;
      continue;
    }
    const previous = items[items.length - 1];
    const open = previous !== undefined && !/[;.]$/.test(previous.trim());
    if (open && lines[i - 1].text && /^\p{Ll}/u.test(t)) {
      items[items.length - 1] += ` ${t}`; // a wrapped addressee line
      last = i;
      continue;
    }
    if (items.length === 0 && t.length < 120) {
      items.push(t); // "Kính gửi:" alone on its line, the addressee on the next
      last = i;
      continue;
    }
    break;
  }
  const addressees = items.flatMap((item) => (/;/.test(item) ? splitUnitList(item) : [cleanUnitName(item)])).filter((a) => a.length > 0);
  return { addressees, lines: [lines[start].no, lines[last].no], end: last + 1 };
}
