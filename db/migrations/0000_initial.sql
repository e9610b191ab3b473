CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`user_id` integer NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`field` text,
	`old_value` text,
	`new_value` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `families` (
	`id` integer PRIMARY KEY NOT NULL,
	`no_kk` text NOT NULL,
	`id_dtks` text,
	`head_name` text DEFAULT '' NOT NULL,
	`address` text,
	`rt` text,
	`rw` text,
	`desa_code` text NOT NULL,
	`kecamatan_code` text NOT NULL,
	`member_count` integer DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'aktif' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`desa_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`kecamatan_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `families_no_kk_idx` ON `families` (`no_kk`);--> statement-breakpoint
CREATE INDEX `families_id_dtks_idx` ON `families` (`id_dtks`);--> statement-breakpoint
CREATE INDEX `families_head_name_idx` ON `families` ("head_name" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `families_desa_head_idx` ON `families` (`desa_code`,"head_name" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `families_kecamatan_head_idx` ON `families` (`kecamatan_code`,"head_name" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY NOT NULL,
	`family_id` integer NOT NULL,
	`nik` text NOT NULL,
	`name` text NOT NULL,
	`sex` integer,
	`birth_place` text,
	`birth_date` text,
	`relationship` integer,
	`presence` integer DEFAULT 1 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`family_id`) REFERENCES `families`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `members_family_idx` ON `members` (`family_id`);--> statement-breakpoint
CREATE INDEX `members_nik_idx` ON `members` (`nik`);--> statement-breakpoint
CREATE INDEX `members_name_idx` ON `members` ("name" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `regions` (
	`code` text PRIMARY KEY NOT NULL,
	`level` integer NOT NULL,
	`name` text NOT NULL,
	`parent_code` text,
	`bps_code` text
);
--> statement-breakpoint
CREATE INDEX `regions_parent_idx` ON `regions` (`parent_code`);--> statement-breakpoint
CREATE INDEX `regions_bps_idx` ON `regions` (`bps_code`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `synthetic_defects` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`member_id` integer,
	`family_id` integer,
	`other_member_id` integer,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`family_id`) REFERENCES `families`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`other_member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `synthetic_defects_kind_idx` ON `synthetic_defects` (`kind`);--> statement-breakpoint
CREATE UNIQUE INDEX `synthetic_defects_unique` ON `synthetic_defects` (`kind`,`member_id`,`family_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);