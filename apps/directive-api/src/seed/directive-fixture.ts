import { directiveDraftSchema, parseOrThrow, type DirectiveDraft } from '@dondoc/contracts';
import { z } from 'zod';

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

interface UnitNode {
  id: string;
  groups: string[];
  children: UnitNode[];
}

const flatten = (nodes: UnitNode[]): UnitNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

/**
 * The draft the fixture stands for. With `rebaseTo`, a recurrence that has already ended
 * is moved to the twelve months after that date's month, so a demo follows live periods
 * (none already missed) instead of closing a whole past year at once.
 */
export function fixtureToDraft(fixture: DirectiveFixture, tree: UnitNode[], options: { rebaseTo?: Date } = {}): { draft: DirectiveDraft; rebased: boolean } {
  const units = flatten(tree)
    .filter((u) => u.groups.some((g) => fixture.addresseeGroups.includes(g)) && !fixture.excludeUnitIds.includes(u.id))
    .map((u) => u.id);
  let { from, until } = fixture.recurrence;
  const today = options.rebaseTo;
  const rebased = !!today && until < today.toISOString().slice(0, 10);
  if (rebased && today) {
    const y = today.getUTCFullYear();
    const m = today.getUTCMonth(); // 0-based: the next month starts the window
    from = new Date(Date.UTC(y, m + 1, 1)).toISOString().slice(0, 10);
    until = new Date(Date.UTC(y, m + 13, 0)).toISOString().slice(0, 10); // last day of the 12th month
  }
  const draft = parseOrThrow(
    directiveDraftSchema,
    {
      number: fixture.number,
      date: fixture.date,
      subject: fixture.subject,
      issuerUnitId: fixture.issuerUnitId,
      signer: fixture.signer,
      tasks: fixture.tasks.map((t) => ({
        itemRef: t.itemRef,
        text: t.text,
        leadUnitIds: units,
        deadline: { every: fixture.recurrence.every, dueDay: fixture.recurrence.dueDay, from, until },
      })),
    },
    'directive fixture',
  );
  return { draft, rebased };
}
