CREATE TABLE `evidence_files` (
	`id` integer PRIMARY KEY NOT NULL,
	`proposal_id` integer,
	`desa_code` text,
	`period` text,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`content` blob NOT NULL,
	`uploaded_by` integer NOT NULL,
	`uploaded_at` text NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`desa_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_proposal_idx` ON `evidence_files` (`proposal_id`);--> statement-breakpoint
CREATE INDEX `evidence_desa_period_idx` ON `evidence_files` (`desa_code`,`period`);--> statement-breakpoint
CREATE TABLE `proposal_changes` (
	`id` integer PRIMARY KEY NOT NULL,
	`proposal_id` integer NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`field` text NOT NULL,
	`old_value` text,
	`new_value` text,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `proposal_changes_field_idx` ON `proposal_changes` (`proposal_id`,`entity`,`entity_id`,`field`);--> statement-breakpoint
CREATE TABLE `proposals` (
	`id` integer PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`desa_code` text NOT NULL,
	`period` text NOT NULL,
	`family_id` integer,
	`member_id` integer,
	`reason` text,
	`duplicate_of_member_id` integer,
	`duplicate_of_family_id` integer,
	`payload_json` text,
	`note` text,
	`decision_reason` text,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`submitted_at` text,
	`verified_by` integer,
	`verified_at` text,
	`approved_by` integer,
	`approved_at` text,
	`batch_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`desa_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`family_id`) REFERENCES `families`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`duplicate_of_member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`duplicate_of_family_id`) REFERENCES `families`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`verified_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `proposals_status_desa_idx` ON `proposals` (`status`,`desa_code`);--> statement-breakpoint
CREATE INDEX `proposals_family_idx` ON `proposals` (`family_id`);--> statement-breakpoint
CREATE INDEX `proposals_member_idx` ON `proposals` (`member_id`);--> statement-breakpoint
CREATE TABLE `user_desa` (
	`user_id` integer NOT NULL,
	`desa_code` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`desa_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_desa_idx` ON `user_desa` (`user_id`,`desa_code`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `role` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `proposal_id` integer REFERENCES proposals(id);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `prev_hash` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `hash` text;--> statement-breakpoint
CREATE INDEX `audit_proposal_idx` ON `audit_log` (`proposal_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `password_hash` text;--> statement-breakpoint
ALTER TABLE `users` ADD `must_change_password` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `failed_attempts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `locked_until` text;--> statement-breakpoint
ALTER TABLE `users` ADD `active` integer DEFAULT 1 NOT NULL;