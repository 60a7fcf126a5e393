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
 * cache of 500, the worker's RSS reached 1,175 MiB unbounded and 789 MiB with the limit at
 * 384 MiB (MEM). The process's own thread keeps the limit it started with (`NODE_OPTIONS`):
 * a V8 flag set after start reaches new isolates only, which
 * `workflow-thread-heap.int-spec.ts` checks on the Node version in use.
 */
export function boundNewThreadHeaps(mib: number): void {
  v8.setFlagsFromString(`--max-old-space-size=${mib}`);
}
