import { ApiError } from '../../contract/errors';
import type { ProposalNotice } from '../../contract/proposals';
import { requireDesa, type SessionUser } from '../auth';
import { insertProposal, openPerbaikan, putChange, updateProposal } from '../../../db/queries/proposals';
import type { Sqlite } from '../../../db/open';
import { currentPeriod } from './proposals-rules';
import { auditProposal } from './proposals-audit';
import { checkedPlan, type CellChange, type EditOutcome } from './record-edits';

/** The desa of a family (its region moves with it). */
export function familyDesa(db: Sqlite, familyId: number): string {
  return db.prepare('SELECT desa_code FROM families WHERE id = ?').pluck().get(familyId) as string;
}

/**
 * Records field changes in a perbaikan proposal instead of the data: parsed and version-checked like
 * an edit; a value equal to the current one drops an earlier change of that field. Every change is
 * audited on the proposal (not on the record, so an import still sees the field as unchanged locally).
 * Answers how many changes the proposal now holds for these cells.
 */
export function addChanges(db: Sqlite, user: SessionUser, proposal: { id: number; familyId: number }, changes: readonly CellChange[]): number {
  const { cells, planned } = checkedPlan(db, changes);
  let recorded = 0;
  changes.forEach((change, index) => {
    const cell = cells[index]!;
    const record = planned.get(`${change.entity}:${change.id}`)!.record;
    if (record.familyId !== proposal.familyId) {
      throw new ApiError('INVALID_INPUT', `Usulan perbaikan #${proposal.id} hanya untuk satu keluarga; data ${change.entity === 'family' ? 'keluarga' : 'anggota'} id ${change.id} milik keluarga lain.`);
    }
    if (!cell.ok) return;
    const text = (v: unknown) => (v === null ? null : String(v));
    putChange(db, proposal.id, { entity: change.entity, entityId: change.id, field: change.field, oldValue: text(cell.oldValue), newValue: text(cell.newValue) }, !cell.changed);
    auditProposal(db, user, proposal.id, cell.changed ? 'proposal-change' : 'proposal-change-drop', `${change.entity}:${change.id}:${change.field}`, text(cell.oldValue), cell.changed ? text(cell.newValue) : null);
    if (cell.changed) recorded += 1;
  });
  return recorded;
}

/**
 * An operator desa's edit of workspace data (grid, family editor): the data stays as it is; the changes
 * join the open perbaikan of each family for the current period, or start one.
 */
export function recordPerbaikan(db: Sqlite, user: SessionUser, changes: readonly CellChange[]): EditOutcome & { proposal?: ProposalNotice } {
  return db.transaction(() => {
    const { cells, planned } = checkedPlan(db, changes);
    const byFamily = new Map<number, CellChange[]>();
    for (const change of changes) {
      const familyId = planned.get(`${change.entity}:${change.id}`)!.record.familyId;
      byFamily.set(familyId, [...(byFamily.get(familyId) ?? []), change]);
    }
    const period = currentPeriod();
    const proposalIds: number[] = [];
    for (const [familyId, familyChanges] of byFamily) {
      const desaCode = familyDesa(db, familyId);
      requireDesa(user, desaCode, 'mengusulkan perubahan data keluarga ini');
      const changesData = familyChanges.some((c) => {
        const cell = cells[changes.indexOf(c)];
        return cell?.ok === true && cell.changed;
      });
      let id = openPerbaikan(db, familyId, period);
      if (id === undefined && !changesData) continue;
      if (id === undefined) {
        id = insertProposal(db, {
          type: 'perbaikan', desaCode, period, familyId, memberId: null, reason: null, duplicateOfMemberId: null, duplicateOfFamilyId: null,
          payloadJson: null, note: null, createdBy: user.id, createdAt: new Date().toISOString(),
        });
        auditProposal(db, user, id, 'proposal-create', 'status', null, 'draft');
      }
      addChanges(db, user, { id, familyId }, familyChanges);
      updateProposal(db, id, {});
      proposalIds.push(id);
    }
    const records = [...planned.values()].map((p) => p.record);
    if (proposalIds.length === 0) return { cells, records, applied: false };
    const list = proposalIds.map((id) => `#${id}`).join(', ');
    return {
      cells, records, applied: false,
      proposal: { proposalIds, message: `Perubahan dicatat sebagai usulan perbaikan ${list}. Data berubah setelah usulan disahkan.` },
    };
  }).immediate();
}
