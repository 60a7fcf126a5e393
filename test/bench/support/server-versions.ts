import { servers } from '@dondoc/testing';
import type { Client } from '@temporalio/client';
import mongoose from 'mongoose';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * What the servers and the SDK say they are, asked at the end of the run: the written
 * versions beside them in the results can go stale when a server is replaced.
 */
export async function serverVersions(client: Client): Promise<Record<string, string>> {
  const temporal = await client.workflowService
    .getSystemInfo({})
    .then((r) => r.serverVersion || 'unknown')
    .catch((e) => `unknown (${e instanceof Error ? e.message : e})`);
  let store = 'unknown';
  const mongo = await mongoose
    .createConnection(servers.mongoUri, { retryWrites: false, serverSelectionTimeoutMS: 5000 })
    .asPromise()
    .catch(() => undefined);
  try {
    const info = (await mongo?.db?.admin().command({ buildInfo: 1 })) as
      { version?: string; ferretdbVersion?: string; secantusVersion?: string } | undefined;
    if (info)
      store = info.secantusVersion
        ? `SecantusDB ${info.secantusVersion} (MongoDB wire ${info.version})`
        : info.ferretdbVersion
          ? `FerretDB ${info.ferretdbVersion}`
          : `MongoDB ${info.version}`;
  } catch {
    // the store's answer is informative, not required
  } finally {
    await mongo?.close();
  }
  const sdk = (
    JSON.parse(fs.readFileSync(path.join(require.resolve('@temporalio/worker'), '../../package.json'), 'utf8')) as { version: string }
  ).version;
  return { temporalServer: temporal, store, temporalSdk: sdk, node: process.version };
}
