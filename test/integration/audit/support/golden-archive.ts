import type { MongoHistoryArchive } from '@dondoc/audit';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const GOLDEN_DIR = path.resolve(__dirname, '../../../golden/task-follow-up');

// The audit tests' dataset: the golden histories of v1. Later versions are recorded from the
// same scenarios with the same task ids (one archive cannot hold both), and the replay
// gate (test/integration/workflows/golden-replay.int-spec.ts) replays every version.
const AUDIT_FIXTURE_VERSIONS = ['v1'];

/** The golden histories of the audit's fixture versions: {file, workflowId, history (plain JSON)}. */
export function goldenHistories(): { file: string; workflowId: string; history: unknown }[] {
  return AUDIT_FIXTURE_VERSIONS.flatMap((version) =>
    fs.readdirSync(path.join(GOLDEN_DIR, version)).map((file) => path.join(GOLDEN_DIR, version, file)),
  )
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const { workflowId, history } = JSON.parse(fs.readFileSync(file, 'utf8'));
      return { file: path.relative(GOLDEN_DIR, file), workflowId, history };
    });
}

/** Puts the golden histories into an archive, as the worker would have archived them. */
export async function archiveGoldenHistories(archive: MongoHistoryArchive) {
  const stored = [];
  for (const golden of goldenHistories())
    stored.push({ file: golden.file, ...(await archive.store(golden.workflowId, golden.history)).meta });
  return stored;
}
