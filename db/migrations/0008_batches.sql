CREATE TABLE `batch_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`batch_id` integer NOT NULL,
	`proposal_id` integer NOT NULL,
	`type` text NOT NULL,
	`desa_code` text NOT NULL,
	`frozen_json` text,
	`item_hash` text,
	`position` integer,
	FOREIGN KEY (`batch_id`) REFERENCES `batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`desa_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `batch_items_proposal_idx` ON `batch_items` (`proposal_id`);--> statement-breakpoint
CREATE INDEX `batch_items_batch_idx` ON `batch_items` (`batch_id`,`position`);--> statement-breakpoint
CREATE TABLE `batches` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`period_kind` text NOT NULL,
	`period` text NOT NULL,
	`cutoff_date` text NOT NULL,
	`kabupaten_code` text NOT NULL,
	`kecamatan_codes_json` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`frozen_by` integer,
	`frozen_at` text,
	`content_hash` text,
	`header_json` text,
	`audit_anchor` text,
	`replaces_batch_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`kabupaten_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`frozen_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`replaces_batch_id`) REFERENCES `batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `batches_period_idx` ON `batches` (`period`,`status`);--> statement-breakpoint
-- A frozen batch (status 'dibekukan') and its items are immutable for every code path: corrections go
-- into a new batch (replaces_batch_id). The freeze itself must leave a content hash and every item's hash.
CREATE TRIGGER batches_frozen_no_update BEFORE UPDATE ON batches WHEN old.status = 'dibekukan'
BEGIN
  SELECT RAISE(ABORT, 'Batch penetapan yang sudah dibekukan tidak boleh diubah; buat batch koreksi.');
END;
--> statement-breakpoint
CREATE TRIGGER batches_frozen_no_delete BEFORE DELETE ON batches WHEN old.status = 'dibekukan'
BEGIN
  SELECT RAISE(ABORT, 'Batch penetapan yang sudah dibekukan tidak boleh dihapus.');
END;
--> statement-breakpoint
CREATE TRIGGER batches_freeze_complete BEFORE UPDATE OF status ON batches
  WHEN new.status = 'dibekukan' AND (new.content_hash IS NULL OR new.frozen_at IS NULL OR new.frozen_by IS NULL OR new.header_json IS NULL
    OR EXISTS (SELECT 1 FROM batch_items WHERE batch_id = new.id AND (item_hash IS NULL OR frozen_json IS NULL OR position IS NULL)))
BEGIN
  SELECT RAISE(ABORT, 'Batch hanya dapat dibekukan dengan hash isi dan cuplikan setiap usulan.');
END;
--> statement-breakpoint
CREATE TRIGGER batch_items_frozen_no_insert BEFORE INSERT ON batch_items
  WHEN (SELECT status FROM batches WHERE id = new.batch_id) = 'dibekukan'
BEGIN
  SELECT RAISE(ABORT, 'Batch penetapan yang sudah dibekukan tidak boleh ditambah usulan.');
END;
--> statement-breakpoint
CREATE TRIGGER batch_items_frozen_no_update BEFORE UPDATE ON batch_items
  WHEN (SELECT status FROM batches WHERE id = old.batch_id) = 'dibekukan' OR (SELECT status FROM batches WHERE id = new.batch_id) = 'dibekukan'
BEGIN
  SELECT RAISE(ABORT, 'Isi batch penetapan yang sudah dibekukan tidak boleh diubah.');
END;
--> statement-breakpoint
CREATE TRIGGER batch_items_frozen_no_delete BEFORE DELETE ON batch_items
  WHEN (SELECT status FROM batches WHERE id = old.batch_id) = 'dibekukan'
BEGIN
  SELECT RAISE(ABORT, 'Isi batch penetapan yang sudah dibekukan tidak boleh dihapus.');
END;
--> statement-breakpoint
CREATE TRIGGER proposals_frozen_batch BEFORE UPDATE OF batch_id ON proposals
  WHEN old.batch_id IS NOT new.batch_id AND ((SELECT status FROM batches WHERE id = old.batch_id) = 'dibekukan' OR (SELECT status FROM batches WHERE id = new.batch_id) = 'dibekukan')
BEGIN
  SELECT RAISE(ABORT, 'Usulan dalam batch penetapan yang sudah dibekukan tidak boleh dipindah.');
END;
