import { ApiError } from '../../contract/errors';
import { allowedCodes, fieldByKey, type CatalogueField, type QuestionnaireVersion } from '../../domain/catalogue';
import { isPresent } from '../../domain/rules';
import { appendAudit } from '../../../db/queries/audit';
import { loadFamilyCard, loadMemberCard, loadMemberCards, type FamilyCardRow, type MemberCardRow } from '../../../db/queries/family-card';
import type { StoredValue } from '../../../db/queries/records';
import type { Sqlite } from '../../../db/open';
import { recheckFamilies } from '../validation/runner';
import { refreshFamilySummary } from './family-summary';

/** Columns an operation writes that are not catalogue fields, with the key their audit entries use. */
const EXTRA_COLUMNS = {
  familyId: 'family_id',
  presenceDate: 'presence_date',
  presenceReason: 'presence_reason',
  duplicateOf: 'duplicate_of_id',
} as const;
export type ExtraKey = keyof typeof EXTRA_COLUMNS;

const STALE =
  'Data keluarga ini sudah diubah (di jendela lain atau oleh impor) sejak Anda membukanya. Data terbaru sudah dimuat; periksa lalu ulangi perintah.';

export interface VersionRef {
  id: number;
  version: number;
}

type Pending = { column: string; value: StoredValue }[];

/**
 * One family operation: loads and version-checks the records it acts on, queues their changes, and on
 * `finish` writes each record once (version + 1), audits every changed field under the operation's action,
 * keeps the touched families' head name and member count in sync (audited too) and re-checks them.
 * Always run inside `runOperation`, so it is one transaction.
 */
export class FamilyOperation {
  readonly at = new Date().toISOString();
  private readonly pending = new Map<string, Pending>();
  private readonly touched = new Set<number>();
  private readonly created = new Set<number>();

  constructor(
    readonly db: Sqlite,
    private readonly userId: number,
    private readonly action: string,
  ) {}

  family(id: number, expectedVersion?: number): FamilyCardRow {
    const family = loadFamilyCard(this.db, id);
    if (!family) throw new ApiError('NOT_FOUND', `Keluarga dengan id ${id} tidak ditemukan.`);
    if (expectedVersion !== undefined && expectedVersion !== family.version) throw stale('family', id, family.version);
    return family;
  }

  member(ref: VersionRef): MemberCardRow {
    const member = loadMemberCard(this.db, ref.id);
    if (!member) throw new ApiError('NOT_FOUND', `Anggota keluarga dengan id ${ref.id} tidak ditemukan.`);
    if (ref.version !== member.version) throw stale('member', ref.id, member.version);
    return member;
  }

  members(familyId: number): MemberCardRow[] {
    return loadMemberCards(this.db, familyId);
  }

  /** Queues a catalogue field change of a family or member (no-op when the value is the same). */
  set(entity: 'family' | 'member', record: { id: number; values: Record<string, StoredValue> }, key: string, value: StoredValue): void {
    const field = catalogueField(key);
    const old = record.values[key] ?? null;
    if (old === value) return;
    this.queue(entity, record.id, field.column, value);
    this.audit(entity, record.id, key, old, value);
    if (entity === 'member') this.touch((record as MemberCardRow).familyId);
  }

  /** Queues a change of a member column outside the catalogue (family link, presence date and reason, duplicate link). */
  setExtra(member: MemberCardRow, key: ExtraKey, old: StoredValue, value: StoredValue, audited: { old: StoredValue; value: StoredValue } = { old, value }): void {
    if (old === value) return;
    this.queue('member', member.id, EXTRA_COLUMNS[key], value);
    this.audit('member', member.id, key === 'familyId' ? 'noKk' : key, audited.old, audited.value);
    this.touch(member.familyId);
  }

  /** Inserts a record with the given columns; every non-empty catalogue value is audited as set by this operation. */
  insert(entity: 'family' | 'member', columns: Record<string, StoredValue>, auditValues: Record<string, StoredValue>): number {
    const names = Object.keys(columns);
    const table = entity === 'family' ? 'families' : 'members';
    const { lastInsertRowid } = this.db
      .prepare(`INSERT INTO ${table} (${names.map((n) => `"${n}"`).join(', ')}, created_at, updated_at) VALUES (${names.map(() => '?').join(', ')}, ?, ?)`)
      .run(...names.map((n) => columns[n]), this.at, this.at);
    const id = Number(lastInsertRowid);
    for (const [key, value] of Object.entries(auditValues)) if (value !== null && value !== '') this.audit(entity, id, key, null, value);
    if (entity === 'family') this.created.add(id);
    return id;
  }

