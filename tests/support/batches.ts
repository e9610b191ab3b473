import type { MemberCard } from '../../core/contract/family-ops';
import { openDatabase, type Sqlite } from '../../db/open';
import { PDF, signInAs, submitVerifyApprove, uploadBeritaAcara, type ProposalWorld } from './proposal-world';

/** A nonaktif (meninggal) of a member filed by the desa's operator with its documents, then verified and approved. */
export async function approvedNonaktif(world: ProposalWorld, operator: string, desa: string, familyId: number, member: MemberCard) {
  const { api } = world;
  await signInAs(api, operator);
  const created = await api.call('proposals.create', { type: 'nonaktif', familyId, memberId: member.id, reason: 'meninggal', date: '01/01/2024' });
  await uploadBeritaAcara(api, desa, created.proposal.period);
  await api.call('evidence.upload', { proposalId: created.proposal.id, kind: 'akta_kematian', fileName: 'akta.pdf', contentBase64: PDF.toString('base64') });
  return submitVerifyApprove(api, created.proposal);
}

/** A perbaikan of the family's address by the desa's operator, verified and approved. */
export async function approvedPerbaikan(world: ProposalWorld, operator: string, desa: string, familyId: number, address: string) {
  const { api } = world;
  await signInAs(api, operator);
  const created = await api.call('proposals.create', { type: 'perbaikan', familyId, changes: [{ entity: 'family', id: familyId, field: 'alamat', value: address }] });
  await uploadBeritaAcara(api, desa, created.proposal.period);
  return submitVerifyApprove(api, created.proposal);
}

/** Local date (WIB, the demo district's time) `days` from today, YYYY-MM-DD. */
export function wibDate(days = 0): string {
  return new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Runs `change` on the workspace file itself, as someone with a SQLite tool would, while the app has it
 * closed; reopens it and signs in as `username` again.
 */
export async function withWorkspaceClosed<T>(world: ProposalWorld, username: string, change: (db: Sqlite) => T): Promise<T> {
  const { api } = world;
  const info = await api.call('workspace.info', {});
  await api.call('workspace.close', {});
  const db = openDatabase(info!.path);
  try {
    return change(db);
  } finally {
    db.close();
    await api.call('workspace.open', { path: info!.path });
    await signInAs(api, username);
  }
}
