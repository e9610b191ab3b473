import { ApiError } from '../../contract/errors';
import type { DuplicatePair, Finding, ValidationSummary } from '../../contract/validation';
import { RULES, ruleById } from '../../domain/rules';
import type { Sqlite } from '../../../db/open';
import { DUPLICATE_RULE } from './cross';
import { niksNear, normaliseName } from './similarity';

const ACK_JOIN = 'LEFT JOIN validation_acks a ON a.rule_id = v.rule_id AND a.entity = v.entity AND a.entity_id = v.entity_id';

export function validationSummary(db: Sqlite): ValidationSummary {
  const lastRun = db.prepare(
    `SELECT r.finished_at AS at, r.ms, COALESCE(u.display_name, '') AS userName FROM validation_runs r LEFT JOIN users u ON u.id = r.user_id ORDER BY r.id DESC LIMIT 1`,
  ).get() as ValidationSummary['lastRun'] | undefined;
  const counts = db.prepare(
    `SELECT v.rule_id AS ruleId, v.severity, a.id IS NOT NULL AS acked, count(*) AS n FROM validation_results v ${ACK_JOIN} GROUP BY 1, 2, 3`,
  ).all() as { ruleId: string; severity: string; acked: number; n: number }[];
  const byRule = new Map(RULES.map((r) => [r.id, { errors: 0, warnings: 0, acknowledged: 0 }]));
  const totals = { errors: 0, warnings: 0, acknowledged: 0 };
  for (const row of counts) {
    const entry = byRule.get(row.ruleId);
    const bucket = row.acked ? 'acknowledged' : row.severity === 'error' ? 'errors' : 'warnings';
    if (entry) entry[bucket] += row.n;
    totals[bucket] += row.n;
  }
  const regions = db.prepare(
    `SELECT COALESCE(k.code, '') AS kecamatanCode, COALESCE(k.name, '') AS kecamatanName, v.desa_code AS desaCode, COALESCE(d.name, v.desa_code) AS desaName,
            sum(v.severity = 'error') AS errors, sum(v.severity = 'warning') AS warnings
     FROM validation_results v ${ACK_JOIN} LEFT JOIN regions d ON d.code = v.desa_code LEFT JOIN regions k ON k.code = d.parent_code
     WHERE a.id IS NULL GROUP BY v.desa_code ORDER BY v.desa_code`,
  ).all() as ValidationSummary['regions'];
  return {
    lastRun: lastRun ?? null,
    ...totals,
    rules: RULES.map(({ id, severity, group, title, explanation, hint }) => ({ id, severity, group, title, explanation, hint, ...byRule.get(id)! })),
    regions,
  };
}

export interface FindingQuery {
  ruleId?: string;
  severity?: 'error' | 'warning';
  kecamatanCode?: string;
  desaCode?: string;
  familyId?: number;
  /** Only these desa (an operator desa's assignment); every desa when absent. */
  desaIn?: readonly string[] | null;
  includeAcknowledged: boolean;
  startRow: number;
  endRow: number;
}

function findingWhere(query: Omit<FindingQuery, 'startRow' | 'endRow'>): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => (clauses.push(clause), params.push(value));
  if (query.ruleId) add('v.rule_id = ?', query.ruleId);
  if (query.severity) add('v.severity = ?', query.severity);
  if (query.desaIn) {
    clauses.push(`v.desa_code IN (${query.desaIn.map(() => '?').join(', ')})`);
    params.push(...query.desaIn);
  }
  if (query.desaCode) add('v.desa_code = ?', query.desaCode);
  else if (query.kecamatanCode) {
    // Desa codes of a kecamatan sort between 'PP.KK.CC.' and 'PP.KK.CC/' ('/' follows '.').
    add('v.desa_code > ?', `${query.kecamatanCode}.`);
    add('v.desa_code < ?', `${query.kecamatanCode}/`);
  }
  if (query.familyId !== undefined) add('v.family_id = ?', query.familyId);
  if (!query.includeAcknowledged) clauses.push('a.id IS NULL');
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

interface FindingRow extends Omit<Finding, 'acknowledged'> {
  ackReason: string | null;
  ackUser: string | null;
  ackAt: string | null;
}

export const FINDING_SELECT = `SELECT v.id, v.rule_id AS ruleId, v.severity, v.entity, v.entity_id AS entityId, v.family_id AS familyId, f.no_kk AS noKk,
    CASE WHEN v.entity = 'member' THEN COALESCE(m.name, '') ELSE f.head_name END AS name, COALESCE(d.name, v.desa_code) AS desaName,
    v.field, v.message, v.related_id AS relatedId, a.reason AS ackReason, u.display_name AS ackUser, a.at AS ackAt, m.nik AS nik, v.desa_code AS desaCode
  FROM validation_results v ${ACK_JOIN}
  JOIN families f ON f.id = v.family_id
  LEFT JOIN members m ON v.entity = 'member' AND m.id = v.entity_id
  LEFT JOIN regions d ON d.code = v.desa_code
  LEFT JOIN users u ON u.id = a.user_id`;

