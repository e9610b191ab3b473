import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const timestamps = {
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
};

/** Kemendagri regions (idn-area-data): level 1 provinsi, 2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan. */
export const regions = sqliteTable(
  'regions',
  {
    code: text('code').primaryKey(),
    level: integer('level').notNull(),
    name: text('name').notNull(),
    parentCode: text('parent_code'),
    bpsCode: text('bps_code'),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode), index('regions_bps_idx').on(t.bpsCode)],
);

export const users = sqliteTable('users', {
  id: integer('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role').notNull(),
  createdAt: timestamps.createdAt,
});

/** One row per Kartu Keluarga: the primary unit of DTSEN. */
export const families = sqliteTable(
  'families',
  {
    id: integer('id').primaryKey(),
    noKk: text('no_kk').notNull(),
    idDtks: text('id_dtks'),
    headName: text('head_name').notNull().default(''),
    address: text('address'),
    rt: text('rt'),
    rw: text('rw'),
    desaCode: text('desa_code').notNull().references(() => regions.code),
    kecamatanCode: text('kecamatan_code').notNull().references(() => regions.code),
    memberCount: integer('member_count').notNull().default(0),
    status: text('status').notNull().default('aktif'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('families_no_kk_idx').on(t.noKk),
    index('families_id_dtks_idx').on(t.idDtks),
    index('families_head_name_idx').on(sql`${t.headName} COLLATE NOCASE`),
    index('families_desa_head_idx').on(t.desaCode, sql`${t.headName} COLLATE NOCASE`),
    index('families_kecamatan_head_idx').on(t.kecamatanCode, sql`${t.headName} COLLATE NOCASE`),
  ],
);

/** Anggota keluarga. NIK is text, always: never a number. */
export const members = sqliteTable(
  'members',
  {
    id: integer('id').primaryKey(),
    familyId: integer('family_id').notNull().references(() => families.id),
    nik: text('nik').notNull(),
    name: text('name').notNull(),
    sex: integer('sex'),
    birthPlace: text('birth_place'),
    birthDate: text('birth_date'),
    relationship: integer('relationship'),
    presence: integer('presence').notNull().default(1),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('members_family_idx').on(t.familyId),
    index('members_nik_idx').on(t.nik),
    index('members_name_idx').on(sql`${t.name} COLLATE NOCASE`),
  ],
);

/** Append-only record of every change: who, when, what, old and new value. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey(),
    at: text('at').notNull(),
    userId: integer('user_id').notNull().references(() => users.id),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id').notNull(),
    field: text('field'),
    oldValue: text('old_value'),
    newValue: text('new_value'),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId)],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Defects planted by the synthetic generator, so verification can be measured against them. */
export const syntheticDefects = sqliteTable(
  'synthetic_defects',
  {
    id: integer('id').primaryKey(),
    kind: text('kind').notNull(),
    memberId: integer('member_id').references(() => members.id),
    familyId: integer('family_id').references(() => families.id),
    otherMemberId: integer('other_member_id').references(() => members.id),
  },
  (t) => [index('synthetic_defects_kind_idx').on(t.kind), uniqueIndex('synthetic_defects_unique').on(t.kind, t.memberId, t.familyId)],
);
