import { APP_CONFIG } from '@dondoc/app-kit';
import type { DirectoryUser, UserRole } from '@dondoc/domain';
import { ACCOUNT_STORE, ORG_CHART_STORE, type AccountStore, type OrgChartStore } from '@dondoc/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { ApiConfig } from '../api.config';
import { signLocalToken } from '@dondoc/auth';
import { ACCOUNTS_CONFIG } from './accounts.tokens';
import type { AccountsConfig } from './accounts.config';
import { decoyHash, hasPassword, NO_PASSWORD, verifyPassword } from './password-hash';
import { SignInThrottle } from './sign-in-throttle';
import { accountLocked, passwordSignInOff, sessionEnded, tooManyAttempts, wrongCredentials } from './sign-in.errors';

export interface SignedInUser {
  userId: string;
  name: string;
  role: UserRole;
  unitId: string;
  title: string | null;
}

/** What a successful sign-in or refresh gives: a short JWT for the APIs and the next refresh token. */
export interface SessionGrant {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: SignedInUser;
  refreshToken: string;
  refreshExpiresAt: string;
}

/** What an identity provider vouched for: role and unit (only when configured to take them from it), and its ID token. */
export interface ProviderGrant {
  role?: UserRole;
  unitId?: string;
  /** Kept server-side with the session for the provider's end-session endpoint (`id_token_hint`). */
  idToken?: string;
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Sign-in of people by user id and password, the session as the same HS256 JWT the APIs
 * verify (signed by the existing token issuer), renewed by rotating refresh tokens.
 */
@Injectable()
export class AccountService {
  private readonly throttle: SignInThrottle;

  constructor(
    @Inject(ACCOUNT_STORE) private readonly accounts: AccountStore,
    @Inject(ORG_CHART_STORE) private readonly directory: OrgChartStore,
    @Inject(APP_CONFIG) private readonly api: ApiConfig,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
  ) {
    this.throttle = new SignInThrottle(config.AUTH_THROTTLE_FAILURES, config.AUTH_THROTTLE_WINDOW_SECONDS * 1000);
  }

  async signIn(userId: string, password: string, client: string, now = new Date()): Promise<SessionGrant> {
    if (this.api.AUTH_JWT_ALG !== 'HS256') throw passwordSignInOff();
    const wait = this.throttle.retryAfterSeconds(client, now.getTime());
    if (wait > 0) throw tooManyAttempts(wait);
    const [account, user] = await Promise.all([this.accounts.find(userId), this.directory.user(userId)]);
    if (account?.lockedUntil && account.lockedUntil > now.toISOString()) throw accountLocked(account.lockedUntil);
    if (!account || !user || !hasPassword(account.passwordHash)) {
      await verifyPassword(password, await decoyHash());
      this.throttle.fail(client, now.getTime());
      throw wrongCredentials();
    }
    if (!(await verifyPassword(password, account.passwordHash))) {
      this.throttle.fail(client, now.getTime());
      const lockUntil = new Date(now.getTime() + this.config.AUTH_LOCKOUT_SECONDS * 1000).toISOString();
      const after = await this.accounts.recordFailure(userId, this.config.AUTH_LOCKOUT_FAILURES, lockUntil, now.toISOString());
      if (after?.lockedUntil && after.lockedUntil > now.toISOString()) throw accountLocked(after.lockedUntil);
      throw wrongCredentials(this.config.AUTH_LOCKOUT_FAILURES - (after?.failedAttempts ?? 0));
    }
    await this.accounts.recordSuccess(userId, now.toISOString());
    return this.grant(user, randomUUID(), now);
  }

  /**
   * A sign-in the identity provider vouched for (the caller checked the ID token and found
   * the person in the directory): the same session as a password sign-in. The provider's
   * proof counts as a successful sign-in, so it also clears a password lock-out; a person
   * without a dondoc password gets an account that no password opens.
   */
  async signInVerified(user: DirectoryUser, granted: ProviderGrant, now = new Date()): Promise<SessionGrant> {
    await this.accounts.createIfMissing(user.userId, NO_PASSWORD, now.toISOString());
    await this.accounts.recordSuccess(user.userId, now.toISOString());
    return this.grant(user, randomUUID(), now, granted);
  }

