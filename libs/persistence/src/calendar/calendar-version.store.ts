import { VN_CIVIL_SERVICE_CALENDAR, type CalendarData } from '@dondoc/domain';
import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors';

// Published versions of the working calendar, numbered 1, 2, 3…; `_id` is the number, so
// two administrators publishing at once cannot both get the same one. A version is never
// changed once stored. Version 1 is the data shipped in code (2022–2026), seeded here.

export interface PublishedCalendar {
  sequence: number;
  data: CalendarData;
  publishedAt: string;
  publishedBy: string;
  /** The notice the administrator publishes the version under (e.g. the Government Office's letter). */
  notice: string;
}

export interface CalendarVersionSummary extends Omit<PublishedCalendar, 'data'> {
  version: string;
  description: string;
}

type Row = { _id: number; data: CalendarData; publishedAt: string; publishedBy: string; notice: string };

const schema = new Schema(
  { _id: Number, data: { type: Schema.Types.Mixed, required: true }, publishedAt: String, publishedBy: String, notice: String },
  { versionKey: false, collection: 'calendar_versions', minimize: false },
);

export const CALENDAR_VERSION_STORE = Symbol('CalendarVersionStore');

/** Thrown when another version took the number first: the caller re-reads and decides again. */
export class CalendarVersionConflict extends Error {}

export class CalendarVersionStore {
  readonly model: Model<Row>;
  private cache?: { at: number; latest: Promise<PublishedCalendar> };

  constructor(
    connection: Connection,
    /** Every task start reads the version in force: a short cache spares a query each. */
    private readonly cacheMs = 2_000,
  ) {
    this.model = (connection.models.CalendarVersion as Model<Row> | undefined) ?? connection.model<Row>('CalendarVersion', schema);
  }

  async init(): Promise<void> {
    await this.model.init();
    const v1 = VN_CIVIL_SERVICE_CALENDAR;
    await this.model.updateOne(
      { _id: 1 },
      {
        $setOnInsert: {
          data: v1,
          publishedAt: '2026-01-01T00:00:00.000Z',
          publishedBy: 'system',
          notice: 'Dữ liệu lịch 2022–2026 phát hành cùng mã nguồn (phiên bản 1)',
        },
      },
      { upsert: true },
    );
  }

  /** The newest version (the one in force for every task), read now. */
  async newest(): Promise<PublishedCalendar> {
    const row = await this.model.findOne({}).sort({ _id: -1 }).lean<Row>();
    return row ? toPublished(row) : { sequence: 1, data: VN_CIVIL_SERVICE_CALENDAR, publishedAt: '', publishedBy: 'system', notice: '' };
  }

  /** `newest()`, cached for a moment: what each task start reads. */
  latest(): Promise<PublishedCalendar> {
    if (!this.cache || Date.now() - this.cache.at > this.cacheMs) {
      const latest = this.newest();
      this.cache = { at: Date.now(), latest };
      latest.catch(() => (this.cache = undefined));
    }
    return this.cache.latest;
  }

  async bySequence(sequence: number): Promise<PublishedCalendar | null> {
    const row = await this.model.findById(sequence).lean<Row>();
    return row ? toPublished(row) : null;
  }

  /** One page of the versions by sequence (newest first by default), without their data (a list for people). */
  async list(
    page: { skip: number; limit: number; direction: 1 | -1 } = { skip: 0, limit: 1000, direction: -1 },
  ): Promise<CalendarVersionSummary[]> {
    const rows = await this.model
      .find({}, { publishedAt: 1, publishedBy: 1, notice: 1, 'data.version': 1, 'data.description': 1 })
      .sort({ _id: page.direction })
      .skip(page.skip)
      .limit(page.limit)
      .lean<Row[]>();
    return rows.map((r) => ({
      sequence: r._id,
      version: r.data.version,
      description: r.data.description,
      publishedAt: r.publishedAt,
      publishedBy: r.publishedBy,
      notice: r.notice,
    }));
  }

  /** Stores `data` as version `data.sequence`; CalendarVersionConflict when that number is taken. */
  /** How many versions `list` pages through. */
  count(): Promise<number> {
    return this.model.estimatedDocumentCount();
  }

  async publish(version: PublishedCalendar): Promise<PublishedCalendar> {
    try {
      await this.model.create({
        _id: version.sequence,
        data: version.data,
        publishedAt: version.publishedAt,
        publishedBy: version.publishedBy,
        notice: version.notice,
      });
    } catch (e) {
      if (isDuplicateKey(e)) throw new CalendarVersionConflict(`calendar version ${version.sequence} exists`);
      throw e;
    }
    this.cache = undefined;
    return version;
  }
}

const toPublished = (row: Row): PublishedCalendar => ({
  sequence: row._id,
  data: row.data,
  publishedAt: row.publishedAt,
  publishedBy: row.publishedBy,
  notice: row.notice,
});
