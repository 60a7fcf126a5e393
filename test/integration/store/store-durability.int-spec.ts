// Store conformance, durability: an acknowledged write survives `kill -9` of the server,
// with the connection options the apps use (libs/persistence connectMongo). The store is a
// private one, started and restarted by the project's own script (infra/local/servers.sh)
// in a state directory of this test, so the shared servers are not touched.
// DONDOC_STORE picks the implementation, as it does for `npm run up`.
import { connectMongo } from '@dondoc/persistence';
import { freePort } from '@dondoc/testing';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Schema, type Connection } from 'mongoose';

jest.setTimeout(240_000);

const repoRoot = path.resolve(__dirname, '../../..');
const store = process.env.DONDOC_STORE ?? 'secantusdb';

describe(`store conformance: acknowledged writes survive kill -9 (${store})`, () => {
  let home: string;
  let env: NodeJS.ProcessEnv;
  let port: number;

  const servers = (...args: string[]): string =>
    execFileSync('bash', [path.join(repoRoot, 'infra/local/servers.sh'), ...args], {
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const pid = (): number => Number(fs.readFileSync(path.join(home, 'run', `${store}.pid`), 'utf8').trim());

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-durability-'));
    port = await freePort();
    env = {
      ...process.env,
      DONDOC_HOME: home,
      DONDOC_STORE: store,
      STORE_PORT: String(port),
      FERRETDB_DEBUG_PORT: String(await freePort()),
    };
    servers('start', store);
  });

  afterAll(() => {
    try {
      servers('stop', store);
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  it('keeps every acknowledged insert and update after the server is killed mid-stream', async () => {
    const uri = `mongodb://127.0.0.1:${port}/durability`;
    let connection: Connection = await connectMongo({ uri, appName: 'durability' });
    const Rows = connection.model('Row', new Schema({ _id: String, n: Number }, { versionKey: false }));
    await Rows.init();

    const acknowledged = new Map<string, number>();
    let stop = false;
    // Eight writers insert and then update their rows until the server dies under them.
    const writers = Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; !stop; i++) {
        const id = `w${w}-${i}`;
        try {
          await Rows.create({ _id: id, n: 0 });
          acknowledged.set(id, 0);
          await Rows.updateOne({ _id: id }, { $inc: { n: 1 } });
          acknowledged.set(id, 1);
        } catch {
          return; // the server is gone: nothing after this is acknowledged
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    process.kill(-pid(), 'SIGKILL'); // the whole process group, as a power cut would
    stop = true;
    await Promise.all(writers);
    await connection.close(true).catch(() => undefined);
    expect(acknowledged.size).toBeGreaterThan(20);

    servers('start', store);
    connection = await connectMongo({ uri, appName: 'durability' });
    const stored = new Map((await connection.collection('rows').find({}).toArray()).map((d) => [String(d._id), Number(d.n)] as const));
    await connection.close();
    const lost = [...acknowledged].filter(([id, n]) => (stored.get(id) ?? -1) < n).map(([id]) => id);
    expect({ acknowledged: acknowledged.size, lost }).toEqual({ acknowledged: acknowledged.size, lost: [] });
  });
});
