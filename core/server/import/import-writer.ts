import type { Sqlite } from '../../../db/open';
import type { RegionResolver } from './region-resolver';
import type { RowProblem, SheetPlan } from './plan';
import { RowShape, type FieldValues, type RowValues } from './rows';
import { familySummarySql } from '../services/family-summary';
import { isPresentMember } from '../validation/facts';
import { FreshFamily } from './fresh-records';
import { FAMILY_SLOTS, InsertLayouts, MARK_COLUMNS, type RecordMarks } from './insert-layouts';
import { PendingInserts, type InsertGroup } from './pending-inserts';
import { asText, changesOf, TableWriter, toColumns, type FieldChange, type Row } from './table-writer';

export type Outcome = 'new' | 'updated' | 'unchanged';
type Entity = 'family' | 'member' | 'household';

/** Columns that are not catalogue fields but follow the file: region, household link, a ruta's family answers. */
const LINK_COLUMNS = ['desa_code', 'kecamatan_code', 'household_id', 'family_fields_json'];
const REGION_KEYS = ['kodeProvinsi', 'kodeKabupaten', 'kodeKecamatan', 'kodeDesa', 'namaKecamatan', 'namaDesa'] as const;

export interface WriterContext extends RecordMarks {
  db: Sqlite;
  userId: number;
  regions: RegionResolver;
  /** The workspace had no families: every No KK is new, so the database need not be asked. */
  startedEmpty: boolean;
}

export type RowResult = { ok: true; outcome: Outcome } | { ok: false; problems: Omit<RowProblem, 'sheet' | 'row'>[] };
type Region = { ok: true; columns: { desa_code?: string; kecamatan_code?: string } } | { ok: false; problem: Omit<RowProblem, 'sheet' | 'row'> };

/** One sheet's rows as the writer reads them. */
class SheetRows {
  readonly shape: RowShape;
  readonly layouts: InsertLayouts;
  readonly get;
  /** Where this sheet's new members, and its new families (unless a household adds fields), are queued. */
  readonly memberGroup: InsertGroup;
  readonly familyGroup: InsertGroup;
  constructor(plan: SheetPlan, pending: PendingInserts) {
    this.shape = new RowShape(plan);
    this.layouts = new InsertLayouts(this.shape);
    this.memberGroup = pending.group('members', this.layouts.memberColumns());
    this.familyGroup = pending.group('families', this.layouts.familyColumns(null));
    const read = (key: string) => this.shape.reader(key);
    this.get = {
      noKk: read('noKk'), nik: read('nik'), nama: read('nama'), idArtBdt: read('idArtBdt'), idDtks: read('idDtks'), relationship: read('hubunganKeluarga'),
      desil: read('desil'), desilEdisi: read('desilEdisi'), desilSumber: read('desilSumber'),
      region: REGION_KEYS.map((key) => [key, read(key)] as const),
    };
  }
}

/**
 * Applies parsed rows inside the import's transaction: families matched by No KK, members by
 * IDARTBDT or NIK within the family, households by IDBDT. Records the import creates are queued and
 * written many rows per statement; they are audited once, by the import's own entry (run-import.ts).
 * Changed fields of existing records are audited one by one with the import; a field edited locally
 * since the record was last imported is listed as a conflict.
 */
export class ImportWriter {
  readonly conflicts: { entity: Entity; entityId: number; change: FieldChange }[] = [];
  readonly touchedFamilies = new Set<number>();
  /** Families whose member count and head must be recounted in SQL at the end. */
  private readonly staleSummaries = new Set<number>();
  private readonly families: TableWriter;
  private readonly members: TableWriter;
  private readonly households: TableWriter;
  private readonly pending: PendingInserts;
  private readonly familyByKk = new Map<string, number>();
  /** Families with this id or above are created by this import; `fresh` holds them from that id on. */
  private readonly firstFreshFamily: number;
  private readonly fresh: FreshFamily[] = [];
  private open: FreshFamily | null = null;
  private readonly regionCache = new Map<string, Region>();
  private householdsExist: boolean;
  private readonly statements;

