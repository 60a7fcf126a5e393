// What the task workflows' bundle holds. The SDK evaluates every bundled module once per
// workflow (only the preloaded domain library is shared), so a library in the bundle costs its
// weight in every open task: with zod and the contracts' schemas in it (through the command
// table's body schemas), the MEM benchmark's worker held 2,682 MiB RSS for 1,000 open tasks;
// without them, 764 MiB. The body schemas belong to the API (libs/task-follow-up's index.ts),
// workflow code gets workflow-safe.ts.
import { bundleTaskWorkflows } from '@dondoc/temporal';

jest.setTimeout(180_000);

describe('the task workflows bundle', () => {
  let code: string;

  beforeAll(async () => {
    ({ code } = await bundleTaskWorkflows());
  });

  it('holds the workflow, the domain library and the follow-up table', () => {
    expect(code).toMatch(/workflows\/src\/task-follow-up\/task-follow-up\.workflow\.ts/);
    expect(code).toMatch(/libs\/domain\/src\//);
    expect(code).toMatch(/libs\/task-follow-up\/src\/commands\/task-commands\.table\.ts/);
  });

  it('does not hold zod, the contracts library or the HTTP body schemas', () => {
    expect(code).not.toMatch(/node_modules\/zod\//);
    expect(code).not.toMatch(/libs\/contracts\/src\//);
    expect(code).not.toMatch(/task-command-bodies\.schema/);
  });
});
