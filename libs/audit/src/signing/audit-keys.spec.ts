import { generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { auditKeysLogLine, loadAuditKeys } from './audit-keys';

describe('the audit seal key', () => {
  let home: string;
  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-keys-'));
  });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  it('generates a development key once under DONDOC_HOME and says so', () => {
    const first = loadAuditKeys({ DONDOC_HOME: home });
    const second = loadAuditKeys({ DONDOC_HOME: home });
    expect(first.generated).toBe(true);
    expect(second.generated).toBe(false);
    expect(second.checker.keyId).toBe(first.checker.keyId);
    expect(auditKeysLogLine(first)).toMatch(/đã tạo khóa ký nhật ký phát triển .*AUDIT_SIGNING_KEY_FILE/);
  });

  it('reads a private key from a file or a variable, and a public key alone for auditors', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const file = path.join(home, 'seal.pem');
    fs.writeFileSync(file, pem);
    const pub = path.join(home, 'seal.pub.pem');
    fs.writeFileSync(pub, publicKey.export({ type: 'spki', format: 'pem' }));
    const fromFile = loadAuditKeys({ AUDIT_SIGNING_KEY_FILE: file });
    const fromVariable = loadAuditKeys({ AUDIT_SIGNING_KEY: pem.replace(/\n/g, '\\n') });
    const auditor = loadAuditKeys({ AUDIT_VERIFY_KEY_FILE: pub });
    expect(fromVariable.checker.keyId).toBe(fromFile.checker.keyId);
    expect(auditor.sealer).toBeNull();
    const seal = fromFile.sealer?.seal('d', 1, 'ab');
    expect(auditor.checker.holds('d', 1, 'ab', seal)).toBe(true);
    expect(auditor.checker.holds('d', 2, 'ab', seal)).toBe(false);
  });

  it('stops at boot on a bad key, in Vietnamese and English, without printing it', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => loadAuditKeys({ AUDIT_SIGNING_KEY: rsa })).toThrow(/AUDIT_SIGNING_KEY: khóa phải là Ed25519.*expected an Ed25519 key/);
    expect(() => loadAuditKeys({ AUDIT_SIGNING_KEY: 'not a key' })).toThrow(
      /không phải khóa PEM hợp lệ \(expected a PEM PKCS#8 private key\)/,
    );
    expect(() => loadAuditKeys({ AUDIT_SIGNING_KEY_FILE: path.join(home, 'missing.pem') })).toThrow(/không đọc được tệp khóa .*ENOENT/);
    expect(() => loadAuditKeys({ AUDIT_SIGNING_KEY_FILE: 'a', AUDIT_SIGNING_KEY: 'b' })).toThrow(/chỉ đặt một trong hai/);
    try {
      loadAuditKeys({ AUDIT_SIGNING_KEY: 'not a key' });
    } catch (e) {
      expect((e as Error).message).not.toContain('not a key');
    }
  });
});
