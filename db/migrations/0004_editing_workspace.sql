CREATE TABLE `grid_views` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`grid` text NOT NULL,
	`name` text NOT NULL,
	`state_json` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grid_views_user_grid_name_idx` ON `grid_views` (`user_id`,`grid`,`name`);--> statement-breakpoint
ALTER TABLE `families` ADD `split_from_id` integer REFERENCES families(id);--> statement-breakpoint
ALTER TABLE `members` ADD `presence_date` text;--> statement-breakpoint
ALTER TABLE `members` ADD `presence_reason` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duplicate_of_id` integer REFERENCES members(id);--> statement-breakpoint
CREATE INDEX `members_birth_date_idx` ON `members` (`birth_date`);--> statement-breakpoint
CREATE VIRTUAL TABLE `members_fts` USING fts5(`name`, content='members', content_rowid='id', tokenize='unicode61 remove_diacritics 2');--> statement-breakpoint
CREATE TRIGGER `members_fts_insert` AFTER INSERT ON `members` BEGIN
  INSERT INTO `members_fts`(rowid, `name`) VALUES (new.`id`, new.`name`);
END;--> statement-breakpoint
CREATE TRIGGER `members_fts_delete` AFTER DELETE ON `members` BEGIN
  INSERT INTO `members_fts`(`members_fts`, rowid, `name`) VALUES ('delete', old.`id`, old.`name`);
END;--> statement-breakpoint
CREATE TRIGGER `members_fts_update` AFTER UPDATE OF `name` ON `members` BEGIN
  INSERT INTO `members_fts`(`members_fts`, rowid, `name`) VALUES ('delete', old.`id`, old.`name`);
  INSERT INTO `members_fts`(rowid, `name`) VALUES (new.`id`, new.`name`);
END;--> statement-breakpoint
INSERT INTO `members_fts`(`members_fts`) VALUES ('rebuild');
