import type { Role } from '../contract/accounts';
import { ApiError } from '../contract/errors';

export { ROLES, type Role } from '../contract/accounts';

export const ROLE_LABELS: Record<Role, string> = {
  operator_desa: 'Operator desa',
  verifikator: 'Verifikator',
  kepala_opd: 'Kepala OPD',
  admin: 'Admin',
  pelatih: 'Pelatih',
};

/** Who is acting: an operator desa only within `desaCodes`; other roles across the district. */
export interface SessionUser {
  id: number;
  name: string;
  role: Role;
  desaCodes: readonly string[];
}

/** Refuses the call unless the user has one of the roles (checked in the backend; the UI only hides). */
export function requireRole(user: SessionUser, roles: readonly Role[], action: string): void {
  if (!roles.includes(user.role)) {
    throw new ApiError('FORBIDDEN', `Peran ${ROLE_LABELS[user.role]} tidak boleh ${action}.`, { role: user.role });
  }
}

/** An operator desa acts only on the desa assigned to them. */
export function requireDesa(user: SessionUser, desaCode: string, action: string): void {
  if (user.role === 'operator_desa' && !user.desaCodes.includes(desaCode)) {
    throw new ApiError('FORBIDDEN', `Anda tidak ditugaskan untuk desa ${desaCode}, jadi tidak boleh ${action}.`, { desaCode });
  }
}
