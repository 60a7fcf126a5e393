import { topicsFor } from '@dondoc/contracts';
import { kafkaEnv, loadConfig, mongoEnv } from '@dondoc/config';
import { createKafkaClient, readLatestByKey } from '@dondoc/messaging';
import { connectMongo } from '@dondoc/persistence';
import { bundleTaskWorkflows } from '@dondoc/temporal';
import type { Connection } from 'mongoose';
import { MongoHistoryArchive } from '../archive/mongo-history-archive';
import { ReplayService } from '../replay/replay.service';
import { MongoAuditTrail } from '../trail/mongo-audit-trail';
import { DirectiveVerificationService } from '../verify/directive-verification.service';
import type { AuditHead } from '../heads/audit-head';
import { loadAuditKeys, type AuditKeys } from '../signing/audit-keys';

/** What the audit commands work with, opened from the environment (MONGODB_URI). */
export interface AuditCliContext {
  archive: MongoHistoryArchive;
  /** Seals with the key of `env` (none on an auditor's machine with only the public key). */
  trail: MongoAuditTrail;
  keys: AuditKeys;
  replay: ReplayService;
  verifier: DirectiveVerificationService;
  /** The heads published to the compacted heads topic (KAFKA_BROKERS, KAFKA_TOPIC_PREFIX). */
  publishedHeads(): Promise<AuditHead[]>;
  close(): Promise<void>;
}

export async function openAuditCliContext(env: Record<string, string | undefined>, workflowsPath?: string): Promise<AuditCliContext> {
  const config = loadConfig(mongoEnv.merge(kafkaEnv), env);
  // The public half is enough: AUDIT_VERIFY_KEY_FILE on an auditor's machine.
  const keys = loadAuditKeys(env);
  const connection: Connection = await connectMongo({ uri: config.MONGODB_URI, appName: 'dondoc-audit-cli' });
  const archive = new MongoHistoryArchive(connection);
  const trail = new MongoAuditTrail(connection, { sealer: keys.sealer });
  // Replay needs no Temporal server: the histories are in MongoDB and the bundle is local.
  const replay = new ReplayService(archive, () => bundleTaskWorkflows(workflowsPath));
  return {
    archive,
    trail,
    keys,
    replay,
    verifier: new DirectiveVerificationService(trail, archive, keys.checker),
    publishedHeads: async () => {
      const kafka = createKafkaClient({
        brokers: config.KAFKA_BROKERS,
        clientId: `${config.KAFKA_CLIENT_ID}-audit-cli`,
        logLevel: 'error',
      });
      return [...(await readLatestByKey<AuditHead>(kafka, topicsFor(env.KAFKA_TOPIC_PREFIX).auditHeads)).values()];
    },
    close: async () => {
      await replay.close();
      await connection.close();
    },
  };
}
