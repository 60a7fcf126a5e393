import * as fs from 'node:fs';
import * as path from 'node:path';
import { eventsOf } from './history-reading';
import { recordedSnapshots, summariseRun } from './run-summary';

// The same scenario recorded by two released versions of the follow-up: v3 publishes with
// the recordFacts activity (its input in history), v4 with the local recordFactsLocally (its
// answer in a marker). The audit must read the same published record from both.
const GOLDEN = path.resolve(__dirname, '../../../../test/golden/task-follow-up');
const historyOf = (version: string, file: string) =>
  (JSON.parse(fs.readFileSync(path.join(GOLDEN, version, file), 'utf8')) as { history: unknown }).history;

const published = (history: unknown) =>
  recordedSnapshots(eventsOf(history))
    .filter((s) => s.source === 'recordFacts')
    .map((s) => ({ revision: s.value.revision, status: s.value.status, leadUnitId: s.value.leadUnitId }));

describe('recordedSnapshots', () => {
  it.each(['monthly-duty.run-01.json', 'deadline-extension-rework.run-01.json', 'refused-reassigned-cancelled.run-01.json'])(
    'reads the published snapshots of %s alike from the activity (v3) and from the local activity markers (v4)',
    (file) => {
      const before = published(historyOf('v3', file));
      const after = published(historyOf('v4', file));
      expect(before.length).toBeGreaterThan(1);
      expect(after).toEqual(before);
    },
  );

  it('finds every unit that led the task during a run in either form', () => {
    const file = 'refused-reassigned-cancelled.run-01.json';
    expect(summariseRun(historyOf('v4', file)).unitIds).toEqual(summariseRun(historyOf('v3', file)).unitIds);
    expect(summariseRun(historyOf('v4', file)).unitIds.length).toBeGreaterThan(1);
  });
});
