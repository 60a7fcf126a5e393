import { lastSentence } from './paragraph-kind';
import { splitUnitList, startsUnitName } from './unit-list.splitter';

const OBJECT_OF_VERB =
  /(?:^|\s)(?:yêu cầu|đề nghị|giao|chỉ đạo)\s+(.+?)(?=\s+(?:thực hiện|triển khai|tập trung|khẩn trương|quán triệt|nghiêm túc|tổ chức|khắc phục|chủ động|tiếp tục|phối hợp|chỉ đạo|căn cứ|theo)(?![\p{L}])|\s*[:：]|$)/iu;

/**
 * Who an introduction addresses ("… Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban,
 * ngành … và Chủ tịch UBND các huyện … thực hiện tốt …:"), for letters without "Kính gửi".
 */
export function addresseesFromIntro(intro: string): string[] {
  const m = OBJECT_OF_VERB.exec(lastSentence(intro));
  if (!m) return [];
  return splitUnitList(m[1]).filter(startsUnitName);
}
