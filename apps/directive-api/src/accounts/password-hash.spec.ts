import { hashPassword, verifyPassword } from './password-hash';

describe('password hash (scrypt)', () => {
  it('stores the parameters and a salt with the hash, and verifies only the right password', async () => {
    const small = { logN: 10, r: 8, p: 1 };
    const a = await hashPassword('mật khẩu đúng', small);
    const b = await hashPassword('mật khẩu đúng', small);
    expect(a).toMatch(/^scrypt\$10\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b); // salted
    expect(await verifyPassword('mật khẩu đúng', a)).toBe(true);
    // NFC and NFD spellings of the same Vietnamese text are the same password.
    expect(await verifyPassword('mật khẩu đúng'.normalize('NFD'), a)).toBe(true);
    expect(await verifyPassword('mat khau dung', a)).toBe(false);
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });

  it('uses memory-hard defaults (N = 2^15, r = 8)', async () => {
    expect(await hashPassword('x')).toMatch(/^scrypt\$15\$8\$1\$/);
  });
});
