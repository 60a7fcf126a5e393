import { readFile } from 'fs/promises';
import { join } from 'path';
import { FIXTURES_DIR, ORG_CHART_FILE } from '../testing/fixture-files';
import { DEFAULT_ORG_CHART_PATH, EXIT_IMPORT_FAILED, EXIT_OK, EXIT_USAGE, runImportCommand, type ImportCommandIo } from './import-command';

function io(files: Record<string, Uint8Array | string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const api: ImportCommandIo = {
    async readFile(path) {
      if (path in files) return files[path];
      if (path === DEFAULT_ORG_CHART_PATH) return readFile(ORG_CHART_FILE);
      if (path.startsWith('fixtures/')) return readFile(join(FIXTURES_DIR, path.slice('fixtures/'.length)));
      throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
    },
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
  };
  return { api, out: () => out.join(''), err: () => err.join('') };
}

describe('runImportCommand', () => {
  it('prints the document as JSON with --json', async () => {
    const t = io();
    expect(await runImportCommand(['import', 'fixtures/seed-907-UBND-NV.txt', '--json'], t.api)).toBe(EXIT_OK);
    const doc = JSON.parse(t.out());
    expect([doc.number, doc.symbol, doc.date, doc.tasks.length]).toEqual(['907', 'UBND-NV', '2022-01-25', 6]);
    expect(doc.units[1].unitIds).toHaveLength(9);
  });

  it('prints a Vietnamese summary with the fan-out and warnings by default', async () => {
    const t = io();
    expect(await runImportCommand(['fixtures/cv-2345-UBND-TH.dated-deadlines.txt'], t.api)).toBe(EXIT_OK);
    const text = t.out();
    expect(text).toContain('Công văn số 2345/UBND-TH ngày 01/03/2022');
    expect(text).toContain('Chủ trì: Sở Thông tin và Truyền thông → 1 đơn vị');
    expect(text).toContain('Thời hạn: 15/03/2022');
    expect(text).toContain('10 ngày làm việc kể từ ngày văn bản');
    expect(text).toMatch(/Phân giao: 6 nhiệm vụ × đơn vị chủ trì = \d+ đầu việc/);
  });

  it('fails clearly on an unreadable file', async () => {
    const t = io();
    expect(await runImportCommand(['import', 'missing.pdf'], t.api)).toBe(EXIT_IMPORT_FAILED);
    expect(t.err()).toContain('Không đọc được tệp "missing.pdf": không tồn tại');
  });

  it('fails clearly on an unsupported format', async () => {
    const t = io({ 'old.doc': Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) });
    expect(await runImportCommand(['old.doc', '--json'], t.api)).toBe(EXIT_IMPORT_FAILED);
    expect(t.err()).toContain('(unsupported-format)');
    expect(t.out()).toBe('');
  });

  it('reports usage errors', async () => {
    const t = io();
    expect(await runImportCommand(['import'], t.api)).toBe(EXIT_USAGE);
    expect(await runImportCommand(['a.txt', '--yaml'], t.api)).toBe(EXIT_USAGE);
    expect(t.err()).toContain('Cách dùng: dondoc import');
  });

  it('rejects an invalid --org-chart file, and works without the default one', async () => {
    const bad = io({ 'chart.json': '{"schemaVersion": 2}' });
    expect(await runImportCommand(['fixtures/seed-907-UBND-NV.txt', '--org-chart', 'chart.json'], bad.api)).toBe(EXIT_IMPORT_FAILED);
    expect(bad.err()).toContain('schemaVersion: expected 1');

    const none = io();
    const code = await runImportCommand(['fixtures/seed-907-UBND-NV.txt', '--json'], none.api, { defaultOrgChartPath: 'nowhere.json' });
    expect(code).toBe(EXIT_OK);
    expect(JSON.parse(none.out()).orgChart).toBeNull();
  });

  describe('--evaluate', () => {
    // A folder with one letter read right and one whose expectation is wrong on purpose.
    const letter =
      'Số: 12/UBND-VP\nHuế, ngày 3 tháng 3 năm 2025\nV/v thử\nKính gửi: Sở Tư pháp.\n1. Sở Tư pháp rà soát văn bản trước ngày 10/3/2025.\n';
    const expected = (number: string) =>
      JSON.stringify({
        layout: 'plain',
        document: {
          number,
          symbol: 'UBND-VP',
          date: '2025-03-03',
          docType: 'cong-van',
          issuer: null,
          signer: null,
          subject: 'V/v thử',
          addressees: ['Sở Tư pháp'],
        },
        tasks: [
          { text: 'Sở Tư pháp rà soát văn bản trước ngày 10/3/2025.', lead: ['Sở Tư pháp'], deadline: '2025-03-10', recurrence: null },
        ],
      });
    const folder = (files: Record<string, string>) => {
      const t = io(Object.fromEntries(Object.entries(files).map(([k, v]) => [`d/${k}`, v])));
      t.api.listFiles = async (dir) => {
        if (dir !== 'd') throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        return Object.keys(files);
      };
      return t;
    };

    it('prints per-field accuracy and names the fields it got wrong', async () => {
      const t = folder({ 'a.txt': letter, 'a.expected.json': expected('12'), 'b.txt': letter, 'b.expected.json': expected('13') });
      expect(await runImportCommand(['import', '--evaluate', 'd'], t.api)).toBe(EXIT_OK);
      // 12 fields a letter: number wrong once out of 24.
      expect(t.out()).toContain('Độ chính xác theo trường: 95.8 % (23/24 trường, 2 văn bản)');
      expect(t.out()).toMatch(/b\.txt\n\s+- số: cần "13", đọc được "12"/);
    });

    it('fails on a folder without expectations or that cannot be listed', async () => {
      const empty = folder({ 'a.txt': letter });
      expect(await runImportCommand(['--evaluate', 'd'], empty.api)).toBe(EXIT_IMPORT_FAILED);
      expect(empty.err()).toContain('không có văn bản nào kèm tệp');
      const missing = folder({});
      expect(await runImportCommand(['--evaluate', 'nowhere'], missing.api)).toBe(EXIT_IMPORT_FAILED);
      expect(await runImportCommand(['--evaluate'], missing.api)).toBe(EXIT_USAGE);
    });
  });
});
