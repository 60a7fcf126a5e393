import type { DirectoryUser, OrgChartSeed, OrgChartVersion } from '@dondoc/domain';
import type { OrgChartSource } from '@dondoc/task-activities';
import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors';

// Versioned org charts and the user directory. A chart version is immutable once stored
// (a reorganisation is a new version), so seeding replaces a version only with itself.

type ChartRow = OrgChartVersion & { _id: string; rehomedAt?: string | null };

/** Thrown when the version number was taken meanwhile (another publication won). */
export class OrgChartVersionConflict extends Error {}
type UserRow = DirectoryUser & { _id: string };

const chartSchema = new Schema(
  {
    _id: String,
    chartId: { type: String, index: true },
    version: Number,
    name: String,
    validFrom: String,
    validTo: { type: String, default: null },
    rootUnitId: String,
    groups: [Schema.Types.Mixed],
    units: [Schema.Types.Mixed],
    note: { type: String, default: null },
    effectiveAt: { type: String, default: null },
    succession: { type: [Schema.Types.Mixed], default: undefined },
    basis: { type: [String], default: undefined },
    /** Set once the open tasks of the version's dissolved units were re-homed to their successors. */
    rehomedAt: { type: String, default: null },
  },
  { versionKey: false, collection: 'org_chart_versions', minimize: false },
);
/** The paged list of versions, chart by chart and version by version (either way). */
chartSchema.index({ chartId: 1, version: 1 });

const userSchema = new Schema(
  { _id: String, userId: String, name: String, role: String, unitId: String, email: String, title: { type: String, default: null } },
  { versionKey: false, collection: 'users' },
);
userSchema.index({ unitId: 1, role: 1 });
// Sign-in through an identity provider may name the person by e-mail (OIDC_USER_MATCH=email).
userSchema.index({ email: 1 });

export const ORG_CHART_STORE = Symbol('OrgChartStore');

export class OrgChartStore implements OrgChartSource {
  readonly chartsModel: Model<ChartRow>;
  readonly usersModel: Model<UserRow>;
  private cache?: { at: number; charts: Promise<OrgChartVersion[]> };

  constructor(
    connection: Connection,
    /** Charts change by reorganisation, rarely: a short cache spares a query per escalation. */
    private readonly cacheMs = 10_000,
  ) {
    this.chartsModel =
      (connection.models.OrgChartVersion as Model<ChartRow> | undefined) ?? connection.model<ChartRow>('OrgChartVersion', chartSchema);
    this.usersModel =
      (connection.models.DirectoryUser as Model<UserRow> | undefined) ?? connection.model<UserRow>('DirectoryUser', userSchema);
  }

  async init(): Promise<void> {
    await Promise.all([this.chartsModel.init(), this.usersModel.init()]);
  }

  /** Stores every chart version and user of the seed (idempotent). */
  async seed(seed: OrgChartSeed): Promise<{ charts: number; users: number }> {
    for (const chart of seed.charts) {
      await this.chartsModel.replaceOne(
        { _id: chartKey(chart) },
        { _id: chartKey(chart), ...chart, validTo: chart.validTo ?? null },
        { upsert: true },
      );
    }
    for (const user of seed.users) {
      await this.usersModel.replaceOne({ _id: user.userId }, { _id: user.userId, ...user }, { upsert: true });
    }
    this.cache = undefined;
    return { charts: seed.charts.length, users: seed.users.length };
  }

  charts(): Promise<OrgChartVersion[]> {
    if (!this.cache || Date.now() - this.cache.at > this.cacheMs) {
      const charts = this.chartsModel
        .find({}, { _id: 0 })
        .sort({ chartId: 1, version: 1 })
        .lean<OrgChartVersion[]>()
        .then((rows) => rows.map((r) => ({ ...r, validTo: r.validTo ?? null })));
      this.cache = { at: Date.now(), charts };
      charts.catch(() => (this.cache = undefined));
    }
    return this.cache.charts;
  }

  /** Every version as stored now (no cache), with whether its tasks were re-homed. */
  async versions(): Promise<(OrgChartVersion & { rehomedAt: string | null })[]> {
    const rows = await this.chartsModel
      .find({}, { _id: 0 })
      .sort({ chartId: 1, version: 1 })
      .lean<(OrgChartVersion & { rehomedAt?: string | null })[]>();
    return rows.map((r) => ({ ...r, validTo: r.validTo ?? null, effectiveAt: r.effectiveAt ?? undefined, rehomedAt: r.rehomedAt ?? null }));
  }

  /** One page of `versions()` (without the groups), in that order or its reverse. */
  async versionsPage(page: {
    skip: number;
    limit: number;
    direction: 1 | -1;
  }): Promise<(OrgChartVersion & { rehomedAt: string | null })[]> {
    const rows = await this.chartsModel
      .find({}, { _id: 0, groups: 0 })
      .sort({ chartId: page.direction, version: page.direction })
      .skip(page.skip)
      .limit(page.limit)
      .lean<(OrgChartVersion & { rehomedAt?: string | null })[]>();
    return rows.map((r) => ({ ...r, validTo: r.validTo ?? null, effectiveAt: r.effectiveAt ?? undefined, rehomedAt: r.rehomedAt ?? null }));
  }

  /** How many versions `versionsPage` pages through. */
  countVersions(): Promise<number> {
    return this.chartsModel.estimatedDocumentCount();
  }

  /**
   * Stores a new version (its number must be free: OrgChartVersionConflict otherwise), closes
   * the window of the one before it and adds the people of its new units to the directory.
   */
  async publish(version: OrgChartVersion, users: readonly DirectoryUser[]): Promise<void> {
    try {
      await this.chartsModel.create({ _id: chartKey(version), ...version, validTo: null, rehomedAt: null });
    } catch (e) {
      if (isDuplicateKey(e)) throw new OrgChartVersionConflict(`${chartKey(version)} exists`);
      throw e;
    }
    await this.chartsModel.updateOne({ _id: `${version.chartId}:v${version.version - 1}` }, { $set: { validTo: version.validFrom } });
    for (const user of users) await this.usersModel.replaceOne({ _id: user.userId }, { _id: user.userId, ...user }, { upsert: true });
    this.cache = undefined;
  }

  async markRehomed(chartId: string, version: number, at: string): Promise<void> {
    await this.chartsModel.updateOne({ _id: `${chartId}:v${version}` }, { $set: { rehomedAt: at } });
  }

  async user(userId: string): Promise<DirectoryUser | null> {
    return this.usersModel.findById(userId, { _id: 0 }).lean<DirectoryUser>();
  }

  /** The one user with this e-mail (as stored: the directory keeps e-mails in lower case); null when none or several. */
  async userByEmail(email: string): Promise<DirectoryUser | null> {
    const found = await this.usersModel.find({ email }, { _id: 0 }).limit(2).lean<DirectoryUser[]>();
    return found.length === 1 ? found[0] : null;
  }

  async usersOfUnit(unitId: string, role?: DirectoryUser['role']): Promise<DirectoryUser[]> {
    return this.usersModel.find(role ? { unitId, role } : { unitId }, { _id: 0 }).lean<DirectoryUser[]>();
  }
}

const chartKey = (c: OrgChartVersion) => `${c.chartId}:v${c.version}`;
