import { importText } from '../import-document';
import type { ImportedDocument } from '../imported-document.types';
import { sampleOrgChart } from '../testing/fixture-files';
import { normalizeText } from '../text/normalize-text';
import { toLines } from '../text/text-lines';
import { asWrittenIn, isUnaccented, restoreMarks, restoreUnmarkedLines, stripMarks } from '../text/unaccented-text';
import { parseAddressees } from './addressees.parser';
import { parseDeadlines } from './deadline.parser';
import { parseFooter } from './footer.parser';
import { closeFillIns, parseHeader } from './header.parser';
import { parseOutline } from './outline.parser';
import { pageFurniture } from './page-furniture';
import { parseRecurrence } from './recurrence.parser';
import { parseResponsibility } from './responsibility.parser';
import { parseTitleBlock } from './title-block.parser';
import { splitStackedNames, splitUnitList, trimToFieldName } from './unit-list.splitter';

// Rules added after running letters unlike the first fixtures through the importer.

const doc = (text: string, withChart = false): ImportedDocument => {
  const r = importText(text, withChart ? { orgCharts: sampleOrgChart().charts } : {});
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
};

describe('header fill-ins', () => {
  it('closes blank runs that would read as a column gap', () => {
    expect(closeFillIns('Số:   07/CT-UBND')).toBe('Số: 07/CT-UBND');
    expect(closeFillIns('Hà Nội, ngày    tháng 6 năm 2023')).toBe('Hà Nội, ngày tháng 6 năm 2023');
  });

  it('reads "Số:   07/…" and a blank day, keeping the month in datePartial', () => {
    const h = parseHeader(toLines('ỦY BAN NHÂN DÂN\nHUYỆN PHÚ VANG\nSố:   07/CT-UBND\nHà Nội, ngày      tháng 6 năm 2023\n'));
    expect([h.number, h.symbol, h.issuer, h.place, h.date, h.datePartial]).toEqual([
      '07',
      'CT-UBND',
      'ỦY BAN NHÂN DÂN HUYỆN PHÚ VANG',
      'Hà Nội',
      null,
      '2023-06',
    ]);
    expect(h.warnings.map((w) => w.code)).toContain('incomplete-date');
  });
});

describe('header places and bodies', () => {
  it('keeps "Thành phố" in the place and takes a Phòng under its district as the issuer', () => {
    const a = parseHeader(
      toLines('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 4521/UBND-VX\nThành phố Hồ Chí Minh, ngày 5 tháng 12 năm 2024\n'),
    );
    expect([a.place, a.date]).toEqual(['Thành phố Hồ Chí Minh', '2024-12-05']);
    const b = parseHeader(toLines('UBND HUYỆN PHÚ VANG\nPHÒNG TÀI CHÍNH - KẾ HOẠCH\nSố: 45/TCKH\nPhú Vang, ngày 15 tháng 01 năm 2024\n'));
    expect([b.issuerParent, b.issuer]).toEqual(['UBND HUYỆN PHÚ VANG', 'PHÒNG TÀI CHÍNH - KẾ HOẠCH']);
  });

  it('skips an urgency stamp above the issuer', () => {
    const h = parseHeader(toLines('HỎA TỐC\nTHỦ TƯỚNG CHÍNH PHỦ\nSố: 96/CĐ-TTg\nHà Nội, ngày 07 tháng 10 năm 2023\n'));
    expect([h.issuerParent, h.issuer, h.number]).toEqual([null, 'THỦ TƯỚNG CHÍNH PHỦ', '96']);
  });

  it('knows a party letter by "ĐẢNG CỘNG SẢN VIỆT NAM" and reads "Kính gởi"', () => {
    expect(
      parseHeader(toLines('TỈNH ỦY QUẢNG NAM\nSố 12-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nTam Kỳ, ngày 03 tháng 3 năm 2023\n')).mottoFound,
    ).toBe(true);
    expect(parseAddressees(toLines('Kính gởi: Sở Nội vụ.'), 0).addressees).toEqual(['Sở Nội vụ']);
  });

  it('calls "THÔNG BÁO / Ý kiến kết luận …" a conclusion notice', () => {
    expect(doc('THÔNG BÁO\nÝ kiến kết luận của Chủ tịch UBND tỉnh tại buổi làm việc\n\n1. Giao Sở Y tế thực hiện.').docType).toBe(
      'thong-bao-ket-luan',
    );
  });
});

