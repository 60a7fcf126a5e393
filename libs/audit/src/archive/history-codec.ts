import { gunzipSync, gzipSync } from 'node:zlib';
import { sha256Hex } from '../canonical/sha256';

// A history is archived as the exact UTF-8 bytes of its plain JSON; the SHA-256 is taken
// over those bytes, so an auditor can check a download with `sha256sum`. Large bodies are
// gzipped (histories compress about tenfold); small ones are kept as they are.

export type BodyEncoding = 'gzip' | 'identity';

export interface EncodedHistory {
  body: Buffer;
  encoding: BodyEncoding;
  sha256: string;
  sizeBytes: number;
  storedBytes: number;
}

export const GZIP_THRESHOLD_BYTES = 4 * 1024;

export function encodeHistory(plainHistory: unknown, gzipAbove = GZIP_THRESHOLD_BYTES): EncodedHistory {
  const json = Buffer.from(JSON.stringify(plainHistory), 'utf8');
  const encoding: BodyEncoding = json.length > gzipAbove ? 'gzip' : 'identity';
  const body = encoding === 'gzip' ? gzipSync(json, { level: 9 }) : json;
  return { body, encoding, sha256: sha256Hex(json), sizeBytes: json.length, storedBytes: body.length };
}

/** The original JSON bytes; throws if the stored body cannot be decoded at all. */
export function decodeHistoryBytes(body: Buffer, encoding: BodyEncoding): Buffer {
  return encoding === 'gzip' ? gunzipSync(body) : body;
}
