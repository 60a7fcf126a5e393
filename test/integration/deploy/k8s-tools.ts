// Runs helm and kubeconform for the chart specs: the binaries come from
// infra/local/ensure-k8s-tools.sh (built once with go install, cached by version), which
// is the one place their versions are written.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const CHART_DIR = path.join(REPO_ROOT, 'infra/k8s/dondoc');
/** The API version the schemas describe (infra/k8s/schemas/README.md), and the chart's minimum. */
const KUBE_VERSION = '1.25.0';
const SCHEMA_LOCATION = path.join(REPO_ROOT, 'infra/k8s/schemas/{{ .ResourceKind }}{{ .KindSuffix }}.json');

export type K8sTools = { helm: string; kubeconform: string };
export type RunResult = { status: number; stdout: string; stderr: string };

/** Builds the tools if this machine lacks them (minutes, once), then names them. */
export function ensureK8sTools(): K8sTools {
  const out = execFileSync('bash', [path.join(REPO_ROOT, 'infra/local/ensure-k8s-tools.sh')], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const pick = (name: string) => {
    const line = out.split('\n').find((l) => l.startsWith(`${name}=`));
    if (!line) throw new Error(`ensure-k8s-tools.sh printed no ${name}:\n${out}`);
    return line.slice(name.length + 1);
  };
  return { helm: pick('HELM_BIN'), kubeconform: pick('KUBECONFORM_BIN') };
}

function run(command: string, args: string[], input?: string): RunResult {
  const result = spawnSync(command, args, { input, encoding: 'utf8', cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** `helm template` of our chart with extra values (`--set`/`--set-json` pairs). */
export function helmTemplate(tools: K8sTools, extraArgs: string[] = []): RunResult {
  return run(tools.helm, ['template', 'dondoc', CHART_DIR, '--namespace', 'dondoc', '--kube-version', KUBE_VERSION, ...extraArgs]);
}

export function helmLint(tools: K8sTools): RunResult {
  return run(tools.helm, ['lint', '--strict', '--kube-version', KUBE_VERSION, CHART_DIR]);
}

/** kubeconform, strict (no unknown field), offline: only the schemas kept in infra/k8s/schemas. */
export function kubeconform(tools: K8sTools, manifests: string): RunResult {
  return run(tools.kubeconform, ['-strict', '-summary', '-schema-location', SCHEMA_LOCATION, '-'], manifests);
}
