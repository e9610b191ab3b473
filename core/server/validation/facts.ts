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

/** One SQL pass, families with their members ordered by family; `scope` limits it to temp.validation_scope. */
export function factsSql(scope: boolean): string {
  const fam = familyColumns.map((c) => `f.${c.column}`).join(', ');
  const mem = memberColumns.map((c) => `m.${c.column}`).join(', ');
  return `SELECT f.id, f.no_kk, f.desa_code, f.status, f.member_count, f.questionnaire_version${fam ? `, ${fam}` : ''},
      m.id, m.nik, m.name, m.sex, m.birth_date, m.relationship, m.presence, m.questionnaire_version${mem ? `, ${mem}` : ''}
    FROM families f LEFT JOIN members m ON m.family_id = f.id
    ${scope ? 'WHERE f.id IN (SELECT id FROM temp.validation_scope)' : ''}
    ORDER BY f.id, m.id`;
}

export interface FamilyBatch {
  family: FamilyFacts;
  members: MemberFacts[];
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

/** Groups the raw rows of factsSql into families with their members. */
export function* familiesOf(rows: Iterable<unknown[]>): Generator<FamilyBatch> {
  const m = 6 + familyColumns.length;
  let current: FamilyBatch | null = null;
  for (const row of rows) {
    const familyId = row[0] as number;
    if (current === null || current.family.id !== familyId) {
      if (current) yield complete(current);
      const recorded = RECORDED >= 0 ? row[6 + RECORDED] : null;
      current = {
        family: {
          id: familyId, noKk: row[1] as string, desaCode: row[2] as string, status: row[3] as string, memberCount: row[4] as number,
          recordedMemberCount: typeof recorded === 'number' ? recorded : null, questionnaireVersion: row[5] as QuestionnaireVersion,
          values: valuesOf(row, 6, familyColumns),
        },
        members: [],
      };
    }
    if (row[m] === null) continue;
    current.members.push({
      id: row[m] as number, nik: row[m + 1] as string, name: row[m + 2] as string, sex: row[m + 3] as number | null,
      birthDate: row[m + 4] as string | null, relationship: row[m + 5] as number | null, presence: row[m + 6] as number,
      questionnaireVersion: row[m + 7] as QuestionnaireVersion, values: valuesOf(row, m + 8, memberColumns),
    });
  }
  if (current) yield complete(current);
}

/** The rule context of a workspace: region codes from its own `regions` table. */
export function ruleContext(db: Sqlite, today = new Date().toISOString().slice(0, 10)): RuleContext {
  const kabupatenCode = (db.prepare(`SELECT value FROM settings WHERE key = 'workspace.kabupatenCode'`).pluck().get() as string | undefined) ?? '';
  const known = new Map<string, boolean>();
  const exists = db.prepare('SELECT 1 FROM regions WHERE code = ? AND level = ?').pluck();
  const lookup = (code: string, level: number) => {
    const key = `${level}:${code}`;
    let hit = known.get(key);
    if (hit === undefined) known.set(key, (hit = exists.get(code, level) !== undefined));
    return hit;
  };
  return { today, kabupatenCode, regionStatus: (code) => (lookup(code, 3) ? 'known' : 'unknown'), desaExists: (code) => lookup(code, 4) };
}
