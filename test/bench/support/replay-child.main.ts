// One replayer of the REPLAY benchmark, run as a child process so replays use every core
// (one replay worker works through its histories one at a time, on one thread). Says
// `ready`, waits for `go`, then replays its share (in one-year histories) and reports:
// { type: 'done', years, events, failures, ms }. REPLAY_MODE:
//   sdk      REPLAY-base: the SDK's Worker.runReplayHistories over the archived years
//            (plain JSON, decoded before `go`), nothing of ours around it;
//   service  ours: the audit ReplayService over the same years in the MongoDB history
//            archive (REPLAY_MONGODB_URI), the whole archive once per pass (one call each,
//            as an auditor's requests come; its replay worker is kept between calls);
//   sdk-passes  the SDK alone, but one runReplayHistories per pass of the distinct years:
//            what a replayer's start-up per pass costs (ours paid it until it kept one).
import { MongoHistoryArchive, ReplayService } from '@dondoc/audit';
import { connectMongo } from '@dondoc/persistence';
import { historyFromPlainJson } from '@dondoc/temporal';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import * as fs from 'node:fs';

interface Tally {
  years: number;
  events: number;
  failures: number;
}

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const share = Number(required('REPLAY_SHARE'));
  const mode = process.env.REPLAY_MODE ?? 'sdk';
  const replay = mode === 'service' ? await serviceReplayer() : mode === 'sdk-passes' ? sdkPassReplayer() : sdkReplayer();
  await new Promise<void>((resolve) => {
    process.on('message', (m: { type?: string }) => m?.type === 'go' && resolve());
    process.send?.({ type: 'ready' });
  });
  const t0 = Date.now();
  const tally: Tally = { years: 0, events: 0, failures: 0 };
  await replay(share, tally);
  process.send?.({ type: 'done', ...tally, ms: Date.now() - t0 });
}

function sdkReplayer() {
  const years = (JSON.parse(fs.readFileSync(required('REPLAY_YEARS_FILE'), 'utf8')) as unknown[][]).map((runs) =>
    runs.map(historyFromPlainJson),
  );
  const eventsPerYear = years.map((runs) => runs.reduce((n, h) => n + (h.events?.length ?? 0), 0));
  const offset = Number(process.env.REPLAY_OFFSET ?? 0);
  return async (share: number, tally: Tally) => {
    async function* histories() {
      for (let i = 0; i < share; i++) {
        const y = (offset + i) % years.length;
        for (const history of years[y]) yield { workflowId: `task:replay-${offset + i}`, history };
        tally.events += eventsPerYear[y];
        tally.years++;
        if (tally.years % 10 === 0) process.send?.({ type: 'progress', years: tally.years });
      }
    }
    for await (const result of Worker.runReplayHistories(
      { workflowBundle: { codePath: required('REPLAY_BUNDLE') }, replayName: `bench-${process.pid}` },
      histories(),
    )) {
      if (result.error) tally.failures++;
    }
  };
}

function sdkPassReplayer() {
  const years = (JSON.parse(fs.readFileSync(required('REPLAY_YEARS_FILE'), 'utf8')) as unknown[][]).map((runs) =>
    runs.map(historyFromPlainJson),
  );
  return async (share: number, tally: Tally) => {
    while (tally.years < share) {
      const pass = (async function* () {
        for (const [y, runs] of years.entries()) for (const history of runs) yield { workflowId: `task:replay-year-${y}`, history };
      })();
      for await (const result of Worker.runReplayHistories(
        { workflowBundle: { codePath: required('REPLAY_BUNDLE') }, replayName: `bench-${process.pid}` },
        pass,
      )) {
        if (result.error) tally.failures++;
      }
      tally.years += years.length;
      tally.events += years.reduce((n, runs) => n + runs.reduce((m, h) => m + (h.events?.length ?? 0), 0), 0);
      process.send?.({ type: 'progress', years: tally.years });
    }
  };
}

async function serviceReplayer() {
  const mongo = await connectMongo({ uri: required('REPLAY_MONGODB_URI'), appName: 'dondoc-bench-replay' });
  const service = new ReplayService(new MongoHistoryArchive(mongo), async () => ({
    code: fs.readFileSync(required('REPLAY_BUNDLE'), 'utf8'),
  }));
  const yearsPerPass = Number(required('REPLAY_DISTINCT'));
  return async (share: number, tally: Tally) => {
    // Each pass replays every archived year; the share is rounded up to whole passes.
    while (tally.years < share) {
      const report = await service.replay({ all: true });
      tally.years += yearsPerPass;
      tally.events += report.events;
      tally.failures += report.failed + (report.chains.every((c) => c.ok) ? 0 : 1);
      process.send?.({ type: 'progress', years: tally.years });
    }
    await service.close();
    await mongo.close();
  };
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
