import { Client, Connection } from '@temporalio/client';

export interface TemporalConnectionOptions {
  address: string;
  namespace: string;
}

/** A Temporal client for an app (starting workflows, sending updates, reading state). */
export async function connectTemporalClient(options: TemporalConnectionOptions): Promise<Client> {
  const connection = await Connection.connect({ address: options.address, connectTimeout: '5s' });
  return new Client({ connection, namespace: options.namespace });
}