export function toFinding({ ackReason, ackUser, ackAt, nik: _nik, desaCode: _desa, ...rest }: FindingRow & { nik?: string | null; desaCode?: string }): Finding {
  return { ...rest, acknowledged: ackReason === null ? null : { reason: ackReason, userName: ackUser ?? '', at: ackAt ?? '' } };
}

export function listFindings(db: Sqlite, query: FindingQuery): { rows: Finding[]; rowCount: number } {
  const where = findingWhere(query);
  const rows = db.prepare(`${FINDING_SELECT} ${where.sql} ORDER BY v.desa_code, v.family_id, v.id LIMIT ? OFFSET ?`)
    .all(...where.params, query.endRow - query.startRow, query.startRow) as FindingRow[];
  const n = db.prepare(`SELECT count(*) FROM validation_results v ${ACK_JOIN} ${where.sql}`).pluck().get(...where.params) as number;
  return { rows: rows.map(toFinding), rowCount: n };
}

const SIDE = (alias: string) => `json_object('id', ${alias}.id, 'familyId', ${alias}.family_id, 'nik', ${alias}.nik, 'name', ${alias}.name,
  'birthDate', ${alias}.birth_date, 'sex', ${alias}.sex, 'noKk', f${alias}.no_kk, 'desaName', COALESCE(d${alias}.name, f${alias}.desa_code))`;

export function listDuplicates(db: Sqlite, startRow: number, endRow: number): { rows: DuplicatePair[]; rowCount: number } {
  const from = `FROM validation_results v JOIN members a ON a.id = v.entity_id JOIN members b ON b.id = v.related_id
    JOIN families fa ON fa.id = a.family_id JOIN families fb ON fb.id = b.family_id
    LEFT JOIN regions da ON da.code = fa.desa_code LEFT JOIN regions db ON db.code = fb.desa_code
    WHERE v.rule_id = '${DUPLICATE_RULE}' AND v.entity_id < v.related_id`;
  const rows = db.prepare(`SELECT v.score, ${SIDE('a')} AS a, ${SIDE('b')} AS b ${from} ORDER BY v.score DESC, v.entity_id LIMIT ? OFFSET ?`)
    .all(endRow - startRow, startRow) as { score: number; a: string; b: string }[];
  const n = db.prepare(`SELECT count(*) ${from}`).pluck().get() as number;
  return {
    rows: rows.map((row) => {
      const a = JSON.parse(row.a) as DuplicatePair['a'];
      const b = JSON.parse(row.b) as DuplicatePair['b'];
      const reasons = [normaliseName(a.name) === normaliseName(b.name) ? 'nama sama setelah dinormalkan' : 'nama mirip', a.birthDate === b.birthDate ? 'tanggal lahir sama' : 'tanggal lahir pada NIK sama'];
      reasons.push(niksNear(a.nik, b.nik) ? 'NIK hanya beda satu digit atau dua digit tertukar' : 'NIK berbeda, tetapi nama ini jarang lahir pada tanggal yang sama di wilayah ini');
      return { score: row.score, reason: reasons.join('; '), a, b };
    }),
    rowCount: n,
  };
}

/** Accepts a warning with a reason (errors must be corrected); audited. */
export function acknowledgeFinding(db: Sqlite, findingId: number, reason: string, userId: number): boolean {
  return db.transaction(() => {
    const finding = db.prepare('SELECT rule_id AS ruleId, severity, entity, entity_id AS entityId FROM validation_results WHERE id = ?').get(findingId) as
      | { ruleId: string; severity: string; entity: 'family' | 'member'; entityId: number }
      | undefined;
    if (!finding) throw new ApiError('NOT_FOUND', `Temuan dengan id ${findingId} tidak ditemukan. Jalankan pemeriksaan ulang bila data sudah berubah.`);
    if (finding.severity === 'error') {
      const title = ruleById(finding.ruleId)?.title ?? finding.ruleId;
      throw new ApiError('INVALID_INPUT', `Temuan "${title}" adalah kesalahan (error) dan tidak dapat diakui; perbaiki datanya. Hanya peringatan yang dapat diakui.`, { field: 'findingId' });
    }
    const at = new Date().toISOString();
    db.prepare(
      `INSERT INTO validation_acks (rule_id, entity, entity_id, reason, user_id, at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (rule_id, entity, entity_id) DO UPDATE SET reason = excluded.reason, user_id = excluded.user_id, at = excluded.at`,
    ).run(finding.ruleId, finding.entity, finding.entityId, reason, userId, at);
    db.prepare('INSERT INTO audit_log (at, user_id, action, entity, entity_id, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)')
      .run(at, userId, 'acknowledge', finding.entity, finding.entityId, finding.ruleId, reason);
    return true;
  }).immediate();
}
