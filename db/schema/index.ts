import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { catalogueColumns } from './catalogue-columns';
import { proposals } from './workflow';

export * from './workflow';
export * from './batches';

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

/** Local accounts. Roles: operator_desa, verifikator, kepala_opd, admin, pelatih. */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role').notNull(),
  createdAt: timestamps.createdAt,
  /** scrypt, self-describing ('scrypt$N$r$p$salt$hash'); null until the account's first password is set. */
  passwordHash: text('password_hash'),
  mustChangePassword: integer('must_change_password').notNull().default(1),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lockedUntil: text('locked_until'),
  active: integer('active').notNull().default(1),
});

const FAMILY_DECLARED = ['no_kk', 'id_dtks', 'head_name', 'address', 'rt', 'rw', 'desa_code', 'kecamatan_code', 'member_count', 'status'];
const MEMBER_DECLARED = ['nik', 'name', 'sex', 'birth_place', 'birth_date', 'relationship', 'presence'];

/** Which import last wrote the record, and the audit position then: local edits after it are conflicts. */
const importTracking = {
  lastImportId: integer('last_import_id').references((): AnySQLiteColumn => imports.id),
  importAuditMark: integer('import_audit_mark'),
};

/** Who imported which file, when, with what result (issue: import history). */
export const imports = sqliteTable('imports', {
  id: integer('id').primaryKey(),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at').notNull(),
  userId: integer('user_id').notNull().references(() => users.id),
  fileName: text('file_name').notNull(),
  sha256: text('sha256').notNull(),
  format: text('format').notNull(),
  layout: text('layout').notNull(),
  presetName: text('preset_name'),
  questionnaireVersion: text('questionnaire_version').notNull(),
  newCount: integer('new_count').notNull(),
  updatedCount: integer('updated_count').notNull(),
  unchangedCount: integer('unchanged_count').notNull(),
  rejectedCount: integer('rejected_count').notNull(),
  conflictCount: integer('conflict_count').notNull(),
});

/** Named column mappings, chosen automatically next time for the same layout (fingerprint). */
export const importPresets = sqliteTable(
  'import_presets',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull().unique(),
    fingerprint: text('fingerprint').notNull(),
    mappingJson: text('mapping_json').notNull(),
    ...timestamps,
  },
  (t) => [index('import_presets_fingerprint_idx').on(t.fingerprint)],
);

/** A file value that was not applied because the field was edited locally since the last import. */
export const importConflicts = sqliteTable(
  'import_conflicts',
  {
    id: integer('id').primaryKey(),
    importId: integer('import_id').notNull().references(() => imports.id),
    entity: text('entity').notNull(),
    entityId: integer('entity_id').notNull(),
    field: text('field').notNull(),
    localValue: text('local_value'),
    fileValue: text('file_value'),
    status: text('status').notNull().default('terbuka'),
    resolvedAt: text('resolved_at'),
    resolvedBy: integer('resolved_by').references(() => users.id),
  },
  (t) => [index('import_conflicts_import_idx').on(t.importId, t.status)],
);

