// Makes the realistic PDFs of fixtures/pdf-corpus the way offices make theirs: a Word
// letter (written with the `docx` package) printed to PDF by LibreOffice (subset TrueType
// fonts with a ToUnicode map), one of them printed again as CID fonts, one scanned, one
// locked with a password, one digitally signed. Run again only to change the corpus (needs
// LibreOffice and pdftoppm: bash infra/local/ensure-office.sh; openssl; and pyHanko, the
// PAdES signer: pip install pyhanko-cli==0.6.0, which brings pyhanko 0.38.0):
//   SWC_NODE_PROJECT=tsconfig.json node -r @swc-node/register libs/doc-import/src/testing/make-pdf-corpus.ts
// The files are not byte-for-byte reproducible (LibreOffice and the signature stamp the
// time); the steps are.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  Packer,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

const OUT = join(__dirname, '..', '..', 'fixtures', 'pdf-corpus');
const FONT = 'Liberation Serif'; // metric twin of Times New Roman, the font of official letters

const p = (text: string, opts: { bold?: boolean; center?: boolean; italic?: boolean; small?: boolean } = {}): Paragraph =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { after: 80 },
    children: [new TextRun({ text, bold: opts.bold, italics: opts.italic, font: FONT, size: opts.small ? 24 : 26 })],
  });

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const layout = (left: Paragraph[], right: Paragraph[]): Table =>
  new Table({
    width: { size: 9400, type: WidthType.DXA },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    columnWidths: [3600, 5800], // twips: the issuer's column narrower than the motto's, as in Nghị định 30/2020
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: 3600, type: WidthType.DXA }, children: left }),
          new TableCell({ width: { size: 5800, type: WidthType.DXA }, children: right }),
        ],
      }),
    ],
  });

const header = (symbol: string, date: string): Table =>
  layout(
    [
      p('ỦY BAN NHÂN DÂN', { center: true, small: true }),
      p('TỈNH THỪA THIÊN HUẾ', { bold: true, center: true, small: true }),
      p(`Số: ${symbol}`, { center: true }),
    ],
    [
      p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true, small: true }),
      p('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true }),
      p(`Thừa Thiên Huế, ngày ${date}`, { italic: true, center: true }),
    ],
  );

const signature = (): Table =>
  layout(
    [p('Nơi nhận:', { bold: true }), p('- Như trên;'), p('- CT và các PCT UBND tỉnh;'), p('- Lưu: VT, VX.')],
    [
      p('KT. CHỦ TỊCH', { bold: true, center: true }),
      p('PHÓ CHỦ TỊCH', { bold: true, center: true }),
      p(''),
      p('Nguyễn Thị Hoa', { bold: true, center: true }),
    ],
  );

/** A one-column letter: CID fonts with ToUnicode, diacritics on every line. */
function cidLetter(): Document {
  return new Document({
    sections: [
      {
        children: [
          header('88/UBND-VX', '14 tháng 3 năm 2023'),
          p('V/v tăng cường công tác phòng, chống dịch sốt xuất huyết năm 2023', { center: true }),
          p('Kính gửi:', { center: true }),
          p('- Sở Y tế;', { center: true }),
          p('- Sở Giáo dục và Đào tạo.', { center: true }),
          p('Để chủ động phòng, chống dịch sốt xuất huyết, Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện các nội dung sau:'),
          p(
            '1. Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức chiến dịch diệt lăng quăng, bọ gậy tại các trường học; hoàn thành trước ngày 30/4/2023.',
          ),
          p('2. Sở Giáo dục và Đào tạo báo cáo kết quả vệ sinh môi trường trường học trước ngày 25 hằng tháng.'),
          p('Yêu cầu Thủ trưởng các cơ quan nghiêm túc triển khai thực hiện./.'),
          signature(),
        ],
      },
    ],
  });
}

/** The same kind of letter with its body set in two newspaper columns. */
function twoColumnLetter(): Document {
  return new Document({
    sections: [
      {
        children: [
          header('21/KH-UBND', '02 tháng 2 năm 2023'),
          p('KẾ HOẠCH', { bold: true, center: true }),
          p('Triển khai công tác chuyển đổi số năm 2023', { bold: true, center: true }),
        ],
      },
      {
        properties: { type: SectionType.CONTINUOUS, column: { count: 2, space: 720 } },
        children: [
          p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
          p(
            'Đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan nhà nước, nâng cao chất lượng phục vụ người dân và doanh nghiệp trên địa bàn tỉnh.',
          ),
          p('II. NHIỆM VỤ', { bold: true }),
          p(
            '1. Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ngành xây dựng kho dữ liệu dùng chung của tỉnh; hoàn thành trước ngày 30/6/2023.',
          ),
          p('2. Sở Nội vụ rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính; báo cáo kết quả trước ngày 15 hằng tháng.'),
          p('3. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch theo quy định; hoàn thành trước ngày 31/3/2023.'),
          p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
          p(
            'Các cơ quan, đơn vị căn cứ nhiệm vụ được giao triển khai thực hiện; định kỳ báo cáo Ủy ban nhân dân tỉnh để theo dõi, chỉ đạo./.',
          ),
        ],
      },
      { properties: { type: SectionType.CONTINUOUS }, children: [signature()] },
    ],
  });
}

