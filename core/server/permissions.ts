import { ROLES, type Role } from '../contract/accounts';
import { ApiError } from '../contract/errors';
import { ROLE_LABELS } from './auth';
import type { BackendContext } from './context';

/**
 * Who may call what. 'public': before login (opening a workspace, logging in). 'session': any
 * logged-in user, even one who must still change their password or whose screen is locked.
 * A role list: logged in, password changed, screen unlocked, and one of these roles. A method
 * without an entry is refused (tests/integration/permissions.test.ts checks the table is complete).
 * Row scope (an operator desa sees and changes only their desa) is checked by scope.ts and the queries.
 */
export type Access = 'public' | 'session' | readonly Role[];

const EVERYONE = ROLES;
const DATA_READERS: readonly Role[] = ['operator_desa', 'verifikator', 'kepala_opd', 'admin', 'pelatih'];
// Operator desa edits become perbaikan proposals in the editing services; the role check lets them through.
const DATA_EDITORS: readonly Role[] = ['operator_desa', 'verifikator', 'admin', 'pelatih'];
// Family operations change stipulated data directly: an operator desa files a proposal instead (PROPOSAL_INSTEAD).
const FAMILY_OPERATORS: readonly Role[] = ['verifikator', 'admin', 'pelatih'];
const DISTRICT: readonly Role[] = ['verifikator', 'kepala_opd', 'admin'];
const DATA_MANAGERS: readonly Role[] = ['verifikator', 'admin'];
const AUDITORS: readonly Role[] = ['verifikator', 'kepala_opd', 'admin'];

export const PERMISSIONS: Readonly<Record<string, Access>> = {
  'app.info': 'public',
  'workspace.recent': 'public',
  'workspace.create': 'public',
  'workspace.open': 'public',
  'workspace.openDemo': 'public',
  'workspace.close': 'public',
  'workspace.info': 'public',
  'regions.provinces': 'public',
  'regions.children': 'public',
  'auth.status': 'public',
  'auth.setup': 'public',
  'auth.login': 'public',
  'auth.logout': 'public',
  'auth.lock': 'session',
  'auth.unlock': 'session',
  'auth.changePassword': 'session',
  'jobs.cancel': 'session',
  'workspace.generateDemoData': ['pelatih', 'admin'],
  'families.list': DATA_READERS,
  'families.get': DATA_READERS,
  'families.card': DATA_READERS,
  'grid.block': DATA_READERS,
  'views.list': DATA_READERS,
  'views.saveLayout': DATA_READERS,
  'views.save': DATA_READERS,
  'views.delete': DATA_READERS,
  'audit.list': DATA_READERS,
  'records.update': DATA_EDITORS,
  'edits.apply': DATA_EDITORS,
  'members.add': FAMILY_OPERATORS,
  'members.changeHead': FAMILY_OPERATORS,
  'members.setPresence': FAMILY_OPERATORS,
  'members.move': FAMILY_OPERATORS,
  'families.split': FAMILY_OPERATORS,
  'members.merge': FAMILY_OPERATORS,
  'import.preview': DATA_MANAGERS,
  'import.run': DATA_MANAGERS,
  'import.saveReport': DATA_MANAGERS,
  'import.history': DISTRICT,
  'import.presets': DATA_MANAGERS,
  'import.conflicts': DATA_MANAGERS,
  'import.resolveConflict': DATA_MANAGERS,
  'regions.importBpsCodes': DATA_MANAGERS,
  'validation.run': DATA_MANAGERS,
  'validation.summary': DATA_READERS,
  'validation.findings': DATA_READERS,
  'validation.duplicates': DISTRICT,
  'validation.acknowledge': DATA_MANAGERS,
  'validation.export': DATA_READERS,
  'users.list': ['admin'],
  'users.create': ['admin'],
  'users.update': ['admin'],
  'users.deactivate': ['admin'],
  'users.resetPassword': ['admin'],
  'audit.verify': AUDITORS,
  'audit.export': AUDITORS,
  // The required documents of proposals (usulan.buktiWajib) are a setting of the admin.
  'proposals.evidenceRules': ['admin'],
  'proposals.setEvidenceRules': ['admin'],
  // Proposals: every role reaches the service, which checks role, desa and status per transition.
  'proposals.create': EVERYONE,
  'proposals.update': EVERYONE,
  'proposals.list': EVERYONE,
  'proposals.get': EVERYONE,
  'proposals.submit': EVERYONE,
  'proposals.verify': EVERYONE,
  'proposals.verifyMany': EVERYONE,
  'proposals.approve': EVERYONE,
  'evidence.upload': EVERYONE,
  'evidence.list': EVERYONE,
  'evidence.get': EVERYONE,
  'evidence.delete': EVERYONE,
  // Penetapan batches: the district prepares and checks; only the kepala OPD freezes (core/server/batches/).
  // Training (Bimtek): a practice workspace is made before any login (like workspace.create); the trainer exports
  // packs and resets; every role follows the checklist; an import's real-looking NIKs need a trainer's password.
  'training.catalog': 'public',
  'training.create': 'public',
  'training.createFromPack': 'public',
  'training.status': EVERYONE,
  'training.switchRole': 'session',
  'training.saveFile': EVERYONE,
  'training.exportPack': ['pelatih'],
  'training.reset': ['pelatih'],
  'training.checkImport': DATA_MANAGERS,
  'training.confirmImport': DATA_MANAGERS,
  'batches.create': DISTRICT,
  'batches.list': DISTRICT,
  'batches.get': DISTRICT,
  'batches.refresh': DISTRICT,
  'batches.delete': DISTRICT,
  'batches.check': DISTRICT,
  'batches.freeze': ['kepala_opd'],
  'batches.diff': DISTRICT,
  'batches.settings': DISTRICT,
  'batches.setSettings': ['admin', 'kepala_opd'],
  // Stipulation packages: the district exports and verifies; office templates and the letterhead are settings.
  'packages.templates': DISTRICT,
  'packages.saveTemplate': ['admin', 'kepala_opd'],
  'packages.deleteTemplate': ['admin', 'kepala_opd'],
  'packages.export': DISTRICT,
  'packages.verify': DISTRICT,
  'packages.letterhead': DISTRICT,
  'packages.setLetterhead': ['admin', 'kepala_opd'],
};

