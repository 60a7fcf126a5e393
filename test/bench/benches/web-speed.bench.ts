import {
  AssessmentStore,
  connectMongo,
  DirectiveRepository,
  EvaluationRepository,
  InboxRepository,
  OrgChartStore,
  ReportCountsRepository,
  ReportSourceReader,
  TaskReadModelRepository,
} from '@dondoc/persistence';
import { buildReport, reportRequestSchema } from '@dondoc/reports';
import type { Connection } from 'mongoose';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launchChromium, VIEWPORTS } from '../../e2e/web/browser';
import { signIn } from '../../e2e/web/journey-steps';
import { buildWebApp, startWebStack, WEB_DIST, type WebStack } from '../../e2e/web/web-stack';
import type { BenchContext, BenchFigure } from '../support/bench-context';
import { progress, progressDone } from '../support/progress';
import { percentile } from '../support/stats';
import { storeFixture, TASKS_PER_DIRECTIVE } from '../support/store-fixture';
import { ms } from '../support/timed-lanes';
import { fill, type Repos } from './store.bench';

const GOAL_READY_MS = 1000;
const GOAL_JS_KB = 500;
const PASSWORD = 'bench-web-password-2026';
const LEADER = 'ubnd-tinh.chutich';
/** The small data set the big one is compared with, in a database of its own: 20 directives, 1,000 tasks. */
const BASELINE_DIRECTIVES = 20;
/** A navigation that takes longer is recorded as not ready (and the page's other runs are skipped). */
const NAVIGATION_TIMEOUT_MS = 120_000;

/** A page people open, who opens it, and what shows it is ready to use. */
interface WebPage {
  id: string;
  name: string;
  path: string;
  as: 'leader' | 'unit-head';
  /** A CSS selector: the page is ready when this element is laid out. */
  ready: string;
  /** A CSS selector: the page shows everything it renders at once (what comes after `ready`). */
  complete?: string;
}

const ALL_PAGES: WebPage[] = [
  {
    id: 'WEB-DASH',
    name: "the leader's dashboard (the year's taxonomy counts visible)",
    path: '/dashboard',
    as: 'leader',
    ready: '[data-testid="taxonomy-cards"]',
    complete: '[data-testid="unit-ranking"] .ant-table-row',
  },
  {
    id: 'WEB-TODO',
    name: 'a unit head\'s "Việc cần làm" (first page of rows visible)',
    path: '/todo',
    as: 'unit-head',
    ready: 'main .ant-table-row',
  },
  {
    id: 'WEB-DIRS',
    name: "the leader's directive list (first page of rows visible)",
    path: '/directives',
    as: 'leader',
    ready: 'main .ant-table-row',
  },
];

/** BENCH_WEB_PAGES=WEB-DASH,WEB-TODO measures only those pages (a change to one page, measured in minutes). */
const PAGES = ((only) => (only ? ALL_PAGES.filter((p) => only.includes(p.id)) : ALL_PAGES))(
  process.env.BENCH_WEB_PAGES?.split(',').map((id) => id.trim()),
);

interface ApiCall {
  path: string;
  ms: number;
  bytes: number;
}
interface PageRuns {
  /** Navigation start to ready, in the page's own clock (performance.now()), one per cold run. */
  ready: number[];
  /** Navigation start to complete (pages with a `complete` selector). */
  complete: number[];
  /** The /v1 calls each run made, as Chromium timed them (request start to response end). */
  calls: ApiCall[][];
  /** The same GETs from this process straight to the API (no proxy, no browser): the server's part. */
  server: Record<string, number[]>;
  failed?: string;
}
interface DataSetRuns {
  tasks: number;
  pages: Record<string, PageRuns>;
  /** Scripts Chromium fetched for the first dashboard navigation (path → bytes on the wire). */
  scripts: Record<string, number>;
  /** Where the dashboard's report goes, timed in this process: the store read, the computation, the JSON. */
  report?: ReportCost;
}
interface ReportCost {
  readMs: number;
  snapshots: number;
  computeMs: number;
  items: number;
  jsonMs: number;
  jsonBytes: number;
}

