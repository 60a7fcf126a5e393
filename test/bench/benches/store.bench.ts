import {
  connectMongo,
  DirectiveRepository,
  EvaluationRepository,
  InboxRepository,
  ReportCountsRepository,
  TaskReadModelRepository,
  updateIf,
} from '@dondoc/persistence';
import { REPORT_TALLY_VERSION, ReportCountsTotals } from '@dondoc/reports';
import type { Query } from 'mongoose';
import { DondocStack } from '../../e2e/support/dondoc-stack';
import type { BenchContext, BenchFigure } from '../support/bench-context';
import { bulkInsert } from '../support/bulk-insert';
import { explainPlan } from '../support/explain-plan';
import { progressDone } from '../support/progress';
import { summarize } from '../support/stats';
import {
  directiveDoc,
  evaluationCells,
  notice,
  storeFixture,
  TASKS_PER_DIRECTIVE,
  taskRef,
  taskRow,
  yearGrades,
  type StoreFixture,
} from '../support/store-fixture';
import { ms, timedLanes } from '../support/timed-lanes';

const GOAL_P99_MS = 50;
const GOAL_UPDATES_PER_S = 1000;
const WRITERS = 8;
const EVAL_TASKS_PER_UNIT = 10; // 35 units × 12 months × 10 tasks = 4,200 cells a year (the API pages at 5,000)

type Summary = ReturnType<typeof summarize>;
const fmt = (s: Summary) => `p50 ${ms(s.p50)} / p99 ${ms(s.p99)} / max ${ms(s.max)} ms (n=${s.count})`;

/**
 * STORE: the read paths people use every day, through the directive API, on a database of
 * 100,000 task rows and 100,000 inbox notices over 35 units and 2,000 directives (1/10 with
 * BENCH_QUICK), then 8 concurrent writers on the store alone. Each API figure has beside it
 * the same repository query timed from this process and a `find({_id})` round trip: the
 * API minus the query is ours (HTTP, Nest, JSON), the query minus the round trip is the
 * server's work for that query.
 */
