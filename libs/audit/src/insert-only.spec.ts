import * as fs from 'node:fs';
import * as path from 'node:path';

// The audit trail and the history archive are insert-only by construction: no code in
// this library (or the audit service) may change or remove a stored document. This test
// keeps it so. (MongoDB permissions should say the same: the audit user may insert and find only.)
const WRITES_THAT_CHANGE =
  /\.(update(One|Many)|replaceOne|delete(One|Many)|findOneAnd(Update|Replace|Delete)|findByIdAnd(Update|Delete|Remove)|bulkWrite|remove|drop(Database|Collection)?)\s*\(/;
// The audit service reads; its only writes are appends through the trail.
const ROOTS = [__dirname, path.resolve(__dirname, '../../../apps/audit/src')];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return file.endsWith('.ts') && !file.endsWith('.spec.ts') ? [file] : [];
  });
}

describe('libs/audit', () => {
  it('has no code path that updates or deletes stored audit data (nor has the audit service)', () => {
    const offenders = ROOTS.flatMap(sources).flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${path.relative(path.resolve(__dirname, '../../..'), file)}:${i + 1}` }))
        .filter(({ line }) => !line.trim().startsWith('//') && !line.trim().startsWith('*') && WRITES_THAT_CHANGE.test(line)),
    );
    expect(offenders.map((o) => `${o.at}: ${o.line.trim()}`)).toEqual([]);
  });
});