/**
 * WEB: the web application in Chromium on the STORE benchmark's data (100,000 tasks; 10,000
 * with BENCH_QUICK): the directive API, the audit API and the web server as `npm run up`
 * runs them, the production build. Each page is opened cold N times (HTTP cache cleared,
 * signed in through the refresh cookie as a person returning): the time from navigation
 * start to the page ready to use, the API calls' times as Chromium saw them and as this
 * process sees them straight from the API (what of it is the server), beside the same pages
 * on 1,000 tasks in another database, from the same run. And the first page's JavaScript,
 * gzipped.
 */
export async function webSpeed(ctx: BenchContext): Promise<BenchFigure[]> {
  const runs = ctx.quick ? 5 : 10;
  const directives = ctx.quick ? 200 : 2_000;
  progressDone('WEB: building the web app (vite build)');
  buildWebApp();
  const js = firstPageJs();
  progressDone(`WEB: the first page's JavaScript: ${js.files.length} files, ${kb(js.gzip)} kB gzipped (${kb(js.raw)} kB raw)`);
  const browser = await launchChromium();
  try {
    const base = await dataSetRuns(ctx, browser, 'base', BASELINE_DIRECTIVES, runs);
    const big = await dataSetRuns(ctx, browser, 'big', directives, runs);
    return [...PAGES.map((p) => pageFigure(p, big, base)), jsFigure(js, big)];
  } finally {
    await browser.close();
  }
}

async function dataSetRuns(ctx: BenchContext, browser: Browser, label: string, directives: number, runs: number): Promise<DataSetRuns> {
  const f = storeFixture(directives);
  const tasks = directives * TASKS_PER_DIRECTIVE;
  // STORE's data set when it left one of this size (this stack's stop drops it).
  const loaded = ctx.storeData?.directives === directives ? ctx.storeData : undefined;
  if (loaded) ctx.storeData = undefined;
  progressDone(`WEB: ${label}: starting the directive API, the audit API and the web server`);
  // Refreshing the session on every cold navigation is a sign-in for the API's rate limit.
  const web = await startWebStack(`${ctx.runId}-web-${label}`, {
    password: PASSWORD,
    apps: ['directive-api'],
    env: {
      RATE_LIMIT_SIGN_IN_PER_MINUTE: '0',
      RATE_LIMIT_WRITES_PER_MINUTE: '0',
      ...(loaded ? { MONGODB_URI: loaded.mongoUri } : {}),
    },
  });
  const contexts: BrowserContext[] = [];
  let report: ReportCost | undefined;
  try {
    const mongo = await connectMongo({ uri: web.stack.env.MONGODB_URI, appName: 'dondoc-bench' });
    try {
      const repos: Repos = {
        tasks: new TaskReadModelRepository(mongo),
        counts: new ReportCountsRepository(mongo),
        inbox: new InboxRepository(mongo),
        evaluations: new EvaluationRepository(mongo),
        directives: new DirectiveRepository(mongo),
      };
      await Promise.all(Object.values(repos).map((r) => r.init()));
      if (loaded) progressDone(`WEB: ${label}: ${tasks} tasks: the data set STORE loaded`);
      else {
        progressDone(`WEB: ${label}: loading ${tasks} tasks (the STORE data set)`);
        await fill(f, repos);
      }
      // The loader wrote the dashboard's counts with the rows (see fill). The whole-year report
      // computed in this process says where GET /v1/reports goes; at 100,000 tasks it takes
      // ~90 s (1 GB of JSON) and is the same every run, so only on request (BENCH_REPORT_COST=1).
      if (label === 'base' || process.env.BENCH_REPORT_COST === '1')
        report = await reportCost(mongo, f.year).catch((e: unknown) => {
          progressDone(`WEB: ${label}: the report's cost could not be measured: ${e instanceof Error ? e.message : String(e)}`);
          return undefined;
        });
      if (report) progressDone(`WEB: ${label}: the dashboard's report in this process: ${describeCost(report)}`);
    } finally {
      await mongo.close();
    }
    const head = f.units[0];
    const people = {
      leader: { userId: LEADER, token: await web.stack.token('leader', 'ubnd-tinh', LEADER) },
      'unit-head': { userId: head.headUserId, token: await web.stack.token('unit-head', head.id, head.headUserId) },
    };
    const pages: Record<string, Page> = {};
    for (const [role, person] of Object.entries(people)) {
      const context = await browser.newContext({ viewport: VIEWPORTS.office, locale: 'vi-VN' });
      contexts.push(context);
      const page = await context.newPage();
      await signIn(page, web.baseUrl, person.userId, PASSWORD);
      pages[role] = page;
    }
    const out: DataSetRuns = { tasks, pages: {}, scripts: {}, report };
    for (const p of PAGES) {
      out.pages[p.id] = await pageRuns(web, pages[p.as], p, runs, label, p.id === 'WEB-DASH' ? out.scripts : undefined);
      out.pages[p.id].server = await serverTimes(web, out.pages[p.id].calls[0] ?? [], people[p.as].token, runs, `${label} ${p.id}`);
      progressDone(`WEB: ${label} ${p.id}: ${describeRuns(out.pages[p.id])}`);
    }
    return out;
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined);
    await web.stop();
  }
}

