import type { QuestionnaireVersion } from '../../domain/catalogue';
import type { Sqlite } from '../../../db/open';
import type { RegionResolver } from './region-resolver';
import type { EntityParts, FieldValues } from './rows';
import type { RowProblem } from './plan';
import { familySummarySql } from '../services/family-summary';
import { asText, changesOf, TableWriter, toColumns, type FieldChange, type Row } from './table-writer';

export type Outcome = 'new' | 'updated' | 'unchanged';
type Entity = 'family' | 'member' | 'household';

/** Columns that are not catalogue fields but follow the file: region, household link, a ruta's family answers. */
const LINK_COLUMNS = ['desa_code', 'kecamatan_code', 'household_id', 'family_fields_json'];

export interface WriterContext {
  db: Sqlite;
  importId: number;
  userId: number;
  /** Audit position when the import started: local edits after a record's mark are conflicts. */
  auditMark: number;
  now: string;
  version: QuestionnaireVersion;
  regions: RegionResolver;
  /** The workspace had no families: every No KK is new, so the database need not be asked. */
  startedEmpty: boolean;
}

export type RowResult = { ok: true; outcome: Outcome } | { ok: false; problems: Omit<RowProblem, 'sheet' | 'row'>[] };

/**
 * Applies parsed rows inside the import's transaction: families matched by No KK, members by
 * IDARTBDT or NIK within the family, households by IDBDT. Changed fields are audited with the
 * import; a field edited locally since the record was last imported is listed as a conflict.
 */
export class ImportWriter {
  readonly conflicts: { entity: Entity; entityId: number; change: FieldChange }[] = [];
  readonly touchedFamilies = new Set<number>();
  private readonly families: TableWriter;
  private readonly members: TableWriter;
  private readonly households: TableWriter;
  private readonly familyByKk = new Map<string, number>();
  /** Families created by this import, and their members by NIK (`familyId:nik`): no database lookup needed. */
  private readonly newFamilies = new Set<number>();
  private readonly newMembers = new Map<string, number>();
  private readonly statements;

