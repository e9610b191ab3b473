import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { families, members, regions, users } from './index';

/** The desa an operator desa may see and propose for. */
export const userDesa = sqliteTable(
  'user_desa',
  {
    userId: integer('user_id').notNull().references(() => users.id),
    desaCode: text('desa_code').notNull().references(() => regions.code),
  },
  (t) => [uniqueIndex('user_desa_idx').on(t.userId, t.desaCode)],
);

/**
 * Usulan: baru (new family or member, its data in payload_json until approved), perbaikan
 * (proposal_changes), nonaktif (reason, the other record for ganda) and reaktivasi.
 * Status: draft → diajukan → diverifikasi | dikembalikan | ditolak → disahkan; batch_id later.
 */
export const proposals = sqliteTable(
  'proposals',
  {
    id: integer('id').primaryKey(),
    type: text('type').notNull(),
    status: text('status').notNull().default('draft'),
    desaCode: text('desa_code').notNull().references(() => regions.code),
    /** Reporting period, YYYY-MM. */
    period: text('period').notNull(),
    familyId: integer('family_id').references(() => families.id),
    memberId: integer('member_id').references(() => members.id),
    /** nonaktif: meninggal, pindah, mampu, tidak_ditemukan, ganda, menolak. */
    reason: text('reason'),
    duplicateOfMemberId: integer('duplicate_of_member_id').references(() => members.id),
    duplicateOfFamilyId: integer('duplicate_of_family_id').references(() => families.id),
    payloadJson: text('payload_json'),
    note: text('note'),
    /** The last decision's reason (returned for correction, rejected). */
    decisionReason: text('decision_reason'),
    createdBy: integer('created_by').notNull().references(() => users.id),
    createdAt: text('created_at').notNull(),
    submittedAt: text('submitted_at'),
    verifiedBy: integer('verified_by').references(() => users.id),
    verifiedAt: text('verified_at'),
    approvedBy: integer('approved_by').references(() => users.id),
    approvedAt: text('approved_at'),
    batchId: integer('batch_id'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('proposals_status_desa_idx').on(t.status, t.desaCode), index('proposals_family_idx').on(t.familyId), index('proposals_member_idx').on(t.memberId)],
);

/** The fields a perbaikan changes: old value when proposed, new value. */
export const proposalChanges = sqliteTable(
  'proposal_changes',
  {
    id: integer('id').primaryKey(),
    proposalId: integer('proposal_id').notNull().references(() => proposals.id),
    entity: text('entity').notNull(),
    entityId: integer('entity_id').notNull(),
    field: text('field').notNull(),
    oldValue: text('old_value'),
    newValue: text('new_value'),
  },
  (t) => [uniqueIndex('proposal_changes_field_idx').on(t.proposalId, t.entity, t.entityId, t.field)],
);

/**
 * Evidence stored inside the workspace: per proposal (photos, KK scan, death certificate) or per
 * desa and period (Berita Acara musdes/muskel or SPTJM). Type checked by content, SHA-256 kept.
 */
export const evidenceFiles = sqliteTable(
  'evidence_files',
  {
    id: integer('id').primaryKey(),
    proposalId: integer('proposal_id').references(() => proposals.id),
    desaCode: text('desa_code').references(() => regions.code),
    period: text('period'),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: blob('content', { mode: 'buffer' }).notNull(),
    uploadedBy: integer('uploaded_by').notNull().references(() => users.id),
    uploadedAt: text('uploaded_at').notNull(),
  },
  (t) => [index('evidence_proposal_idx').on(t.proposalId), index('evidence_desa_period_idx').on(t.desaCode, t.period)],
);
