import type { Client } from '@temporalio/client';
import type { Connection } from 'mongoose';
import { MongoAuditTrail } from '../trail/mongo-audit-trail';
import { MongoHistoryArchive } from './mongo-history-archive';
import { TemporalRunArchive } from './temporal-run-archive';

/**
 * The RunArchive for the worker, in one call:
 *   createTaskActivities({ orgCharts, facts, archive: await createRunArchive({ connection, client }) })
 * Histories go to `audit_histories`, the archiving to the directive's audit chain.
 */
export async function createRunArchive({ connection, client }: { connection: Connection; client: Client }): Promise<TemporalRunArchive> {
  const archive = new MongoHistoryArchive(connection);
  const trail = new MongoAuditTrail(connection);
  await Promise.all([archive.init(), trail.init()]);
  return new TemporalRunArchive(client, archive, trail);
}
