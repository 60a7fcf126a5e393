import { claimAt, identityFrom, neededClaims } from './oidc-claims';
import { OidcRefusal } from './oidc-refusal';

const BY_USERNAME = {
  OIDC_USER_CLAIM: 'preferred_username',
  OIDC_USER_MATCH: 'userId' as const,
  OIDC_ROLE_CLAIM: undefined,
  OIDC_UNIT_CLAIM: undefined,
};

const refusal = (run: () => unknown): OidcRefusal => {
  try {
    run();
  } catch (e) {
    if (e instanceof OidcRefusal) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('mapping provider claims to a dondoc identity', () => {
  it("names the person by the configured claim; role and unit stay the directory's unless configured", () => {
    const id = identityFrom({ sub: 'f3a1', preferred_username: 'so-noi-vu.giamdoc', realm_access: { roles: ['leader'] } }, BY_USERNAME);
    expect(id).toEqual({ match: { by: 'userId', value: 'so-noi-vu.giamdoc' } });
  });

  it('matches by e-mail case-insensitively when told to', () => {
    expect(
      identityFrom({ email: 'GiamDoc@SoNoiVu.Hue.gov.vn' }, { ...BY_USERNAME, OIDC_USER_CLAIM: 'email', OIDC_USER_MATCH: 'email' }).match,
    ).toEqual({ by: 'email', value: 'giamdoc@sonoivu.hue.gov.vn' });
  });

  it('refuses with 403 in Vietnamese and English when the naming claim is missing or empty', () => {
    for (const claims of [{ sub: 'x' }, { preferred_username: '  ' }, { preferred_username: 42 }]) {
      const e = refusal(() => identityFrom(claims, BY_USERNAME));
      expect(e.status).toBe(403);
      expect(e.message).toBe(
        'Nhà cung cấp định danh không gửi thông tin "preferred_username" để nhận ra người dùng dondoc (the identity provider sent no "preferred_username" claim to match a dondoc user)',
      );
    }
  });

  it('takes the one dondoc role among Keycloak realm roles, and refuses none or several', () => {
    const config = { ...BY_USERNAME, OIDC_ROLE_CLAIM: 'realm_access.roles', OIDC_UNIT_CLAIM: 'dondoc_unit' };
    const claims = {
      preferred_username: 'a',
      realm_access: { roles: ['offline_access', 'default-roles-hue', 'unit-head'] },
      dondoc_unit: 'so-tu-phap',
    };
    expect(identityFrom(claims, config)).toEqual({ match: { by: 'userId', value: 'a' }, role: 'unit-head', unitId: 'so-tu-phap' });
    expect(identityFrom({ ...claims, realm_access: { roles: 'leader' } }, config).role).toBe('leader');
    expect(refusal(() => identityFrom({ ...claims, realm_access: { roles: ['offline_access'] } }, config)).message).toMatch(
      /^Thông tin vai trò "realm_access.roles" .* \(nhận được: offline_access\) \(the role claim/,
    );
    expect(refusal(() => identityFrom({ ...claims, realm_access: { roles: ['leader', 'admin'] } }, config)).status).toBe(403);
    expect(refusal(() => identityFrom({ ...claims, dondoc_unit: undefined }, config)).message).toMatch(/"dondoc_unit"/);
  });

  it('reads dotted paths and lists the claims to look for', () => {
    expect(claimAt({ a: { b: { c: 1 } } }, 'a.b.c')).toBe(1);
    expect(claimAt({ a: 'x' }, 'a.b')).toBeUndefined();
    expect(neededClaims({ OIDC_USER_CLAIM: 'email', OIDC_ROLE_CLAIM: 'roles', OIDC_UNIT_CLAIM: undefined })).toEqual(['email', 'roles']);
  });
});
