import { applyDecorators } from '@nestjs/common';
import { ApiQuery, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';
import type { HttpResponse } from '@dondoc/app-kit';

// Server-side paging and sorting, said once for every list of the directive API:
// `page` (from 1), `pageSize`, `sort` (a field, `-field` for descending) and the total in
// the `X-Total-Count` header, so the body stays the list it always was.

export const TOTAL_COUNT_HEADER = 'X-Total-Count';

export type SortOrder<F extends string> = { field: F; direction: 1 | -1 };

/** The query fields of a paged list sorted on `fields` (the first one, as given, is the default). */
export function pagedQuery<F extends string>(
  fields: readonly [F, ...F[]],
  defaults: { sort: `${'-' | ''}${F}`; pageSize: number; maxPageSize: number },
) {
  const values = fields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];
  return {
    page: z.coerce.number().int().min(1).max(1_000_000).optional(),
    pageSize: z.coerce.number().int().min(1).max(defaults.maxPageSize).optional(),
    sort: z
      .enum(values, { message: `expected one of ${values.join(', ')}` })
      .default(defaults.sort)
      .transform((s): SortOrder<F> => (s.startsWith('-') ? { field: s.slice(1) as F, direction: -1 } : { field: s as F, direction: 1 })),
    /** limit/offset: the older spelling, kept for scripts written against it. */
    limit: z.coerce.number().int().min(1).max(defaults.maxPageSize).optional(),
    offset: z.coerce.number().int().min(0).optional(),
  };
}

/** skip/limit of the page asked for: `page`/`pageSize` when given, else `offset`/`limit`. */
export function pageOf(
  q: { page?: number; pageSize?: number; limit?: number; offset?: number },
  defaultSize: number,
): { skip: number; limit: number } {
  const limit = q.pageSize ?? q.limit ?? defaultSize;
  return { skip: q.page ? (q.page - 1) * limit : (q.offset ?? 0), limit };
}

export function sendTotal(res: HttpResponse, total: number): void {
  res.setHeader(TOTAL_COUNT_HEADER, String(total));
}

/** The OpenAPI side: the query parameters and the header, on a list route. */
export function ApiPaged(fields: readonly string[], options: { search?: string } = {}) {
  return applyDecorators(
    ApiQuery({ name: 'page', required: false, type: Number, description: 'Trang, từ 1 (page, from 1)' }),
    ApiQuery({ name: 'pageSize', required: false, type: Number, description: 'Số dòng mỗi trang (rows per page)' }),
    ApiQuery({
      name: 'sort',
      required: false,
      enum: fields.flatMap((f) => [f, `-${f}`]),
      description: 'Sắp xếp theo trường; dấu - là giảm dần (sort field, - for descending)',
    }),
    ...(options.search ? [ApiQuery({ name: 'q', required: false, type: String, description: options.search })] : []),
    ApiResponse({
      status: 200,
      description: 'Một trang của danh sách (one page of the list)',
      headers: {
        [TOTAL_COUNT_HEADER]: { description: 'Tổng số dòng khớp bộ lọc (total rows matching the filter)', schema: { type: 'integer' } },
      },
    }),
  );
}