/** The DTKS household (ruta, IDBDT): an optional grouping of families, kept for legacy data. */
export const households = sqliteTable(
  'households',
  {
    id: integer('id').primaryKey(),
    idDtks: text('id_dtks').notNull(),
    desaCode: text('desa_code').references(() => regions.code),
    kecamatanCode: text('kecamatan_code').references(() => regions.code),
    questionnaireVersion: text('questionnaire_version').notNull().default('PBDT2015'),
    /** Family-level answers of the RT file (housing, assets), applied to the ruta's families when they arrive. */
    familyFieldsJson: text('family_fields_json'),
    version: integer('version').notNull().default(1),
    ...importTracking,
    ...timestamps,
    ...catalogueColumns('household', []),
  },
  (t) => [uniqueIndex('households_id_dtks_idx').on(t.idDtks)],
);

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
    questionnaireVersion: text('questionnaire_version').notNull().default('REGSOSEK2022K'),
    householdId: integer('household_id').references(() => households.id),
    /** Set when the family was split off (pecah KK) from another family. */
    splitFromId: integer('split_from_id').references((): AnySQLiteColumn => families.id),
    ...importTracking,
    ...timestamps,
    ...catalogueColumns('family', FAMILY_DECLARED),
  },
  (t) => [
    index('families_no_kk_idx').on(t.noKk),
    index('families_household_idx').on(t.householdId),
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
    /** Date and reason of the last change of presence (meninggal, pindah, tidak ditemukan). */
    presenceDate: text('presence_date'),
    presenceReason: text('presence_reason'),
    /** Set when this record was merged into another one as its duplicate: the kept record. */
    duplicateOfId: integer('duplicate_of_id').references((): AnySQLiteColumn => members.id),
    version: integer('version').notNull().default(1),
    questionnaireVersion: text('questionnaire_version').notNull().default('REGSOSEK2022K'),
    ...importTracking,
    ...timestamps,
    ...catalogueColumns('member', MEMBER_DECLARED),
  },
  (t) => [
    index('members_family_idx').on(t.familyId),
    index('members_id_art_bdt_idx').on(sql`id_art_bdt`),
    index('members_nik_idx').on(t.nik),
    index('members_name_idx').on(sql`${t.name} COLLATE NOCASE`),
    index('members_birth_date_idx').on(t.birthDate),
    // Narrow and covering: row counts of the most used member filters (sex, presence, relationship,
    // age) read this instead of the wide table, over the whole district (a scan) or within a region
    // (a seek per family).
    index('members_facets_idx').on(t.familyId, t.sex, t.presence, t.relationship, t.birthDate),
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
    importId: integer('import_id').references(() => imports.id),
    /** The role the user acted in, and the proposal the change belongs to. */
    role: text('role'),
    proposalId: integer('proposal_id').references((): AnySQLiteColumn => proposals.id),
    /** Hash chain: sha256 of the previous entry's hash and this entry's fields. */
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId), index('audit_proposal_idx').on(t.proposalId)],
);

/** Per-user grid layouts: the current column state and named saved views (columns, filters, sort). */
export const gridViews = sqliteTable(
  'grid_views',
  {
    id: integer('id').primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id),
    grid: text('grid').notNull(),
    /** '' holds the user's current layout; other names are saved views. */
    name: text('name').notNull(),
    stateJson: text('state_json').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('grid_views_user_grid_name_idx').on(t.userId, t.grid, t.name)],
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

/** Open findings of the verification rules; rebuilt by a full run, refreshed per family after edits and imports. */
export const validationResults = sqliteTable(
  'validation_results',
  {
    id: integer('id').primaryKey(),
    ruleId: text('rule_id').notNull(),
    severity: text('severity').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id').notNull(),
    familyId: integer('family_id').notNull().references(() => families.id),
    desaCode: text('desa_code').notNull(),
    field: text('field'),
    message: text('message').notNull(),
    relatedId: integer('related_id'),
    score: real('score'),
  },
  (t) => [
    index('validation_rule_idx').on(t.ruleId, t.severity),
    index('validation_family_idx').on(t.familyId),
    index('validation_desa_idx').on(t.desaCode, t.ruleId),
    index('validation_entity_idx').on(t.entity, t.entityId),
  ],
);

/** A warning accepted with a reason; it survives re-runs and is shown to the verifier. */
export const validationAcks = sqliteTable(
  'validation_acks',
  {
    id: integer('id').primaryKey(),
    ruleId: text('rule_id').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id').notNull(),
    reason: text('reason').notNull(),
    userId: integer('user_id').notNull().references(() => users.id),
    at: text('at').notNull(),
  },
  (t) => [uniqueIndex('validation_acks_unique').on(t.ruleId, t.entity, t.entityId)],
);

export const validationRuns = sqliteTable('validation_runs', {
  id: integer('id').primaryKey(),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at').notNull(),
  userId: integer('user_id').notNull().references(() => users.id),
  ms: real('ms').notNull(),
  errors: integer('errors').notNull(),
  warnings: integer('warnings').notNull(),
});
