import { createHash } from 'node:crypto';
import type { FrozenItem, FrozenRecord } from '../../contract/batches';
import type { ProposalType } from '../../contract/proposals';
import { storedFields } from '../../../db/queries/records';
import type { Sqlite } from '../../../db/open';

/**
 * The record snapshot of a batch's proposals, read set-based in chunks (a few queries per CHUNK proposals,
 * never one per proposal): the freeze stores it, the difference compares it with the frozen one.
 * CROSS JOIN keeps the chunk as the outer loop: otherwise the planner may scan audit_log by entity.
 */
const CHUNK = 500;

export interface ItemRow {
  itemId: number;
  proposalId: number;
  type: ProposalType;
  desaCode: string;
  desaName: string;
  kecamatanCode: string;
  kecamatanName: string;
  reason: string | null;
  approvedAt: string;
  approvedBy: string;
  familyId: number;
  memberId: number | null;
}

/** The batch's items in their stable order: desa code, type, proposal id (a frozen batch: the positions, which follow it). */
export function itemRows(db: Sqlite, batchId: number): ItemRow[] {
  return db
    .prepare(
      `SELECT i.id AS itemId, p.id AS proposalId, p.type, p.desa_code AS desaCode, coalesce(rd.name, p.desa_code) AS desaName,
              substr(p.desa_code, 1, 8) AS kecamatanCode, coalesce(rk.name, substr(p.desa_code, 1, 8)) AS kecamatanName, p.reason,
              coalesce(p.approved_at, '') AS approvedAt, coalesce(u.display_name, '') AS approvedBy, p.family_id AS familyId, p.member_id AS memberId
       FROM batch_items i JOIN proposals p ON p.id = i.proposal_id
       LEFT JOIN regions rd ON rd.code = p.desa_code LEFT JOIN regions rk ON rk.code = substr(p.desa_code, 1, 8) LEFT JOIN users u ON u.id = p.approved_by
       WHERE i.batch_id = ? ORDER BY i.position, p.desa_code, p.type, p.id`,
    )
    .all(batchId) as ItemRow[];
}

type Row = Record<string, string | number | null>;

/** Every stored catalogue field of the records with these ids, as FrozenRecords (empty fields left out). */
function recordReader(db: Sqlite, entity: 'family' | 'member'): (ids: number[]) => Map<number, FrozenRecord> {
  const fields = storedFields(entity);
  const table = entity === 'family' ? 'families' : 'members';
  const select = db.prepare(`SELECT id, questionnaire_version, ${fields.map((f) => `"${f.column}"`).join(', ')} FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`);
  return (ids) => {
    const records = new Map<number, FrozenRecord>();
    for (const row of select.all(JSON.stringify(ids)) as Row[]) {
      const record: FrozenRecord = { questionnaireVersion: String(row.questionnaire_version) };
      for (const field of fields) {
        const value = row[field.column];
        if (value !== null && value !== undefined && value !== '') record[field.key] = String(value);
      }
      records.set(row.id as number, record);
    }
    return records;
  };
}

function groupBy<T extends { pid: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.pid);
    if (group) group.push(row);
    else groups.set(row.pid, [row]);
  }
  return groups;
}

/**
 * The members a proposal concerns: a nonaktif/reaktivasi of the whole family all its members; otherwise
 * its member, the members a perbaikan changes and those its approval created or changed (audit).
 */
const MEMBER_LINKS = `WITH chunk AS MATERIALIZED (SELECT value AS pid FROM json_each(?))
  SELECT p.id AS pid, m.id AS mid FROM chunk CROSS JOIN proposals p ON p.id = chunk.pid CROSS JOIN members m ON m.family_id = p.family_id
    WHERE p.type IN ('nonaktif', 'reaktivasi') AND p.member_id IS NULL
  UNION SELECT p.id, p.member_id FROM chunk CROSS JOIN proposals p ON p.id = chunk.pid WHERE p.member_id IS NOT NULL
  UNION SELECT c.proposal_id, c.entity_id FROM chunk CROSS JOIN proposal_changes c ON c.proposal_id = chunk.pid WHERE c.entity = 'member'
  UNION SELECT a.proposal_id, a.entity_id FROM chunk CROSS JOIN audit_log a ON a.proposal_id = chunk.pid WHERE a.entity = 'member' AND a.action = 'proposal-approve'
  ORDER BY 1, 2`;