export async function storeBench(ctx: BenchContext): Promise<BenchFigure[]> {
  const directives = ctx.quick ? 200 : 2_000;
  const perPhase = ctx.quick ? 40 : 200;
  const budgetMs = ctx.quick ? 10_000 : 30_000;
  const writeMs = ctx.quick ? 3_000 : 10_000;
  const f = storeFixture(directives);
  // WEB, when it runs later, reads this data set instead of loading it again.
  const handOn = ctx.only.indexOf('WEB') > ctx.only.indexOf('STORE');
  const stack = await DondocStack.start(`${ctx.runId}-store`, ['directive-api']);
  const mongo = await connectMongo({ uri: stack.env.MONGODB_URI, appName: 'dondoc-bench' });
  const figures: BenchFigure[] = [];
  try {
    const repos = {
      tasks: new TaskReadModelRepository(mongo),
      counts: new ReportCountsRepository(mongo),
      inbox: new InboxRepository(mongo),
      evaluations: new EvaluationRepository(mongo),
      directives: new DirectiveRepository(mongo),
    };
    // The schemas' indexes first, on empty collections: the load maintains them as it goes.
    await Promise.all(Object.values(repos).map((r) => r.init()));
    const load = await fill(f, repos);

    // ---- the floor: one indexed point read on the same store ----
    const taskIds = Array.from({ length: 64 }, (_, i) => taskRef(f, (i * 7919) % (directives * TASKS_PER_DIRECTIVE)).taskId);
    const byId = summarize(
      await timedLanes('find({_id})', 1, perPhase, budgetMs, (i) => repos.tasks.model.findById(taskIds[i % taskIds.length]).lean()),
    );
    progressDone(`STORE: find({_id}) on tasks: ${fmt(byId)}`);
    figures.push({
      id: 'STORE-ID',
      name: 'store floor: find({_id}) on the task rows, one at a time',
      value: ms(byId.p99),
      unit: `ms p99 (p50 ${ms(byId.p50)} ms, max ${ms(byId.max)} ms)`,
      detail: byId,
    });
    const info = (await mongo.db?.admin().command({ buildInfo: 1 })) as { version?: string; ferretdbVersion?: string } | undefined;
    const server = info?.ferretdbVersion ? `FerretDB ${info.ferretdbVersion}` : `MongoDB wire ${info?.version ?? '?'}`;
    progressDone(`STORE: the store at ${new URL(stack.env.MONGODB_URI).host} answers as ${server}`);
    figures[figures.length - 1].baseline = `server: ${server}`;
    figures[figures.length - 1].detail = { ...byId, server, buildInfo: info };
    const floor = `find({_id}) p50 ${ms(byId.p50)} / p99 ${ms(byId.p99)} ms`;

    // ---- the API, with the same query from here beside it ----
    const leader = await stack.token('leader', 'ubnd-tinh', 'ubnd-tinh.chutich');
    const heads = await Promise.all(f.units.map((u) => stack.token('unit-head', u.id, u.headUserId)));
    const statuses = ['in_progress', 'assigned', 'completed', 'acknowledged'];
    const month = `${f.year}-${String((new Date().getUTCMonth() % 12) + 1).padStart(2, '0')}`;
    const reads: Read[] = [
      {
        id: 'STORE-TASKS',
        name: "GET /v1/tasks?unitId=&status= (first page, 100 rows), a unit's tasks by status",
        request: (i) => ({
          path: `/v1/tasks?unitId=${f.units[i % f.units.length].id}&status=${statuses[i % statuses.length]}`,
          token: leader,
        }),
        check: (body) => Array.isArray(body) && body.length === 100,
        query: (i) => repos.tasks.list({ unitIds: [f.units[i % f.units.length].id], status: statuses[i % statuses.length] }),
        // What TaskReadModelRepository.list sends for one unit (findAnyOf: one value is an equality).
        explain: () =>
          repos.tasks.model
            .find({ status: statuses[0], unitIds: f.units[0].id })
            .sort({ directiveId: 1, itemRef: 1, leadUnitId: 1 })
            .limit(100),
      },
      {
        id: 'STORE-INBOX',
        name: "GET /v1/inbox, a unit head's inbox (theirs and their unit's, 200 newest)",
        request: (i) => ({ path: '/v1/inbox?pageSize=200', token: heads[i % heads.length] }),
        check: (body) => Array.isArray(body) && body.length === 200,
        query: (i) =>
          repos.inbox.forRecipient({ userId: f.units[i % f.units.length].headUserId, unitIds: [f.units[i % f.units.length].id] }),
        explain: () =>
          repos.inbox.model
            .find({ audience: { $in: [`user:${f.units[0].headUserId}`, `unit:${f.units[0].id}`] } }, { audience: 0 })
            .sort({ createdAt: -1 })
            .limit(200),
      },
      {
        id: 'STORE-EVAL',
        name: `GET /v1/evaluations?year=${f.year}, the unit × month matrix of all 35 units (${f.units.length * 12 * EVAL_TASKS_PER_UNIT} cells + grades)`,
        request: () => ({ path: `/v1/evaluations?year=${f.year}`, token: leader }),
        check: (body) => (body as { months?: unknown[] }).months?.length === f.units.length * 12 * EVAL_TASKS_PER_UNIT,
        query: () => repos.evaluations.year({ year: f.year }),
        // The year matrix read model: one document per unit (EvaluationRepository.year).
        explain: () => repos.evaluations.yearMatrix.model.find({ year: f.year }),
      },
      {
        id: 'STORE-EVAL-U',
        name: `GET /v1/evaluations?year=${f.year} as a unit head (their unit's row: ${12 * EVAL_TASKS_PER_UNIT} cells)`,
        request: (i) => ({ path: `/v1/evaluations?year=${f.year}`, token: heads[i % heads.length] }),
        check: (body) => (body as { months?: unknown[] }).months?.length === 12 * EVAL_TASKS_PER_UNIT,
        query: (i) => repos.evaluations.year({ unitIds: [f.units[i % f.units.length].id], year: f.year }),
      },
      {
        id: 'STORE-EVAL-M',
        name: `GET /v1/evaluations?period=${month}, one month of all units (${f.units.length * EVAL_TASKS_PER_UNIT} cells)`,
        request: () => ({ path: `/v1/evaluations?period=${month}`, token: leader }),
        check: (body) => (body as { cells?: unknown[] }).cells?.length === f.units.length * EVAL_TASKS_PER_UNIT,
        query: () => repos.evaluations.matrix({ period: month }),
        explain: () => repos.evaluations.cells.find({ period: month }).sort({ unitId: 1, period: 1, taskId: 1 }).limit(5000),
      },
      {
        id: 'STORE-DIR',
        name: `GET /v1/directives/:id, one directive with its progress (${TASKS_PER_DIRECTIVE} tasks, outbox inside)`,
        request: (i) => ({
          path: `/v1/directives/${taskRef(f, ((i * 37) % directives) * TASKS_PER_DIRECTIVE).directiveId}`,
          token: leader,
        }),
        check: (body) => (body as { progress?: { following?: number } }).progress?.following === TASKS_PER_DIRECTIVE,
        query: async (i) => {
          const d = await repos.directives.findById(taskRef(f, ((i * 37) % directives) * TASKS_PER_DIRECTIVE).directiveId);
          return repos.tasks.byTaskIds(d?.assignments.map((a) => a.taskId) ?? []);
        },
      },
    ];
    for (const read of reads) {
      // One refused or wrong answer is reported in its row; the other figures still count.
      figures.push(
        await measureRead(stack, read, { perPhase, budgetMs, floor }).catch((e: unknown) => {
          const error = e instanceof Error ? e.message : String(e);
          progressDone(`STORE: ${read.id} failed: ${error}`);
          return {
            id: read.id,
            name: read.name,
            value: Number.NaN,
            unit: 'failed',
            goal: `p99 ≤ ${GOAL_P99_MS} ms`,
            met: false,
            baseline: error.slice(0, 200),
            detail: { error },
          };
        }),
      );
    }

    // ---- writers on the store alone ----
    figures.push(...(await measureWriters(repos.tasks, f, { writeMs, load })));
  } finally {
    await mongo.close();
    await stack.stop({ keepDatabase: handOn });
  }
  if (handOn) ctx.storeData = { mongoUri: stack.env.MONGODB_URI, directives };
  return figures;
}

