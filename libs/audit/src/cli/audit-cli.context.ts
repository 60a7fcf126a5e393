import { loadConfig, mongoEnv } from '@dondoc/config';
import { connectMongo } from '@dondoc/persistence';
import { bundleTaskWorkflows } from '@dondoc/temporal';
import type { Connection } from 'mongoose';
import { MongoHistoryArchive } from '../archive/mongo-history-archive';
import { ReplayService } from '../replay/replay.service';
import { MongoAuditTrail } from '../trail/mongo-audit-trail';
import { DirectiveVerificationService } from '../verify/directive-verification.service';

/** What the audit commands work with, opened from the environment (MONGODB_URI). */
export interface AuditCliContext {
  archive: MongoHistoryArchive;
  trail: MongoAuditTrail;
  replay: ReplayService;
  verifier: DirectiveVerificationService;
  close(): Promise<void>;
}

export async function openAuditCliContext(env: Record<string, string | undefined>, workflowsPath?: string): Promise<AuditCliContext> {
  const config = loadConfig(mongoEnv, env);
  const connection: Connection = await connectMongo({ uri: config.MONGODB_URI, appName: 'dondoc-audit-cli' });
  const archive = new MongoHistoryArchive(connection);
  const trail = new MongoAuditTrail(connection);
  return {
    archive,
    trail,
    // Replay needs no Temporal server: the histories are in MongoDB and the bundle is local.
    replay: new ReplayService(archive, () => bundleTaskWorkflows(workflowsPath)),
    verifier: new DirectiveVerificationService(trail, archive),
    close: () => connection.close(),
  };
}