/** What an operator desa files instead of a family operation, named in the refusal. */
const PROPOSAL_INSTEAD: Readonly<Record<string, string>> = {
  'members.add': 'Operator desa tidak menambah anggota secara langsung: gunakan "Usulkan anggota baru" di editor keluarga.',
  'members.changeHead': 'Operator desa tidak mengganti kepala keluarga secara langsung: ubah isian Hubungan dengan kepala keluarga di data anggota; perubahan itu menjadi usulan perbaikan.',
  'members.setPresence': 'Operator desa tidak mengubah keberadaan secara langsung: gunakan "Usulkan nonaktif" (meninggal, pindah, tidak ditemukan) atau "Usulkan reaktivasi".',
  'members.move': 'Operator desa tidak memindahkan anggota secara langsung: gunakan "Usulkan nonaktif" (pindah) di keluarga asal dan "Usulkan anggota baru" di keluarga tujuan.',
  'families.split': 'Operator desa tidak memecah KK secara langsung: buat "Usulan keluarga baru" di layar Usulan dan "Usulkan nonaktif" (pindah) untuk anggota yang keluar.',
  'members.merge': 'Operator desa tidak menggabungkan data ganda secara langsung: gunakan "Usulkan nonaktif" dengan alasan Data ganda.',
};

/** Refuses the call before its input is read: not logged in, password change pending, locked, wrong role. */
export function authorize(method: string, ctx: BackendContext): void {
  const access = Object.prototype.hasOwnProperty.call(PERMISSIONS, method) ? PERMISSIONS[method] : undefined;
  if (access === undefined) throw new ApiError('FORBIDDEN', `Perintah "${method}" belum diberi aturan akses, jadi ditolak.`);
  if (access === 'public') return;
  const session = ctx.session;
  if (!session) {
    if (!ctx.workspace) throw new ApiError('NO_WORKSPACE', 'Belum ada workspace yang dibuka. Buka atau buat workspace terlebih dahulu.');
    throw new ApiError('UNAUTHORIZED', 'Silakan masuk (login) terlebih dahulu.');
  }
  if (access === 'session') return;
  if (session.locked) throw new ApiError('UNAUTHORIZED', 'Layar terkunci. Masukkan kata sandi Anda untuk melanjutkan.', { locked: true });
  if (session.mustChangePassword) {
    throw new ApiError('PASSWORD_CHANGE_REQUIRED', 'Anda harus mengganti kata sandi sebelum melanjutkan.');
  }
  if (!access.includes(session.role)) {
    const instead = session.role === 'operator_desa' ? PROPOSAL_INSTEAD[method] : undefined;
    if (instead) throw new ApiError('FORBIDDEN', instead, { role: session.role, method });
    throw new ApiError('FORBIDDEN', `Peran ${ROLE_LABELS[session.role]} tidak boleh menjalankan perintah ini.`, { role: session.role, method });
  }
}
