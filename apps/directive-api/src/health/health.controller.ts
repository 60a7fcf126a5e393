import { KAFKA } from '@dondoc/messaging';
import { MONGO_CONNECTION } from '@dondoc/persistence';
import { TEMPORAL_CLIENT } from '@dondoc/task-client';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Client } from '@temporalio/client';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { HttpResponse } from '@dondoc/app-kit';

type Check = { ok: boolean; ms: number; error?: string };

async function check(probe: () => Promise<unknown>, timeoutMs = 3000): Promise<Check> {
  const started = Date.now();
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs)),
    ]);
    return { ok: true, ms: Date.now() - started };
  } catch (e) {
    return { ok: false, ms: Date.now() - started, error: (e as Error).message };
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(MONGO_CONNECTION) private readonly mongo: Connection,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Tình trạng MongoDB, Kafka và Temporal (200 khi cả ba trả lời, 503 nếu không)' })
  async health(@Res() res: HttpResponse): Promise<void> {
    const [mongodb, kafka, temporal] = await Promise.all([
      check(async () => {
        if (!this.mongo.db) throw new Error('not connected');
        await this.mongo.db.admin().ping();
      }),
      check(async () => {
        const admin = this.kafka.admin();
        await admin.connect();
        try {
          await admin.describeCluster();
        } finally {
          await admin.disconnect();
        }
      }),
      check(() => this.temporal.connection.workflowService.getSystemInfo({})),
    ]);
    const ok = mongodb.ok && kafka.ok && temporal.ok;
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', checks: { mongodb, kafka, temporal } });
  }
}