/**
 * What changed: a perbaikan's fields (value when proposed → approved value); for nonaktif and reaktivasi the
 * approval's audit entries (keberadaan or status, date, reason). Usulan baru: none, its records are new.
 */
const CHANGES = `WITH chunk AS MATERIALIZED (SELECT value AS pid FROM json_each(?))
  SELECT pid, entity, nik, field, oldValue, newValue FROM (
    SELECT c.proposal_id AS pid, c.entity, m.nik, c.field, c.old_value AS oldValue, c.new_value AS newValue, 0 AS src, c.id AS seq
      FROM chunk CROSS JOIN proposal_changes c ON c.proposal_id = chunk.pid LEFT JOIN members m ON c.entity = 'member' AND m.id = c.entity_id
    UNION ALL
    SELECT a.proposal_id, a.entity, m.nik, a.field, a.old_value, a.new_value, 1, a.id
      FROM chunk CROSS JOIN proposals p ON p.id = chunk.pid CROSS JOIN audit_log a ON a.proposal_id = p.id LEFT JOIN members m ON a.entity = 'member' AND m.id = a.entity_id
      WHERE p.type IN ('nonaktif', 'reaktivasi') AND a.action = 'proposal-approve' AND a.entity IN ('family', 'member'))
  ORDER BY pid, src, seq`;

const EVIDENCE = `SELECT proposal_id AS pid, kind, file_name AS fileName, sha256, size, id AS evidenceId FROM evidence_files
  WHERE proposal_id IN (SELECT value FROM json_each(?)) ORDER BY proposal_id, id`;

function withoutPid<T extends { pid: number }>(row: T): Omit<T, 'pid'> {
  const { pid, ...rest } = row;
  void pid;
  return rest;
}

/** The FrozenItem of each row (same order), as the records are now; read a chunk at a time, so memory stays flat. */
export function* buildItems(db: Sqlite, rows: readonly ItemRow[]): Generator<FrozenItem> {
  const [readFamilies, readMembers] = [recordReader(db, 'family'), recordReader(db, 'member')];
  const [linksOf, changesOf, evidenceOf] = [db.prepare(MEMBER_LINKS), db.prepare(CHANGES), db.prepare(EVIDENCE)];
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const pids = JSON.stringify(chunk.map((r) => r.proposalId));
    const families = readFamilies([...new Set(chunk.map((r) => r.familyId))]);
    const links = groupBy(linksOf.all(pids) as { pid: number; mid: number }[]);
    const members = readMembers([...new Set([...links.values()].flat().map((l) => l.mid))]);
    const changes = groupBy(changesOf.all(pids) as ({ pid: number } & FrozenItem['changes'][number])[]);
    const evidence = groupBy(evidenceOf.all(pids) as ({ pid: number } & FrozenItem['evidence'][number])[]);
    for (const row of chunk) {
      const memberIds = (links.get(row.proposalId) ?? []).map((l) => l.mid).filter((id) => members.has(id));
      yield {
        proposalId: row.proposalId, type: row.type, desaCode: row.desaCode, desaName: row.desaName,
        kecamatanCode: row.kecamatanCode, kecamatanName: row.kecamatanName, reason: row.reason,
        approvedAt: row.approvedAt, approvedBy: row.approvedBy, familyId: row.familyId, memberIds,
        family: families.get(row.familyId) ?? {},
        members: memberIds.map((id) => members.get(id)!),
        changes: (changes.get(row.proposalId) ?? []).map(withoutPid),
        evidence: (evidence.get(row.proposalId) ?? []).map(withoutPid),
      };
    }
  }
}

/** JSON with every object's keys sorted (code unit order) and no whitespace: the text that is hashed. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
      : v,
  );
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The batch's content hash: sha256 over the header JSON followed by "\n" and each item hash, in position order. */
export function contentHash(headerJson: string, itemHashes: readonly string[]): string {
  const hash = createHash('sha256').update(headerJson, 'utf8');
  for (const itemHash of itemHashes) hash.update(`\n${itemHash}`, 'utf8');
  return hash.digest('hex');
}
