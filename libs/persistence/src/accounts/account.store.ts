import { Schema, type Connection, type Model } from 'mongoose';

// Sign-in accounts of people of the user directory, and their refresh sessions. A password
// is never stored, only its memory-hard hash; a refresh token only as its SHA-256.

export interface AccountRecord {
  /** The directory's user id (`so-noi-vu.giamdoc`). */
  userId: string;
  /** `scrypt$<logN>$<r>$<p>$<salt b64>$<hash b64>`: the parameters travel with the hash; `none` for a person who signs in only through the identity provider. */
  passwordHash: string;
  /** Failed attempts since the last success (lock-out counts these). */
  failedAttempts: number;
  lockedUntil: string | null;
  lastSignInAt: string | null;
  updatedAt: string;
}

export interface RefreshSessionRecord {
  /** SHA-256 (hex) of the refresh token. */
  tokenHash: string;
  userId: string;
  /** Every token rotated from one sign-in shares it: reuse of a rotated token revokes the family. */
  familyId: string;
  expiresAt: string;
  createdAt: string;
  rotatedAt: string | null;
  revokedAt: string | null;
  /** Role and unit an identity provider granted (only when dondoc is told to take them from it); null: the directory's. */
  grantedRole?: string | null;
  grantedUnitId?: string | null;
  /**
   * The ID token of an identity provider sign-in, kept server-side (never sent to the
   * browser) to name the session at the provider's end-session endpoint when the person
   * signs out (`id_token_hint`); null for a password sign-in, cleared when the session ends.
   */
  idToken?: string | null;
}

type AccountRow = AccountRecord & { _id: string };
type SessionRow = RefreshSessionRecord & { _id: string };

const accountSchema = new Schema(
  {
    _id: String,
    userId: { type: String, required: true },
    passwordHash: { type: String, required: true },
    failedAttempts: { type: Number, default: 0 },
    lockedUntil: { type: String, default: null },
    lastSignInAt: { type: String, default: null },
    updatedAt: String,
  },
  { versionKey: false, collection: 'accounts' },
);

const sessionSchema = new Schema(
  {
    _id: String,
    tokenHash: { type: String, required: true },
    userId: { type: String, required: true },
    familyId: { type: String, required: true },
    expiresAt: String,
    createdAt: String,
    rotatedAt: { type: String, default: null },
    revokedAt: { type: String, default: null },
    grantedRole: { type: String, default: null },
    grantedUnitId: { type: String, default: null },
    idToken: { type: String, default: null },
  },
  { versionKey: false, collection: 'refresh_sessions' },
);
sessionSchema.index({ familyId: 1 });

export const ACCOUNT_STORE = Symbol('AccountStore');

export class AccountStore {
  readonly accounts: Model<AccountRow>;
  readonly sessions: Model<SessionRow>;

  constructor(connection: Connection) {
    this.accounts = (connection.models.Account as Model<AccountRow> | undefined) ?? connection.model<AccountRow>('Account', accountSchema);
    this.sessions =
      (connection.models.RefreshSession as Model<SessionRow> | undefined) ?? connection.model<SessionRow>('RefreshSession', sessionSchema);
  }

  async init(): Promise<void> {
    await Promise.all([this.accounts.init(), this.sessions.init()]);
  }

  find(userId: string): Promise<AccountRecord | null> {
    return this.accounts.findById(userId, { _id: 0 }).lean<AccountRecord>();
  }

  /** Creates the account unless it exists (a seed never overwrites a password). True when created. */
  async createIfMissing(userId: string, passwordHash: string, at: string): Promise<boolean> {
    const res = await this.accounts.updateOne(
      { _id: userId },
      { $setOnInsert: { _id: userId, userId, passwordHash, failedAttempts: 0, lockedUntil: null, lastSignInAt: null, updatedAt: at } },
      { upsert: true },
    );
    return res.upsertedCount === 1;
  }

  /** Counts a failure atomically; locks the account until `lockUntil` once `maxFailures` is reached. */
  async recordFailure(userId: string, maxFailures: number, lockUntil: string, at: string): Promise<AccountRecord | null> {
    await this.accounts.updateOne({ _id: userId }, { $inc: { failedAttempts: 1 }, $set: { updatedAt: at } });
    await this.accounts.updateOne(
      { _id: userId, failedAttempts: { $gte: maxFailures } },
      { $set: { lockedUntil: lockUntil, failedAttempts: 0 } },
    );
    return this.find(userId);
  }

  async recordSuccess(userId: string, at: string): Promise<void> {
    await this.accounts.updateOne({ _id: userId }, { $set: { failedAttempts: 0, lockedUntil: null, lastSignInAt: at, updatedAt: at } });
  }

  async addSession(session: RefreshSessionRecord): Promise<void> {
    await this.sessions.create({ _id: session.tokenHash, ...session });
  }

  findSession(tokenHash: string): Promise<RefreshSessionRecord | null> {
    return this.sessions.findById(tokenHash, { _id: 0 }).lean<RefreshSessionRecord>();
  }

  /** Marks a live session rotated; false when another request rotated or revoked it first. */
  async rotate(tokenHash: string, at: string): Promise<boolean> {
    const res = await this.sessions.updateOne({ _id: tokenHash, rotatedAt: null, revokedAt: null }, { $set: { rotatedAt: at } });
    return res.modifiedCount === 1;
  }

  /** Ends every session of the family and forgets its ID token (needed only until the sign-out). */
  async revokeFamily(familyId: string, at: string): Promise<void> {
    await this.sessions.updateMany({ familyId, revokedAt: null }, { $set: { revokedAt: at, idToken: null } });
  }
}
