CREATE TABLE `validation_acks` (
	`id` integer PRIMARY KEY NOT NULL,
	`rule_id` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`reason` text NOT NULL,
	`user_id` integer NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `validation_acks_unique` ON `validation_acks` (`rule_id`,`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `validation_results` (
	`id` integer PRIMARY KEY NOT NULL,
	`rule_id` text NOT NULL,
	`severity` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`family_id` integer NOT NULL,
	`desa_code` text NOT NULL,
	`field` text,
	`message` text NOT NULL,
	`related_id` integer,
	`score` real,
	FOREIGN KEY (`family_id`) REFERENCES `families`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `validation_rule_idx` ON `validation_results` (`rule_id`,`severity`);--> statement-breakpoint
CREATE INDEX `validation_family_idx` ON `validation_results` (`family_id`);--> statement-breakpoint
CREATE INDEX `validation_desa_idx` ON `validation_results` (`desa_code`,`rule_id`);--> statement-breakpoint
CREATE INDEX `validation_entity_idx` ON `validation_results` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `validation_runs` (
	`id` integer PRIMARY KEY NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text NOT NULL,
	`user_id` integer NOT NULL,
	`ms` real NOT NULL,
	`errors` integer NOT NULL,
	`warnings` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
