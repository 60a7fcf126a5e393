// Tamper evidence that survives a full rewrite, on the real servers: entries sealed with an
// Ed25519 key the database does not hold, heads published to a compacted Kafka topic and
// exported to a file; `dondoc audit verify` then names a cut tail, an appended entry and a
// chain recomputed from scratch, each found with the database alone looking consistent.
import { AuditHeadsPublisher, AuditSealer, chainHash, genesisHash, MongoAuditTrail, runAuditCommand } from '@dondoc/audit';
import { topicsFor } from '@dondoc/contracts';
import { createKafkaClient, dondocTopicSpecs, ensureTopics, writeKeyed } from '@dondoc/messaging';
import { connectMongo } from '@dondoc/persistence';
import { mongoUriFor, servers, uniqueName } from '@dondoc/testing';
import type { Connection } from 'mongoose';
import { generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

jest.setTimeout(120_000);

const D = 'dir-tamper-int';

describe('tamper evidence outside the database', () => {
  const prefix = uniqueName('tamper');
  const topics = topicsFor(prefix);
  const kafka = createKafkaClient({ brokers: servers.kafkaBrokers, clientId: 'tamper-int', logLevel: 'error' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-heads-'));
  const headsFile = path.join(dir, 'heads.json');
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  let connection: Connection;
  let trail: MongoAuditTrail;
  let env: Record<string, string>;

  beforeAll(async () => {
    const uri = mongoUriFor(uniqueName('tamper'));
    env = { MONGODB_URI: uri, KAFKA_BROKERS: servers.kafkaBrokers.join(','), KAFKA_TOPIC_PREFIX: prefix, AUDIT_SIGNING_KEY: pem };
    connection = await connectMongo({ uri });
    const sealer = new AuditSealer(privateKey);
    trail = new MongoAuditTrail(connection, { sealer, checkpointEvery: 3 });
    await trail.init();
    await ensureTopics(kafka, dondocTopicSpecs(topics));
    for (let i = 1; i <= 6; i++) {
      await trail.append({
        directiveId: D,
        who: 'so-noi-vu.giamdoc',
        role: 'unit-head',
        unit: 'so-noi-vu',
        what: 'task.progress-reported',
        when: `2026-0${i}-18T03:00:00.000Z`,
        details: { i },
      });
    }
    const publisher = new AuditHeadsPublisher(trail, sealer.checker, (heads) =>
      writeKeyed(
        kafka,
        topics.auditHeads,
        heads.map((h) => ({ key: h.directiveId, value: h })),
      ),
    );
    expect((await publisher.publishOnce()).map((h) => [h.directiveId, h.seq])).toEqual([[D, 6]]);
    // Nothing moved: a second pass publishes nothing.
    expect(await publisher.publishOnce()).toEqual([]);
  });
  afterAll(async () => {
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: Object.values(topics) }).catch(() => undefined);
    await admin.disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function run(...argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runAuditCommand(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, { env });
    return { code, stdout, stderr };
  }

  it('exports the published heads, and verifies the chain against them', async () => {
    const exported = await run('audit', 'heads', '--out', headsFile);
    expect(exported.code).toBe(0);
    const file = JSON.parse(fs.readFileSync(headsFile, 'utf8')) as { heads: { directiveId: string; seq: number }[] };
    expect(file.heads).toEqual([expect.objectContaining({ directiveId: D, seq: 6 })]);
    const fromFile = await run('audit', 'verify', '--directive', D, '--heads', headsFile);
    expect(fromFile.stdout).toContain('6 mục, 6 chữ ký, 2 điểm kiểm tra');
    expect(fromFile.code).toBe(0);
    expect((await run('audit', 'verify', '--directive', D, '--heads', 'kafka')).code).toBe(0);
  });

  it('names a cut tail, then a forged append on the cut chain, then a chain recomputed from scratch', async () => {
    const entries = trail.entriesModel.collection;
    await entries.deleteMany({ directiveId: D, seq: { $gte: 5 } });
    // The database alone looks fine: the walk passes and seq 3's checkpoint still matches.
    const cut = await run('audit', 'verify', '--directive', D, '--heads', headsFile);
    expect(cut.code).toBe(1);
    expect(cut.stdout).toMatch(/✗ mục 5 \(removed\): Mất các mục từ số 5/);

    const last = await trail.entries(D);
    const forged = { ...last[3], seq: 5, prevHash: last[3].hash, who: 'intruder', details: { i: 99 } };
    delete (forged as { seal?: unknown }).seal;
    forged.hash = chainHash(forged.prevHash, forged);
    await entries.insertOne({ ...forged, dedupKey: forged.hash, recordedAt: new Date().toISOString() });
    const appended = await run('audit', 'verify', '--directive', D, '--heads', 'kafka');
    expect(appended.code).toBe(1);
    expect(appended.stdout).toMatch(/✗ mục 5 \(unsealed\): Mục 5 không có chữ ký/);

    // Rewrite everything from scratch, checkpoints included, keeping the old seals on the rows.
    const rows = await trail.entries(D);
    let prev = genesisHash(D);
    for (const row of rows) {
      const content = { ...row, details: { rewritten: true } };
      const hash = chainHash(prev, content);
      await entries.updateOne({ directiveId: D, seq: row.seq }, { $set: { details: content.details, prevHash: prev, hash } });
      await trail.checkpointsModel.collection.updateOne({ directiveId: D, seq: row.seq }, { $set: { hash } });
      prev = hash;
    }
    const rewritten = await run('audit', 'verify', '--directive', D);
    expect(rewritten.code).toBe(1);
    expect(rewritten.stdout).toMatch(/✗ mục 1 \(unsealed\): Mục 1 chữ ký không hợp lệ .*5 mục được thêm hoặc tính lại/);
    expect(rewritten.stdout).toMatch(/✗ mục 3 \(unsealed\): điểm kiểm tra số 3 không có chữ ký hợp lệ/);
  });
  it('adopts chains written before sealing once, and refuses one already broken', async () => {
    const legacy = new MongoAuditTrail(connection, { sealer: null });
    const write = (directiveId: string, i: number) =>
      legacy.append({
        directiveId,
        who: 'so-noi-vu.giamdoc',
        role: 'unit-head',
        unit: 'so-noi-vu',
        what: 'task.progress-reported',
        when: `2025-0${i}-18T03:00:00.000Z`,
        details: { i },
      });
    for (let i = 1; i <= 3; i++) await write('dir-legacy-int', i);
    for (let i = 1; i <= 3; i++) await write('dir-broken-int', i);
    await trail.entriesModel.collection.updateOne({ directiveId: 'dir-broken-int', seq: 2 }, { $set: { who: 'someone-else' } });
    expect((await run('verify', '--directive', 'dir-legacy-int')).stdout).toContain('(unsealed)');

    const first = await run('seal-existing');
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('✓ Đã bắt đầu ký chuỗi nhật ký của văn bản dir-legacy-int: mục 1–3');
    expect(first.stdout).toContain(
      '✗ Không bắt đầu ký chuỗi nhật ký của văn bản dir-broken-int: chuỗi băm đã hỏng từ trước, mục 2 (edited)',
    );
    // The chain the test before cut and recomputed without the key is refused too.
    expect(first.stdout).toContain(`văn bản ${D}: chuỗi băm đã hỏng từ trước`);
    expect(first.stdout).toContain('adopted 1, refused 2');
    const adopted = await run('verify', '--directive', 'dir-legacy-int');
    expect(adopted.code).toBe(0);
    expect(adopted.stdout).toContain('4 mục, 1 chữ ký');

    // Again: nothing to adopt (the marker is found), the broken chain is still refused.
    const second = await run('seal-existing');
    expect(second.stdout).toContain('adopted 0, refused 2');
    expect(await trail.entries('dir-legacy-int')).toHaveLength(4);

    // An unsealed entry written after adoption is named.
    await write('dir-legacy-int', 5);
    const forged = await run('verify', '--directive', 'dir-legacy-int');
    expect(forged.code).toBe(1);
    expect(forged.stdout).toContain('mục 5 (unsealed)');
  });
});