  /** Rotates a refresh token: the old one is spent; presenting a spent one revokes its whole family. */
  async refresh(refreshToken: string | undefined, now = new Date()): Promise<SessionGrant> {
    if (!refreshToken) throw sessionEnded('missing');
    const hash = sha256(refreshToken);
    const session = await this.accounts.findSession(hash);
    if (!session) throw sessionEnded('missing');
    if (session.revokedAt) throw sessionEnded('revoked');
    if (session.expiresAt <= now.toISOString()) throw sessionEnded('expired');
    if (session.rotatedAt || !(await this.accounts.rotate(hash, now.toISOString()))) {
      await this.accounts.revokeFamily(session.familyId, now.toISOString());
      throw sessionEnded('reused');
    }
    const [account, user] = await Promise.all([this.accounts.find(session.userId), this.directory.user(session.userId)]);
    if (!account || !user) throw sessionEnded('revoked');
    if (account.lockedUntil && account.lockedUntil > now.toISOString()) throw accountLocked(account.lockedUntil);
    return this.grant(user, session.familyId, now, {
      role: (session.grantedRole as UserRole | null) ?? undefined,
      unitId: session.grantedUnitId ?? undefined,
      idToken: session.idToken ?? undefined,
    });
  }

  /**
   * Ends the sign-in the refresh token belongs to (every token rotated from it). Answers the
   * identity provider's ID token when the session came from one, so the caller can end the
   * person's session there too (RP-initiated logout).
   */
  async signOut(refreshToken: string | undefined, now = new Date()): Promise<{ idToken?: string }> {
    if (!refreshToken) return {};
    const session = await this.accounts.findSession(sha256(refreshToken));
    if (!session) return {};
    await this.accounts.revokeFamily(session.familyId, now.toISOString());
    return session.idToken ? { idToken: session.idToken } : {};
  }

  async profile(userId: string): Promise<DirectoryUser | null> {
    return this.directory.user(userId);
  }

  /** A throttled client's wait, for the Retry-After header. */
  retryAfterSeconds(client: string): number {
    return this.throttle.retryAfterSeconds(client);
  }

  /** `granted`: role, unit and ID token from the identity provider, kept with the session so renewals keep them. */
  private async grant(directoryUser: DirectoryUser, familyId: string, now: Date, granted: ProviderGrant = {}): Promise<SessionGrant> {
    const user = { ...directoryUser, role: granted.role ?? directoryUser.role, unitId: granted.unitId ?? directoryUser.unitId };
    const accessToken = await signLocalToken({
      userId: user.userId,
      role: user.role,
      unitId: user.unitId,
      name: user.name,
      secret: this.api.AUTH_JWT_SECRET,
      issuer: this.api.AUTH_ISSUER,
      audience: this.api.AUTH_AUDIENCE,
      expiresIn: `${this.config.AUTH_ACCESS_TTL_SECONDS}s`,
    });
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(now.getTime() + this.config.AUTH_REFRESH_TTL_SECONDS * 1000).toISOString();
    await this.accounts.addSession({
      tokenHash: sha256(refreshToken),
      userId: user.userId,
      familyId,
      expiresAt: refreshExpiresAt,
      createdAt: now.toISOString(),
      rotatedAt: null,
      revokedAt: null,
      grantedRole: granted.role ?? null,
      grantedUnitId: granted.unitId ?? null,
      idToken: granted.idToken ?? null,
    });
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.config.AUTH_ACCESS_TTL_SECONDS,
      user: { userId: user.userId, name: user.name, role: user.role, unitId: user.unitId, title: user.title ?? null },
      refreshToken,
      refreshExpiresAt,
    };
  }
}
