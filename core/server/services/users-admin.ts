import { appendAudit } from '../../../db/queries/audit';
import type { Sqlite } from '../../../db/open';
import type { Account, Role } from '../../contract/accounts';
import { ApiError } from '../../contract/errors';
import type { SessionUser } from '../auth';
import { hashPassword } from '../passwords';

interface AccountRow { id: number; username: string; display_name: string; role: Role; active: number; must_change_password: number; locked_until: string | null; desa: string | null }

const SELECT = `SELECT u.id, u.username, u.display_name, u.role, u.active, u.must_change_password, u.locked_until,
                       (SELECT group_concat(desa_code, ',') FROM (SELECT desa_code FROM user_desa WHERE user_id = u.id ORDER BY desa_code)) AS desa
                FROM users u`;

const toAccount = (row: AccountRow): Account => ({
  id: row.id, username: row.username, displayName: row.display_name, role: row.role, desaCodes: row.desa ? row.desa.split(',') : [],
  active: row.active === 1, mustChangePassword: row.must_change_password === 1, lockedUntil: row.locked_until,
});

export function listAccounts(db: Sqlite): Account[] {
  return (db.prepare(`${SELECT} ORDER BY u.active DESC, u.username`).all() as AccountRow[]).map(toAccount);
}

function account(db: Sqlite, id: number): Account {
  const row = db.prepare(`${SELECT} WHERE u.id = ?`).get(id) as AccountRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', `Pengguna dengan id ${id} tidak ditemukan.`);
  return toAccount(row);
}

/** The open workspace: its file and its kabupaten (an operator desa's desa must lie in it). */
interface Target { db: Sqlite; kabupatenCode: string }

/** An operator desa needs at least one desa of this workspace's kabupaten; the district roles have none. */
function checkDesa({ db, kabupatenCode }: Target, role: Role, desaCodes: readonly string[]): string[] {
  if (role !== 'operator_desa') return [];
  if (desaCodes.length === 0) throw new ApiError('INVALID_INPUT', 'Operator desa harus ditugaskan ke setidaknya satu desa.', { field: 'desaCodes' });
  const known = db.prepare('SELECT 1 FROM regions WHERE code = ? AND level = 4').pluck();
  const unknown = desaCodes.find((code) => !code.startsWith(`${kabupatenCode}.`) || !known.get(code));
  if (unknown) throw new ApiError('INVALID_INPUT', `Desa ${unknown} tidak ada di kabupaten/kota workspace ini.`, { field: 'desaCodes' });
  return [...new Set(desaCodes)].sort();
}

function setDesa(db: Sqlite, userId: number, desaCodes: readonly string[]): void {
  db.prepare('DELETE FROM user_desa WHERE user_id = ?').run(userId);
  const insert = db.prepare('INSERT INTO user_desa (user_id, desa_code) VALUES (?, ?)');
  for (const code of desaCodes) insert.run(userId, code);
}

export function createAccount(target: Target, actor: SessionUser, input: { username: string; displayName: string; role: Role; desaCodes: string[]; password: string }): Account {
  const { db } = target;
  return db.transaction(() => {
    if (db.prepare('SELECT 1 FROM users WHERE username = ?').get(input.username)) {
      throw new ApiError('INVALID_INPUT', `Nama pengguna "${input.username}" sudah dipakai.`, { field: 'username' });
    }
    const desa = checkDesa(target, input.role, input.desaCodes);
    const id = Number(db.prepare('INSERT INTO users (username, display_name, role, created_at, password_hash, must_change_password) VALUES (?, ?, ?, ?, ?, 1)')
      .run(input.username, input.displayName, input.role, new Date().toISOString(), hashPassword(input.password)).lastInsertRowid);
    setDesa(db, id, desa);
    const audit = (field: string, value: string | null) => appendAudit(db, { userId: actor.id, action: 'create-user', entity: 'user', entityId: id, field, oldValue: null, newValue: value });
    audit('username', input.username);
    audit('role', input.role);
    if (desa.length) audit('desa', desa.join(','));
    return account(db, id);
  }).immediate();
}

export function updateAccount(target: Target, actor: SessionUser, input: { id: number; displayName?: string; role?: Role; desaCodes?: string[]; active?: boolean }): Account {
  const { db } = target;
  return db.transaction(() => {
    const before = account(db, input.id);
    const role = input.role ?? before.role;
    const active = input.active ?? before.active;
    if (before.role === 'admin' && before.active && (role !== 'admin' || !active) && countActiveAdmins(db) <= 1) {
      throw new ApiError('INVALID_INPUT', 'Admin aktif terakhir tidak dapat dinonaktifkan atau diganti perannya.', { field: 'role' });
    }
    if (input.id === actor.id && !active) throw new ApiError('INVALID_INPUT', 'Anda tidak dapat menonaktifkan akun Anda sendiri.', { field: 'active' });
    const desa = checkDesa(target, role, input.desaCodes ?? before.desaCodes);
    const displayName = input.displayName ?? before.displayName;
    db.prepare('UPDATE users SET display_name = ?, role = ?, active = ? WHERE id = ?').run(displayName, role, active ? 1 : 0, input.id);
    setDesa(db, input.id, desa);
    const audit = (field: string, oldValue: string, newValue: string) =>
      oldValue !== newValue && appendAudit(db, { userId: actor.id, action: 'update-user', entity: 'user', entityId: input.id, field, oldValue, newValue });
    audit('display_name', before.displayName, displayName);
    audit('role', before.role, role);
    audit('desa', before.desaCodes.join(','), desa.join(','));
    audit('active', String(before.active), String(active));
    return account(db, input.id);
  }).immediate();
}

const countActiveAdmins = (db: Sqlite) => db.prepare(`SELECT count(*) FROM users WHERE role = 'admin' AND active = 1`).pluck().get() as number;

/** A new password set by the administrator: the user must change it at the next login; the lock is lifted. */
export function resetPassword(db: Sqlite, actor: SessionUser, id: number, password: string): Account {
  return db.transaction(() => {
    account(db, id);
    db.prepare('UPDATE users SET password_hash = ?, must_change_password = 1, failed_attempts = 0, locked_until = NULL WHERE id = ?').run(hashPassword(password), id);
    appendAudit(db, { userId: actor.id, action: 'reset-password', entity: 'user', entityId: id, field: 'password', oldValue: null, newValue: null });
    return account(db, id);
  }).immediate();
}
