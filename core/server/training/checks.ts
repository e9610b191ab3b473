import type { Sqlite } from '../../../db/open';
import { loadProposal } from '../../../db/queries/proposals';
import type { GoalCheck } from '../../contract/training';
import { requirements } from '../services/proposals-detail';
import { plantedDefect, type TrainingState } from './state';

type Planted = TrainingState['planted'];

/**
 * Whether a goal is met, read from the workspace itself (findings, proposals, evidence, merges, batches),
 * so any way the participant reaches it counts and nothing is ticked by hand.
 */
export function goalMet(db: Sqlite, state: TrainingState, check: GoalCheck): boolean {
  const { planted } = state;
  switch (check.kind) {
    case 'import_rows':
      return importRowsPresent(db, planted, check.rows);
    case 'desa_without_errors':
      return !db.prepare(`SELECT 1 FROM validation_results WHERE desa_code = ? AND severity = 'error' LIMIT 1`).get(state.focusDesaCode);
    case 'problem_fixed': {
      const defect = plantedDefect(state, check.problem);
      const open = db.prepare('SELECT 1 FROM validation_results WHERE rule_id = ? AND entity = ? AND entity_id = ?');
      return defect !== undefined && defect.findings.every((f) => !open.get(f.ruleId, f.entity, f.entityId));
    }
    case 'nonaktif_proposal': {
      const defect = plantedDefect(state, check.problem);
      if (!defect) return false;
      const evidence = check.evidence ? 'AND EXISTS (SELECT 1 FROM evidence_files e WHERE e.proposal_id = p.id AND e.kind = ?)' : '';
      const params: unknown[] = [defect.memberId, check.reason, JSON.stringify(check.statuses), ...(check.evidence ? [check.evidence] : [])];
      if (planted.missingEvidenceProposalId !== null) params.push(planted.missingEvidenceProposalId);
      const notPlanted = planted.missingEvidenceProposalId !== null ? 'AND p.id != ?' : '';
      return Boolean(db.prepare(`SELECT 1 FROM proposals p WHERE p.type = 'nonaktif' AND p.member_id = ? AND p.reason = ? AND p.status IN (SELECT value FROM json_each(?)) ${evidence} ${notPlanted} LIMIT 1`).get(...params));
    }
    case 'planted_proposal_returned':
      return planted.missingEvidenceProposalId !== null
        && Boolean(db.prepare(`SELECT 1 FROM audit_log WHERE proposal_id = ? AND action = 'proposal-dikembalikan' LIMIT 1`).get(planted.missingEvidenceProposalId));
    case 'planted_proposal_complete': {
      const proposal = planted.missingEvidenceProposalId === null ? undefined : loadProposal(db, planted.missingEvidenceProposalId);
      return proposal !== undefined && ['diajukan', 'diverifikasi', 'disahkan'].includes(proposal.status) && requirements(db, proposal).every((r) => r.satisfied);
    }
    case 'duplicate_merged': {
      const pair = plantedDefect(state, 'duplicate_person');
      return pair !== undefined && pair.otherMemberId !== null
        && Boolean(db.prepare('SELECT 1 FROM members WHERE (id = ? AND duplicate_of_id = ?) OR (id = ? AND duplicate_of_id = ?)').get(pair.memberId, pair.otherMemberId, pair.otherMemberId, pair.memberId));
    }
    case 'batch_with_proposals': {
      const batch = batchOfPlanted(db, planted);
      return batch !== null && (!check.frozen || batch.status === 'dibekukan');
    }
    case 'batch_exported': {
      const batch = batchOfPlanted(db, planted);
      return batch !== null && Boolean(db.prepare(`SELECT 1 FROM audit_log WHERE entity = 'batch' AND entity_id = ? AND action = 'batch-export' LIMIT 1`).get(batch.id));
    }
  }
}

function importRowsPresent(db: Sqlite, planted: Planted, rows: 'clean' | 'fixed'): boolean {
  const file = planted.importFile;
  if (!file) return false;
  if (rows === 'clean') {
    const wanted = [...new Set(file.cleanNiks)];
    return db.prepare('SELECT count(DISTINCT nik) FROM members WHERE nik IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(wanted)) === wanted.length;
  }
  const present = db.prepare('SELECT 1 FROM members m JOIN families f ON f.id = m.family_id WHERE m.nik = ? AND f.no_kk = ?');
  return file.fixedRows.every((row) => present.get(row.nik, row.noKk) !== undefined);
}

/** The one batch that holds every planted approved proposal, if any. */
function batchOfPlanted(db: Sqlite, planted: Planted): { id: number; status: string } | null {
  if (planted.approvedProposalIds.length === 0) return null;
  const batches = db.prepare(`SELECT DISTINCT i.batch_id FROM batch_items i WHERE i.proposal_id IN (SELECT value FROM json_each(?))`).pluck().all(JSON.stringify(planted.approvedProposalIds)) as number[];
  const held = db.prepare(`SELECT count(*) FROM batch_items WHERE proposal_id IN (SELECT value FROM json_each(?))`).pluck().get(JSON.stringify(planted.approvedProposalIds)) as number;
  if (batches.length !== 1 || held !== planted.approvedProposalIds.length) return null;
  return db.prepare('SELECT id, status FROM batches WHERE id = ?').get(batches[0]) as { id: number; status: string };
}
