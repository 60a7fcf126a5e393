import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// scrypt (RFC 7914) from Node's own crypto: memory-hard, no native add-on to build on the
// machines we deploy to (argon2 would need node-gyp or a prebuilt binary per platform).
// N = 2^15, r = 8, p = 1: 32 MiB and ~0.1-0.2 s per hash on our 2-core machine, so a sign-in
// storm cannot exhaust memory; the parameters are stored with each hash, so raising them
// later keeps old hashes verifiable.
const DEFAULT = { logN: 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** logN, r, p, maxmem: 256 * 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (e, key) => (e ? reject(e) : resolve(key))),
  );
}

/** `scrypt$<logN>$<r>$<p>$<salt>$<hash>` (base64). */
export async function hashPassword(password: string, params = DEFAULT): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params.logN, params.r, params.p);
  return ['scrypt', params.logN, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, logN, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), Number(logN), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of nothing anyone knows: unknown users cost the same time as known ones. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  return decoy;
}

/** What an account holds instead of a hash when its person signs in only through the identity provider. */
export const NO_PASSWORD = 'none';

/** False for such an account: no password can open it, so a wrong one is not counted towards a lock-out. */
export const hasPassword = (stored: string) => stored.startsWith('scrypt$');
