import { topicsFor } from '@dondoc/contracts';
import { createKafkaClient } from '@dondoc/messaging';
import * as fs from 'node:fs';
import { processesWithEnv } from './processes';

export interface StackSample {
  /** Milliseconds since the sampler started. */
  at: number;
  /** Resident memory (MiB) of each app process of the stack, by pid and app. */
  rssMiB: Record<string, number>;
  /** Messages the orchestrator has yet to read from the directive and task topics. */
  kafkaLag: number | null;
}

/**
 * Samples, every `everyMs`, the resident memory of a DondocStack's app processes (found by
 * their KAFKA_TOPIC_PREFIX in /proc/<pid>/environ: the stack keeps its children to itself)
 * and the orchestrator's consumer lag, for figures "over time".
 */
export async function sampleStack(env: Record<string, string>, brokers: string[], everyMs = 2000) {
  const samples: StackSample[] = [];
  const admin = createKafkaClient({ brokers, clientId: 'dondoc-bench-lag', logLevel: 'error' }).admin();
  await admin.connect();
  const topics = topicsFor(env.KAFKA_TOPIC_PREFIX);
  const t0 = Date.now();
  const lag = async (): Promise<number | null> => {
    try {
      let total = 0;
      for (const topic of [topics.directiveEvents, topics.taskEvents]) {
        const ends = await admin.fetchTopicOffsets(topic);
        const [committed] = await admin.fetchOffsets({ groupId: env.ORCHESTRATOR_GROUP_ID, topics: [topic] });
        for (const end of ends) {
          const at = Number(committed?.partitions.find((p) => p.partition === end.partition)?.offset ?? -1);
          total += Math.max(0, Number(end.high) - Math.max(0, at));
        }
      }
      return total;
    } catch {
      return null; // a topic not created yet
    }
  };
  const sample = async () =>
    samples.push({ at: Date.now() - t0, rssMiB: stackRss(`KAFKA_TOPIC_PREFIX=${env.KAFKA_TOPIC_PREFIX}`), kafkaLag: await lag() });
  await sample();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void sample().finally(() => (busy = false));
  }, everyMs);
  return {
    samples,
    async stop(): Promise<StackSample[]> {
      clearInterval(timer);
      await sample();
      await admin.disconnect();
      return samples;
    },
  };
}

function stackRss(marker: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { app, pid } of processesWithEnv(marker)) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'latin1'))?.[1];
      if (rss) out[`${app}:${pid}`] = Math.round(Number(rss) / 1024);
    } catch {
      // gone meanwhile
    }
  }
  return out;
}
