import { appendAudit } from '../../../db/queries/audit';
import type { Sqlite } from '../../../db/open';
import type { Role } from '../../contract/accounts';
import { ApiError } from '../../contract/errors';
import { PRACTICE_PASSWORD, type TrainingStatus } from '../../contract/training';
import type { Session } from '../context';
import { loadSession, setupAdministrator } from '../services/accounts';
import { createAccount } from '../services/users-admin';
import type { TrainingState } from './state';

type PracticeAccount = TrainingStatus['accounts'][number];

/**
 * The accounts of a practice workspace: the trainer's (pelatih, and the administrator) with the password the
 * trainer chose, and one participant account per role with the published PRACTICE_PASSWORD. The operator
 * desa works in the focus desa. No forced password change: participants start at once.
 */
export function createPracticeAccounts(db: Sqlite, kabupatenCode: string, focusDesa: { code: string; name: string }, trainerPassword: string): { accounts: PracticeAccount[]; trainer: Session } {
  setupAdministrator(db, { username: 'admin', displayName: 'Admin latihan', password: trainerPassword });
  const adminId = db.prepare(`SELECT id FROM users WHERE username = 'admin'`).pluck().get() as number;
  const admin = loadSession(db, adminId);
  const accounts: (PracticeAccount & { desaCodes: string[]; password: string })[] = [
    { username: 'pelatih', role: 'pelatih', displayName: 'Pelatih Bimtek', desaCodes: [], sharedPassword: false, password: trainerPassword },
    { username: 'operator', role: 'operator_desa', displayName: `Operator Desa ${focusDesa.name}`, desaCodes: [focusDesa.code], sharedPassword: true, password: PRACTICE_PASSWORD },
    { username: 'verifikator', role: 'verifikator', displayName: 'Verifikator Latihan', desaCodes: [], sharedPassword: true, password: PRACTICE_PASSWORD },
    { username: 'kepala', role: 'kepala_opd', displayName: 'Kepala Dinas Latihan', desaCodes: [], sharedPassword: true, password: PRACTICE_PASSWORD },
  ];
  for (const { username, displayName, role, desaCodes, password } of accounts) createAccount({ db, kabupatenCode }, admin, { username, displayName, role, desaCodes, password });
  db.prepare(`UPDATE users SET must_change_password = 0 WHERE username IN (SELECT value FROM json_each(?))`).run(JSON.stringify(accounts.map((a) => a.username)));
  const trainerId = db.prepare(`SELECT id FROM users WHERE username = 'pelatih'`).pluck().get() as number;
  return {
    accounts: [{ username: 'admin', role: 'admin', displayName: 'Admin latihan', sharedPassword: false }, ...accounts.map(({ username, role, displayName, sharedPassword }) => ({ username, role, displayName, sharedPassword }))],
    trainer: { ...loadSession(db, trainerId), mustChangePassword: false },
  };
}

/** A participant changes role without a password (practice workspaces only; the accounts' password is published anyway). */
export function switchToRole(db: Sqlite, state: TrainingState, role: Role): Session {
  const account = state.accounts.find((a) => a.role === role && a.sharedPassword);
  const id = account && (db.prepare('SELECT id FROM users WHERE username = ? AND role = ? AND active = 1').pluck().get(account.username, role) as number | undefined);
  if (!id) throw new ApiError('NOT_FOUND', 'Akun latihan untuk peran ini tidak ada (mungkin sudah dinonaktifkan atau diubah perannya oleh admin).');
  appendAudit(db, { userId: id, action: 'login', entity: 'user', entityId: id, field: 'latihan-ganti-peran', oldValue: null, newValue: role });
  return loadSession(db, id);
}
