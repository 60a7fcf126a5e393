import { loadAuditConfig } from './audit.config';

describe('audit API token settings', () => {
  it('reads RS256 with a JWKS URL like the directive API, and refuses RS256 without one', () => {
    expect(loadAuditConfig({ AUTH_JWT_ALG: 'RS256', AUTH_JWKS_URL: 'https://id.example.gov.vn/jwks.json' })).toMatchObject({
      AUTH_JWT_ALG: 'RS256',
      AUTH_JWKS_URL: 'https://id.example.gov.vn/jwks.json',
    });
    expect(() => loadAuditConfig({ AUTH_JWT_ALG: 'RS256' })).toThrow(/AUTH_JWKS_URL/);
  });
});
