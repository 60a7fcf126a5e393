import * as v8 from 'node:v8';

/**
 * The workflow thread's V8 heap limit for a worker caching `cachedWorkflows` workflows:
 * 256 MiB for the bundle, the SDK and V8's own, and half a MiB per cached workflow. Measured
 * (docs/scaling.md, "ESC and MEM taken apart"): ~0.12 MiB of live heap per cached open task,
 * so this leaves four times that; the SDK's own cache default assumes ~1.7 MiB.
 */
export function defaultWorkflowHeapMiB(cachedWorkflows: number): number {
  return 256 + Math.ceil(cachedWorkflows / 2);
}

/**
 * Bounds the heap of every V8 isolate created from now on (the SDK's workflow thread, which
 * `Worker.create` starts): Node gives a worker thread the process's heap limit, and V8 then
 * grows the heap towards it instead of collecting. With 10,000 open tasks passing through a
 * cache of 500, the worker's RSS reached 1,175 MiB unbounded and 944–977 MiB with this bound
 * at its default (MEM). The process's own thread keeps the limit it started with (`NODE_OPTIONS`):
 * a V8 flag set after start reaches new isolates only, which
 * `workflow-thread-heap.int-spec.ts` checks on the Node version in use.
 */
export function boundNewThreadHeaps(mib: number): void {
  v8.setFlagsFromString(`--max-old-space-size=${mib}`);
}

/**
 * What to tell an operator when the SDK's workflow thread ran out of the heap it was given
 * (Node's ERR_WORKER_OUT_OF_MEMORY, wrapped by the SDK); undefined for any other failure.
 */
export function workflowHeapExhaustedHint(error: unknown, heapMiB: number): string | undefined {
  const cause = error instanceof Error ? (error as Error & { cause?: unknown }).cause : undefined;
  const text = `${error instanceof Error ? error.message : String(error)} ${cause instanceof Error ? cause.message : ''}`;
  if (!/ERR_WORKER_OUT_OF_MEMORY|reaching memory limit/.test(text)) return undefined;
  return (
    `Luồng chạy quy trình đã dùng hết ${heapMiB} MiB bộ nhớ heap được cấp: tăng WORKER_WORKFLOW_HEAP_MIB hoặc giảm WORKER_MAX_CACHED_WORKFLOWS ` +
    `(the workflow thread ran out of its ${heapMiB} MiB heap: raise WORKER_WORKFLOW_HEAP_MIB or lower WORKER_MAX_CACHED_WORKFLOWS)`
  );
}
