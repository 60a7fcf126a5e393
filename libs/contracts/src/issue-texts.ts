import type { z } from 'zod';

// What a validation problem says to a person: Vietnamese first, the validator's English
// beside it, "path: vi (en)". A message a schema already wrote in Vietnamese (it carries
// Vietnamese letters) is kept as it is.

type Issue = z.core.$ZodIssue;

const KIND_VI: Readonly<Record<string, string>> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'giá trị đúng/sai',
  array: 'danh sách',
  object: 'đối tượng',
  date: 'ngày',
};

const FORMAT_VI: Readonly<Record<string, string>> = {
  datetime: 'thời điểm ISO 8601 có múi giờ',
  date: 'ngày dạng YYYY-MM-DD',
  url: 'địa chỉ URL',
  email: 'địa chỉ thư điện tử',
  regex: 'đúng mẫu quy định',
};

const kind = (k: unknown) => KIND_VI[String(k)] ?? String(k);

function sizeText(origin: unknown, bound: number | bigint): string {
  if (origin === 'string') return `${bound} ký tự`;
  if (origin === 'array' || origin === 'set') return `${bound} phần tử`;
  return String(bound);
}

/** The Vietnamese half of one zod issue. */
export function issueInVietnamese(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod keeps no input in its issues by default; its message names what it received.
      return /received undefined/.test(issue.message)
        ? `thiếu trường bắt buộc (cần ${kind(issue.expected)})`
        : `sai kiểu dữ liệu, cần ${kind(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? 'không được để trống'
        : `phải có ít nhất ${sizeText(issue.origin, issue.minimum)}`;
    case 'too_big':
      return `không được quá ${sizeText(issue.origin, issue.maximum)}`;
    case 'invalid_format':
      return `phải là ${FORMAT_VI[issue.format] ?? `định dạng ${issue.format}`}`;
    case 'invalid_value':
      return `giá trị không hợp lệ, chỉ nhận: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `trường không được phép: ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return `phải là bội số của ${String(issue.divisor)}`;
    case 'invalid_union':
      return 'không khớp với dạng dữ liệu nào được chấp nhận';
    default:
      return 'giá trị không hợp lệ';
  }
}

const VIETNAMESE_LETTERS = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/** One problem line as the APIs answer it: `path: vi (en)`. */
export function problemLine(path: string, vietnamese: string, english: string): string {
  return `${path || '(root)'}: ${vietnamese} (${english})`;
}

export function describeIssue(issue: Issue): string {
  const path = issue.path.length ? issue.path.map(String).join('.') : '(root)';
  if (VIETNAMESE_LETTERS.test(issue.message)) return `${path}: ${issue.message}`;
  return problemLine(path, issueInVietnamese(issue), issue.message);
}
