import { TOPICS } from '@dondoc/contracts';
import { assertIssueFits, chunksOf, DirectiveTooLargeError, type DirectiveRecord } from '@dondoc/persistence';
import type { ArgumentsHost } from '@nestjs/common';
import { HttpErrorsFilter } from '../common/http-errors.filter';
import { nationalDirectiveDraft } from '../seed/national-directive';
import { directiveIdOf } from '@dondoc/domain';
import { buildIssue } from './directive-issue.factory';

const actor = { userId: 'van-phong-ubnd-tinh.vanthu', role: 'issuer' as const, unitId: 'van-phong-ubnd-tinh' };

const nationalDirective = (units: number) => {
  const draft = nationalDirectiveDraft(units);
  return { ...draft, id: directiveIdOf(draft.number, draft.date), assignments: [] } as unknown as DirectiveRecord;
};

function answerOf(error: unknown): { status: number; body: Record<string, unknown> } {
  let status = 0;
  let body: Record<string, unknown> = {};
  const response = { status: (s: number) => ((status = s), response), json: (b: Record<string, unknown>) => void (body = b) };
  new HttpErrorsFilter().catch(error, { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost);
  return { status, body };
}

describe('a directive too large to issue', () => {
  it('is refused before any write with a 413 that says how many tasks and the limit, in Vietnamese and English', () => {
    const { assignments, events } = buildIssue(nationalDirective(3321), actor, '2026-12-05T08:00:00.000Z', TOPICS);
    expect(assignments).toHaveLength(19_926);
    // The whole issue in one document, as it was written before the chunked outbox: ~37 MB.
    let refused: unknown;
    try {
      assertIssueFits({ assignments, outbox: events }, assignments.length);
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(DirectiveTooLargeError);
    const { status, body } = answerOf(refused);
    expect(status).toBe(413);
    expect(body.message).toMatch(/^Văn bản giao 19926 nhiệm vụ \(3\d\.\d MB\), vượt giới hạn 15\.0 MB .* khoảng \d{4} nhiệm vụ/);
    expect(body.message).toMatch(/directive too large to issue: 19926 tasks, .* the limit is 15\.0 MB, about \d{4} tasks/);
    expect(body).toMatchObject({ statusCode: 413, taskCount: 19_926 });
  });

  it('is not the national directive any more: its events go to chunks, the document keeps the assignments (~2 MB)', () => {
    const { assignments, events } = buildIssue(nationalDirective(3321), actor, '2026-12-05T08:00:00.000Z', TOPICS);
    const chunks = chunksOf(events);
    expect(chunks.length).toBeGreaterThanOrEqual(40);
    expect(() =>
      assertIssueFits({ assignments, outbox: [], outboxChunks: { issueId: 'x', sizes: chunks.map((c) => c.length) } }, assignments.length),
    ).not.toThrow();
    // directive.issued is bounded: a count, not 19,926 ids.
    const issued = JSON.parse(events[0].value) as { type: string; payload: { taskCount: number; taskIds?: string[] } };
    expect(issued).toMatchObject({ type: 'directive.issued', payload: { taskCount: 19_926 } });
    expect(issued.payload.taskIds).toBeUndefined();
    expect(events[0].value.length).toBeLessThan(2_000);
  });

  it('lets an ordinary directive through', () => {
    const { assignments, events } = buildIssue(nationalDirective(35), actor, '2026-12-05T08:00:00.000Z', TOPICS);
    expect(() => assertIssueFits({ assignments, outbox: events }, assignments.length)).not.toThrow();
  });
});
