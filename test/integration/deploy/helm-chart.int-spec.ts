// The Kubernetes manifests (infra/k8s/dondoc) checked offline, as `npm test` runs them:
// helm lint, then every rendered object against the Kubernetes schemas kept in the
// repository (kubeconform, strict), then the environment each Deployment gets is fed to
// that app's own config schema, so a misspelt or invalid variable fails here, not at boot.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { TOPICS } from '@dondoc/contracts';
/* eslint-disable @nx/enforce-module-boundaries -- each app's own config schema judges the environment the chart gives it; the schema generator is a script, not a project */
import { apiEnv } from '../../../apps/directive-api/src/api.config';
import { auditEnv } from '../../../apps/audit/src/audit.config';
import { notifierEnv } from '../../../apps/notifier/src/notifier.config';
import { orchestratorEnv } from '../../../apps/orchestrator/src/orchestrator.config';
import { workerEnv } from '../../../apps/worker/src/worker.config';
import { SOURCE_FILE, SOURCE_MODULE, writeSchemas } from '../../../infra/k8s/schemas/generate-schemas';
/* eslint-enable @nx/enforce-module-boundaries */
import { ensureK8sTools, helmLint, helmTemplate, kubeconform, REPO_ROOT, type K8sTools } from './k8s-tools';

// The first run on a machine builds helm and kubeconform (a few minutes on 2 cores).
jest.setTimeout(15 * 60_000);

type Manifest = { kind: string; metadata: { name: string }; spec?: Record<string, unknown>; data?: Record<string, string> };
type EnvVar = { name: string; value?: string; valueFrom?: { secretKeyRef?: { key: string; optional?: boolean } } };
type Container = {
  args: string[];
  env?: EnvVar[];
  readinessProbe?: unknown;
  livenessProbe?: unknown;
  resources?: { requests?: object; limits?: object };
};

const APP_SCHEMAS = { 'directive-api': apiEnv, audit: auditEnv, worker: workerEnv, orchestrator: orchestratorEnv, notifier: notifierEnv };
const HTTP_APPS = ['directive-api', 'audit-api', 'audit-consumer'];

