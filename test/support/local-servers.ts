import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';

// Where infra/local put the binaries. infra/local/run-tests.sh exports these variables;
// the fallbacks match its defaults so a single spec can also run by hand after
// `npm run servers start`.
const cache = process.env.DONDOC_CACHE ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'dondoc');

function existing(file: string, hint: string): string {
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist: ${hint}`);
  return file;
}

export function temporalCliPath(): string {
  return existing(
    process.env.TEMPORAL_CLI_PATH ?? path.join(cache, 'temporal-cli-v1.5.1', 'temporal'),
    'run `bash infra/local/servers.sh build temporal`',
  );
}

export function temporalTestServerPath(): string {
  return existing(
    process.env.TEMPORAL_TEST_SERVER_PATH ?? path.join(cache, 'temporal-test-server-1.38.0', 'temporal-test-server'),
    'run `bash infra/local/servers.sh build temporal-test-server`',
  );
}

export const servers = {
  temporalAddress: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
  temporalNamespace: process.env.TEMPORAL_NAMESPACE ?? 'dondoc',
  kafkaBrokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
  mongoUri: process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/dondoc',
};

/** A name no other test run uses, for topics, databases, task queues and workflow ids. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Replaces the database in a MongoDB URI (each spec works in a database of its own). */
export function mongoUriFor(database: string): string {
  const url = new URL(servers.mongoUri);
  url.pathname = `/${database}`;
  return url.toString();
}