describe('addressees from "Nơi nhận"', () => {
  it('leaves out recipients informed "(b/c)" and, from a district, the province\'s departments', () => {
    const d = doc(
      'UBND HUYỆN NAM ĐÔNG\nSố: 15/KH-UBND\nNam Đông, ngày 10 tháng 4 năm 2024\n\nKẾ HOẠCH\nCải cách hành chính\n\nII. NHIỆM VỤ\n1. Rà soát thủ tục.\n\nNơi nhận:\n- UBND tỉnh (b/c);\n- Sở Nội vụ;\n- Sở Tư pháp (để biết);\n- UBND các xã, thị trấn;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn Hùng',
      true,
    );
    expect(d.addressees).toEqual([]);
    const province = doc(
      'UBND TỈNH THỪA THIÊN HUẾ\nSố: 15/KH-UBND\nHuế, ngày 10 tháng 4 năm 2024\n\nKẾ HOẠCH\nCải cách hành chính\n\nII. NHIỆM VỤ\n1. Rà soát thủ tục.\n\nNơi nhận:\n- Sở Nội vụ;\n- Sở Tư pháp (để biết);\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn Hùng',
      true,
    );
    expect(province.addressees).toEqual(['Sở Nội vụ']);
  });
});

describe('footer', () => {
  it.each([
    ['Nơi nhận: Như trên; Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A', ['Như trên', 'Lưu: VT'], 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH'],
    ['Nơi nhận:\nNhư trên;\nSở Tài chính;\nLưu: VT, TH.\nGIÁM ĐỐC\nNguyễn Văn B', ['Như trên', 'Sở Tài chính', 'Lưu: VT, TH'], 'GIÁM ĐỐC'],
  ])('reads recipients written inline or without bullets: %s', (text, recipients, title) => {
    const f = parseFooter(toLines(`Nội dung./.\n${text}`), 0);
    expect(f.recipients).toEqual(recipients);
    expect(f.signer?.title).toBe(title);
  });
});

describe('addressees', () => {
  it('takes a công điện\'s "… điện:" list', () => {
    const lines = toLines(
      'THỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ: Y tế, Công Thương;\n- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\nNội dung.',
    );
    expect(parseAddressees(lines, 0).addressees).toEqual([
      'Bộ trưởng các Bộ: Y tế, Công Thương',
      'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
    ]);
  });

  it('splits an inline list at commas where a new name starts', () => {
    const lines = toLines('Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, Sở Y tế các tỉnh, thành phố.');
    expect(parseAddressees(lines, 0).addressees).toEqual([
      'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
      'Sở Y tế các tỉnh, thành phố',
    ]);
  });
});

describe('unit names', () => {
  it('ends a fixed department name where the name ends, keeping a place after it', () => {
    expect(trimToFieldName('Phòng Kinh tế và Hạ tầng thành lập')).toBe('Phòng Kinh tế và Hạ tầng');
    expect(trimToFieldName('Phòng Kinh tế và Hạ tầng')).toBe('Phòng Kinh tế và Hạ tầng');
    expect(trimToFieldName('Sở Y tế tỉnh Quảng Nam tăng cường')).toBe('Sở Y tế tỉnh Quảng Nam');
    expect(trimToFieldName('Sở Y tế các tỉnh, thành phố')).toBe('Sở Y tế các tỉnh, thành phố');
    expect(trimToFieldName('Văn phòng HĐND và UBND huyện kiểm soát chất lượng văn bản')).toBe('Văn phòng HĐND và UBND huyện');
    expect(trimToFieldName('UBND các tỉnh, thành phố trực thuộc Trung ương')).toBe('UBND các tỉnh, thành phố trực thuộc Trung ương');
  });

  it('splits a table cell with one unit per line, but not a title or a name with "và"', () => {
    expect(splitStackedNames('Sở Tư pháp Văn phòng UBND tỉnh')).toEqual(['Sở Tư pháp', 'Văn phòng UBND tỉnh']);
    expect(splitStackedNames('Chánh Văn phòng UBND tỉnh')).toEqual(['Chánh Văn phòng UBND tỉnh']);
    expect(splitStackedNames('Đài Phát thanh và Truyền hình Thừa Thiên Huế')).toEqual(['Đài Phát thanh và Truyền hình Thừa Thiên Huế']);
    expect(normalizeText('| 1 | Rà soát | Sở Tư pháp<br>Văn phòng UBND tỉnh |')).toBe('| 1 | Rà soát | Sở Tư pháp Văn phòng UBND tỉnh |');
  });

  it('keeps "Văn phòng HĐND và UBND huyện" whole and splits collective names', () => {
    expect(splitUnitList('Văn phòng HĐND và UBND huyện')).toEqual(['Văn phòng HĐND và UBND huyện']);
    expect(splitUnitList('Sở Tài chính, Bảo hiểm xã hội tỉnh')).toEqual(['Sở Tài chính', 'Bảo hiểm xã hội tỉnh']);
  });
});

describe('responsibility', () => {
  it.each([
    [
      'UBND các huyện: Tập trung giải phóng mặt bằng; giao Ban Quản lý dự án chủ trì, phối hợp với các xã, phường liên quan thực hiện.',
      ['UBND các huyện'],
      ['các xã, phường liên quan'],
    ],
    [
      'Xây dựng quy chế. Cơ quan chủ trì: Sở Thông tin và Truyền thông; cơ quan phối hợp: Sở Nội vụ.',
      ['Sở Thông tin và Truyền thông'],
      ['Sở Nội vụ'],
    ],
    [
      'Ủy ban nhân dân các tỉnh: Quảng Ngãi, Bình Định tập trung giải phóng mặt bằng.',
      ['Ủy ban nhân dân các tỉnh: Quảng Ngãi, Bình Định'],
      [],
    ],
    ['Bộ Công Thương chỉ đạo Tập đoàn Điện lực Việt Nam bảo đảm cung ứng điện.', ['Bộ Công Thương'], []],
    [
      'Phòng Y tế huyện chủ trì, phối hợp với Phòng Kinh tế và Hạ tầng thành lập đoàn kiểm tra.',
      ['Phòng Y tế huyện'],
      ['Phòng Kinh tế và Hạ tầng'],
    ],
    ['Sở Giáo dục và Đào tạo triển khai các giải pháp.', ['Sở Giáo dục và Đào tạo'], []],
    ['ĐỐI VỚI UBND CÁC XÃ, THỊ TRẤN', ['UBND CÁC XÃ, THỊ TRẤN'], []],
    ['Nhiệm vụ của Tổ công tác:', ['Tổ công tác'], []],
    ['Bộ phận Một cửa huyện niêm yết công khai thủ tục hành chính.', ['Bộ phận Một cửa huyện'], []],
    ['Tuyên truyền trên Báo Thừa Thiên Huế; Sở Thông tin và Truyền thông chỉ đạo thực hiện.', ['Sở Thông tin và Truyền thông'], []],
    ['Các hoạt động hưởng ứng tại cơ sở do UBND các huyện, thị xã, thành phố Huế tổ chức.', ['UBND các huyện, thị xã, thành phố Huế'], []],
    [
      'Cập nhật dữ liệu - Đơn vị thực hiện: Các sở, ban, ngành; UBND các huyện. - Thời gian: Quý II/2024.',
      ['Các sở, ban, ngành', 'UBND các huyện'],
      [],
    ],
    ['Đề nghị Công an tỉnh xây dựng phương án với sự phối hợp của UBND thành phố Huế.', ['Công an tỉnh'], ['UBND thành phố Huế']],
  ])('%s', (text, lead, support) => expect(parseResponsibility(text)).toEqual({ lead, support }));
});

describe('deadlines and recurrence', () => {
  it.each([
    ['Báo cáo định kỳ hằng tháng, trước ngày 25.', { every: 'month', dueDay: 25 }],
    ['Báo cáo hằng năm, trước ngày 15/12 về Sở Nội vụ.', { every: 'year', dueDay: 15, dueMonth: 12 }],
    ['Báo cáo Thủ tướng Chính phủ trước ngày 15 tháng 12 hằng năm.', { every: 'year', dueDay: 15, dueMonth: 12 }],
    ['Báo cáo UBND tỉnh hằng tháng trước ngày 20/6/2023.', { every: 'month' }],
  ])('%s', (text, recurrence) => expect(parseRecurrence(text).recurrence).toEqual(recurrence));

  it('marks a cadence named only by a report as weak', () => {
    expect(parseRecurrence('Báo cáo sơ kết 6 tháng').weak).toBe(true);
    expect(parseRecurrence('Định kỳ 6 tháng báo cáo').weak).toBe(false);
  });

  it('reads year ranges in a table cell, and "đến năm" unless it is a strategy\'s horizon', () => {
    expect(parseDeadlines('Giai đoạn 2023-2025', '2023-03-03', { cell: true }).deadlines.map((d) => d.date)).toEqual(['2025-12-31']);
    expect(parseDeadlines('Phấn đấu đến năm 2025, 100% hồ sơ được số hóa.', '2023-03-03').deadlines.map((d) => d.date)).toEqual([
      '2025-12-31',
    ]);
    expect(parseDeadlines('Triển khai Chiến lược giai đoạn 2021 - 2025, định hướng đến năm 2030.', '2023-03-03').deadlines).toEqual([]);
  });

  it('counts "trong 10 ngày kể từ …" from the document date', () => {
    expect(parseDeadlines('Hoàn thành trong 10 ngày kể từ ngày ký.', '2023-03-03').deadlines.map((d) => d.date)).toEqual(['2023-03-13']);
  });

  it('gives a report row with its own date no recurrence', () => {
    const d = doc(
      'KẾ HOẠCH\nVề phòng, chống dịch\n\nIII. TỔ CHỨC THỰC HIỆN\nCác đơn vị báo cáo về Sở Y tế:\n\nSTT\tNội dung báo cáo\tĐơn vị thực hiện\tThời hạn\n2\tBáo cáo sơ kết 6 tháng\tSở Y tế\t15/6/2023\n',
    );
    expect(d.tasks).toEqual([expect.objectContaining({ ref: 'B.2', lead: ['Sở Y tế'], deadline: '2023-06-15', recurrence: null })]);
  });
});

describe('text shapes', () => {
  it('decodes entities and line breaks left by a web page', () => {
    expect(normalizeText('Sở KH&amp;ĐT&nbsp;chủ trì<br>')).toBe('Sở KH&ĐT chủ trì');
  });

  it('turns tab-separated table rows into pipe rows and leaves two-column layouts', () => {
    expect(normalizeText('STT\tNội dung\tĐơn vị\tThời hạn')).toBe('| STT | Nội dung | Đơn vị | Thời hạn |');
    expect(normalizeText('Nơi nhận:\t\tCHỦ TỊCH')).toBe('Nơi nhận:        CHỦ TỊCH');
  });

  it('hides page numbers and the running header next to them', () => {
    const lines = toLines('a) Tăng cường kiểm tra,\n2\nChỉ thị số 07/CT-UBND ngày 20/3/2023 của UBND huyện\nxử lý vi phạm.');
    expect([...pageFurniture(lines, 0, lines.length, '07/CT-UBND')]).toEqual([1, 2]);
    const furniture = pageFurniture(lines, 0, lines.length, '07/CT-UBND');
    const outline = parseOutline(
      lines,
      0,
      lines.length,
      () => false,
      (i) => furniture.has(i),
    );
    expect(outline.roots[0].head).toBe('Tăng cường kiểm tra, xử lý vi phạm.');
  });

  it('reads a "+" after a finished "–" item as the next item, and "- 2025" as a wrapped range', () => {
    const lines = toLines(
      '1. UBND huyện:\n– Di dời các hộ dân;\n– Cắm biển cảnh báo;\n+ Báo cáo hằng tháng.\n2. Rà soát giai đoạn 2021\n- 2025.',
    );
    const outline = parseOutline(lines, 0, lines.length, () => false);
    expect(outline.roots[0].children.map((c) => c.marker.label)).toEqual(['-', '-', '+']);
    expect(outline.roots[1]).toMatchObject({ head: 'Rà soát giai đoạn 2021 - 2025.', children: [] });
  });

  it('ends a subject at the body when the text has no blank lines', () => {
    const lines = toLines('KẾ HOẠCH\nThực hiện Chương trình giảm nghèo\nI. MỤC ĐÍCH, YÊU CẦU\nTriển khai đồng bộ.');
    expect(parseTitleBlock(lines, 0)).toMatchObject({ title: 'KẾ HOẠCH', subject: 'Thực hiện Chương trình giảm nghèo', end: 2 });
  });

  it('restores the marks of key words in unmarked text without moving a character', () => {
    const plain =
      'Kinh gui: So Xay dung.\nSo Tai nguyen va Moi truong chu tri, phoi hop voi Cong an tinh; bao cao truoc ngay 20 hang thang.';
    const restored = restoreMarks(plain);
    expect(restored).toContain('Kính gửi');
    expect(restored).toContain('chủ trì, phối hợp với');
    expect(restored).toContain('trước ngày 20 hằng tháng');
    expect(restored).toHaveLength(plain.length);
    expect(stripMarks(restored)).toBe(plain);
    expect(isUnaccented(`${plain} `.repeat(3))).toBe(true);
    expect(
      isUnaccented(
        'Sở Xây dựng chủ trì, phối hợp với các cơ quan thực hiện nhiệm vụ của tỉnh trong năm 2023 và các năm tiếp theo của giai đoạn.'.repeat(
          3,
        ),
      ),
    ).toBe(false);
  });
});

describe('headings typed without marks in a marked letter', () => {
  it('restores only the unmarked lines and gives their words back as written', () => {
    const { text, restored } = restoreUnmarkedLines('KE HOACH\nTriển khai công tác\nNOI NHAN:\nKT. CHU TICH');
    expect(text).toBe('KẾ HOẠCH\nTriển khai công tác\nNƠI NHẬN:\nKT. CHỦ TỊCH');
    expect(restored).toBe(3);
    const back = asWrittenIn('KT. CHU TICH\nPHO CHU TICH\nTrần Anh Tuấn');
    expect(back('KT. CHỦ TỊCH PHÓ CHỦ TỊCH')).toBe('KT. CHU TICH PHO CHU TICH');
    expect(back('Trần Anh Tuấn')).toBe('Trần Anh Tuấn');
  });

  it('reads the title, footer and signer of such a letter', () => {
    const d = doc(
      'UY BAN NHAN DAN\nTINH QUANG NAM\nSo: 320/KH-UBND\nQuảng Nam, ngày 15 tháng 8 năm 2023\n\nKE HOACH\nPhòng, chống dịch bệnh\n\nII. NHIEM VU\n1. Sở Tài chính bố trí kinh phí.\n\nNOI NHAN:\n- Lưu: VT.\n\nKT. CHU TICH\nPHO CHU TICH\n\nTrần Anh Tuấn',
    );
    expect([d.issuer, d.subject, d.recipients, d.signer?.title, d.signer?.name]).toEqual([
      'UY BAN NHAN DAN TINH QUANG NAM',
      'Phòng, chống dịch bệnh',
      ['Lưu: VT'],
      'KT. CHU TICH PHO CHU TICH',
      'Trần Anh Tuấn',
    ]);
  });
});

describe('tasks', () => {
  it('takes the items of a "NỘI DUNG" section and reports items it cannot place', () => {
    const d = doc(
      'KẾ HOẠCH\nTổ chức Tháng hành động\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\n\nII. NỘI DUNG HOẠT ĐỘNG\n1. Sở Y tế tổ chức lễ phát động.\n\nIII. CÁC VẤN ĐỀ KHÁC\n1. Lễ phát động tổ chức tại Quảng trường Ngọ Môn.\n\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ tổng hợp kết quả.',
    );
    expect(d.tasks.map((t) => t.ref)).toEqual(['II.1', 'IV.1']);
    expect(d.warnings.filter((w) => w.code === 'unplaced-items')).toHaveLength(1);
  });

  it('takes each assigning paragraph after an introduction when nothing is numbered', () => {
    const d = doc(
      [
        'Kính gửi: Sở Kế hoạch và Đầu tư.',
        '',
        'Xét đề nghị của Hiệp hội Doanh nghiệp tỉnh về tháo gỡ khó khăn, Chủ tịch UBND tỉnh có ý kiến như sau:',
        '',
        'Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Xây dựng xử lý các kiến nghị; báo cáo trước ngày 25/8/2023.',
        '',
        'Sở Tài nguyên và Môi trường rà soát thủ tục giao đất, báo cáo kết quả trong tháng 9/2023.',
        '',
        'Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.',
      ].join('\n'),
    );
    expect(d.tasks.map((t) => [t.ref, t.lead])).toEqual([
      ['P1', ['Sở Kế hoạch và Đầu tư']],
      ['P2', ['Sở Tài nguyên và Môi trường']],
    ]);
  });

  it('splits an article titled "Tổ chức thực hiện" into its assigning paragraphs and lists its executors', () => {
    const d = doc(
      [
        'QUYẾT ĐỊNH:',
        'Điều 1. Phê duyệt Đề án phát triển du lịch cộng đồng (có Đề án kèm theo).',
        'Điều 2. Tổ chức thực hiện',
        'Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành triển khai thực hiện Đề án.',
        'UBND các huyện xây dựng kế hoạch thực hiện Đề án, hoàn thành trong quý III/2023.',
        'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Văn hóa, Thể thao và Du lịch, Tài chính; Chủ tịch UBND các huyện căn cứ Quyết định thi hành./.',
        '',
        'Nơi nhận:',
        '- Như Điều 3;',
        '- Lưu: VT.',
        '',
        'CHỦ TỊCH',
        '',
        'Lê Văn A',
      ].join('\n'),
    );
    expect(d.tasks.map((t) => [t.ref, t.lead])).toEqual([
      ['Điều 2.P1', ['Sở Văn hóa, Thể thao và Du lịch']],
      ['Điều 2.P2', ['UBND các huyện']],
    ]);
    expect(d.executors).toEqual([
      'Chánh Văn phòng UBND tỉnh',
      'Giám đốc các Sở: Văn hóa, Thể thao và Du lịch, Tài chính',
      'Chủ tịch UBND các huyện',
    ]);
    expect(d.addressees).toEqual([]);
  });

  it('numbers top-level bullets in order and splits a bullet label over "+" bullets', () => {
    const d = doc(
      'Kính gửi: Sở Giáo dục và Đào tạo.\n\nChủ tịch UBND tỉnh yêu cầu:\n- Sở Giáo dục và Đào tạo:\n+ Rà soát, bố trí đủ giáo viên;\n+ Hướng dẫn tổ chức Lễ khai giảng.\n- Sở Tài chính: bố trí kinh phí.\n- UBND các huyện sửa chữa trường học.',
    );
    expect(d.tasks.map((t) => [t.ref, t.lead[0]])).toEqual([
      ['-1.+1', 'Sở Giáo dục và Đào tạo'],
      ['-1.+2', 'Sở Giáo dục và Đào tạo'],
      ['-2', 'Sở Tài chính'],
      ['-3', 'UBND các huyện'],
    ]);
  });

  it("keeps the executing formula out of an article's task paragraphs", () => {
    const d = doc(
      'QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Đề án (kèm theo).\nĐiều 2. Tổ chức thực hiện\nGiao Sở Y tế chủ trì triển khai Đề án.\nSở Tài chính bố trí kinh phí.\nChánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này./.',
    );
    expect(d.tasks.map((t) => [t.ref, t.lead[0]])).toEqual([
      ['Điều 2.P1', 'Sở Y tế'],
      ['Điều 2.P2', 'Sở Tài chính'],
    ]);
  });

  it('does not take an article that enacts ("Điều 1. Thành lập …") or says who executes', () => {
    const d = doc(
      'QUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ công tác rà soát các dự án.\nĐiều 2. Tổ công tác rà soát các dự án chậm tiến độ; hoàn thành trước ngày 30/11/2023.\nĐiều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các cơ quan liên quan căn cứ Quyết định thi hành./.',
    );
    expect(d.tasks.map((t) => t.ref)).toEqual(['Điều 2']);
  });
});
