import { fieldByKey, type QuestionnaireVersion } from '../../domain/catalogue';
import type { InsertGroup } from './pending-inserts';
import type { FieldValues, RowShape, RowValues } from './rows';

/** Columns every created family row starts with, in this order; the sheet's family fields follow. */
const FAMILY_LEAD = ['id', 'head_name', 'member_count', 'desa_code', 'kecamatan_code', 'household_id'];
export const FAMILY_SLOTS = { headAt: 1, countAt: 2 };
const MEMBER_LEAD = ['id', 'family_id', 'presence'];

export interface RecordMarks {
  version: QuestionnaireVersion;
  importId: number;
  auditMark: number;
  now: string;
}

/** The same in every record an import creates: bound once per statement (named parameters of RecordMarks). */
export const MARK_COLUMNS = { questionnaire_version: 'version', last_import_id: 'importId', import_audit_mark: 'auditMark', created_at: 'now', updated_at: 'now' } as const;

/**
 * The column list and values of the rows a sheet creates, taken straight from the parsed row's slots
 * (no per-row objects). Family fields a DTKS household passes down (`inherited`) that the sheet does
 * not have are appended as extra columns.
 */
export class InsertLayouts {
  private readonly familyFields;
  private readonly memberFields;
  private readonly presenceSlot: number | undefined;
  private readonly headSlot: number | undefined;

  constructor(private readonly shape: RowShape) {
    const family = shape.entities.family;
    const keep = family.columns.map((column) => column !== 'head_name');
    this.familyFields = { columns: family.columns.filter((_, i) => keep[i]), slots: family.slots.filter((_, i) => keep[i]) };
    const member = shape.entities.member;
    const other = member.columns.map((column) => column !== 'presence');
    this.memberFields = { columns: member.columns.filter((_, i) => other[i]), slots: member.slots.filter((_, i) => other[i]) };
    this.presenceSlot = shape.slot('keberadaan');
    this.headSlot = shape.slot('namaKepalaKeluarga');
  }

  familyColumns(inherited: FieldValues | null): string[] {
    const extra = this.inheritedOnly(inherited);
    return [...FAMILY_LEAD, ...this.familyFields.columns, ...extra.map((key) => fieldByKey(key)!.column)];
  }

  /**
   * Queues a family row and returns where it starts. head_name starts as the file's (or the
   * household's) head name; a member who heads the family replaces it (FreshFamily).
   */
  pushFamily(group: InsertGroup, values: RowValues, id: number, region: { desa_code: string; kecamatan_code: string }, householdId: number | null, inherited: FieldValues | null): number {
    const { buffer } = group;
    const at = buffer.length;
    const head = this.headSlot === undefined ? inherited?.namaKepalaKeluarga : values[this.headSlot];
    buffer.push(id, head ?? '', 0, region.desa_code, region.kecamatan_code, householdId);
    for (const slot of this.familyFields.slots) buffer.push(values[slot] ?? null);
    for (const key of this.inheritedOnly(inherited)) buffer.push(inherited![key] ?? null);
    group.added();
    return at;
  }

  readonly memberColumns = (): string[] => [...MEMBER_LEAD, ...this.memberFields.columns];

  presence(values: RowValues): number {
    return this.presenceSlot === undefined ? 1 : ((values[this.presenceSlot] as number | null) ?? 1);
  }

  pushMember(group: InsertGroup, values: RowValues, id: number, familyId: number, presence: number): void {
    const { buffer } = group;
    buffer.push(id, familyId, presence);
    for (const slot of this.memberFields.slots) buffer.push(values[slot] ?? null);
    group.added();
  }

  private inheritedOnly(inherited: FieldValues | null): string[] {
    if (!inherited) return [];
    const own = new Set(this.shape.entities.family.keys);
    return Object.keys(inherited).filter((key) => !own.has(key) && key !== 'namaKepalaKeluarga' && fieldByKey(key) && !fieldByKey(key)!.locatesOnly);
  }
}