interface Read {
  id: string;
  name: string;
  request: (i: number) => { path: string; token: string };
  /** The answer is the one asked for (a fast empty page would measure nothing). */
  check: (body: unknown) => boolean;
  /** The same repository call the route makes, timed from this process. */
  query: (i: number) => Promise<unknown>;
  /** The route's main query as it reaches the server, for its plan and the server's own time. */
  explain?: () => Query<unknown, unknown>;
}

async function measureRead(stack: DondocStack, read: Read, o: { perPhase: number; budgetMs: number; floor: string }): Promise<BenchFigure> {
  let bytes = 0;
  const get = async (i: number) => {
    const { path, token } = read.request(i);
    const res = await fetch(`${stack.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const text = await res.text();
    bytes = text.length;
    if (res.status !== 200) throw new Error(`${read.id}: GET ${path} answered ${res.status}: ${text.slice(0, 300)}`);
    return text;
  };
  // Warm-up (connections, JIT, the store's caches), and the answer checked once.
  for (let i = 0; i < 5; i++) {
    const body = JSON.parse(await get(i)) as unknown;
    if (i === 0 && !read.check(body)) throw new Error(`${read.id}: unexpected answer to ${read.request(0).path}: ${describe(body)}`);
  }
  const sequential = summarize(await timedLanes(`${read.id} sequential`, 1, o.perPhase, o.budgetMs, get));
  const concurrent = summarize(await timedLanes(`${read.id} ${WRITERS} concurrent`, WRITERS, o.perPhase, o.budgetMs, get));
  const store = summarize(await timedLanes(`${read.id} query alone`, 1, o.perPhase, o.budgetMs, read.query));
  const plan = read.explain ? await explainPlan(read.explain()) : undefined;
  progressDone(
    `STORE: ${read.id}: API ${fmt(sequential)}; ${WRITERS} concurrent ${fmt(concurrent)}; query alone ${fmt(store)}; ${bytes} bytes${plan ? `; plan ${JSON.stringify(plan)}` : ''}`,
  );
  return {
    id: read.id,
    name: read.name,
    value: ms(sequential.p99),
    unit: `ms p99 (p50 ${ms(sequential.p50)}, max ${ms(sequential.max)}; ${WRITERS} concurrent: p50 ${ms(concurrent.p50)}, p99 ${ms(concurrent.p99)})`,
    goal: `p99 ≤ ${GOAL_P99_MS} ms`,
    met: sequential.p99 <= GOAL_P99_MS,
    baseline: `same query from the bench: p50 ${ms(store.p50)} / p99 ${ms(store.p99)} ms; ${o.floor}`,
    detail: { sequential, concurrent, queryAlone: store, responseBytes: bytes, plan },
  };
}

/** An answer in a line: its keys and the length of each array in it. */
function describe(body: unknown): string {
  if (Array.isArray(body)) return `an array of ${body.length}`;
  if (body && typeof body === 'object')
    return Object.entries(body)
      .map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.length}]` : JSON.stringify(v).slice(0, 80)}`)
      .join(', ');
  return String(body).slice(0, 300);
}

export type Repos = {
  tasks: TaskReadModelRepository;
  counts: ReportCountsRepository;
  inbox: InboxRepository;
  evaluations: EvaluationRepository;
  directives: DirectiveRepository;
};

/**
 * The whole data set, in bulk; returns the task rows' insert rate (a baseline for the writers).
 * The task rows carry their dashboard tally and drill-down keys, as the worker's projection
 * writes them (loaded so, SecantusDB stalled at 91,000 rows while it kept an oplog:
 * infra/local/secantusdb/without_oplog.py), and the dashboard's counts are those tallies
 * summed as the rows are made, written once after them: the read model the worker's `$inc`s
 * keep, without reading 100,000 rows back for a rebuild (63 s of the WEB benchmark before).
 */
export async function fill(f: StoreFixture, repos: Repos): Promise<{ taskRowsPerSecond: number }> {
  const tasks = f.directives * TASKS_PER_DIRECTIVE;
  const t0 = Date.now();
  await bulkInsert(
    repos.directives.model,
    'directives',
    f.directives,
    (from, to) => range(from, to).map((d) => directiveDoc(f, d).doc),
    50,
  );
  const counts = new ReportCountsTotals();
  const taskRowsPerSecond = await bulkInsert(repos.tasks.model, 'task rows', tasks, (from, to) => {
    const rows: object[] = [];
    for (let d = Math.floor(from / TASKS_PER_DIRECTIVE); d * TASKS_PER_DIRECTIVE < to; d++) {
      const { doc, tasks: assigned } = directiveDoc(f, d);
      assigned.forEach((t, k) => {
        const i = d * TASKS_PER_DIRECTIVE + k;
        if (i < from || i >= to) return;
        const row = taskRow(f, doc, t, i);
        counts.add(row.reportTally);
        rows.push(row);
      });
    }
    return rows;
  });
  await repos.counts.replaceAll(counts.rows(), REPORT_TALLY_VERSION);
  progressDone(`STORE: the dashboard's counts summed from the rows' tallies: ${counts.rows().length} documents`);
  await bulkInsert(repos.inbox.model, 'inbox notices', tasks, (from, to) => range(from, to).map((i) => notice(f, taskRef(f, i), i)));
  const cells = evaluationCells(f, EVAL_TASKS_PER_UNIT);
  await bulkInsert(repos.evaluations.cells, 'evaluation cells', cells.length, (from, to) => cells.slice(from, to));
  const grades = yearGrades(f, EVAL_TASKS_PER_UNIT);
  await bulkInsert(repos.evaluations.grades, 'year grades', grades.length, (from, to) => grades.slice(from, to));
  // Inserted straight into the collections: the year matrix read model is built from them, as an upgrade's first start does.
  const t1 = Date.now();
  const built = await repos.evaluations.rebuildYearMatrix();
  progressDone(`STORE: year matrix read model built from ${built.cells} cells and ${built.grades} grades in ${Date.now() - t1} ms`);
  progressDone(`STORE: data set loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { taskRowsPerSecond };
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/**
 * 8 writers for a few seconds each: conditional status flips (`updateIf({_id, status},
 * {$set, $inc})`, as issuing, withdrawing and the letters do) on documents of their own and on 10
 * shared ones, then plain `updateOne({_id}, {$inc})` and single inserts as baselines. On the
 * shared documents the revisions gained must equal the winners: a lost update shows.
 */
async function measureWriters(
  tasks: TaskReadModelRepository,
  f: StoreFixture,
  o: { writeMs: number; load: { taskRowsPerSecond: number } },
): Promise<BenchFigure[]> {
  const total = f.directives * TASKS_PER_DIRECTIVE;
  const ids = (n: number, offset: number) => range(0, n).map((i) => taskRef(f, (offset + i * 101) % total).taskId);
  const own = range(0, WRITERS).map((w) => ids(50, w * 5_003));
  const shared = ids(10, 77_777);
  await tasks.model.updateMany({ _id: { $in: [...own.flat(), ...shared] } }, { $set: { status: 'in_progress' } });
  const flip = (s: string) => (s === 'in_progress' ? 'submitted' : 'in_progress');
  const conditional = (id: string, from: string) =>
    updateIf(
      tasks.model,
      { _id: id, status: from },
      { $set: { status: flip(from), projectedAt: new Date().toISOString() }, $inc: { revision: 1 } },
    );

  const run = async (label: string, op: (i: number, lane: number) => Promise<unknown>) => {
    const t0 = performance.now();
    const samples = await timedLanes(label, WRITERS, undefined, o.writeMs, op);
    // Over the time actually taken: the calls in flight at the deadline finish after it.
    return { rate: Math.round(samples.length / ((performance.now() - t0) / 1000)), ...summarize(samples) };
  };
  const known = new Map(own.flat().map((id) => [id, 'in_progress']));
  let missedOwn = 0;
  const d = await run('conditional updates, own documents', async (i, w) => {
    const id = own[w][i % own[w].length];
    const from = known.get(id) as string;
    if (await conditional(id, from)) known.set(id, flip(from));
    else missedOwn++;
  });

  const revisions = async () =>
    (await tasks.model.find({ _id: { $in: shared } }, { revision: 1 }).lean<{ revision: number }[]>()).reduce((n, r) => n + r.revision, 0);
  const before = await revisions();
  let won = 0;
  const c = await run('conditional updates, 10 shared documents', async (i, w) => {
    if (await conditional(shared[(i * 7 + w) % shared.length], i % 2 === 0 ? 'in_progress' : 'submitted')) won++;
  });
  const lost = won - ((await revisions()) - before);

  const p = await run('updateOne({_id}, {$inc})', (i, w) =>
    tasks.model.updateOne({ _id: own[w][i % own[w].length] }, { $inc: { revision: 1 } }),
  );
  const template = await tasks.model.findById(own[0][0]).lean();
  const inserted: string[] = [];
  const ins = await run('insertOne of task rows', (i, w) => {
    inserted.push(`bench-insert-${w}-${i}`);
    return tasks.model.collection.insertOne({ ...template, _id: inserted[inserted.length - 1] } as never);
  });
  // The copies go: the data set stays the one loaded (WEB may read it next).
  await tasks.model.deleteMany({ _id: { $in: inserted } });

  progressDone(
    `STORE: ${WRITERS} writers: conditional own ${d.rate}/s (missed ${missedOwn}), shared ${c.rate}/s (${won} won, ${lost} lost), plain $inc ${p.rate}/s, inserts ${ins.rate}/s`,
  );
  const baseline = `same ${WRITERS} writers: updateOne({_id},{$inc}) ${p.rate}/s (p99 ${ms(p.p99)} ms), insertOne ${ins.rate}/s; bulk load ${o.load.taskRowsPerSecond} rows/s`;
  return [
    {
      id: 'STORE-W',
      name: `${WRITERS} writers, conditional updateIf({_id,status},{$set,$inc}) on their own task rows, ${o.writeMs / 1000} s`,
      value: d.rate,
      unit: `updates/s (p50 ${ms(d.p50)}, p99 ${ms(d.p99)} ms; ${missedOwn} missed)`,
      goal: `≥ ${GOAL_UPDATES_PER_S}/s`,
      met: d.rate >= GOAL_UPDATES_PER_S && missedOwn === 0,
      baseline,
      detail: { ...d, missed: missedOwn },
    },
    {
      id: 'STORE-WS',
      name: `${WRITERS} writers, the same conditional update on 10 shared task rows, ${o.writeMs / 1000} s`,
      value: c.rate,
      unit: `updates/s (p50 ${ms(c.p50)}, p99 ${ms(c.p99)} ms; ${won} won, ${lost} lost)`,
      goal: `≥ ${GOAL_UPDATES_PER_S}/s, none lost`,
      met: c.rate >= GOAL_UPDATES_PER_S && lost === 0,
      baseline,
      detail: { ...c, won, lost },
    },
    {
      id: 'STORE-INS',
      name: `${WRITERS} writers, insertOne of task rows, ${o.writeMs / 1000} s`,
      value: ins.rate,
      unit: `inserts/s (p50 ${ms(ins.p50)}, p99 ${ms(ins.p99)} ms)`,
      baseline: `bulk load (insertMany of 1,000): ${o.load.taskRowsPerSecond} rows/s`,
      detail: ins,
    },
  ];
}
