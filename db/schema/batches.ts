import { index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { proposals, regions, users } from './index';

/**
 * Penetapan batches (issue 7): the approved proposals of a period and scope. A draft reserves its
 * proposals (batch_items, proposals.batch_id); the freeze writes each item's snapshot and hash and the
 * batch's content hash, after which triggers (migration 0008) refuse any change to the batch or its items.
 */
export const batches = sqliteTable(
  'batches',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    /** 'bulanan' | 'semesteran'. */
    periodKind: text('period_kind').notNull(),
    /** '2026-11' or '2026-S2'. */
    period: text('period').notNull(),
    /** YYYY-MM-DD: proposals approved up to the end of this day (kabupaten local time). */
    cutoffDate: text('cutoff_date').notNull(),
    kabupatenCode: text('kabupaten_code').notNull().references(() => regions.code),
    /** Null: the whole kabupaten; else a JSON array of kecamatan codes. */
    kecamatanCodesJson: text('kecamatan_codes_json'),
    /** 'draft' | 'dibekukan'. */
    status: text('status').notNull().default('draft'),
    createdBy: integer('created_by').notNull().references(() => users.id),
    createdAt: text('created_at').notNull(),
    frozenBy: integer('frozen_by').references(() => users.id),
    frozenAt: text('frozen_at'),
    /** sha256 hex over the header's canonical JSON and every item hash in order (docs/paket-penetapan.md). */
    contentHash: text('content_hash'),
    /** The canonical JSON of the frozen header (FrozenBatch without items and hash), written at the freeze. */
    headerJson: text('header_json'),
    /** The newest audit_log hash at the freeze: an anchor printed on the berita acara. */
    auditAnchor: text('audit_anchor'),
    /** A correction batch names the frozen batch it corrects. */
    replacesBatchId: integer('replaces_batch_id').references((): AnySQLiteColumn => batches.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('batches_period_idx').on(t.period, t.status)],
);

/** One proposal of a batch; a proposal is in at most one batch. Snapshot and hash are written at the freeze. */
export const batchItems = sqliteTable(
  'batch_items',
  {
    id: integer('id').primaryKey(),
    batchId: integer('batch_id').notNull().references(() => batches.id),
    proposalId: integer('proposal_id').notNull().references(() => proposals.id),
    type: text('type').notNull(),
    desaCode: text('desa_code').notNull().references(() => regions.code),
    /** The FrozenItem JSON (core/contract/batches.ts); null while the batch is a draft. */
    frozenJson: text('frozen_json'),
    /** sha256 hex of frozen_json. */
    itemHash: text('item_hash'),
    /** Order within the batch: desa code, type, proposal id. */
    position: integer('position'),
  },
  (t) => [uniqueIndex('batch_items_proposal_idx').on(t.proposalId), index('batch_items_batch_idx').on(t.batchId, t.position)],
);
