import { appendAudit } from '../../../db/queries/audit';
import type { Sqlite } from '../../../db/open';
import { DEMO_LOGIN, type Role } from '../../contract/accounts';
import { ApiError } from '../../contract/errors';
import type { Session } from '../context';
import { hashPassword, verifyPassword } from '../passwords';

export { DEMO_LOGIN };
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string | null;
  must_change_password: number;
  failed_attempts: number;
  locked_until: string | null;
  active: number;
}

/** Failed logins of names that are not accounts, counted like real ones so the answers do not differ. */
export type UnknownFailures = Map<string, { count: number; lockedUntil: string | null }>;

const WRONG = 'Nama pengguna atau kata sandi salah.';
const userByName = (db: Sqlite, username: string) => db.prepare('SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined;
const userById = (db: Sqlite, id: number) => db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;

export function loadSession(db: Sqlite, id: number): Session {
  const row = userById(db, id);
  if (!row) throw new ApiError('UNAUTHORIZED', 'Akun tidak ditemukan. Silakan masuk kembali.');
  const desaCodes = db.prepare('SELECT desa_code FROM user_desa WHERE user_id = ? ORDER BY desa_code').pluck().all(id) as string[];
  return { id, username: row.username, name: row.display_name, role: row.role, desaCodes, mustChangePassword: row.must_change_password === 1, locked: false };
}

/** No active account has a password yet: the first administrator sets one (first run). */
export function needsSetup(db: Sqlite): boolean {
  return db.prepare('SELECT NOT EXISTS (SELECT 1 FROM users WHERE active = 1 AND password_hash IS NOT NULL)').pluck().get() === 1;
}

function firstAdmin(db: Sqlite): UserRow | undefined {
  return db.prepare(`SELECT * FROM users WHERE role = 'admin' AND active = 1 ORDER BY id LIMIT 1`).get() as UserRow | undefined;
}

/** First run: the administrator (the workspace's local admin, or a new one) gets a username and password. */
export function setupAdministrator(db: Sqlite, input: { username: string; displayName: string; password: string }): string {
  return db.transaction(() => {
    if (!needsSetup(db)) throw new ApiError('FORBIDDEN', 'Administrator sudah dibuat. Silakan masuk dengan akun Anda.');
    const other = userByName(db, input.username);
    const admin = firstAdmin(db);
    if (other && other.id !== admin?.id) throw new ApiError('INVALID_INPUT', `Nama pengguna "${input.username}" sudah dipakai.`, { field: 'username' });
    const hash = hashPassword(input.password);
    const now = new Date().toISOString();
    const id = admin
      ? (db.prepare('UPDATE users SET username = ?, display_name = ?, password_hash = ?, must_change_password = 0, failed_attempts = 0, locked_until = NULL WHERE id = ?')
          .run(input.username, input.displayName, hash, admin.id), admin.id)
      : Number(db.prepare(`INSERT INTO users (username, display_name, role, created_at, password_hash, must_change_password) VALUES (?, ?, 'admin', ?, ?, 0)`)
          .run(input.username, input.displayName, now, hash).lastInsertRowid);
    appendAudit(db, { userId: id, action: 'setup-admin', entity: 'user', entityId: id, field: 'password', oldValue: null, newValue: null });
    return input.username;
  }).immediate();
}

export function login(db: Sqlite, username: string, password: string, unknown: UnknownFailures, now = new Date()): Session {
  const row = userByName(db, username);
  if (!row) {
    verifyPassword(password, null);
    const entry = unknown.get(username) ?? { count: 0, lockedUntil: null };
    refuseWhileLocked(entry.lockedUntil, now);
    entry.count++;
    if (entry.count >= LOCK_AFTER_FAILURES) Object.assign(entry, { count: 0, lockedUntil: lockUntil(now) });
    unknown.set(username, entry);
    refuseWhileLocked(entry.lockedUntil, now);
    throw new ApiError('UNAUTHORIZED', WRONG);
  }
  refuseWhileLocked(row.locked_until, now);
  if (!verifyPassword(password, row.password_hash) || row.active !== 1) {
    const failures = row.failed_attempts + 1;
    const locks = failures >= LOCK_AFTER_FAILURES;
    db.prepare('UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?').run(locks ? 0 : failures, locks ? lockUntil(now) : null, row.id);
    appendAudit(db, { userId: row.id, action: locks ? 'login-locked' : 'login-failed', entity: 'user', entityId: row.id, field: null, oldValue: null, newValue: null });
    if (locks) refuseWhileLocked(lockUntil(now), now);
    throw new ApiError('UNAUTHORIZED', WRONG);
  }
  db.prepare('UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?').run(row.id);
  appendAudit(db, { userId: row.id, action: 'login', entity: 'user', entityId: row.id, field: null, oldValue: null, newValue: null });
  return loadSession(db, row.id);
}

const lockUntil = (now: Date) => new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString();

function refuseWhileLocked(lockedUntil: string | null, now: Date): void {
  if (!lockedUntil || lockedUntil <= now.toISOString()) return;
  const time = new Date(lockedUntil).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' });
  throw new ApiError('UNAUTHORIZED', `Terlalu banyak percobaan masuk yang gagal. Akun dikunci sementara; coba lagi setelah pukul ${time}.`, { lockedUntil });
}

export function changePassword(db: Sqlite, session: Session, current: string, next: string): Session {
  const row = userById(db, session.id);
  if (!row || !verifyPassword(current, row.password_hash)) throw new ApiError('UNAUTHORIZED', 'Kata sandi saat ini salah.');
  if (current === next) throw new ApiError('INVALID_INPUT', 'Kata sandi baru harus berbeda dari kata sandi lama.', { field: 'newPassword' });
  db.prepare('UPDATE users SET password_hash = ?, must_change_password = 0 WHERE id = ?').run(hashPassword(next), session.id);
  appendAudit(db, { userId: session.id, action: 'password-change', entity: 'user', entityId: session.id, field: 'password', oldValue: null, newValue: null });
  return loadSession(db, session.id);
}

/** The locked screen continues only with the same user's password (failures count towards the account lock). */
export function unlock(db: Sqlite, session: Session, password: string, unknown: UnknownFailures): Session {
  const resumed = login(db, session.username, password, unknown);
  return { ...resumed, mustChangePassword: session.mustChangePassword && resumed.mustChangePassword };
}

/**
 * The session a workspace opens with: the demo (training) workspace opens as its administrator, who
 * gets the published demo password on first use; the command line and tests act as the first
 * administrator (actAsLocalAdmin). Every other workspace waits for a login.
 */
export function sessionOnOpen(db: Sqlite, options: { isDemo: boolean; actAsLocalAdmin: boolean }): Session | null {
  if (!options.isDemo && !options.actAsLocalAdmin) return null;
  const admin = firstAdmin(db);
  if (!admin) return null;
  if (options.isDemo && admin.password_hash === null) {
    db.prepare(`UPDATE users SET username = CASE WHEN EXISTS (SELECT 1 FROM users WHERE username = ?) THEN username ELSE ? END,
                password_hash = ?, must_change_password = 0 WHERE id = ?`).run(DEMO_LOGIN.username, DEMO_LOGIN.username, hashPassword(DEMO_LOGIN.password), admin.id);
  }
  return { ...loadSession(db, admin.id), mustChangePassword: false };
}
