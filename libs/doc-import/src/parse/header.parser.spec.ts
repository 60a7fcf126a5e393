import { toLines } from '../text/text-lines';
import { parseHeader, parseNumber, parsePlaceDate } from './header.parser';

describe('parseNumber', () => {
  it.each([
    ['Số: 907/UBND-NV', '907', 'UBND-NV', '907/UBND-NV'],
    ['Số: 15/CT-UBND', '15', 'CT-UBND', '15/CT-UBND'],
    ['Số: 123/QĐ-UBND', '123', 'QĐ-UBND', '123/QĐ-UBND'],
    ['Số: 45/TB-VPUBND', '45', 'TB-VPUBND', '45/TB-VPUBND'],
    ['Số: 1234 /BNV-CCVC', '1234', 'BNV-CCVC', '1234/BNV-CCVC'],
    ['Số: 48/2018/QĐ-UBND', '48', 'QĐ-UBND', '48/2018/QĐ-UBND'],
    ['Số 07-CT/TU', '07', 'CT/TU', '07-CT/TU'],
    ['Số: 150/TTr-SNV.', '150', 'TTr-SNV', '150/TTr-SNV'],
  ])('%s', (text, number, symbol, reference) => expect(parseNumber(text)).toEqual({ number, symbol, reference }));

  it('keeps the symbol of a draft without a number', () => {
    expect(parseNumber('Số:      /UBND-VP')).toEqual({ number: null, symbol: 'UBND-VP', reference: '/UBND-VP' });
  });
});

describe('parsePlaceDate', () => {
  it.each([
    ['Thừa Thiên Huế, ngày 25 tháng 01 năm 2022', 'Thừa Thiên Huế', '2022-01-25'],
    ['Hà Nội, ngày  6  tháng 11 năm 2023', 'Hà Nội', '2023-11-06'],
    ['Huế, ngày 05/4/2022', 'Huế', '2022-04-05'],
    ['Thừa Thiên Huế, ngày      tháng 01 năm 2022', 'Thừa Thiên Huế', null],
  ])('%s', (text, place, date) => expect(parsePlaceDate(text)).toMatchObject({ place, date }));
});

describe('parseHeader', () => {
  it('reads a header run together on single lines (broken PDF text)', () => {
    const h = parseHeader(
      toLines(
        [
          'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'TỈNH THỪA THIÊN HUẾ Độc lập - Tự do - Hạnh phúc Số: 907/UBND-NV',
          'Thừa Thiên Huế, ngày 25 tháng 01 năm 2022',
          'V/v đẩy mạnh kỷ cương',
          'Kính gửi: Sở Nội vụ.',
        ].join('\n'),
      ),
    );
    expect(h).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ',
      number: '907',
      symbol: 'UBND-NV',
      date: '2022-01-25',
      vv: 'V/v đẩy mạnh kỷ cương',
      end: 4,
      mottoFound: true,
    });
  });

  it('splits a parent body from the issuing body', () => {
    const h = parseHeader(
      toLines(
        'UBND TỈNH THỪA THIÊN HUẾ     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NỘI VỤ     Độc lập - Tự do - Hạnh phúc\nSố: 12/SNV-CCVC     Huế, ngày 2 tháng 3 năm 2022',
      ),
    );
    expect([h.issuerParent, h.issuer]).toEqual(['UBND TỈNH THỪA THIÊN HUẾ', 'SỞ NỘI VỤ']);
  });
});
