// The audit service's Kafka consumer: task facts published by the worker become entries
// of their directive's hash chain, once each even when Kafka delivers them twice.
import { MongoAuditTrail, verifyChain } from '@dondoc/audit';
import { topicsFor, type Envelope } from '@dondoc/contracts';
import { createKafkaClient, envelopeMessage, KafkaEventPublisher } from '@dondoc/messaging';
import { connectMongo } from '@dondoc/persistence';
import { freePort, mongoUriFor, servers, uniqueName } from '@dondoc/testing';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Connection } from 'mongoose';
/* eslint-disable @nx/enforce-module-boundaries -- the app is booted in process, as test/e2e/support does for the others */
import { loadAuditConfig } from '../../../apps/audit/src/audit.config';
import { AuditModule } from '../../../apps/audit/src/audit.module';
import { setUpAuditApi, startAuditConsumer } from '../../../apps/audit/src/audit.setup';
/* eslint-enable @nx/enforce-module-boundaries */

jest.setTimeout(120_000);

const fact = (revision: number, type: string, extra: Record<string, unknown>): Envelope => ({
  eventId: `task:t-audit:r${revision}:${type}`,
  type,
  schemaVersion: 1,
  occurredAt: `2022-01-2${revision}T01:00:00.000Z`,
  correlationId: 'directive:d-consumer',
  causationId: revision === 2 ? 'req-ack-1' : null,
  key: 't-audit',
  payload: {
    taskId: 't-audit',
    directiveId: 'd-consumer',
    directiveNumber: '907/UBND-NV',
    itemRef: '1',
    leadUnitId: 'so-noi-vu',
    revision,
    at: `2022-01-2${revision}T01:00:00.000Z`,
    ...extra,
  },
});

describe('audit consumer', () => {
  let app: INestApplication;
  let connection: Connection;
  let publisher: KafkaEventPublisher;
  const run = uniqueName('audit-consumer');

  beforeAll(async () => {
    const uri = mongoUriFor(run);
    const config = loadAuditConfig({
      MONGODB_URI: uri,
      HTTP_PORT: String(await freePort()),
      ARCHIVE_SWEEP_MS: '0',
      KAFKA_BROKERS: servers.kafkaBrokers.join(','),
      KAFKA_TOPIC_PREFIX: run,
      AUDIT_GROUP_ID: `${run}-audit`,
    });
    app = await NestFactory.create(AuditModule.forRoot(config), { logger: ['error', 'warn'] });
    setUpAuditApi(app, config);
    await startAuditConsumer(app, config);
    await app.listen(config.HTTP_PORT, config.HTTP_HOST);
    connection = await connectMongo({ uri });
    publisher = new KafkaEventPublisher(createKafkaClient({ brokers: servers.kafkaBrokers, clientId: run }));
  });
  afterAll(async () => {
    await publisher?.disconnect();
    await app?.close();
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  it('records each task fact once, with who, role, unit, what, when and request id', async () => {
    const topic = topicsFor(run).taskEvents;
    const acknowledged = fact(2, 'task.acknowledged', {
      status: 'acknowledged',
      actor: { userId: 'so-noi-vu.giamdoc', role: 'unit-head', unitId: 'so-noi-vu' },
    });
    const reminded = fact(3, 'task.reminded', {
      status: 'acknowledged',
      trigger: 'due',
      dueAt: '2022-02-25T16:59:59.999Z',
      scheduledAt: '2022-01-23T01:00:00.000Z',
    });
    await publisher.publish([acknowledged, reminded, acknowledged].map((e) => envelopeMessage(topic, e)));

    const trail = new MongoAuditTrail(connection);
    let entries = await trail.entries('d-consumer');
    while (entries.length < 2) {
      await new Promise((resolve) => setTimeout(resolve, 200)); // wait for the consumer; nothing is asserted about time
      entries = await trail.entries('d-consumer');
    }
    expect(entries.map((e) => [e.seq, e.who, e.role, e.unit, e.what, e.requestId])).toEqual([
      [1, 'so-noi-vu.giamdoc', 'unit-head', 'so-noi-vu', 'task.acknowledged', 'req-ack-1'],
      [2, 'system', 'system', 'so-noi-vu', 'task.reminded', null],
    ]);
    expect(entries[0]).toMatchObject({ taskId: 't-audit', when: '2022-01-22T01:00:00.000Z', sourceId: acknowledged.eventId });
    expect(verifyChain({ directiveId: 'd-consumer', entries }).ok).toBe(true);
  });
});