/**
 * The STORE rows' workflow states carry the status alone; a report reads the facts each
 * status implies (when it was submitted, approved, cancelled, paused) and fails without
 * them. Added here, the same for every row of a status: submitted and approved on 20 June,
 * well before the one-off tasks' 31 December deadline (done on time). For the STORE fixture's
 * owner: better made in its taskRow.
 */
/**
 * The dashboard's GET /v1/reports?period=<year> in parts, in this process with the API's own
 * functions: the read of the task read model, the computation, the JSON of the answer.
 */
async function reportCost(mongo: Connection, year: number): Promise<ReportCost> {
  const t0 = performance.now();
  const source = await new ReportSourceReader(mongo).read({ kind: 'province' });
  const t1 = performance.now();
  const built = await buildReport(
    { source: { read: async () => source }, orgCharts: new OrgChartStore(mongo), assessments: new AssessmentStore(mongo) },
    reportRequestSchema.parse({ period: String(year) }),
  );
  const t2 = performance.now();
  // Field by field, an array element by element: the whole report in one string passes V8's
  // longest string at 100,000 tasks ("Invalid string length"); this is its size (to a few
  // bytes of punctuation), without the one string.
  let jsonBytes = 2;
  for (const [key, value] of Object.entries(built.report)) {
    const parts = Array.isArray(value) ? value.map((v: unknown) => JSON.stringify(v)) : [JSON.stringify(value)];
    jsonBytes += key.length + 4 + parts.reduce((n, part) => n + Buffer.byteLength(part) + 1, 0);
  }
  const t3 = performance.now();
  return {
    readMs: t1 - t0,
    snapshots: source.snapshots.length,
    computeMs: t2 - t1,
    items: built.report.items.length,
    jsonMs: t3 - t2,
    jsonBytes,
  };
}

const describeCost = (c: ReportCost) =>
  `read ${c.snapshots} snapshots ${ms(c.readMs)} ms, compute ${c.items} items ${ms(c.computeMs)} ms, ` +
  `JSON ${kb(c.jsonBytes)} kB in ${ms(c.jsonMs)} ms`;