  touch(familyId: number): void {
    this.touched.add(familyId);
  }

  audit(entity: 'family' | 'member', id: number, field: string, old: StoredValue, value: StoredValue): void {
    appendAudit(this.db, { userId: this.userId, action: this.action, entity, entityId: id, field, oldValue: text(old), newValue: text(value) }, this.at);
  }

  /** Writes the queued changes, syncs and re-checks the touched families. */
  finish(): void {
    for (const [key, changes] of this.pending) {
      const [entity, id] = key.split(':') as ['family' | 'member', string];
      if (entity === 'member') this.write('members', Number(id), changes);
    }
    for (const familyId of this.touched) {
      const before = this.summary(familyId);
      refreshFamilySummary(this.db, familyId);
      const after = this.summary(familyId);
      if (before.headName !== after.headName) this.audit('family', familyId, 'namaKepalaKeluarga', before.headName, after.headName);
      if (before.memberCount !== after.memberCount) this.audit('family', familyId, 'memberCount', before.memberCount, after.memberCount);
    }
    const families = new Set([...this.touched, ...[...this.pending.keys()].filter((k) => k.startsWith('family:')).map((k) => Number(k.slice(7)))]);
    for (const familyId of families) {
      if (this.created.has(familyId)) continue;
      this.write('families', familyId, this.pending.get(`family:${familyId}`) ?? []);
    }
    recheckFamilies(this.db, families);
  }

  private queue(entity: 'family' | 'member', id: number, column: string, value: StoredValue): void {
    const key = `${entity}:${id}`;
    const changes = this.pending.get(key) ?? [];
    const existing = changes.find((c) => c.column === column);
    if (existing) existing.value = value;
    else changes.push({ column, value });
    this.pending.set(key, changes);
  }

  private write(table: 'families' | 'members', id: number, changes: Pending): void {
    const sets = changes.map((c) => `"${c.column}" = ?, `).join('');
    this.db.prepare(`UPDATE ${table} SET ${sets}version = version + 1, updated_at = ? WHERE id = ?`).run(...changes.map((c) => c.value), this.at, id);
  }

  private summary(familyId: number): { headName: string; memberCount: number } {
    return this.db.prepare('SELECT head_name AS headName, member_count AS memberCount FROM families WHERE id = ?').get(familyId) as { headName: string; memberCount: number };
  }
}

/** Runs one operation as one BEGIN IMMEDIATE transaction: a refusal anywhere leaves the database unchanged. */
export function runOperation<T>(db: Sqlite, userId: number, action: string, body: (op: FamilyOperation) => T): T {
  return db.transaction(() => {
    const op = new FamilyOperation(db, userId, action);
    const result = body(op);
    op.finish();
    return result;
  }).immediate();
}

export function refuse(message: string, field?: string): ApiError {
  return new ApiError('INVALID_INPUT', message, field ? { field } : undefined);
}

function stale(entity: 'family' | 'member', id: number, currentVersion: number): ApiError {
  return new ApiError('VERSION_CONFLICT', STALE, { entity, id, currentVersion });
}

function catalogueField(key: string): CatalogueField {
  const field = fieldByKey(key);
  if (!field) throw new Error(`unknown catalogue key ${key}`);
  return field;
}

/** A code of a catalogue code list for the record's questionnaire version, or a refusal naming the list. */
export function checkCode(key: string, version: QuestionnaireVersion, code: number): number {
  const field = catalogueField(key);
  if (!allowedCodes(field, version).includes(code)) throw refuse(`Kode ${field.label.toLowerCase()} ${code} tidak ada dalam daftar kuesioner ini.`, key);
  return code;
}

export function isPresentMember(member: MemberCardRow): boolean {
  return isPresent({ presence: Number(member.values.keberadaan), questionnaireVersion: member.questionnaireVersion });
}

function text(value: StoredValue): string | null {
  return value === null ? null : String(value);
}
