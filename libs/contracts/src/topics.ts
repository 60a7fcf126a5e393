// Kafka topics. Names carry a version: a breaking change gets a new topic, never a new
// meaning on the old one. Events of one aggregate share a topic and are keyed by its id,
// so Kafka keeps them in order per directive and per task.
export const TOPICS = {
  directiveEvents: 'dondoc.directive-events.v1',
  taskEvents: 'dondoc.task-events.v1',
  /** Messages a consumer could not accept, with the reason; never retried automatically. */
  deadLetter: 'dondoc.dead-letter.v1',
} as const;

export type TopicName = (typeof TOPICS)[keyof typeof TOPICS];