/** `runs` cold navigations to the page; `scripts` (when given) gets the JavaScript of the first one. */
async function pageRuns(
  web: WebStack,
  page: Page,
  p: WebPage,
  runs: number,
  label: string,
  scripts?: Record<string, number>,
): Promise<PageRuns> {
  const cdp = await page.context().newCDPSession(page);
  const out: PageRuns = { ready: [], complete: [], calls: [], server: {} };
  /** The page's own clock at the first frame where an element matching `selector` is laid out. */
  const laidOut = async (selector: string) => {
    const handle = await page.waitForFunction(
      `(() => { const el = document.querySelector(${JSON.stringify(selector)}); return el && el.getClientRects().length > 0 ? performance.now() : 0; })()`,
      undefined,
      { polling: 'raf', timeout: NAVIGATION_TIMEOUT_MS },
    );
    return (await handle.jsonValue()) as number;
  };
  for (let run = 0; run < runs; run++) {
    await cdp.send('Network.clearBrowserCache');
    // From a blank tab, as a person opening the page: the last run's page is torn down before
    // this navigation starts (it took 0.5 s in a third of the runs, counted in the next one's time).
    await page.goto('about:blank');
    const calls: ApiCall[] = [];
    const pending: Promise<void>[] = [];
    const onFinished = (req: Request) => {
      const url = new URL(req.url());
      const timing = req.timing();
      if (url.pathname.startsWith('/v1/') && !url.pathname.startsWith('/v1/auth/'))
        pending.push(
          req
            .sizes()
            .then((s) => void calls.push({ path: url.pathname + url.search, ms: timing.responseEnd, bytes: s.responseBodySize }))
            .catch(() => undefined),
        );
      if (scripts && run === 0 && req.resourceType() === 'script')
        pending.push(
          req
            .sizes()
            .then((s) => void (scripts[url.pathname] = s.responseBodySize))
            .catch(() => undefined),
        );
    };
    page.on('requestfinished', onFinished);
    progress(`WEB: ${label} ${p.id} run ${run + 1}/${runs}`, true);
    try {
      await page.goto(`${web.baseUrl}${p.path}`, { waitUntil: 'commit' });
      out.ready.push(await laidOut(p.ready));
      if (p.complete) out.complete.push(await laidOut(p.complete));
      // The calls still under way when the page was ready are part of what it costs.
      await page.waitForLoadState('networkidle', { timeout: NAVIGATION_TIMEOUT_MS }).catch(() => undefined);
      await Promise.all(pending);
      out.calls.push(calls);
    } catch (e) {
      out.failed = `run ${run + 1}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
      progressDone(`WEB: ${label} ${p.id}: ${out.failed}; its other runs are skipped`);
      break;
    } finally {
      page.off('requestfinished', onFinished);
    }
  }
  await cdp.detach();
  return out;
}

/** Each GET the page made, `runs` times from this process to the directive API itself, with a bearer token. */
async function serverTimes(web: WebStack, calls: ApiCall[], token: string, runs: number, label: string): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = {};
  for (const call of calls) {
    if (call.path.startsWith('/v1/audit') || out[call.path]) continue;
    out[call.path] = [];
    const stopAt = Date.now() + 60_000; // a call of tens of seconds gets fewer samples, not a run of many minutes
    for (let i = 0; i < runs && Date.now() < stopAt; i++) {
      progress(`WEB: ${label} ${call.path} from the bench ${i + 1}/${runs}`);
      const t0 = performance.now();
      const res = await fetch(`${web.stack.baseUrl}${call.path}`, { headers: { authorization: `Bearer ${token}` } });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`GET ${call.path} answered ${res.status}`);
      out[call.path].push(performance.now() - t0);
    }
  }
  return out;
}

const p50 = (xs: number[]) => ms(percentile(xs, 50));
const p95 = (xs: number[]) => ms(percentile(xs, 95));
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** The slowest API call of each run, as Chromium timed it (the one the page waits for). */
function slowestCalls(r: PageRuns): ApiCall[] {
  return r.calls.map((calls) => calls.reduce<ApiCall>((a, b) => (b.ms > a.ms ? b : a), { path: '-', ms: 0, bytes: 0 }));
}

function describeRuns(r: PageRuns): string {
  const slowest = slowestCalls(r);
  const server = Object.entries(r.server)
    .map(([p, xs]) => `${p} p50 ${p50(xs)} ms`)
    .join(', ');
  return (
    `ready p50 ${p50(r.ready)} / p95 ${p95(r.ready)} ms (n=${r.ready.length})` +
    (r.complete.length ? `, complete p50 ${p50(r.complete)} / p95 ${p95(r.complete)} ms` : '') +
    (slowest.length
      ? `; slowest API call in Chromium ${slowest[0].path}: p50 ${p50(slowest.map((c) => c.ms))} ms, ${kb(slowest[0].bytes)} kB`
      : '') +
    (server ? `; straight from the API: ${server}` : '') +
    (r.failed ? `; FAILED ${r.failed}` : '')
  );
}

function pageFigure(p: WebPage, big: DataSetRuns, base: DataSetRuns): BenchFigure {
  const b = big.pages[p.id];
  const s = base.pages[p.id];
  const ratio = s.ready.length && b.ready.length ? ` (×${(percentile(b.ready, 50) / percentile(s.ready, 50)).toFixed(1)})` : '';
  const slowest = slowestCalls(b);
  const serverMain = slowest.length ? b.server[slowest[0].path] : undefined;
  return {
    id: p.id,
    name: `${p.name}, ${big.tasks} tasks, cold, in Chromium`,
    value: b.ready.length ? p95(b.ready) : Number.NaN,
    unit: b.ready.length
      ? `ms p95 (p50 ${p50(b.ready)}${b.complete.length ? `; complete p50 ${p50(b.complete)} / p95 ${p95(b.complete)}` : ''}; its API call ${slowest[0]?.path ?? '-'}: in Chromium p50 ${p50(slowest.map((c) => c.ms))} ms, ` +
        `${kb(slowest[0]?.bytes ?? 0)} kB, straight from the API p50 ${serverMain ? p50(serverMain) : '-'} ms)`
      : `not ready: ${b.failed ?? 'no run'}`,
    goal: `ready ≤ ${GOAL_READY_MS} ms`,
    met: b.ready.length === b.calls.length && b.ready.length > 0 && !b.failed && percentile(b.ready, 95) <= GOAL_READY_MS,
    baseline:
      `${base.tasks} tasks: p50 ${p50(s.ready)} / p95 ${p95(s.ready)} ms${ratio}${s.failed ? ` FAILED ${s.failed}` : ''}` +
      (p.id === 'WEB-DASH' && base.report
        ? `; the whole-year report in parts: ${big.report ? `${describeCost(big.report)} (${base.tasks} tasks: ${describeCost(base.report)})` : `${base.tasks} tasks: ${describeCost(base.report)}`}`
        : ''),
    detail: { big: b, base: s, ...(p.id === 'WEB-DASH' ? { reportCost: { big: big.report, base: base.report } } : {}) },
  };
}

/** The JavaScript index.html loads (its module script and the chunks it preloads), from the build. */
function firstPageJs(): { files: string[]; gzip: number; raw: number } {
  const html = fs.readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]);
  let gzip = 0;
  let raw = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(WEB_DIST, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, gzip, raw };
}

function jsFigure(js: ReturnType<typeof firstPageJs>, big: DataSetRuns): BenchFigure {
  const loaded = Object.entries(big.scripts);
  const gzipOf = (p: string) => {
    const file = path.join(WEB_DIST, p);
    return fs.existsSync(file) ? gzipSync(fs.readFileSync(file), { level: 9 }).length : 0;
  };
  const dashGzip = loaded.reduce((sum, [p]) => sum + gzipOf(p), 0);
  const dashWire = loaded.reduce((sum, [, n]) => sum + n, 0);
  return {
    id: 'WEB-JS',
    name: "the first page's JavaScript (what index.html loads), gzip -9 of the built files",
    value: kb(js.gzip),
    unit: `kB gzipped (${kb(js.raw)} kB raw, ${js.files.length} files)`,
    goal: `≤ ${GOAL_JS_KB} kB`,
    met: js.gzip <= GOAL_JS_KB * 1024,
    baseline: `the dashboard loads ${loaded.length} scripts: ${kb(dashGzip)} kB gzipped, ${kb(dashWire)} kB on the wire (the web server sends brotli or gzip, by Accept-Encoding)`,
    detail: { files: js.files, dashboardScripts: big.scripts },
  };
}