/** Tasks in a bordered five-column table: the column reading must leave table rows alone. */
function tableLetter(): Document {
  const cell = (text: string): TableCell => new TableCell({ children: [p(text, { small: true })] });
  const row = (cells: string[]): TableRow => new TableRow({ children: cells.map(cell) });
  const units = ['Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính', 'Sở Y tế'];
  return new Document({
    sections: [
      {
        children: [
          header('45/KH-UBND', '20 tháng 3 năm 2023'),
          p('KẾ HOẠCH', { bold: true, center: true }),
          p('Cải cách hành chính năm 2023', { bold: true, center: true }),
          p('Ủy ban nhân dân tỉnh giao các nhiệm vụ cụ thể như sau:'),
          new Table({
            width: { size: 9400, type: WidthType.DXA },
            columnWidths: [700, 4000, 1700, 1700, 1300],
            rows: [
              row(['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn']),
              ...units.map((unit, i) =>
                row([
                  String(i + 1),
                  `Rà soát quy trình nội bộ giải quyết thủ tục hành chính thuộc lĩnh vực quản lý, nhóm ${i + 1}`,
                  unit,
                  'Văn phòng UBND tỉnh',
                  `Quý ${i + 1}/2023`,
                ]),
              ),
            ],
          }),
          p('Yêu cầu các cơ quan nghiêm túc triển khai thực hiện./.'),
          signature(),
        ],
      },
    ],
  });
}

/**
 * A letter whose tasks are a four-column table (TT | Nội dung | Đơn vị chủ trì | Thời hạn)
 * with narrow columns, so every cell wraps over several physical lines and the gap
 * between two cells is narrower than a word space is wide in print.
 */
function wrappedTableLetter(): Document {
  const cell = (text: string, bold = false): TableCell => new TableCell({ children: [p(text, { small: true, bold })] });
  const rows: [string, string, string, string][] = [
    [
      '1',
      'Rà soát, cập nhật danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của ngành; công bố công khai trên Cổng dịch vụ công của tỉnh',
      'Sở Thông tin và Truyền thông',
      'Trước ngày 30/6/2023',
    ],
    [
      '2',
      'Tổ chức kiểm tra việc thực hiện quy chế văn hóa công sở tại các cơ quan, đơn vị trực thuộc; tổng hợp kết quả, đề xuất xử lý các trường hợp vi phạm',
      'Sở Nội vụ',
      'Hằng tháng, trước ngày 20',
    ],
    [
      '3',
      'Bố trí kinh phí triển khai các nhiệm vụ chuyển đổi số năm 2023 từ nguồn ngân sách tỉnh, hướng dẫn các đơn vị thanh quyết toán theo quy định',
      'Sở Tài chính',
      'Quý III/2023',
    ],
    [
      '4',
      'Hướng dẫn các doanh nghiệp trong khu công nghiệp thực hiện thủ tục hành chính trên môi trường điện tử',
      'Ban Quản lý Khu kinh tế, công nghiệp tỉnh',
      'Trước ngày 15/9/2023',
    ],
  ];
  return new Document({
    sections: [
      {
        children: [
          header('156/UBND-TH', '05 tháng 4 năm 2023'),
          p('V/v triển khai nhiệm vụ cải cách hành chính quý II năm 2023', { center: true }),
          p('Kính gửi:', { center: true }),
          p('- Sở Thông tin và Truyền thông;', { center: true }),
          p('- Sở Nội vụ;', { center: true }),
          p('- Sở Tài chính;', { center: true }),
          p('- Ban Quản lý Khu kinh tế, công nghiệp tỉnh.', { center: true }),
          p('Ủy ban nhân dân tỉnh giao các cơ quan thực hiện các nhiệm vụ sau:'),
          new Table({
            width: { size: 9400, type: WidthType.DXA },
            columnWidths: [600, 4600, 2400, 1800],
            rows: [
              new TableRow({ tableHeader: true, children: ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Thời hạn'].map((t) => cell(t, true)) }),
              ...rows.map((r) => new TableRow({ children: r.map((t) => cell(t)) })),
            ],
          }),
          p('Yêu cầu Thủ trưởng các cơ quan nghiêm túc triển khai thực hiện./.'),
          signature(),
        ],
      },
    ],
  });
}

/** A page that is only a picture of a letter: what a scanner gives. */
function scannedLetter(png: Uint8Array): Document {
  return new Document({
    sections: [
      {
        properties: { page: { margin: { top: 0, bottom: 0, left: 0, right: 0 } } },
        children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 794, height: 1123 } })] })],
      },
    ],
  });
}

