import { openTransaction, readTransactionCookie, safeReturnTo, sealTransaction, transactionCookie } from './oidc-transaction';

const SECRET = 'a-secret-of-the-apis-0123456789';
const TX = { state: 's-1', nonce: 'n-1', codeVerifier: 'the-code-verifier-stays-secret', returnTo: '/todo' };

describe('the sign-in transaction kept in the browser', () => {
  it('comes back as sealed, and not at all under another secret or when tampered with', async () => {
    const sealed = await sealTransaction(TX, SECRET);
    // A long plain text: a three-letter one can turn up in random ciphertext by chance (CI once saw "v-1").
    expect(sealed).not.toContain(TX.codeVerifier);
    expect(await openTransaction(sealed, SECRET)).toEqual(TX);
    expect(await openTransaction(sealed, 'another-secret-0123456789')).toBeUndefined();
    expect(await openTransaction(`${sealed.slice(0, -3)}AAA`, SECRET)).toBeUndefined();
    expect(await openTransaction(undefined, SECRET)).toBeUndefined();
  });

  it('travels in an httpOnly Lax cookie scoped to the OIDC routes', () => {
    expect(transactionCookie('x', true)).toBe('dondoc_oidc=x; Path=/v1/auth/oidc; Max-Age=600; HttpOnly; SameSite=Lax; Secure');
    expect(readTransactionCookie('a=1; dondoc_oidc=abc.def; dondoc_refresh=z')).toBe('abc.def');
    expect(readTransactionCookie('a=1')).toBeUndefined();
  });

  it('lands only on paths of this site', () => {
    expect(safeReturnTo('/tasks/t-1?x=1')).toBe('/tasks/t-1?x=1');
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'todo', undefined, ['/a']])
      expect(safeReturnTo(bad)).toBe('/');
  });
});
