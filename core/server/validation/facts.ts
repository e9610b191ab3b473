import { fieldByKey, type QuestionnaireVersion } from '../../domain/catalogue';
import type { FamilyFacts, MemberFacts, RuleContext } from '../../domain/rules';
import type { Sqlite } from '../../../db/open';

/** Catalogue fields the pure rules read from `values` (only these columns are loaded). */
export const MEMBER_VALUE_KEYS = [
  'umur', 'statusKawin', 'hamil', 'aktaNikah', 'partisipasiSekolah', 'pendidikanTertinggi', 'kelasTertinggi', 'ijazahTertinggi',
  'bekerja', 'lapanganUsaha', 'statusPekerjaan', 'jamKerja', 'adaPkh', 'adaPbi', 'adaRastra', 'adaKks', 'adaKip', 'jaminanKesehatan',
];
export const FAMILY_VALUE_KEYS = ['jumlahAnggotaKeluarga', 'fasilitasBab', 'kloset', 'buangTinja', 'sumberPenerangan', 'daya', 'daya2', 'daya3', 'jumlahKamar', 'luasLantai',
  'ternakSapi', 'ternakKerbau', 'ternakKuda', 'ternakBabi', 'ternakKambing'];

function columns(keys: string[], entity: 'member' | 'family'): { key: string; column: string }[] {
  return keys.flatMap((key) => {
    const field = fieldByKey(key);
    return field && field.entity === entity ? [{ key, column: field.column }] : [];
  });
}

const memberColumns = columns(MEMBER_VALUE_KEYS, 'member');
const familyColumns = columns(FAMILY_VALUE_KEYS, 'family');
const RECORDED = familyColumns.findIndex((c) => c.key === 'jumlahAnggotaKeluarga');

/** Present (living in the family) per questionnaire version, as SQL over alias `m`. */
export const PRESENT_SQL = `(CASE WHEN m.questionnaire_version = 'PBDT2015' THEN m.presence IN (1, 4) ELSE m.presence IN (1, 5) END)`;
export function isPresentMember(presence: number, version: string): boolean {
  return version === 'PBDT2015' ? presence === 1 || presence === 4 : presence === 1 || presence === 5;
}

/** The present members of active families, as the cross-record rules compare them (add conditions with AND). */
export const PERSON_SQL = `SELECT m.id, m.family_id AS familyId, m.nik, m.name, m.sex, m.birth_date AS birthDate, m.birth_place AS birthPlace,
    m.nama_ibu_kandung AS motherName, f.no_kk AS noKk, f.desa_code AS desaCode
  FROM members m JOIN families f ON f.id = m.family_id WHERE f.status = 'aktif' AND ${PRESENT_SQL}`;

/** A member as the rules see it, plus what the duplicate search compares. */
export interface MemberRow extends MemberFacts {
  birthPlace: string | null;
  motherName: string | null;
}

export interface FamilyBatch {
  family: FamilyFacts;
  members: MemberRow[];
}

/** Families per batch: small enough that a batch's rows die young (fewer survivors per minor GC). */
const CHUNK = 2_000;
const SCOPE = 'IN (SELECT id FROM temp.validation_scope)';
// The version as a flag (0 PBDT2015, 1 REGSOSEK2022K): one string fewer to copy out of SQLite per row.
const VERSION_SQL = (alias: string) => `(${alias}.questionnaire_version = 'PBDT2015')`;
const versionOf = (pbdt: unknown): QuestionnaireVersion => (pbdt === 1 ? 'PBDT2015' : 'REGSOSEK2022K');

/** Families by id, CHUNK at a time from after `?`; `scope` limits them to temp.validation_scope. */
function familySql(scope: boolean): string {
  const fam = familyColumns.map((c) => `, f.${c.column}`).join('');
  return `SELECT f.id, f.no_kk, f.desa_code, f.status, f.member_count, ${VERSION_SQL('f')}${fam} FROM families f
    WHERE f.id > ?${scope ? ` AND f.id ${SCOPE}` : ''} ORDER BY f.id LIMIT ${CHUNK}`;
}