  constructor(private readonly ctx: WriterContext) {
    const { db } = ctx;
    this.families = new TableWriter(db, 'families');
    this.members = new TableWriter(db, 'members');
    this.households = new TableWriter(db, 'households');
    this.pending = new PendingInserts(db, MARK_COLUMNS, { version: ctx.version, importId: ctx.importId, auditMark: ctx.auditMark, now: ctx.now });
    this.firstFreshFamily = db.prepare('SELECT coalesce(max(id), 0) + 1 FROM families').pluck().get() as number;
    this.householdsExist = db.prepare('SELECT EXISTS (SELECT 1 FROM households)').pluck().get() === 1;
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

  /** The function that applies one parsed row of this sheet. */
  sheet(plan: SheetPlan, fileName: string): (values: RowValues) => RowResult {
    const rows = new SheetRows(plan, this.pending);
    switch (plan.role) {
      case 'members': return (values) => this.member(rows, values);
      case 'families': return (values) => this.family(rows, values);
      case 'households': return (values) => this.household(rows, values);
      default: return (values) => this.desil(rows, values, fileName);
    }
  }

  private household(rows: SheetRows, values: RowValues): RowResult {
    const idDtks = rows.get.idDtks(values) as string | null;
    if (!idDtks) return { ok: false, problems: [{ column: 'IDBDT', value: '', message: 'ID DTKS (IDBDT) kosong: baris rumah tangga tidak dapat dicocokkan.' }] };
    const region = this.region(rows, values, false);
    if (!region.ok) return { ok: false, problems: [region.problem] };
    const own = rows.shape.fieldValues(values, 'household');
    const familyFields = JSON.stringify(rows.shape.fieldValues(values, 'family'));
    const existing = this.householdsExist ? (this.statements.householdByIdDtks.get(idDtks) as { id: number } | undefined) : undefined;
    const columns = { ...toColumns(own), ...region.columns, family_fields_json: familyFields };
    if (!existing) {
      this.households.insert({ id_dtks: idDtks, questionnaire_version: this.ctx.version, ...columns, ...this.marks() });
      this.householdsExist = true;
      return { ok: true, outcome: 'new' };
    }
    return { ok: true, outcome: this.applyChanges('household', this.households, existing.id, own, columns) };
  }

  private family(rows: SheetRows, values: RowValues): RowResult & { familyId?: number } {
    const noKk = rows.get.noKk(values) as string | null;
    if (!noKk) return { ok: false, problems: [{ column: 'Nomor KK', value: '', message: 'Nomor KK kosong: keluarga tidak dapat dicocokkan.' }] };
    // A member file lists a family's rows together: most rows are of the family just opened.
    const known = this.open?.noKk === noKk ? this.open.id : this.familyByKk.get(noKk);
    if (known !== undefined) return { ok: true, outcome: 'unchanged', familyId: known };

    const existingId = this.ctx.startedEmpty ? undefined : (this.statements.familyByKk.get(noKk) as number | undefined);
    const region = this.region(rows, values, existingId === undefined);
    if (!region.ok) return { ok: false, problems: [region.problem] };
    const idDtks = rows.get.idDtks(values) as string | null;
    const household = idDtks && this.householdsExist ? (this.statements.householdByIdDtks.get(idDtks) as { id: number; family_fields_json: string | null } | undefined) : undefined;
    const inherited = household?.family_fields_json ? (JSON.parse(household.family_fields_json) as FieldValues) : null;

    let outcome: Outcome;
    let familyId: number;
    if (existingId === undefined) {
      familyId = this.pending.nextId('families');
      this.closeOpenFamily();
      this.writeIfReady();
      const group = inherited ? this.pending.group('families', rows.layouts.familyColumns(inherited)) : rows.familyGroup;
      const at = rows.layouts.pushFamily(group, values, familyId, region.columns as { desa_code: string; kecamatan_code: string }, household?.id ?? null, inherited);
      this.open = new FreshFamily(familyId, noKk, group, at);
      this.fresh[familyId - this.firstFreshFamily] = this.open;
      outcome = 'new';
    } else {
      familyId = existingId;
      const own = { ...inherited, ...rows.shape.fieldValues(values, 'family') };
      const columns: Record<string, unknown> = { ...toColumns(own), ...region.columns, ...(household ? { household_id: household.id } : {}) };
      outcome = this.applyChanges('family', this.families, familyId, own, columns);
      this.staleSummaries.add(familyId);
    }
    this.familyByKk.set(noKk, familyId);
    this.touchedFamilies.add(familyId);
    return { ok: true, outcome, familyId };
  }

  private member(rows: SheetRows, values: RowValues): RowResult {
    const nik = rows.get.nik(values) as string | null;
    if (!nik) return { ok: false, problems: [{ column: 'NIK', value: '', message: 'NIK kosong: setiap anggota keluarga harus memiliki NIK.' }] };
    const name = rows.get.nama(values) as string | null;
    if (!name) return { ok: false, problems: [{ column: 'Nama', value: '', message: 'Nama anggota keluarga kosong.' }] };
    const family = this.family(rows, values);
    if (!family.ok || family.familyId === undefined) return family;
    const familyId = family.familyId;
    const fresh = familyId >= this.firstFreshFamily ? this.fresh[familyId - this.firstFreshFamily] : undefined;
    const existingId = fresh ? fresh.memberId(nik) : this.storedMember(rows.get.idArtBdt(values) as string | null, familyId, nik);
    let outcome: Outcome;
    if (existingId === undefined) {
      const id = this.pending.nextId('members');
      const presence = rows.layouts.presence(values);
      rows.layouts.pushMember(rows.memberGroup, values, id, familyId, presence);
      fresh?.addMember(id, nik, { present: isPresentMember(presence, this.ctx.version), isHead: rows.get.relationship(values) === 1, name });
      if (!fresh?.isOpen) {
        this.staleSummaries.add(familyId);
        this.writeIfReady();
      }
      outcome = 'new';
    } else {
      // A member of a family this import created was matched by its NIK, so only stored members can differ.
      const current = this.stored(this.members, existingId);
      if (lostLastDigit(nik, current.nik as string)) {
        return { ok: false, problems: [{ column: 'NIK', value: nik, message: `NIK "${nik}" tampaknya dirusak Excel: sama dengan NIK anggota ini di workspace kecuali digit terakhir yang menjadi 0. Ekspor ulang kolom NIK sebagai teks.` }] };
      }
      const own = rows.shape.fieldValues(values, 'member');
      outcome = this.applyChanges('member', this.members, existingId, own, toColumns(own), current);
      if (outcome === 'updated') this.staleSummaries.add(familyId);
    }
    this.touchedFamilies.add(familyId);
    return { ok: true, outcome: family.outcome === 'new' ? 'new' : outcome === 'unchanged' ? family.outcome : outcome };
  }

  private desil(rows: SheetRows, values: RowValues, source: string): RowResult {
    const { get } = rows;
    const givenKk = get.noKk(values) as string | null;
    const nik = get.nik(values) as string | null;
    const noKk = givenKk ?? (nik ? this.kkOfNik(nik) : null);
    const familyId = noKk ? (this.familyByKk.get(noKk) ?? (this.statements.familyByKk.get(noKk) as number | undefined)) : undefined;
    if (familyId === undefined) {
      const value = String(givenKk ?? nik ?? '');
      return { ok: false, problems: [{ column: givenKk ? 'Nomor KK' : 'NIK', value, message: `Keluarga dengan ${givenKk ? 'Nomor KK' : 'NIK'} "${value}" tidak ada di workspace; desil tidak dapat dicatat.` }] };
    }
    const own: FieldValues = { desil: get.desil(values), desilEdisi: get.desilEdisi(values) ?? this.ctx.now.slice(0, 10), desilSumber: get.desilSumber(values) ?? source };
    return { ok: true, outcome: this.applyChanges('family', this.families, familyId, own, toColumns(own)) };
  }

  /** Head and member count of the families whose rows came apart or already existed (after flush()). */
  refreshFamilySummaries(): void {
    const { db } = this.ctx;
    db.exec('CREATE TEMP TABLE IF NOT EXISTS import_touched (id INTEGER PRIMARY KEY); DELETE FROM import_touched;');
    const add = db.prepare('INSERT OR IGNORE INTO import_touched (id) VALUES (?)');
    for (const id of this.staleSummaries) add.run(id);
    db.exec(familySummarySql('id IN (SELECT id FROM import_touched)'));
    db.exec('DROP TABLE import_touched');
  }

  private closeOpenFamily(): void {
    this.open?.close(FAMILY_SLOTS);
    this.open = null;
  }

  /** Queued rows are written only with no family open: its row still waits for its count and head. */
  private writeIfReady(): void {
    if (!this.pending.ready()) return;
    this.closeOpenFamily();
    this.pending.write(false);
  }

  /** Everything queued reaches the tables: at the end, and before any lookup or update that might concern a queued record. */
  flush(): void {
    this.closeOpenFamily();
    this.pending.write(true);
  }

  private storedMember(idArt: string | null, familyId: number, nik: string): number | undefined {
    this.flush();
    return ((idArt ? this.statements.memberByArt.get(idArt) : undefined) ?? this.statements.memberByNik.get(familyId, nik)) as number | undefined;
  }

  /** A stored record as it is now, queued rows written first. */
  private stored(table: TableWriter, id: number): Row {
    this.flush();
    return table.get(id) as Row;
  }

  private applyChanges(entity: Entity, table: TableWriter, id: number, values: FieldValues, columns: Record<string, unknown>, current = this.stored(table, id)): Outcome {
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

  /** Region of a row, resolved once per distinct set of region cells; a new family must have one. */
  private region(rows: SheetRows, values: RowValues, required: boolean): Region {
    const input: Record<string, string | null> = {};
    let key = '';
    for (const [name, read] of rows.get.region) {
      const value = read(values) as string | null;
      input[name] = value;
      key += `${value ?? ''}\u0000`;
    }
    if (input.kodeDesa === null && input.namaDesa === null) {
      return required ? { ok: false, problem: { column: 'Kode desa', value: '', message: 'Keluarga baru tanpa desa/kelurahan: berkas harus memuat kode desa atau nama kecamatan dan desa.' } } : { ok: true, columns: {} };
    }
    let region = this.regionCache.get(key);
    if (!region) {
      const resolved = this.ctx.regions.resolve(input);
      region = resolved.ok
        ? { ok: true, columns: { desa_code: resolved.desaCode, kecamatan_code: resolved.kecamatanCode } }
        : { ok: false, problem: { column: resolved.column, value: resolved.value, message: resolved.message } };
      this.regionCache.set(key, region);
    }
    return region;
  }

  private kkOfNik(nik: string): string | null {
    this.flush();
    const familyId = this.statements.memberFamilyByNik.get(nik) as number | undefined;
    return familyId === undefined ? null : (this.families.get(familyId)?.no_kk as string | undefined) ?? null;
  }

  private audit(entity: Entity, id: number, field: string | null, oldValue: string | null, newValue: string | null): void {
    this.statements.audit.run(this.ctx.now, this.ctx.userId, 'update', entity, id, field, oldValue, newValue, this.ctx.importId);
  }
}

/**
 * A CSV keeps no trace of Excel's 15-digit precision: a NIK saved from a number cell arrives as 16 digits
 * ending in 0. It shows only against the record it updates (matched by IDARTBDT): the same first 15 digits.
 */
function lostLastDigit(incoming: string, stored: string): boolean {
  return incoming !== stored && incoming.endsWith('0') && incoming.slice(0, 15) === stored.slice(0, 15);
}
