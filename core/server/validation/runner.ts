import { checkFamily, RULES, type FamilyFacts, type RuleContext, type RuleFinding } from '../../domain/rules';
import type { Sqlite } from '../../../db/open';
import {
  CROSS_RULES, DUPLICATE_RULE, NIK_RULES, blockKey, crossRecord, duplicateRows, nikGroupRows, person, type Person, type ResultRow,
} from './cross';
import { duplicateScore } from './similarity';
import { familiesOf, isPresentMember, PERSON_SQL, ruleContext, type FamilyBatch } from './facts';
import { namesakePairs, regionShares } from './namesakes';
import { forgetNames, recheckNamesakes } from './recheck-namesakes';

export const PROGRESS_EVERY = 10_000;
/** Above this many families an incremental re-check costs more than a full pass. */
const INCREMENTAL_LIMIT = 20_000;

export interface FullResult {
  rows: ResultRow[];
  pairs: [number, number, number][];
  families: number;
}

function toRow(finding: RuleFinding, family: FamilyFacts): ResultRow {
  return [finding.ruleId, finding.severity, finding.entity, finding.entityId, family.id, family.desaCode, finding.field, finding.message, finding.relatedId ?? null, null];
}

/** checkFamily for one family; returns its present members of an active family for the cross-record rules. */
function checkBatch({ family, members }: FamilyBatch, ctx: RuleContext, rows: ResultRow[], people: Person[]): void {
  for (const finding of checkFamily(family, members, ctx)) rows.push(toRow(finding, family));
  if (family.status !== 'aktif') return;
  for (const m of members) {
    if (!isPresentMember(m.presence, m.questionnaireVersion)) continue;
    const { id, nik, name, sex, birthDate, birthPlace, motherName } = m;
    people.push({ id, familyId: family.id, nik, name, sex, birthDate, birthPlace, motherName, noKk: family.noKk, desaCode: family.desaCode });
  }
}

/** The full pass (one SQL pass over families and members); yields the number of families done every 10,000. */
export function* computeAll(db: Sqlite, ctx: RuleContext): Generator<number, FullResult> {
  forgetNames(db);
  const rows: ResultRow[] = [];
  const people: Person[] = [];
  let families = 0;
  for (const batch of familiesOf(db, false)) {
    checkBatch(batch, ctx, rows, people);
    if (++families % PROGRESS_EVERY === 0) yield families;
  }
  const { groups, pairs } = crossRecord(people);
  for (const pair of namesakePairs(people, regionShares(db, ctx.kabupatenCode), (a, b) => duplicateScore(a, b) > 0)) pairs.push(pair);
  for (const group of groups) nikGroupRows(group, rows);
  for (const [a, b, score] of pairs) duplicateRows(a, b, score, rows);
  return { rows, pairs: pairs.map(([a, b, score]) => [a.id, b.id, score]), families };
}

