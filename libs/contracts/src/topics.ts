// Kafka topics. Names carry a version: a breaking change gets a new topic, never a new
// meaning on the old one. Events of one aggregate share a topic and are keyed by its id,
// so Kafka keeps them in order per directive and per task.
export const TOPICS = {
  directiveEvents: 'dondoc.directive-events.v1',
  taskEvents: 'dondoc.task-events.v1',
  /** Messages a consumer could not accept, with the reason; never retried automatically. */
  deadLetter: 'dondoc.dead-letter.v1',
  /** The sealed head of each directive's audit chain, keyed by directive id; compacted (the latest per key stays). */
  auditHeads: 'dondoc.audit-heads.v1',
} as const;

export type TopicName = (typeof TOPICS)[keyof typeof TOPICS];

/** The topic names an installation uses: the versioned names, optionally behind a prefix. */
export type Topics = { readonly [K in keyof typeof TOPICS]: string };

/**
 * Topic names under a prefix (`<prefix>.dondoc.task-events.v1`), so separate environments
 * or parallel test runs can share one cluster without reading each other's events. No
 * prefix gives the standard names.
 */
export function topicsFor(prefix?: string): Topics {
  if (!prefix) return TOPICS;
  return {
    directiveEvents: `${prefix}.${TOPICS.directiveEvents}`,
    taskEvents: `${prefix}.${TOPICS.taskEvents}`,
    deadLetter: `${prefix}.${TOPICS.deadLetter}`,
    auditHeads: `${prefix}.${TOPICS.auditHeads}`,
  };
}
