import { createHash } from 'node:crypto';

/** Lower-case hex SHA-256 of text (UTF-8) or bytes. */
export function sha256Hex(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}
