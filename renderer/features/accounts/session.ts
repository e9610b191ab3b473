import { createContext, useContext } from 'react';
import type { Role, SessionUserInfo } from '../../../core/contract';
import { t, type MessageKey } from '../../i18n';

export interface SessionValue {
  user: SessionUserInfo;
  /** Ends the session (auth.logout) and shows the login screen. */
  logout: () => void;
  /** Another account took over the session (a practice workspace's role switch). */
  switchUser: (user: SessionUserInfo) => void;
}

export const SessionContext = createContext<SessionValue | null>(null);

/** The logged-in user; null outside the login gate (start screen). */
export function useSession(): SessionValue | null {
  return useContext(SessionContext);
}

export const roleLabel = (role: Role) => t(`role.${role}` as MessageKey);

/** What the UI offers per role; the backend enforces the same (core/server/permissions.ts). */
export const can = {
  manageUsers: (role: Role) => role === 'admin',
  audit: (role: Role) => role === 'admin' || role === 'verifikator' || role === 'kepala_opd',
  importData: (role: Role) => role === 'admin' || role === 'verifikator',
  /** Family operations that change the data directly; an operator desa proposes instead. */
  operateFamily: (role: Role) => role === 'admin' || role === 'verifikator' || role === 'pelatih',
  propose: (role: Role) => role === 'operator_desa',
  /** Penetapan batches and packages (core/server/permissions.ts: batches.*, packages.*). */
  stipulate: (role: Role) => role === 'admin' || role === 'verifikator' || role === 'kepala_opd',
};
