// One replayer of the REPLAY benchmark, run as a child process so replays use every core
// (one replay worker works through its histories one at a time, on one thread). Reads the
// archived years (plain JSON) and the prebuilt bundle, says `ready`, waits for `go`, then
// replays its share and reports: { type: 'done', years, events, failures, ms }.
import { historyFromPlainJson } from '@dondoc/temporal';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import * as fs from 'node:fs';

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const years = (JSON.parse(fs.readFileSync(required('REPLAY_YEARS_FILE'), 'utf8')) as unknown[][]).map((runs) => runs.map(historyFromPlainJson));
  const eventsPerYear = years.map((runs) => runs.reduce((n, h) => n + (h.events?.length ?? 0), 0));
  const share = Number(required('REPLAY_SHARE'));
  const offset = Number(process.env.REPLAY_OFFSET ?? 0);
  await new Promise<void>((resolve) => {
    process.on('message', (m: { type?: string }) => m?.type === 'go' && resolve());
    process.send?.({ type: 'ready' });
  });
  let events = 0;
  let failures = 0;
  let done = 0;
  const t0 = Date.now();
  async function* histories() {
    for (let i = 0; i < share; i++) {
      const y = (offset + i) % years.length;
      for (const history of years[y]) yield { workflowId: `task:replay-${offset + i}`, history };
      events += eventsPerYear[y];
      done++;
      if (done % 10 === 0) process.send?.({ type: 'progress', years: done });
    }
  }
  for await (const result of Worker.runReplayHistories({ workflowBundle: { codePath: required('REPLAY_BUNDLE') }, replayName: `bench-${process.pid}` }, histories())) {
    if (result.error) failures++;
  }
  process.send?.({ type: 'done', years: done, events, failures, ms: Date.now() - t0 });
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
