import { findUnit, type OrgChartVersion, type PersonRef } from '@dondoc/domain';

// Who a document comes from, read from the org chart: the People's Committee at its root
// issues reports and prompting letters, its chairman or the vice-chairman in charge signs.

export interface DocumentIssuer {
  /** 'ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ'. */
  readonly agency: string;
  /** The agency as a sentence names it: 'Ủy ban nhân dân tỉnh Thừa Thiên Huế'. */
  readonly agencyName: string;
  /** 'UBND', the second part of every symbol ('BC-UBND', 'UBND-VP'). */
  readonly symbolOrg: string;
  /** Địa danh: 'Thừa Thiên Huế'. */
  readonly place: string;
  readonly chairman: PersonRef | null;
}

const PREFIX = /^(Ủy|Uỷ) ban nhân dân (tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)\s+/i;

export function issuerOf(chart: OrgChartVersion | undefined): DocumentIssuer {
  const root = chart ? findUnit(chart, chart.rootUnitId) : undefined;
  const agencyName = root?.name ?? 'Ủy ban nhân dân tỉnh';
  const place = PREFIX.test(agencyName) ? agencyName.replace(PREFIX, '') : agencyName;
  return { agency: agencyName.toUpperCase(), agencyName, symbolOrg: 'UBND', place, chairman: root?.head ?? null };
}

/** 'Phó Chủ tịch UBND tỉnh phụ trách khối Nội chính' → 'PHÓ CHỦ TỊCH' (the title a signature block prints). */
export function signatureTitle(title: string): string {
  const t = title.toLowerCase();
  if (t.startsWith('phó chủ tịch')) return 'PHÓ CHỦ TỊCH';
  if (t.startsWith('chủ tịch')) return 'CHỦ TỊCH';
  return title.toUpperCase();
}