  constructor(private readonly ctx: WriterContext) {
    const { db } = ctx;
    this.families = new TableWriter(db, 'families');
    this.members = new TableWriter(db, 'members');
    this.households = new TableWriter(db, 'households');
    this.statements = {
      familyByKk: db.prepare('SELECT id FROM families WHERE no_kk = ? ORDER BY id LIMIT 1').pluck(),
      householdByIdDtks: db.prepare('SELECT id, family_fields_json FROM households WHERE id_dtks = ?'),
      memberByArt: db.prepare('SELECT id FROM members WHERE id_art_bdt = ? LIMIT 1').pluck(),
      memberByNik: db.prepare('SELECT id FROM members WHERE family_id = ? AND nik = ? LIMIT 1').pluck(),
      memberFamilyByNik: db.prepare('SELECT family_id FROM members WHERE nik = ? ORDER BY id LIMIT 1').pluck(),
      localEdit: db.prepare('SELECT 1 FROM audit_log WHERE entity = ? AND entity_id = ? AND field IN (?, ?) AND import_id IS NULL AND id > ? LIMIT 1').pluck(),
      audit: db.prepare('INSERT INTO audit_log (at, user_id, action, entity, entity_id, field, old_value, new_value, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    };
  }

  household(values: FieldValues, parts: EntityParts): RowResult {
    const idDtks = values.idDtks as string | null;
    if (!idDtks) return { ok: false, problems: [{ column: 'IDBDT', value: '', message: 'ID DTKS (IDBDT) kosong: baris rumah tangga tidak dapat dicocokkan.' }] };
    const region = this.optionalRegion(values);
    if (!region.ok) return { ok: false, problems: [region.problem] };
    const own = parts.household;
    const familyFields = JSON.stringify(parts.family);
    const existing = this.statements.householdByIdDtks.get(idDtks) as { id: number } | undefined;
    const columns = { ...toColumns(own), ...region.columns, family_fields_json: familyFields };
    if (!existing) {
      const id = this.households.insert({ id_dtks: idDtks, questionnaire_version: this.ctx.version, ...columns, ...this.marks() });
      this.auditCreate('household', id);
      return { ok: true, outcome: 'new' };
    }
    return { ok: true, outcome: this.applyChanges('household', this.households, existing.id, own, columns) };
  }

  family(values: FieldValues, parts: EntityParts): RowResult & { familyId?: number } {
    const noKk = values.noKk as string | null;
    if (!noKk) return { ok: false, problems: [{ column: 'Nomor KK', value: '', message: 'Nomor KK kosong: keluarga tidak dapat dicocokkan.' }] };
    const known = this.familyByKk.get(noKk);
    if (known !== undefined) return { ok: true, outcome: 'unchanged', familyId: known };

    const existingId = this.ctx.startedEmpty ? undefined : (this.statements.familyByKk.get(noKk) as number | undefined);
    const region = existingId === undefined ? this.requiredRegion(values) : this.optionalRegion(values);
    if (!region.ok) return { ok: false, problems: [region.problem] };
    const household = values.idDtks ? (this.statements.householdByIdDtks.get(values.idDtks) as { id: number; family_fields_json: string | null } | undefined) : undefined;
    const inherited = household?.family_fields_json ? (JSON.parse(household.family_fields_json) as FieldValues) : {};
    const own = household ? { ...inherited, ...parts.family } : parts.family;
    const columns: Record<string, unknown> = { ...toColumns(own), ...region.columns, ...(household ? { household_id: household.id } : {}) };

    let outcome: Outcome;
    let familyId: number;
    if (existingId === undefined) {
      familyId = this.families.insert({ questionnaire_version: this.ctx.version, ...columns, head_name: columns.head_name ?? '', ...this.marks() });
      this.newFamilies.add(familyId);
      this.auditCreate('family', familyId);
      outcome = 'new';
    } else {
      familyId = existingId;
      outcome = this.applyChanges('family', this.families, familyId, own, columns);
    }
    this.familyByKk.set(noKk, familyId);
    this.touchedFamilies.add(familyId);
    return { ok: true, outcome, familyId };
  }

  member(values: FieldValues, parts: EntityParts): RowResult {
    const nik = values.nik as string | null;
    if (!nik) return { ok: false, problems: [{ column: 'NIK', value: '', message: 'NIK kosong: setiap anggota keluarga harus memiliki NIK.' }] };
    if (!values.nama) return { ok: false, problems: [{ column: 'Nama', value: '', message: 'Nama anggota keluarga kosong.' }] };
    const family = this.family(values, parts);
    if (!family.ok || family.familyId === undefined) return family;
    const familyId = family.familyId;
    const own = parts.member;
    const columns = toColumns(own);

    const fresh = this.newFamilies.has(familyId);
    const freshKey = `${familyId}:${nik}`;
    const idArt = values.idArtBdt as string | null;
    const existingId = fresh ? this.newMembers.get(freshKey) : ((idArt ? this.statements.memberByArt.get(idArt) : undefined) ?? this.statements.memberByNik.get(familyId, nik)) as number | undefined;
    let outcome: Outcome;
    if (existingId === undefined) {
      columns.family_id = familyId;
      columns.questionnaire_version = this.ctx.version;
      columns.presence ??= 1;
      columns.last_import_id = this.ctx.importId;
      columns.import_audit_mark = this.ctx.auditMark;
      const id = this.members.insert(columns);
      if (fresh) this.newMembers.set(freshKey, id);
      this.auditCreate('member', id);
      outcome = 'new';
    } else {
      outcome = this.applyChanges('member', this.members, existingId, own, columns);
    }
    this.touchedFamilies.add(familyId);
    return { ok: true, outcome: family.outcome === 'new' ? 'new' : outcome === 'unchanged' ? family.outcome : outcome };
  }

  desil(values: FieldValues, source: string): RowResult {
    const noKk = (values.noKk as string | null) ?? (values.nik ? this.kkOfNik(values.nik as string) : null);
    const familyId = noKk ? (this.familyByKk.get(noKk) ?? (this.statements.familyByKk.get(noKk) as number | undefined)) : undefined;
    if (familyId === undefined) {
      const value = String(values.noKk ?? values.nik ?? '');
      return { ok: false, problems: [{ column: values.noKk ? 'Nomor KK' : 'NIK', value, message: `Keluarga dengan ${values.noKk ? 'Nomor KK' : 'NIK'} "${value}" tidak ada di workspace; desil tidak dapat dicatat.` }] };
    }
    const own: FieldValues = { desil: values.desil ?? null, desilEdisi: values.desilEdisi ?? this.ctx.now.slice(0, 10), desilSumber: values.desilSumber ?? source };
    return { ok: true, outcome: this.applyChanges('family', this.families, familyId, own, toColumns(own)) };
  }

  /** Head name and present-member count of every family the import touched. */
  refreshFamilySummaries(): void {
    const { db } = this.ctx;
    db.exec('CREATE TEMP TABLE IF NOT EXISTS import_touched (id INTEGER PRIMARY KEY); DELETE FROM import_touched;');
    const add = db.prepare('INSERT OR IGNORE INTO import_touched (id) VALUES (?)');
    for (const id of this.touchedFamilies) add.run(id);
    db.exec(familySummarySql('id IN (SELECT id FROM import_touched)'));
    db.exec('DROP TABLE import_touched');
  }

  private applyChanges(entity: Entity, table: TableWriter, id: number, values: FieldValues, columns: Record<string, unknown>): Outcome {
    const current = table.get(id) as Row;
    const changes = changesOf(current, values);
    const linked = LINK_COLUMNS.filter((column) => column in columns && current[column] !== columns[column]);
    if (changes.length === 0 && linked.length === 0) return 'unchanged';
    const mark = Number(current.import_audit_mark ?? 0);
    const update: Record<string, unknown> = {};
    for (const change of changes) {
      if (this.statements.localEdit.get(entity, id, change.auditField, change.legacyAuditField, mark)) {
        this.conflicts.push({ entity, entityId: id, change });
        continue;
      }
      update[change.column] = change.newValue;
      this.audit(entity, id, change.auditField, asText(change.oldValue), asText(change.newValue));
    }
    if (Object.keys(update).length === 0 && linked.length === 0) return 'unchanged';
    for (const column of linked) {
      update[column] = columns[column];
      if (column !== 'family_fields_json') this.audit(entity, id, column, asText(current[column]), asText(columns[column]));
    }
    table.update(id, { ...update, version: Number(current.version) + 1, updated_at: this.ctx.now, ...this.marks() });
    return 'updated';
  }

  private marks() {
    return { last_import_id: this.ctx.importId, import_audit_mark: this.ctx.auditMark };
  }

  private requiredRegion(values: FieldValues) {
    const region = this.optionalRegion(values);
    if (region.ok && !region.columns.desa_code) {
      return { ok: false as const, problem: { column: 'Kode desa', value: '', message: 'Keluarga baru tanpa desa/kelurahan: berkas harus memuat kode desa atau nama kecamatan dan desa.' } };
    }
    return region;
  }

  private optionalRegion(values: FieldValues) {
    const has = ['kodeDesa', 'namaDesa'].some((key) => values[key] !== null && values[key] !== undefined);
    if (!has) return { ok: true as const, columns: {} as Record<string, string> };
    const resolved = this.ctx.regions.resolve(values as Record<string, string | null>);
    if (!resolved.ok) return { ok: false as const, problem: { column: resolved.column, value: resolved.value, message: resolved.message } };
    return { ok: true as const, columns: { desa_code: resolved.desaCode, kecamatan_code: resolved.kecamatanCode } };
  }

  private kkOfNik(nik: string): string | null {
    const familyId = this.statements.memberFamilyByNik.get(nik) as number | undefined;
    return familyId === undefined ? null : (this.families.get(familyId)?.no_kk as string | undefined) ?? null;
  }

  private auditCreate(entity: Entity, id: number): void {
    this.audit(entity, id, null, null, null, 'create');
  }

  private audit(entity: Entity, id: number, field: string | null, oldValue: string | null, newValue: string | null, action = 'update'): void {
    this.statements.audit.run(this.ctx.now, this.ctx.userId, action, entity, id, field, oldValue, newValue, this.ctx.importId);
  }
}
