import type { Proposal, ProposalStatus, ProposalType } from '../../core/contract/proposals';
import type { Sqlite } from '../open';

/** A proposal row as stored, plus the names the screens show. */
export interface ProposalRow extends Proposal {
  createdBy: number;
  payloadJson: string | null;
}

const SELECT = `SELECT p.id, p.type, p.status, p.desa_code AS desaCode, coalesce(r.name, p.desa_code) AS desaName, p.period,
    p.family_id AS familyId, p.member_id AS memberId, f.no_kk AS noKk, f.head_name AS headName, m.name AS memberName,
    p.reason, p.duplicate_of_member_id AS duplicateOfMemberId, p.duplicate_of_family_id AS duplicateOfFamilyId,
    p.payload_json AS payloadJson, p.note, p.decision_reason AS decisionReason, p.created_by AS createdBy,
    coalesce(u.display_name, '') AS createdByName, p.created_at AS createdAt, p.submitted_at AS submittedAt,
    p.verified_at AS verifiedAt, p.approved_at AS approvedAt, p.version
  FROM proposals p
  LEFT JOIN regions r ON r.code = p.desa_code
  LEFT JOIN families f ON f.id = p.family_id
  LEFT JOIN members m ON m.id = p.member_id
  LEFT JOIN users u ON u.id = p.created_by`;

/** What the screens get: the row without its stored payload and creator id. */
export function toProposal(row: ProposalRow): Proposal {
  const { payloadJson, createdBy, ...proposal } = row;
  void payloadJson;
  void createdBy;
  return proposal;
}

export function loadProposal(db: Sqlite, id: number): ProposalRow | undefined {
  return db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as ProposalRow | undefined;
}

export interface ProposalFilter {
  status?: ProposalStatus;
  desaCode?: string;
  type?: ProposalType;
  /** An operator desa sees only these desa; undefined = every desa. */
  desaScope?: readonly string[];
  /** Drafts are the desa's own work in progress: only the desa (operator) sees them. */
  hideDrafts?: boolean;
}

