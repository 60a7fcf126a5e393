import { TOPICS, type Topics } from '@dondoc/contracts';
import type { Kafka } from 'kafkajs';

export interface TopicSpec {
  topic: string;
  numPartitions?: number;
  /** Topic settings, e.g. cleanup.policy=compact. */
  configEntries?: { name: string; value: string }[];
}

/** dondoc's topics: events keyed by aggregate spread over partitions; dead letters kept apart. */
export function dondocTopicSpecs(topics: Topics = TOPICS): TopicSpec[] {
  return [
    { topic: topics.directiveEvents, numPartitions: 3 },
    { topic: topics.taskEvents, numPartitions: 6 },
    { topic: topics.deadLetter, numPartitions: 1 },
    // Outside MongoDB on purpose: a copy of every chain's sealed head that a database rewrite cannot reach.
    { topic: topics.auditHeads, numPartitions: 1, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] },
  ];
}

/**
 * Creates the topics that are missing (idempotent; every app calls it at boot, so the
 * order in which processes start does not matter). Replication follows the broker's
 * default: 1 on the local single node, more on a real cluster.
 */
export async function ensureTopics(kafka: Kafka, topics: TopicSpec[] = dondocTopicSpecs()): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t.topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((t) => ({
        topic: t.topic,
        numPartitions: t.numPartitions ?? 3,
        replicationFactor: -1,
        configEntries: t.configEntries,
      })),
    });
  } finally {
    await admin.disconnect();
  }
}