function office(dir: string, file: string, filter: string): string {
  execFileSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', filter, '--outdir', dir, join(dir, file)],
    { stdio: 'ignore' },
  );
  return join(dir, file.replace(/\.docx$/, '.' + filter.split(':')[0]));
}

/** `make-pdf-corpus.ts [name…]`: only the files whose names start so (all when none is given). */
async function main(wanted: string[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-corpus-'));
  const make = (name: string): boolean => !wanted.length || wanted.some((w) => name.startsWith(w));
  const write = async (name: string, doc: Document): Promise<string> => {
    writeFileSync(join(dir, `${name}.docx`), await Packer.toBuffer(doc));
    return `${name}.docx`;
  };
  const cid = await write('cv-88-UBND-VX.cid-tounicode', cidLetter());
  // Printed again through cairo (poppler's pdftocairo), which writes Type0 fonts: CID
  // TrueType, Identity-H, with ToUnicode, as browsers and many printers do. The scan and
  // the signed letter are made from this file as it is in the folder.
  const cidPdf = join(OUT, 'cv-88-UBND-VX.cid-tounicode.pdf');
  if (make('cv-88-UBND-VX.cid-tounicode')) execFileSync('pdftocairo', ['-pdf', office(dir, cid, 'pdf'), cidPdf]);
  const letters: [string, () => Document][] = [
    ['kh-21-KH-UBND.two-columns', twoColumnLetter],
    ['kh-45-KH-UBND.task-table', tableLetter],
    ['cv-156-UBND-TH.wrapped-task-table', wrappedTableLetter],
  ];
  for (const [name, letter] of letters.filter(([name]) => make(name))) {
    renameSync(office(dir, await write(name, letter()), 'pdf'), join(OUT, `${name}.pdf`));
  }
  // The scan: the first letter rendered to a picture (poppler's pdftoppm, 100 dpi, grey),
  // then printed as a picture only.
  if (make('scan-88-UBND-VX.image-only')) {
    execFileSync('pdftoppm', ['-png', '-gray', '-r', '100', '-singlefile', cidPdf, join(dir, 'page')]);
    const scan = await write('scan-88-UBND-VX.image-only', scannedLetter(readFileSync(join(dir, 'page.png'))));
    renameSync(office(dir, scan, 'pdf'), join(OUT, 'scan-88-UBND-VX.image-only.pdf'));
  }
  // Opened only with a password (LibreOffice's PDF export encrypts with it).
  const locked =
    'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"mat-khau"}}';
  if (make('cv-88-UBND-VX.password')) renameSync(office(dir, cid, locked), join(OUT, 'cv-88-UBND-VX.password.pdf'));
  if (make('cv-88-UBND-VX.signed')) sign(dir, cidPdf, join(OUT, 'cv-88-UBND-VX.signed.pdf'));
}

/**
 * Signed as offices sign before sending: a PAdES signature (CAdES detached, SHA-256) in a
 * visible field, added by an incremental update after the letter's own bytes. The
 * certificate is a throwaway self-signed one made here; what matters to the importer is the
 * PDF's shape, not whom to trust.
 */
function sign(dir: string, pdf: string, out: string): void {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '3650',
      '-utf8',
      '-subj',
      '/C=VN/O=Ủy ban nhân dân tỉnh Thừa Thiên Huế/CN=Nguyễn Thị Hoa',
      '-keyout',
      join(dir, 'signer.key.pem'),
      '-out',
      join(dir, 'signer.cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  execFileSync('pyhanko', [
    'sign',
    'addsig',
    '--field',
    '1/330,60,560,130/ChuKySo',
    '--reason',
    'Phát hành văn bản',
    '--location',
    'Thừa Thiên Huế',
    '--use-pades',
    'pemder',
    '--key',
    join(dir, 'signer.key.pem'),
    '--cert',
    join(dir, 'signer.cert.pem'),
    '--no-pass',
    pdf,
    out,
  ]);
}

main(process.argv.slice(2)).catch((e: Error) => {
  console.error(e.message);
  process.exitCode = 1;
});
