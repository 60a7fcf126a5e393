import { ContractViolation, describeIssues } from '@dondoc/contracts';
import type { PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

/** Validates a body or query against a zod schema; a failure names every bad field (400). */
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(
    private readonly schema: S,
    private readonly what = 'request body',
  ) {}

  transform(value: unknown): z.infer<S> {
    const result = this.schema.safeParse(value ?? {});
    if (!result.success) throw new ContractViolation(this.what, describeIssues(result.error));
    return result.data;
  }
}