function insertRows(db: Sqlite, rows: readonly ResultRow[]): void {
  const insert = db.prepare(
    'INSERT INTO validation_results (rule_id, severity, entity, entity_id, family_id, desa_code, field, message, related_id, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const row of rows) insert.run(row);
}

export interface RunRecord {
  startedAt: string;
  userId: number;
  /** performance.now() at the start: the recorded duration includes writing. */
  started: number;
}

/** Replaces all findings with a full run's and records the run (call inside a transaction). */
export function replaceAll(db: Sqlite, result: FullResult, run: RunRecord): number {
  db.exec('DELETE FROM validation_results');
  insertRows(db, result.rows);
  const errors = result.rows.filter((r) => r[1] === 'error').length;
  const ms = Math.round(performance.now() - run.started);
  db.prepare('INSERT INTO validation_runs (started_at, finished_at, user_id, ms, errors, warnings) VALUES (?, ?, ?, ?, ?, ?)')
    .run(run.startedAt, new Date().toISOString(), run.userId, ms, errors, result.rows.length - errors);
  return ms;
}

/** Open (not acknowledged) errors and warnings per rule; every rule listed. */
export function openCountsByRule(db: Sqlite): Record<string, { errors: number; warnings: number }> {
  const counts: Record<string, { errors: number; warnings: number }> = {};
  for (const rule of RULES) counts[rule.id] = { errors: 0, warnings: 0 };
  const rows = db.prepare(
    `SELECT v.rule_id AS ruleId, v.severity, count(*) AS n FROM validation_results v
     LEFT JOIN validation_acks a ON a.rule_id = v.rule_id AND a.entity = v.entity AND a.entity_id = v.entity_id
     WHERE a.id IS NULL GROUP BY v.rule_id, v.severity`,
  ).all() as { ruleId: string; severity: string; n: number }[];
  for (const row of rows) {
    const entry = (counts[row.ruleId] ??= { errors: 0, warnings: 0 });
    if (row.severity === 'error') entry.errors += row.n;
    else entry.warnings += row.n;
  }
  return counts;
}

/** After edits or an import: re-checks these families, their NIK groups and their duplicate candidates (inside the caller's transaction). */
export function recheckFamilies(db: Sqlite, familyIds: Iterable<number>): void {
  const ids = [...new Set(familyIds)];
  if (ids.length === 0 || db.prepare('SELECT NOT EXISTS (SELECT 1 FROM validation_runs)').pluck().get() === 1) return;
  const ctx = ruleContext(db);
  if (ids.length > INCREMENTAL_LIMIT) {
    const pass = computeAll(db, ctx);
    let step = pass.next();
    while (!step.done) step = pass.next();
    db.exec('DELETE FROM validation_results');
    insertRows(db, step.value.rows);
    return;
  }
  db.exec('CREATE TEMP TABLE IF NOT EXISTS validation_scope (id INTEGER PRIMARY KEY); DELETE FROM temp.validation_scope;');
  db.exec('CREATE TEMP TABLE IF NOT EXISTS validation_members (id INTEGER PRIMARY KEY); DELETE FROM temp.validation_members;');
  const addScope = db.prepare('INSERT INTO temp.validation_scope (id) VALUES (?)');
  for (const id of ids) addScope.run(id);

  const rows: ResultRow[] = [];
  const affected: Person[] = [];
  const memberIds: number[] = [];
  for (const batch of familiesOf(db, true)) {
    checkBatch(batch, ctx, rows, affected);
    for (const m of batch.members) memberIds.push(m.id);
  }
  const addMember = db.prepare('INSERT INTO temp.validation_members (id) VALUES (?)');
  for (const id of memberIds) addMember.run(id);
  const cross = CROSS_RULES.map((r) => `'${r}'`).join(', ');
  const nikRules = NIK_RULES.map((r) => `'${r}'`).join(', ');
  db.exec(`DELETE FROM validation_results WHERE family_id IN (SELECT id FROM temp.validation_scope) AND rule_id NOT IN (${cross})`);

  // NIK groups: the NIKs of the affected members and of members whose findings point at them.
  const niks = new Set(affected.map((p) => p.nik));
  const pointing = db.prepare(
    `SELECT m.nik FROM validation_results v JOIN members m ON m.id = v.entity_id
     WHERE v.rule_id IN (${nikRules}) AND v.related_id IN (SELECT id FROM temp.validation_members)`,
  ).pluck().all() as string[];
  for (const nik of pointing) niks.add(nik);
  db.exec(`DELETE FROM validation_results WHERE rule_id IN (${nikRules}) AND entity_id IN (SELECT id FROM temp.validation_members)`);
  const deleteNik = db.prepare(`DELETE FROM validation_results WHERE rule_id IN (${nikRules}) AND entity_id IN (SELECT id FROM members WHERE nik = ?)`);
  const byNik = db.prepare(`${PERSON_SQL} AND m.nik = ?`);
  for (const nik of niks) {
    deleteNik.run(nik);
    const group = (byNik.all(nik) as Person[]).map(person);
    if (group.length > 1) nikGroupRows(group, rows);
  }

  // Probable duplicates: pairs are independent, so only the affected members' pairs change.
  db.exec(`DELETE FROM validation_results WHERE rule_id = '${DUPLICATE_RULE}' AND (entity_id IN (SELECT id FROM temp.validation_members) OR related_id IN (SELECT id FROM temp.validation_members))`);
  const byBlock = db.prepare(`${PERSON_SQL} AND m.nik >= ? AND m.nik < ? AND length(m.nik) = 16`);
  const seen = new Set<string>();
  for (const a of affected) {
    const key = blockKey(a.nik);
    if (key === null) continue;
    for (const raw of byBlock.all(key, `${key}:`) as Person[]) {
      if (raw.id === a.id) continue;
      const pair = a.id < raw.id ? `${a.id}:${raw.id}` : `${raw.id}:${a.id}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      const b = person(raw);
      const score = duplicateScore(a, b);
      if (score > 0) duplicateRows(a.id < b.id ? a : b, a.id < b.id ? b : a, score, rows);
    }
  }
  recheckNamesakes(db, affected, regionShares(db, ctx.kabupatenCode), rows);
  insertRows(db, rows);
}