describe('Helm chart infra/k8s/dondoc (offline: helm lint, helm template | kubeconform -strict)', () => {
  let tools: K8sTools;
  let rendered: string;
  let manifests: Manifest[];

  beforeAll(() => {
    tools = ensureK8sTools();
    const template = helmTemplate(tools);
    expect({ status: template.status, stderr: template.stderr }).toEqual({ status: 0, stderr: '' });
    rendered = template.stdout;
    manifests = parseAllDocuments(rendered)
      .map((doc) => doc.toJSON() as Manifest | null)
      .filter((m): m is Manifest => m !== null);
  });

  const byKind = (kind: string) => manifests.filter((m) => m.kind === kind);
  const containerOf = (deployment: Manifest) =>
    (deployment.spec as { template: { spec: { containers: Container[] } } }).template.spec.containers[0];

  it('passes helm lint --strict', () => {
    const lint = helmLint(tools);
    expect({ status: lint.status, report: lint.status === 0 ? '' : lint.stdout + lint.stderr }).toEqual({ status: 0, report: '' });
    expect(lint.stdout).toContain('1 chart(s) linted, 0 chart(s) failed');
  });

  it('renders objects that all match the Kubernetes schemas kept in the repository, none skipped', () => {
    const check = kubeconform(tools, rendered);
    // On failure, kubeconform's own lines name each invalid object and field.
    expect({ status: check.status, stderr: check.stderr, report: check.status === 0 ? '' : check.stdout }).toEqual({
      status: 0,
      stderr: '',
      report: '',
    });
    // "Summary: 25 resources found in 1 file - Valid: 25, Invalid: 0, Errors: 0, Skipped: 0"
    expect(check.stdout).toContain(`Summary: ${manifests.length} resources found`);
    expect(check.stdout).toContain(`Valid: ${manifests.length}, Invalid: 0, Errors: 0, Skipped: 0`);
  });

  it('fails kubeconform on a manifest with an unknown field (the check can fail)', () => {
    const broken = helmTemplate(tools, ['--set-json', 'apps.worker.resources={"request":{"cpu":"1"}}']);
    expect(broken.status).toBe(0);
    const check = kubeconform(tools, broken.stdout);
    expect(check.status).not.toBe(0);
    expect(check.stdout).toMatch(/Deployment dondoc-worker is invalid: .*additional properties 'request' not allowed/);
  });

  it('fails kubeconform on a value of the wrong type', () => {
    const broken = helmTemplate(tools, ['--set-json', 'apps.notifier.pdb={"maxUnavailable":true}']);
    const check = kubeconform(tools, broken.stdout);
    expect(check.status).not.toBe(0);
    expect(check.stdout).toContain('PodDisruptionBudget dondoc-notifier is invalid');
  });

  it('refuses an autoscaler whose minimum is above its maximum, naming the app', () => {
    const broken = helmTemplate(tools, ['--set', 'apps.worker.hpa.minReplicas=30']);
    expect(broken.status).not.toBe(0);
    expect(broken.stderr).toContain('apps.worker.hpa: minReplicas (30) is above maxReplicas (24)');
  });

  it('refuses RS256 tokens while the audit app verifies HS256 only, and RS256 without its key set', () => {
    const rs256 = helmTemplate(tools, ['--set', 'auth.jwtAlg=RS256', '--set', 'auth.jwksUrl=https://id.example.invalid/jwks']);
    expect(rs256.status).not.toBe(0);
    expect(rs256.stderr).toContain('auth.jwtAlg RS256: the audit app verifies HS256 only');
    const withoutKeys = helmTemplate(tools, ['--set', 'auth.jwtAlg=RS256', '--set', 'apps.audit-api.enabled=false']);
    expect(withoutKeys.status).not.toBe(0);
    expect(withoutKeys.stderr).toContain('auth.jwksUrl is required with auth.jwtAlg RS256');
  });

  it('deploys every app but the dev mailbox, with resources, a disruption budget, and an autoscaler for the stateless ones', () => {
    const names = byKind('Deployment')
      .map((d) => d.metadata.name)
      .sort();
    expect(names).toEqual([
      'dondoc-audit-api',
      'dondoc-audit-consumer',
      'dondoc-directive-api',
      'dondoc-notifier',
      'dondoc-orchestrator',
      'dondoc-worker',
    ]);
    for (const deployment of byKind('Deployment')) {
      expect(containerOf(deployment).resources?.requests).toBeDefined();
      expect(containerOf(deployment).resources?.limits).toBeDefined();
    }
    expect(
      byKind('PodDisruptionBudget')
        .map((p) => p.metadata.name)
        .sort(),
    ).toEqual(names);
    expect(
      byKind('HorizontalPodAutoscaler')
        .map((h) => h.metadata.name)
        .sort(),
    ).toEqual(names.filter((n) => n !== 'dondoc-audit-consumer'));
    expect(
      byKind('Service')
        .map((s) => s.metadata.name)
        .sort(),
    ).toEqual(['dondoc-audit-api', 'dondoc-directive-api']);
  });

  it('probes the HTTP apps: readiness on their health route, liveness on their port', () => {
    for (const name of HTTP_APPS) {
      const deployment = byKind('Deployment').find((d) => d.metadata.name === `dondoc-${name}`);
      if (!deployment) throw new Error(`no Deployment dondoc-${name}`);
      const container = containerOf(deployment);
      expect(container.readinessProbe).toMatchObject({ httpGet: { port: 'http' } });
      expect(container.livenessProbe).toMatchObject({ tcpSocket: { port: 'http' } });
    }
  });

  it('gives each app an environment its own config schema accepts, secrets from the Secret, none in the chart', () => {
    const config = byKind('ConfigMap')[0].data ?? {};
    for (const deployment of byKind('Deployment')) {
      const container = containerOf(deployment);
      const app = container.args[0] as keyof typeof APP_SCHEMAS;
      const schema = APP_SCHEMAS[app];
      expect(schema).toBeDefined();
      const env: Record<string, string> = { ...config };
      for (const variable of container.env ?? []) {
        if (variable.value !== undefined) env[variable.name] = variable.value;
        // A secret's value is not in the chart: stand in a valid one of the same shape.
        else if (variable.valueFrom?.secretKeyRef)
          env[variable.name] = variable.name === 'MONGODB_URI' ? 'mongodb://mongo-0.mongo:27017/dondoc?replicaSet=rs0' : 'x'.repeat(32);
      }
      const known = new Set(Object.keys(schema.shape));
      // Read by Node or the logger, not by our config.
      const outside = new Set(['NODE_OPTIONS', 'NO_COLOR']);
      const unknown = (container.env ?? []).map((v) => v.name).filter((n) => !known.has(n) && !outside.has(n));
      expect({ app: deployment.metadata.name, unknown }).toEqual({ app: deployment.metadata.name, unknown: [] });
      const parsed = schema.safeParse(env);
      expect({ app: deployment.metadata.name, issues: parsed.success ? [] : parsed.error.issues }).toEqual({
        app: deployment.metadata.name,
        issues: [],
      });
      const secretKeys = (container.env ?? []).filter((v) => v.valueFrom?.secretKeyRef).map((v) => v.name);
      expect(secretKeys).toContain('MONGODB_URI');
    }
    expect(Object.keys(config).filter((k) => /SECRET|PASSWORD|MONGODB_URI/.test(k))).toEqual([]);
  });

  it("stops the Kafka consumers' autoscalers at the partitions the cluster gives their topic", () => {
    const kafka = parseAllDocuments(readFileSync(path.join(REPO_ROOT, 'infra/k8s/dependencies/kafka-cluster.yaml'), 'utf8')).map(
      (d) => d.toJSON() as { kind: string; spec: { topicName?: string; partitions?: number } },
    );
    const partitionsOf = (topic: string) => kafka.find((r) => r.kind === 'KafkaTopic' && r.spec.topicName === topic)?.spec.partitions;
    expect(Object.values(TOPICS).map((t) => [t, typeof partitionsOf(t)])).toEqual(Object.values(TOPICS).map((t) => [t, 'number']));
    const taskEventPartitions = partitionsOf(TOPICS.taskEvents) ?? 0;
    for (const name of ['dondoc-orchestrator', 'dondoc-notifier']) {
      const hpa = byKind('HorizontalPodAutoscaler').find((h) => h.metadata.name === name);
      expect({ name, maxReplicas: (hpa?.spec as { maxReplicas: number }).maxReplicas <= taskEventPartitions }).toEqual({
        name,
        maxReplicas: true,
      });
    }
  });

  it('keeps the schemas exactly as the generator writes them from the OpenAPI document of the Go module', () => {
    // The module is in the Go module cache once helm is built (ensureK8sTools above), unless
    // the cache was cleaned since: then it is downloaded again, as helm's build would.
    const cache = execFileSync('go', ['env', 'GOMODCACHE'], { encoding: 'utf8' }).trim();
    const swagger = path.join(cache, SOURCE_MODULE, SOURCE_FILE);
    if (!existsSync(swagger)) execFileSync('go', ['mod', 'download', SOURCE_MODULE], { stdio: 'inherit' });
    expect(existsSync(swagger)).toBe(true);
    const out = mkdtempSync(path.join(tmpdir(), 'dondoc-schemas-'));
    try {
      const written = writeSchemas(swagger, out);
      const kept = readdirSync(path.join(REPO_ROOT, 'infra/k8s/schemas')).filter((f) => f.endsWith('.json'));
      expect(kept.sort()).toEqual([...written].sort());
      for (const file of written) {
        expect({
          file,
          same: readFileSync(path.join(out, file), 'utf8') === readFileSync(path.join(REPO_ROOT, 'infra/k8s/schemas', file), 'utf8'),
        }).toEqual({ file, same: true });
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
