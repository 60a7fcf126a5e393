import { z } from 'zod';

/** A zod schema as an OpenAPI 3.0 schema object, so the docs and the validation never drift. */
export function openApiSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
