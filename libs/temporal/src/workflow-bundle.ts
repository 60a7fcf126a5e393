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
};

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
