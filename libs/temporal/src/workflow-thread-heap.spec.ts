import { defaultWorkflowHeapMiB, workflowHeapExhaustedHint } from './workflow-thread-heap';

describe('the workflow thread heap bound', () => {
  it('grows with the cache: 256 MiB and half a MiB per cached workflow', () => {
    expect(defaultWorkflowHeapMiB(500)).toBe(506);
    expect(defaultWorkflowHeapMiB(1)).toBe(257);
  });

  it("explains the SDK's out-of-memory failure in Vietnamese and English, naming the settings", () => {
    // As the SDK reports it when the thread dies (threaded-vm.ts), with Node's error as the cause.
    const nodeError = Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), {
      code: 'ERR_WORKER_OUT_OF_MEMORY',
    });
    const sdkError = new Error(`Workflow Worker Thread exited prematurely: Error [ERR_WORKER_OUT_OF_MEMORY]: ${nodeError.message}`);
    for (const error of [sdkError, new Error('Workflow Worker Thread exited prematurely', { cause: nodeError })]) {
      const hint = workflowHeapExhaustedHint(error, 16);
      expect(hint).toContain('Luồng chạy quy trình đã dùng hết 16 MiB');
      expect(hint).toContain('the workflow thread ran out of its 16 MiB heap');
      expect(hint).toContain('WORKER_WORKFLOW_HEAP_MIB');
      expect(hint).toContain('WORKER_MAX_CACHED_WORKFLOWS');
    }
  });

  it('says nothing of other failures', () => {
    expect(workflowHeapExhaustedHint(new Error('connection refused'), 506)).toBeUndefined();
    expect(workflowHeapExhaustedHint('nope', 506)).toBeUndefined();
  });
});
