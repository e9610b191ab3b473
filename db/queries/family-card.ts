import type { QuestionnaireVersion } from '../../core/domain/catalogue';
import type { Sqlite } from '../open';
import { storedFields, type StoredValue } from './records';

export interface FamilyCardRow {
  id: number;
  version: number;
  questionnaireVersion: QuestionnaireVersion;
  desaName: string;
  kecamatanName: string;
  memberCount: number;
  splitFromId: number | null;
  values: Record<string, StoredValue>;
}

export interface MemberCardRow {
  id: number;
  familyId: number;
  version: number;
  questionnaireVersion: QuestionnaireVersion;
  presenceDate: string | null;
  presenceReason: string | null;
  duplicateOfId: number | null;
  values: Record<string, StoredValue>;
}

type Raw = Record<string, StoredValue>;

function valuesOf(row: Raw, entity: 'family' | 'member'): Record<string, StoredValue> {
  const values: Record<string, StoredValue> = {};
  for (const field of storedFields(entity)) values[field.key] = row[field.column] ?? null;
  return values;
}

const columns = (entity: 'family' | 'member', alias: string) => storedFields(entity).map((f) => `${alias}."${f.column}"`).join(', ');

/** Every stored catalogue value of one family, with its region names and the links the editor shows. */
export function loadFamilyCard(db: Sqlite, id: number): FamilyCardRow | undefined {
  const row = db.prepare(
    `SELECT f.id AS __id, f.version AS __version, f.questionnaire_version AS __qv, f.member_count AS __count, f.split_from_id AS __split,
            COALESCE(d.name, f.desa_code) AS __desa, COALESCE(k.name, f.kecamatan_code) AS __kecamatan, ${columns('family', 'f')}
     FROM families f LEFT JOIN regions d ON d.code = f.desa_code LEFT JOIN regions k ON k.code = f.kecamatan_code WHERE f.id = ?`,
  ).get(id) as Raw | undefined;
  if (!row) return undefined;
  return {
    id: row.__id as number,
    version: row.__version as number,
    questionnaireVersion: row.__qv as QuestionnaireVersion,
    desaName: row.__desa as string,
    kecamatanName: row.__kecamatan as string,
    memberCount: row.__count as number,
    splitFromId: row.__split as number | null,
    values: valuesOf(row, 'family'),
  };
}

const MEMBER_SQL = () => `SELECT m.id AS __id, m.family_id AS __family, m.version AS __version, m.questionnaire_version AS __qv,
  m.presence_date AS __date, m.presence_reason AS __reason, m.duplicate_of_id AS __duplicate, ${columns('member', 'm')} FROM members m`;

function toMember(row: Raw): MemberCardRow {
  return {
    id: row.__id as number,
    familyId: row.__family as number,
    version: row.__version as number,
    questionnaireVersion: row.__qv as QuestionnaireVersion,
    presenceDate: row.__date as string | null,
    presenceReason: row.__reason as string | null,
    duplicateOfId: row.__duplicate as number | null,
    values: valuesOf(row, 'member'),
  };
}

/** The members of a family in KK order: head first, then by relationship, birth date and id. */
export function loadMemberCards(db: Sqlite, familyId: number): MemberCardRow[] {
  const rows = db.prepare(`${MEMBER_SQL()} WHERE m.family_id = ? ORDER BY m.relationship IS NULL, m.relationship, m.birth_date, m.id`).all(familyId) as Raw[];
  return rows.map(toMember);
}

export function loadMemberCard(db: Sqlite, id: number): MemberCardRow | undefined {
  const row = db.prepare(`${MEMBER_SQL()} WHERE m.id = ?`).get(id) as Raw | undefined;
  return row ? toMember(row) : undefined;
}

/** The family card and its members, or undefined when the family does not exist. */
export function loadCard(db: Sqlite, familyId: number): { family: FamilyCardRow; members: MemberCardRow[] } | undefined {
  const family = loadFamilyCard(db, familyId);
  return family && { family, members: loadMemberCards(db, familyId) };
}
