import { evidenceTypeOf } from './evidence-types';

describe('evidence file types', () => {
  const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj');
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);

  it('accepts a file whose extension is allowed and whose bytes are that kind of file', () => {
    expect(evidenceTypeOf('Báo cáo quý 1.PDF', pdf)).toEqual({ ok: true, contentType: 'application/pdf' });
    expect(evidenceTypeOf('bien-ban.docx', zip)).toEqual({ ok: true, contentType: expect.stringContaining('wordprocessingml') });
    expect(evidenceTypeOf('ghi-chu.txt', Buffer.from('Đã rà soát 12 quy trình\n'))).toEqual({
      ok: true,
      contentType: 'text/plain; charset=utf-8',
    });
  });

  it('refuses an extension outside the list, and bytes that are not what the extension says', () => {
    expect(evidenceTypeOf('cai-dat.exe', Buffer.from('MZ\x90\x00'))).toEqual({ ok: false, reason: 'extension', extension: 'exe' });
    expect(evidenceTypeOf('khong-duoi', pdf)).toEqual({ ok: false, reason: 'extension', extension: '' });
    expect(evidenceTypeOf('hoa-don.pdf', Buffer.from('MZ\x90\x00 program'))).toEqual({ ok: false, reason: 'content', extension: 'pdf' });
    expect(evidenceTypeOf('anh.png', pdf)).toEqual({ ok: false, reason: 'content', extension: 'png' });
    expect(evidenceTypeOf('so-lieu.csv', Buffer.from([0x61, 0x00, 0x62]))).toEqual({ ok: false, reason: 'content', extension: 'csv' });
  });

  it('reads text cut inside a Vietnamese letter as text', () => {
    const text = Buffer.from('a'.repeat(4095) + 'ệ');
    expect(evidenceTypeOf('dai.txt', text).ok).toBe(true);
  });
});
