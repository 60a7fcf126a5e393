import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import * as fs from 'node:fs';
import * as path from 'node:path';

// The workflow bundler (webpack) does not read tsconfig "paths", so workspace imports
// (`@dondoc/domain`, `@dondoc/contracts`) are given to it as aliases here. Workers and
// replay tests use the same bundle; building it once per process saves seconds per test.

const workspaceRoot = path.resolve(__dirname, '../../..');

/** The libraries workflow code may import (the lint rules allow no others). */
const WORKFLOW_ALIASES: Record<string, string> = {
  '@dondoc/contracts': path.join(workspaceRoot, 'libs/contracts/src/index.ts'),
  '@dondoc/domain': path.join(workspaceRoot, 'libs/domain/src/index.ts'),
  // Without the HTTP body schemas (zod): see that file.
  '@dondoc/task-follow-up': path.join(workspaceRoot, 'libs/task-follow-up/src/workflow-safe.ts'),
};

/**
 * Evaluated once per worker thread and shared by every workflow it runs (the SDK's
 * reusable V8 context otherwise evaluates each module again for each workflow, and our
 * calendar's per-year caches started empty in each one: a quarter of the workflow
 * thread's CPU went to recomputing holidays). Only pure, stateless modules belong here:
 * the SDK deep-freezes their exports and runs them before any workflow exists. The
 * domain library qualifies (no imports, no clock, no module state but deterministic
 * memos); contracts does not (zod mutates its schemas lazily).
 */
const SHARED_WORKFLOW_MODULES = ['@dondoc/domain'];

export const TASK_WORKFLOWS_PATH = path.join(workspaceRoot, 'workflows/src/workflows.ts');

const ignore = (): void => undefined;
// webpack's progress is noise in test and worker logs; its warnings and errors are not.
const quietLogger = { trace: ignore, debug: ignore, info: ignore, log: ignore, warn: console.warn, error: console.error };

let cached: Promise<WorkflowBundleWithSourceMap> | undefined;

export function bundleTaskWorkflows(workflowsPath = TASK_WORKFLOWS_PATH): Promise<WorkflowBundleWithSourceMap> {
  if (workflowsPath !== TASK_WORKFLOWS_PATH) return bundle(workflowsPath);
  cached ??= bundle(workflowsPath);
  return cached;
}

function bundle(workflowsPath: string): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({
    workflowsPath,
    logger: quietLogger,
    preloadModules: SHARED_WORKFLOW_MODULES,
    webpackConfigHook: (config) => {
      config.resolve = { ...config.resolve, alias: { ...(config.resolve?.alias as object), ...WORKFLOW_ALIASES } };
      return config;
    },
  });
}

/**
 * Builds the bundle once and writes it to `file`, for workers that load a prebuilt bundle
 * (`workflowBundle: { codePath }`): no webpack in the worker process, so it starts faster
 * and its memory is the workflows', not the bundler's.
 */
export async function writeTaskWorkflowBundle(file: string): Promise<string> {
  const { code } = await bundleTaskWorkflows();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, code);
  return file;
}
