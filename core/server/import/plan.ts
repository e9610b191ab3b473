import { fieldByKey, type QuestionnaireVersion } from '../../domain/catalogue';
import { matchHeaders, normalizeHeader, type MatchHow } from '../../domain/catalogue/headers';
import { columnLetter, type ReadRow } from './readers';

/** What the rows of a sheet are: members (one row per person), families, DTKS households, or a desil list. */
export type SheetRole = 'members' | 'families' | 'households' | 'desil';

export interface PlannedColumn {
  index: number;
  letter: string;
  header: string;
  fieldKey: string | null;
  how: MatchHow | 'preset' | 'manual' | null;
}

export interface SheetPlan {
  sheet: string;
  role: SheetRole | null;
  headerRow: number;
  columns: PlannedColumn[];
  version: QuestionnaireVersion;
}

export interface RowProblem {
  sheet: string;
  row: number;
  column: string;
  value: string;
  message: string;
}

export type ColumnMapping = Record<string, string | null>;

const DESIL_KEYS = new Set(['noKk', 'nik', 'desil', 'desilEdisi', 'desilSumber', 'nama', 'namaKepalaKeluarga', 'idDtks']);
const ROLE_ORDER: Record<SheetRole, number> = { households: 0, families: 1, members: 2, desil: 3 };

/** Maps a sheet's header row to catalogue fields, with a saved or hand-made mapping taking precedence. */
export function planSheet(header: ReadRow, override: ColumnMapping | undefined, forcedVersion: QuestionnaireVersion | undefined, overrideSource: 'manual' | 'preset' = 'manual'): SheetPlan {
  const names = header.cells.map((cell) => cell?.text.trim() ?? '');
  const matched = matchHeaders(names);
  const columns: PlannedColumn[] = matched.columns.map((column) => {
    const letter = columnLetter(column.index);
    const chosen = override && Object.prototype.hasOwnProperty.call(override, column.header) ? override[column.header] : undefined;
    if (chosen !== undefined) return { index: column.index, letter, header: column.header, fieldKey: chosen && fieldByKey(chosen) ? chosen : null, how: chosen ? overrideSource : null };
    return { index: column.index, letter, header: column.header, fieldKey: column.header ? column.fieldKey : null, how: column.header ? column.how : null };
  });
  const keys = new Set(columns.flatMap((column) => (column.fieldKey ? [column.fieldKey] : [])));
  return { sheet: header.sheet, role: roleOf(keys), headerRow: header.rowNumber, columns, version: forcedVersion ?? detectVersion(columns) };
}

function roleOf(keys: Set<string>): SheetRole | null {
  if (keys.has('desil') && [...keys].every((key) => DESIL_KEYS.has(key))) return 'desil';
  if (keys.has('nik')) return 'members';
  if (keys.has('noKk')) return 'families';
  if (keys.has('idDtks')) return 'households';
  return null;
}

/** Regsosek 2022-K files are headed by question numbers (`303`, `r303`, `303. Jenis lantai`); DTKS files by names. */
function detectVersion(columns: PlannedColumn[]): QuestionnaireVersion {
  const mapped = columns.filter((column) => column.fieldKey);
  const numbered = mapped.filter((column) => /^r?\d{3}[a-z]?\d?/.test(normalizeHeader(column.header))).length;
  return numbered > mapped.length / 3 ? 'REGSOSEK2022K' : 'PBDT2015';
}

export function sortPlans(plans: SheetPlan[]): SheetPlan[] {
  return plans.filter((plan) => plan.role).sort((a, b) => ROLE_ORDER[a.role as SheetRole] - ROLE_ORDER[b.role as SheetRole]);
}

export function layoutName(plans: SheetPlan[]): string {
  const roles = plans.map((plan) => plan.role).filter(Boolean);
  if (roles.includes('households') && roles.includes('members')) return 'RT+ART (DTKS/BDT)';
  if (roles.includes('families') && roles.includes('members')) return 'Keluarga+Anggota';
  if (roles.length === 1 && roles[0] === 'desil') return 'Daftar desil SIKS-NG';
  if (roles.length === 1 && roles[0] === 'households') return 'Rumah tangga (RT) DTKS/BDT';
  if (roles.length === 1 && roles[0] === 'families') return 'Keluarga';
  if (roles.length === 1 && roles[0] === 'members') return 'Anggota (satu baris per orang)';
  return roles.join('+') || 'tidak dikenali';
}

/** Problems that make a mapping unusable: the same header twice, or two columns for one field. */
export function headerProblems(plan: SheetPlan): RowProblem[] {
  const problems: RowProblem[] = [];
  const seenHeaders = new Map<string, PlannedColumn>();
  const seenFields = new Map<string, PlannedColumn>();
  for (const column of plan.columns) {
    const normalized = normalizeHeader(column.header);
    const earlier = normalized ? seenHeaders.get(normalized) : undefined;
    if (earlier) {
      problems.push({ sheet: plan.sheet, row: plan.headerRow, column: column.letter, value: column.header, message: `Judul kolom "${column.header}" ganda (juga di kolom ${earlier.letter}).` });
    } else if (normalized) seenHeaders.set(normalized, column);
    if (!column.fieldKey) continue;
    const sameField = seenFields.get(column.fieldKey);
    if (sameField && !earlier) {
      const label = fieldByKey(column.fieldKey)?.label ?? column.fieldKey;
      problems.push({ sheet: plan.sheet, row: plan.headerRow, column: column.letter, value: column.header, message: `Kolom ${sameField.letter} dan ${column.letter} sama-sama dipetakan ke "${label}".` });
    } else seenFields.set(column.fieldKey, column);
  }
  return problems;
}
