import { ApiError } from '../../contract/errors';
import { DESA_EVIDENCE, type BaruForm, type DiffRow, type ProposalDetail } from '../../contract/proposals';
import { fieldByKey, type QuestionnaireVersion } from '../../domain/catalogue';
import { formatFieldValue, inputText } from '../../domain/field-input';
import type { SessionUser } from '../auth';
import { listDesaEvidence, listProposalEvidence } from '../../../db/queries/evidence';
import { blockingFindings, listChanges, loadProposal, toProposal, type ProposalRow } from '../../../db/queries/proposals';
import { lastImportValue, proposalHistory } from '../../../db/queries/proposals-history';
import { loadRecord, type StoredValue } from '../../../db/queries/records';
import type { Sqlite } from '../../../db/open';
import { applyProposal, fromText, nonaktifPresence, PRESENT } from './proposals-apply';
import { NEW_FAMILY_VERSION } from '../../domain/proposals';
import type { BaruPayload } from './proposals-payload';
import { KIND_LABELS } from '../../domain/proposal-labels';
import { canSee, requiredEvidence } from './proposals-rules';

const text = (value: StoredValue | undefined): string | null => (value === null || value === undefined ? null : String(value));

function diffRow(db: Sqlite, entity: 'family' | 'member', entityId: number | null, key: string, proposed: StoredValue, version?: QuestionnaireVersion): DiffRow {
  const field = fieldByKey(key)!;
  const record = entityId === null ? undefined : loadRecord(db, entity, entityId);
  const v = record?.questionnaireVersion ?? version ?? NEW_FAMILY_VERSION;
  const current = record?.values[key] ?? null;
  const imported = entityId === null ? undefined : lastImportValue(db, entity, entityId, key, text(current));
  return {
    entity, entityId, field: key, label: field.label,
    current: formatFieldValue(field, current, v),
    proposed: formatFieldValue(field, proposed, v),
    lastImport: imported === undefined ? null : formatFieldValue(field, fromText(field, imported), v),
  };
}

const baruVersion = (db: Sqlite, p: ProposalRow): QuestionnaireVersion =>
  p.familyId === null ? NEW_FAMILY_VERSION : loadRecord(db, 'family', p.familyId)!.questionnaireVersion;

/** An usulan baru's values as its form edits them (proposals.update takes them back as typed). */
function baruForm(db: Sqlite, p: ProposalRow): BaruForm | null {
  if (p.type !== 'baru') return null;
  const payload = JSON.parse(p.payloadJson!) as BaruPayload;
  const version = baruVersion(db, p);
  const texts = (values: Record<string, StoredValue>) =>
    Object.fromEntries(Object.entries(values).map(([key, value]) => [key, inputText(fieldByKey(key)!, value, version)]));
  return { questionnaireVersion: version, family: payload.family && texts(payload.family), members: payload.members.map(texts) };
}

/** Current value / proposed value / value of the last import, for every field the proposal changes. */
export function proposalDiff(db: Sqlite, p: ProposalRow): DiffRow[] {
  switch (p.type) {
    case 'perbaikan':
      return listChanges(db, p.id).map((c) => diffRow(db, c.entity, c.entityId, c.field, fromText(fieldByKey(c.field)!, c.newValue)));
    case 'baru': {
      const payload = JSON.parse(p.payloadJson!) as BaruPayload;
      const version = baruVersion(db, p);
      const rows = Object.entries(payload.family ?? {}).map(([key, value]) => diffRow(db, 'family', null, key, value, version));
      for (const member of payload.members) rows.push(...Object.entries(member).map(([key, value]) => diffRow(db, 'member', null, key, value, version)));
      return rows;
    }
    default: {
      if (p.memberId === null) return [diffRow(db, 'family', p.familyId, 'statusData', p.type === 'nonaktif' ? 'nonaktif' : 'aktif')];
      const version = loadRecord(db, 'member', p.memberId)!.questionnaireVersion;
      return [diffRow(db, 'member', p.memberId, 'keberadaan', p.type === 'nonaktif' ? nonaktifPresence(p.reason!, version) : PRESENT)];
    }
  }
}

const ROLLBACK = Symbol('rollback');

/**
 * The blocking findings (errors not acknowledged) the records would have once the proposal is applied:
 * applied and re-checked inside a savepoint that is always rolled back.
 */
export function findingsAfterApproval(db: Sqlite, user: SessionUser, p: ProposalRow): string[] {
  let found: string[] = [];
  try {
    db.transaction(() => {
      const target = applyProposal(db, user, p);
      found = blockingFindings(db, target.familyId, target.memberId);
      throw ROLLBACK;
    })();
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
  return found;
}

export function requirements(db: Sqlite, p: ProposalRow): ProposalDetail['requirements'] {
  const own = new Set(listProposalEvidence(db, p.id).map((e) => e.kind));
  const desa = new Set([...own, ...listDesaEvidence(db, p.desaCode, p.period).map((e) => e.kind)]);
  return [
    { kinds: [...DESA_EVIDENCE], label: `Berita Acara musdes/muskel atau SPTJM desa, periode ${p.period}`, scope: 'desa', satisfied: DESA_EVIDENCE.some((k) => desa.has(k)) },
    ...requiredEvidence(db, p).map((kinds) => ({
      kinds, label: kinds.map((k) => KIND_LABELS[k]).join(' atau '), scope: 'proposal' as const, satisfied: kinds.some((k) => own.has(k)),
    })),
  ];
}

export function visibleProposal(db: Sqlite, user: SessionUser, id: number): ProposalRow {
  const proposal = loadProposal(db, id);
  if (!proposal || !canSee(user, proposal)) throw new ApiError('NOT_FOUND', `Usulan #${id} tidak ditemukan.`);
  return proposal;
}

export function proposalDetail(db: Sqlite, user: SessionUser, id: number): ProposalDetail {
  const p = visibleProposal(db, user, id);
  let blocking: string[] = [];
  if (p.status !== 'disahkan' && p.status !== 'ditolak') {
    try {
      blocking = findingsAfterApproval(db, user, p);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      blocking = [error.message];
    }
  }
  return {
    proposal: toProposal(p),
    diff: proposalDiff(db, p),
    evidence: [...listProposalEvidence(db, p.id), ...listDesaEvidence(db, p.desaCode, p.period)],
    requirements: requirements(db, p),
    blockingFindings: blocking,
    duplicateOf: describeDuplicate(db, p),
    history: proposalHistory(db, p.id),
    baru: baruForm(db, p),
  };
}

/** The other record of a ganda proposal, described for the verifier. */
function describeDuplicate(db: Sqlite, p: ProposalRow): string | null {
  const row = p.duplicateOfMemberId
    ? db.prepare(`SELECT m.name || ' (NIK ' || m.nik || '), KK ' || f.no_kk || ', ' || coalesce(r.name, f.desa_code) AS text
        FROM members m JOIN families f ON f.id = m.family_id LEFT JOIN regions r ON r.code = f.desa_code WHERE m.id = ?`).get(p.duplicateOfMemberId)
    : p.duplicateOfFamilyId
      ? db.prepare(`SELECT 'KK ' || f.no_kk || ' (' || f.head_name || '), ' || coalesce(r.name, f.desa_code) AS text
          FROM families f LEFT JOIN regions r ON r.code = f.desa_code WHERE f.id = ?`).get(p.duplicateOfFamilyId)
      : undefined;
  return (row as { text: string } | undefined)?.text ?? null;
}
