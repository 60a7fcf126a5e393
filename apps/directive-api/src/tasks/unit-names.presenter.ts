import type { TaskSnapshot } from '@dondoc/task-follow-up';

/** Unit-id-looking words: kebab-case ids such as `so-tai-chinh`. */
const ID_WORD = /(đơn vị )?\b([a-z0-9]+(?:-[a-z0-9]+)+)\b/g;

/**
 * The timeline as people read it: the workflow writes unit ids into some entries
 * ("Giao lại cho đơn vị so-tai-chinh."), histories already recorded included, so the
 * API names the units on the way out ("Giao lại cho Sở Tài chính.").
 */
export function withUnitNames<S extends Pick<TaskSnapshot, 'timeline'>>(snapshot: S, nameOf: (unitId: string) => string | undefined): S {
  if (!snapshot.timeline?.length) return snapshot;
  const timeline = snapshot.timeline.map((entry) => ({
    ...entry,
    text: entry.text.replace(ID_WORD, (whole, _prefix: string | undefined, id: string) => nameOf(id) ?? whole),
  }));
  return { ...snapshot, timeline };
}
