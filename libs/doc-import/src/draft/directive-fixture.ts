import { directiveDraftSchema, parseOrThrow, type DirectiveDraft } from '@dondoc/contracts';
import { z } from 'zod';
import { rebaseDraft } from './rebase-draft';

/** A directive as fixtures describe it: addressees by org chart group, one recurrence for all items. */
export const directiveFixtureSchema = z.object({
  _note: z.string().optional(),
  number: z.string(),
  date: z.iso.date(),
  subject: z.string(),
  issuerUnitId: z.string(),
  signer: z.object({ name: z.string(), title: z.string() }).optional(),
  addresseeGroups: z.array(z.string()).min(1),
  excludeUnitIds: z.array(z.string()).default([]),
  recurrence: z.object({ every: z.enum(['month', 'quarter']), dueDay: z.number().int(), from: z.iso.date(), until: z.iso.date() }),
  tasks: z.array(z.object({ itemRef: z.string(), text: z.string() })).min(1),
});
export type DirectiveFixture = z.infer<typeof directiveFixtureSchema>;

/** A unit of the org chart as `GET /v1/org-units` answers it. */
export interface FixtureUnitNode {
  id: string;
  groups: string[];
  children: FixtureUnitNode[];
}

const flatten = (nodes: FixtureUnitNode[]): FixtureUnitNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

/**
 * The draft the fixture stands for. With `rebaseTo`, a recurrence that has already ended
 * is moved to the twelve months after that date's month (see rebaseDraft).
 */
export function fixtureToDraft(
  fixture: DirectiveFixture,
  tree: FixtureUnitNode[],
  options: { rebaseTo?: Date } = {},
): { draft: DirectiveDraft; rebased: boolean } {
  const units = flatten(tree)
    .filter((u) => u.groups.some((g) => fixture.addresseeGroups.includes(g)) && !fixture.excludeUnitIds.includes(u.id))
    .map((u) => u.id);
  const { every, dueDay, from, until } = fixture.recurrence;
  const asWritten = {
    number: fixture.number,
    date: fixture.date,
    subject: fixture.subject,
    issuerUnitId: fixture.issuerUnitId,
    signer: fixture.signer,
    tasks: fixture.tasks.map((t) => ({ itemRef: t.itemRef, text: t.text, leadUnitIds: units, deadline: { every, dueDay, from, until } })),
  };
  const { draft, rebased } = options.rebaseTo ? rebaseDraft(asWritten, options.rebaseTo) : { draft: asWritten, rebased: false };
  return { draft: parseOrThrow(directiveDraftSchema, draft, 'directive fixture'), rebased };
}