/** The members of the families with ids in (?, ?], ordered by family. */
function memberSql(scope: boolean): string {
  const mem = memberColumns.map((c) => `, m.${c.column}`).join('');
  return `SELECT m.family_id, m.id, m.nik, m.name, m.sex, m.birth_date, m.relationship, m.presence, ${VERSION_SQL('m')}, m.birth_place, m.nama_ibu_kandung${mem}
    FROM members m WHERE m.family_id > ? AND m.family_id <= ?${scope ? ` AND m.family_id ${SCOPE}` : ''} ORDER BY m.family_id, m.id`;
}

/** Non-null values by key (the rules treat a missing key as empty: fewer keys, less work). */
function valuesOf(row: unknown[], base: number, cols: readonly { key: string }[]): Record<string, string | number | null> {
  const values: Record<string, string | number | null> = {};
  for (let i = 0; i < cols.length; i++) {
    const value = row[base + i] as string | number | null;
    if (value !== null) values[cols[i]!.key] = value;
  }
  return values;
}

/**
 * memberCount is computed from the present members. The count the file reported (jumlah_anggota) is
 * the recorded one; without it the stored member_count stands in (kept equal to the computed count
 * by edits and imports, so a difference means it was written wrongly, as the generator plants).
 */
function complete(batch: FamilyBatch): FamilyBatch {
  const stored = batch.family.memberCount;
  let present = 0;
  for (const m of batch.members) if (isPresentMember(m.presence, m.questionnaireVersion)) present++;
  batch.family.memberCount = present;
  batch.family.recordedMemberCount ??= stored;
  return batch;
}

function familyOf(row: unknown[]): FamilyBatch {
  const recorded = RECORDED >= 0 ? row[6 + RECORDED] : null;
  return {
    family: {
      id: row[0] as number, noKk: row[1] as string, desaCode: row[2] as string, status: row[3] as string, memberCount: row[4] as number,
      recordedMemberCount: typeof recorded === 'number' ? recorded : null, questionnaireVersion: versionOf(row[5]), values: valuesOf(row, 6, familyColumns),
    },
    members: [],
  };
}

function memberOf(row: unknown[]): MemberRow {
  return {
    id: row[1] as number, nik: row[2] as string, name: row[3] as string, sex: row[4] as number | null, birthDate: row[5] as string | null,
    relationship: row[6] as number | null, presence: row[7] as number, questionnaireVersion: versionOf(row[8]),
    birthPlace: row[9] as string | null, motherName: row[10] as string | null, values: valuesOf(row, 11, memberColumns),
  };
}

/**
 * Families with their members, in family order: two queries per CHUNK families (families, then
 * their members) rather than one join, so that a family's columns are read once, not once per member.
 */
export function* familiesOf(db: Sqlite, scope: boolean): Generator<FamilyBatch> {
  const families = db.prepare(familySql(scope)).raw();
  const members = db.prepare(memberSql(scope)).raw();
  for (let after = 0; ; ) {
    const rows = families.all(after) as unknown[][];
    if (rows.length === 0) return;
    const batches = rows.map(familyOf);
    const last = batches.at(-1)!.family.id;
    let i = 0;
    for (const row of members.all(after, last) as unknown[][]) {
      while (batches[i]!.family.id !== row[0]) i++;
      batches[i]!.members.push(memberOf(row));
    }
    for (const batch of batches) yield complete(batch);
    after = last;
  }
}

/** The rule context of a workspace: region codes from its own `regions` table. */
export function ruleContext(db: Sqlite, today = new Date().toISOString().slice(0, 10)): RuleContext {
  const kabupatenCode = (db.prepare(`SELECT value FROM settings WHERE key = 'workspace.kabupatenCode'`).pluck().get() as string | undefined) ?? '';
  const known = { 3: new Map<string, boolean>(), 4: new Map<string, boolean>() };
  const exists = db.prepare('SELECT 1 FROM regions WHERE code = ? AND level = ?').pluck();
  const lookup = (code: string, level: 3 | 4) => {
    let hit = known[level].get(code);
    if (hit === undefined) known[level].set(code, (hit = exists.get(code, level) !== undefined));
    return hit;
  };
  return { today, kabupatenCode, regionStatus: (code) => (lookup(code, 3) ? 'known' : 'unknown'), desaExists: (code) => lookup(code, 4) };
}
