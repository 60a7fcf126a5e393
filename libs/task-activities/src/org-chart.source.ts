import type { OrgChartVersion } from '@dondoc/domain';

/** Where the versioned org chart comes from (MongoDB in the running system, a seed file in tests). */
export interface OrgChartSource {
  charts(): Promise<OrgChartVersion[]>;
}

export class StaticOrgChartSource implements OrgChartSource {
  constructor(private readonly versions: OrgChartVersion[]) {}

  async charts(): Promise<OrgChartVersion[]> {
    return this.versions;
  }
}