function where(filter: ProposalFilter, withFilters: boolean): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.desaScope) {
    clauses.push(`p.desa_code IN (${filter.desaScope.map(() => '?').join(', ') || 'NULL'})`);
    params.push(...filter.desaScope);
  }
  if (filter.hideDrafts) clauses.push(`p.status <> 'draft'`);
  if (withFilters) {
    for (const [column, value] of [['p.status', filter.status], ['p.desa_code', filter.desaCode], ['p.type', filter.type]] as const) {
      if (value === undefined) continue;
      clauses.push(`${column} = ?`);
      params.push(value);
    }
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function listProposals(db: Sqlite, filter: ProposalFilter, startRow: number, endRow: number): { rows: ProposalRow[]; rowCount: number } {
  const w = where(filter, true);
  const rows = db.prepare(`${SELECT} ${w.sql} ORDER BY p.id DESC LIMIT ? OFFSET ?`).all(...w.params, endRow - startRow, startRow) as ProposalRow[];
  const rowCount = db.prepare(`SELECT count(*) FROM proposals p ${w.sql}`).pluck().get(...w.params) as number;
  return { rows, rowCount };
}

export function countProposals(db: Sqlite, filter: ProposalFilter): { desaCode: string; desaName: string; status: ProposalStatus; count: number }[] {
  const w = where(filter, false);
  return db
    .prepare(
      `SELECT p.desa_code AS desaCode, coalesce(r.name, p.desa_code) AS desaName, p.status, count(*) AS count
       FROM proposals p LEFT JOIN regions r ON r.code = p.desa_code ${w.sql}
       GROUP BY p.desa_code, p.status ORDER BY p.desa_code, p.status`,
    )
    .all(...w.params) as { desaCode: string; desaName: string; status: ProposalStatus; count: number }[];
}

export interface NewProposal {
  type: ProposalType;
  desaCode: string;
  period: string;
  familyId: number | null;
  memberId: number | null;
  reason: string | null;
  duplicateOfMemberId: number | null;
  duplicateOfFamilyId: number | null;
  payloadJson: string | null;
  note: string | null;
  createdBy: number;
  createdAt: string;
}

export function insertProposal(db: Sqlite, p: NewProposal): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO proposals (type, status, desa_code, period, family_id, member_id, reason, duplicate_of_member_id,
         duplicate_of_family_id, payload_json, note, created_by, created_at) VALUES (?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(p.type, p.desaCode, p.period, p.familyId, p.memberId, p.reason, p.duplicateOfMemberId, p.duplicateOfFamilyId, p.payloadJson, p.note, p.createdBy, p.createdAt);
  return Number(lastInsertRowid);
}

/** Columns a transition or an edit may set; the version always goes up by one. */
export type ProposalColumns = Partial<
  Record<
    | 'status' | 'reason' | 'duplicate_of_member_id' | 'duplicate_of_family_id' | 'payload_json' | 'note' | 'decision_reason'
    | 'submitted_at' | 'verified_by' | 'verified_at' | 'approved_by' | 'approved_at' | 'member_id' | 'family_id',
    string | number | null
  >
>;

export function updateProposal(db: Sqlite, id: number, columns: ProposalColumns): void {
  const names = Object.keys(columns) as (keyof ProposalColumns)[];
  const sets = names.map((n) => `${n} = ?, `).join('');
  db.prepare(`UPDATE proposals SET ${sets}version = version + 1 WHERE id = ?`).run(...names.map((n) => columns[n] ?? null), id);
}

/** The open (draft or returned) perbaikan of a family in a period, which an operator's next edit joins. */
export function openPerbaikan(db: Sqlite, familyId: number, period: string): number | undefined {
  return db
    .prepare(`SELECT id FROM proposals WHERE type = 'perbaikan' AND family_id = ? AND period = ? AND status IN ('draft', 'dikembalikan') ORDER BY id DESC LIMIT 1`)
    .pluck()
    .get(familyId, period) as number | undefined;
}

export interface ChangeRow {
  entity: 'family' | 'member';
  entityId: number;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

export function listChanges(db: Sqlite, proposalId: number): ChangeRow[] {
  return db
    .prepare('SELECT entity, entity_id AS entityId, field, old_value AS oldValue, new_value AS newValue FROM proposal_changes WHERE proposal_id = ? ORDER BY id')
    .all(proposalId) as ChangeRow[];
}

/** Records a field change (replacing an earlier one of the same field); `null` change = drop it. */
export function putChange(db: Sqlite, proposalId: number, change: ChangeRow, drop: boolean): void {
  db.prepare('DELETE FROM proposal_changes WHERE proposal_id = ? AND entity = ? AND entity_id = ? AND field = ?').run(proposalId, change.entity, change.entityId, change.field);
  if (drop) return;
  db.prepare('INSERT INTO proposal_changes (proposal_id, entity, entity_id, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)').run(
    proposalId, change.entity, change.entityId, change.field, change.oldValue, change.newValue,
  );
}

/** Open findings of severity 'error' (not acknowledged): of a whole family, or of one member and its family record. */
export function blockingFindings(db: Sqlite, familyId: number, memberId: number | null): string[] {
  const scope = memberId === null ? 'v.family_id = ?' : `((v.entity = 'member' AND v.entity_id = ?) OR (v.entity = 'family' AND v.entity_id = ?))`;
  return db
    .prepare(
      `SELECT v.message FROM validation_results v
       LEFT JOIN validation_acks a ON a.rule_id = v.rule_id AND a.entity = v.entity AND a.entity_id = v.entity_id
       WHERE v.severity = 'error' AND a.id IS NULL AND ${scope} ORDER BY v.id LIMIT 20`,
    )
    .pluck()
    .all(...(memberId === null ? [familyId] : [memberId, familyId])) as string[];
}
