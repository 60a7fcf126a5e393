import { foldVietnamese } from '@dondoc/domain';
import { isUpperCaseText } from '../text/text-lines';
import { isTaskGrain } from './outline-markers';
import type { Outline, OutlineItem, OutlineParagraph } from './outline.parser';
import { introKind } from './paragraph-kind';

export type Scope = 'task' | 'context' | 'unknown';

// Section headings that hold tasks, and those that hold background. Folded text.
const NON_TASK_HEADING =
  /^(muc dich|muc tieu|yeu cau chung|quan diem|can cu|tinh hinh|ket qua|danh gia|thuc trang|pham vi|doi tuong|nguyen tac|thanh phan|dia diem|noi dung hop|kinh phi|nguon kinh phi|dac diem|boi canh|su can thiet|chi tieu|tom tat|phan thu nhat)/;
const TASK_HEADING =
  /(nhiem vu|giai phap|to chuc thuc hien|phan cong|trach nhiem|cac viec can lam|de nghi|kien nghi|chi dao|quyet dinh|ket luan|noi dung thuc hien|noi dung cong viec|bien phap|giao|noi dung|hoat dong|trien khai|thuc hien|che do bao cao|bao cao dinh ky)/;
// Articles that only enact, repeal or say who executes the decision are not tasks.
const FORMULAIC_ARTICLE =
  /(ban hanh kem theo|co hieu luc|chiu trach nhiem thi hanh|bai bo|thay the quyet dinh|hieu luc thi hanh|phe duyet|kem theo quyet dinh nay|tai phu luc|theo phu luc|can cu quyet dinh thi hanh|thi hanh quyet dinh nay)/;

export interface ScopedItem {
  item: OutlineItem;
  scope: Scope;
  /** The paragraph that set the scope, quoted in warnings. */
  cause: string | null;
}

/** A heading-like item: upper case, or a short label ending with ":" ("2. Nhiệm vụ thời gian tới:"). */
export function isHeadingItem(item: OutlineItem): boolean {
  const head = item.head.trim();
  if (isUpperCaseText(head) && head.length < 150) return true;
  if (/[:：]$/.test(head) && head.length <= 80 && item.more.length === 0) return true;
  // "1. Đánh giá chung" over its own paragraphs or sub-items: a short title, no sentence.
  return head.length <= 60 && !/[.;,]$/.test(head) && (item.more.length > 0 || item.children.length > 0) && headingScope(head) !== null;
}

export function headingScope(text: string): Scope | null {
  const f = foldVietnamese(text);
  if (NON_TASK_HEADING.test(f)) return 'context';
  if (TASK_HEADING.test(f)) return 'task';
  return null;
}

// An article that is the decision itself ("Điều 1. Thành lập Tổ công tác …") enacts; it asks nothing.
const ENACTING_ARTICLE =
  /^(thanh lap|kien toan|bo nhiem|mien nhiem|dieu dong|cong nhan|khen thuong|cong bo|giai the|sap nhap|thong qua|phe chuan|quy dinh)\b/;

export function isFormulaicArticle(item: OutlineItem): boolean {
  if (item.marker.type !== 'article') return false;
  const text = foldVietnamese([item.head, ...item.more].join(' '));
  // "Điều 1. Giao nhiệm vụ … cho các cơ quan sau đây.": it announces the article that assigns.
  const announces = item.children.length === 0 && /\b(sau day|nhu sau)$/.test(text);
  return FORMULAIC_ARTICLE.test(text) || announces || (item.children.length === 0 && ENACTING_ARTICLE.test(text));
}

function applyParagraph(p: OutlineParagraph, scope: Scope): Scope {
  switch (p.kind) {
    case 'intro':
      return 'task';
    case 'negative-intro':
      return 'context';
    case 'heading':
      return headingScope(p.text) ?? scope;
    default:
      return scope;
  }
}

/**
 * Walks the outline deciding, sibling by sibling, whether items are tasks: an
 * introduction with a directive verb ("yêu cầu … thực hiện tốt một số nội dung sau:") or a
 * task heading ("NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN") opens task scope; a sentence about
 * shortcomings or a background heading ("MỤC ĐÍCH, YÊU CẦU") closes it.
 */
export function scopeOutline(outline: Outline): ScopedItem[] {
  const out: ScopedItem[] = [];
  const walk = (items: OutlineItem[], inherited: Scope, inheritedCause: string | null): void => {
    let scope = inherited;
    let cause = inheritedCause;
    for (const item of items) {
      for (const p of item.before) {
        const next = applyParagraph(p, scope);
        if (next !== scope || p.kind === 'intro' || p.kind === 'negative-intro') cause = p.text;
        scope = next;
      }
      let own = scope;
      let ownCause = cause;
      if (isHeadingItem(item)) {
        const h = headingScope(item.head);
        if (h) {
          own = h;
          ownCause = item.head;
        }
      }
      out.push({ item, scope: own, cause: ownCause });
      let childScope = own;
      let childCause = ownCause;
      // "3. Giao Sở Nội vụ chủ trì thực hiện các nội dung sau:" introduces its own sub-items.
      if (/[:：]$/.test(item.head.trim()) && item.children.length) {
        const kind = introKind(item.head);
        if (kind === 'intro') childScope = 'task';
        else if (kind === 'negative-intro') childScope = 'context';
        if (kind === 'intro' || kind === 'negative-intro') childCause = item.head;
      }
      walk(item.children, childScope, childCause);
    }
  };
  walk(outline.roots, 'unknown', null);
  return out;
}

export function hasTaskGrainChildren(item: OutlineItem, isTask: (i: OutlineItem) => boolean): boolean {
  return item.children.some((c) => isTaskGrain(c.marker.type) && isTask(c));
}
