import mongoose, { type Connection } from 'mongoose';

export interface MongoConnectionOptions {
  uri: string;
  /** Fail fast at boot instead of buffering commands for 30 s when the server is away. */
  serverSelectionTimeoutMs?: number;
  appName?: string;
}

/**
 * Opens a dedicated mongoose connection (not the global default one, so tests and apps
 * can hold several). Works against MongoDB 7, SecantusDB (the local default) and FerretDB 1.24
 * alike: persistence stays inside their common subset (no multi-document transactions, no
 * change streams); what it relies on is checked by test/integration/store.
 */
export async function connectMongo(options: MongoConnectionOptions): Promise<Connection> {
  const connection = mongoose.createConnection(options.uri, {
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMs ?? 5000,
    appName: options.appName ?? 'dondoc',
    autoIndex: true,
    // Off so the same code runs on FerretDB (no sessions); every write of ours is idempotent
    // by a business key or conditional, so a retry after an error is the caller's choice.
    retryWrites: false,
  });
  await connection.asPromise();
  return connection;
}
