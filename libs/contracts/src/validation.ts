import type { z } from 'zod';
import { describeIssue } from './issue-texts';

/** A message or body that does not match its schema; `problems` name each bad field. */
export class ContractViolation extends Error {
  constructor(
    readonly what: string,
    readonly problems: string[],
  ) {
    super(`${what} is invalid: ${problems.join('; ')}`);
    this.name = 'ContractViolation';
  }
}

/** Each issue as `path: Vietnamese (English)`, the form every 400 answer's `problems` take. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map(describeIssue);
}

/** Parses `value` or throws a ContractViolation that says exactly what is wrong. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ContractViolation(what, describeIssues(result.error));
  return result.data;
}
