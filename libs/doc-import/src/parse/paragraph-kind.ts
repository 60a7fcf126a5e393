import { foldVietnamese } from '@dondoc/domain';
import { startsUnitName } from './unit-list.splitter';

export type ParagraphKind = 'intro' | 'negative-intro' | 'neutral-intro' | 'closing' | 'heading' | 'prose';

// Folded (no diacritics) words. Strong verbs put what follows in task scope even when the
// sentence also recalls shortcomings ("Để khắc phục những tồn tại, hạn chế trên, ... yêu cầu").
const STRONG = /\b(yeu cau|de nghi|giao|chi dao|phan cong|chi thi|ket luan|quyet dinh|dien|(co|cho) y kien( chi dao)? nhu sau)\b/;
const WEAK = /\b(thuc hien|trien khai|tap trung|khan truong|quan triet|nhiem vu|giai phap|bien phap|to chuc thuc hien|chu dong|y kien)\b/;
const NEGATIVE = /\b(ton tai|han che|khuyet diem|yeu kem|nguyen nhan|ket qua|kho khan|vuong mac|tinh hinh|thuc trang|can cu|bao gom|gom)\b/;

const CLOSING_START =
  /^(yeu cau|de nghi|giao|trong qua trinh|qua trinh thuc hien|nhan duoc|tren day|quyet dinh nay|chi thi nay|cong van nay|ke hoach nay|thu truong|chanh van phong|uy ban nhan dan tinh (yeu cau|de nghi|giao)|ubnd tinh (yeu cau|de nghi|giao)|chu tich (uy ban nhan dan|ubnd) tinh (yeu cau|de nghi|giao)|to chuc thuc hien)\b/;

export function lastSentence(text: string): string {
  const trimmed = text.trim().replace(/[:：]\s*$/, '');
  const parts = trimmed.split(/(?<=[.;!?])\s+(?=\p{Lu})/u);
  return parts[parts.length - 1] ?? trimmed;
}

export function classifyParagraph(text: string): ParagraphKind {
  const t = text.trim();
  const letters = t.match(/\p{L}/gu) ?? [];
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  if (letters.length >= 2 && upper / letters.length >= 0.85 && t.length < 120) return 'heading';
  if (/[:：]$/.test(t)) return introKind(t);
  if (/\.\s*\/\s*\.?\s*$/.test(t)) return 'closing'; // "./." marks the end of the text
  if (CLOSING_START.test(foldVietnamese(t))) return 'closing';
  return 'prose';
}

export function introKind(text: string): ParagraphKind {
  const sentence = foldVietnamese(lastSentence(text));
  if (STRONG.test(sentence)) return 'intro';
  if (NEGATIVE.test(sentence)) return 'negative-intro';
  if (WEAK.test(sentence)) return 'intro';
  return 'neutral-intro';
}

// The formula closing a letter ("… thông báo để các cơ quan biết, thực hiện./.") asks for
// nothing new; a paragraph that names who does what, or by when, does.
const CLOSING_FORMULA =
  /(thong bao (de|cho)|biet,? (va )?thuc hien|nghiem tuc (trien khai )?thuc hien|quan tam,? (chi dao )?(thuc hien|trien khai)|chiu trach nhiem thi hanh|can cu quyet dinh thi hanh|thi hanh (quyet dinh|chi thi) nay|de nghi cac (co quan|don vi)[^.]*quan tam)/;

/** A paragraph that gives someone something to do: "Giao …", a unit as subject, a lead or a deadline. */
export function assignsSomething(text: string): boolean {
  const f = foldVietnamese(text);
  if (CLOSING_FORMULA.test(f) && !/^giao\s/.test(f)) return false;
  return (
    /^(giao|de nghi|yeu cau|phan cong|chi dao)\s/.test(f) ||
    startsUnitName(text) ||
    /(chu tri|phoi hop voi|co trach nhiem|truoc ngay|cham nhat|hoan thanh)/.test(f)
  );
}
