CREATE TABLE `households` (
	`id` integer PRIMARY KEY NOT NULL,
	`id_dtks` text NOT NULL,
	`desa_code` text,
	`kecamatan_code` text,
	`questionnaire_version` text DEFAULT 'PBDT2015' NOT NULL,
	`family_fields_json` text,
	`version` integer DEFAULT 1 NOT NULL,
	`last_import_id` integer,
	`import_audit_mark` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`ruta6` text,
	`no_peserta_pbdt` text,
	`no_pbdt_kemsos` text,
	`id_prelist` text,
	`rid_rumah_tangga` text,
	`id_hh` text,
	`nomor_urut_rt` integer,
	`nama_krt` text,
	`nik_krt` text,
	`jenis_kelamin_krt` integer,
	`nama_pasangan_krt` text,
	`jumlah_art` integer,
	`jumlah_keluarga` integer,
	`lat` real,
	`long` real,
	`ada_pkh_ruta` integer,
	`ada_pbdt` integer,
	`ada_kks_2016` integer,
	`ada_kks_2017` integer,
	`ada_pbi_ruta` integer,
	`ada_dapodik_ruta` integer,
	`ada_bpnt` integer,
	`no_peserta_pkh` text,
	`no_peserta_kks_2016` text,
	`no_peserta_pbi` text,
	`peserta_kip` text,
	`no_kartu_debit` text,
	`no_kks` text,
	`no_rekening` text,
	`sta_keberadaan_rt` integer,
	`status_rumahtangga` integer,
	`data_idbdt_double_dengan` text,
	`alasan_tidak_ditemukan` integer,
	`apakah_mampu` integer,
	`ada_art_bekerja` integer,
	`hasil_verivali` integer,
	`tanggal_verivali` text,
	`petugas_verivali` text,
	`id_pengurus` text,
	`nama_pengurus` text,
	`nik_pengurus` text,
	`alamat_pengurus` text,
	`nama_ibu_kandung_pengurus` text,
	`jenis_kelamin_pengurus` integer,
	`tanggal_lahir_pengurus` text,
	`hubungan_pengurus` integer,
	FOREIGN KEY (`desa_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`kecamatan_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`last_import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `households_id_dtks_idx` ON `households` (`id_dtks`);--> statement-breakpoint
CREATE TABLE `import_conflicts` (
	`id` integer PRIMARY KEY NOT NULL,
	`import_id` integer NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`field` text NOT NULL,
	`local_value` text,
	`file_value` text,
	`status` text DEFAULT 'terbuka' NOT NULL,
	`resolved_at` text,
	`resolved_by` integer,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_conflicts_import_idx` ON `import_conflicts` (`import_id`,`status`);--> statement-breakpoint
CREATE TABLE `import_presets` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`fingerprint` text NOT NULL,
	`mapping_json` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_presets_name_unique` ON `import_presets` (`name`);--> statement-breakpoint
CREATE INDEX `import_presets_fingerprint_idx` ON `import_presets` (`fingerprint`);--> statement-breakpoint
CREATE TABLE `imports` (
	`id` integer PRIMARY KEY NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text NOT NULL,
	`user_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`format` text NOT NULL,
	`layout` text NOT NULL,
	`preset_name` text,
	`questionnaire_version` text NOT NULL,
	`new_count` integer NOT NULL,
	`updated_count` integer NOT NULL,
	`unchanged_count` integer NOT NULL,
	`rejected_count` integer NOT NULL,
	`conflict_count` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `audit_log` ADD `import_id` integer REFERENCES imports(id);--> statement-breakpoint
ALTER TABLE `families` ADD `questionnaire_version` text DEFAULT 'REGSOSEK2022K' NOT NULL;--> statement-breakpoint
ALTER TABLE `families` ADD `household_id` integer REFERENCES households(id);--> statement-breakpoint
ALTER TABLE `families` ADD `last_import_id` integer REFERENCES imports(id);--> statement-breakpoint
ALTER TABLE `families` ADD `import_audit_mark` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `id_keluarga` text;--> statement-breakpoint
ALTER TABLE `families` ADD `nuk` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `nomor_urut_bangunan` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `kode_wilayah` text;--> statement-breakpoint
ALTER TABLE `families` ADD `kode_sls` text;--> statement-breakpoint
ALTER TABLE `families` ADD `kode_sub_sls` text;--> statement-breakpoint
ALTER TABLE `families` ADD `nama_sls` text;--> statement-breakpoint
ALTER TABLE `families` ADD `dusun` text;--> statement-breakpoint
ALTER TABLE `families` ADD `landmark_wilkerstat` text;--> statement-breakpoint
ALTER TABLE `families` ADD `status_keluarga` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `jumlah_anggota` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `kode_kk` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `tanggal_pendataan` text;--> statement-breakpoint
ALTER TABLE `families` ADD `nama_pencacah` text;--> statement-breakpoint
ALTER TABLE `families` ADD `kode_pencacah` text;--> statement-breakpoint
ALTER TABLE `families` ADD `tanggal_pemeriksaan` text;--> statement-breakpoint
ALTER TABLE `families` ADD `nama_pemeriksa` text;--> statement-breakpoint
ALTER TABLE `families` ADD `kode_pemeriksa` text;--> statement-breakpoint
ALTER TABLE `families` ADD `nama_responden` text;--> statement-breakpoint
ALTER TABLE `families` ADD `no_hp_responden` text;--> statement-breakpoint
ALTER TABLE `families` ADD `hasil_pendataan` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `catatan` text;--> statement-breakpoint
ALTER TABLE `families` ADD `status_kesejahteraan` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `peringkat_kesejahteraan` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `desil` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `desil_edisi` text;--> statement-breakpoint
ALTER TABLE `families` ADD `desil_sumber` text;--> statement-breakpoint
ALTER TABLE `families` ADD `percentile` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `sta_bangunan` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `sta_lahan` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `bukti_lahan` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `luas_lantai` real;--> statement-breakpoint
ALTER TABLE `families` ADD `lantai` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `dinding` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `kondisi_dinding` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `atap` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `kondisi_atap` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `jumlah_kamar` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `sumber_airminum` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `jarak_sumber_air_tinja` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `cara_peroleh_airminum` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `jenis_pelanggan_airminum` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `nomor_meter_air` text;--> statement-breakpoint
ALTER TABLE `families` ADD `sumber_penerangan` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `daya` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `daya_2` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `daya_3` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `nomor_pln` text;--> statement-breakpoint
ALTER TABLE `families` ADD `bb_masak` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `nomor_gas` text;--> statement-breakpoint
ALTER TABLE `families` ADD `jenis_pelanggan_gas` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `fasbab` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `kloset` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `buang_tinja` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `ada_tabung_gas` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `ada_lemari_es` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `ada_ac` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `ada_pemanas` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `ada_telepon` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `ada_tv` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `ada_emas` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `ada_laptop` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `ada_sepeda` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `ada_motor` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `ada_mobil` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `ada_perahu` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `ada_motor_tempel` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `ada_perahu_motor` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `ada_kapal` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `ada_kapal_perahu_motor` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `ada_smartphone` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `aset_tak_bergerak` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `luas_atb` real;--> statement-breakpoint
ALTER TABLE `families` ADD `rumah_lain` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `jumlah_sapi` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `jumlah_kerbau` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `jumlah_kuda` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `jumlah_babi` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `jumlah_kambing` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `sta_art_usaha` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `akses_internet` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `rekening_aktif` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `sta_kks` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `sta_kip` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `sta_kis` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `sta_bpjs_mandiri` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `sta_jamsostek` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `sta_asuransi` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `sta_pkh` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `sta_rastra` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `sta_kur` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_sembako` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_sembako_bulan` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_sembako_tahun` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_pkh` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_pkh_bulan` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_pkh_tahun` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_blt_desa` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_blt_desa_bulan` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_blt_desa_tahun` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_subsidi_listrik` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_subsidi_listrik_bulan` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_subsidi_listrik_tahun` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_bantuan_pemda` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_bantuan_pemda_bulan` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_bantuan_pemda_tahun` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_subsidi_pupuk` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_subsidi_pupuk_bulan` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_subsidi_pupuk_tahun` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_subsidi_lpg` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_subsidi_lpg_bulan` integer;--> statement-breakpoint
ALTER TABLE `families` ADD `terima_subsidi_lpg_tahun` integer;--> statement-breakpoint
CREATE INDEX `families_household_idx` ON `families` (`household_id`);--> statement-breakpoint
ALTER TABLE `members` ADD `questionnaire_version` text DEFAULT 'REGSOSEK2022K' NOT NULL;--> statement-breakpoint
ALTER TABLE `members` ADD `last_import_id` integer REFERENCES imports(id);--> statement-breakpoint
ALTER TABLE `members` ADD `import_audit_mark` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `id_art_bdt` text;--> statement-breakpoint
ALTER TABLE `members` ADD `no_peserta_pbdt_art` text;--> statement-breakpoint
ALTER TABLE `members` ADD `no_art_pbdt_kemsos` text;--> statement-breakpoint
ALTER TABLE `members` ADD `no_art_pbdt` text;--> statement-breakpoint
ALTER TABLE `members` ADD `rid_individu` text;--> statement-breakpoint
ALTER TABLE `members` ADD `nomor_urut_anggota` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `umur` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `sta_kawin` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `ada_akta_nikah` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `hubungan_rumah_tangga` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `ada_di_kk` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `sta_hamil` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `kartu_identitas` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `nama_ibu_kandung` text;--> statement-breakpoint
ALTER TABLE `members` ADD `anak_diluar_rt` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `partisipasi_sekolah` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `pendidikan_tertinggi` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `kelas_tertinggi` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `ijazah_tertinggi` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `sta_bekerja` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `jumlah_jamkerja` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `lapangan_usaha` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `status_pekerjaan` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `npwp` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `punya_usaha` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `jumlah_usaha` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `lapangan_usaha_usaha` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `jumlah_pekerja` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `pekerja_dibayar` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `pekerja_tidak_dibayar` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `lokasi_usaha` text;--> statement-breakpoint
ALTER TABLE `members` ADD `omset_usaha` real;--> statement-breakpoint
ALTER TABLE `members` ADD `izin_usaha` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `kelompok_omset_usaha` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `internet_usaha` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `jenis_cacat` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `penyakit_kronis` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `status_gizi` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `kesulitan_fungsional_a` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `kesulitan_fungsional_b` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `kesulitan_fungsional_c` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `kesulitan_fungsional_d` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `kesulitan_fungsional_e` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `kesulitan_fungsional_f` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `kesulitan_fungsional_g` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `kesulitan_fungsional_h` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `kesulitan_fungsional_i` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `frekuensi_sedih` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `memiliki_perawat` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `jaminan_kesehatan` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `kartu_prakerja` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `kredit_usaha_rakyat` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `kredit_ultra_mikro` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `program_indonesia_pintar` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `jaminan_ketenagakerjaan` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `ada_kks` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `ada_pbi` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `ada_kip` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `ada_pkh` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `ada_rastra` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_nik` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_no_kk` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_nama_lgkp` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_stat_hbkel` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_no_rw` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_no_rt` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_no_kel` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_alamat` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_tmpt_lhr` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_tgl_lhr` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_jenis_klmin` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_status_kawin` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_nama_lgkp_ayah` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_jenis_pkrjn` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_pddk_akh` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_nama_lgkp_ibu` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_nik2` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_no_kk2` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_nama_lgkp2` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_stat_hbkel2` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_no_rw2` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_no_rt2` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_no_kel2` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_alamat2` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_tmpt_lhr2` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_tgl_lhr2` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_jenis_klmin2` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_status_kawin2` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_nama_lgkp_ayah2` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_jenis_pkrjn2` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_pddk_akh2` text;--> statement-breakpoint
ALTER TABLE `members` ADD `duk_nama_lgkp_ibu2` text;--> statement-breakpoint
ALTER TABLE `members` ADD `kdwilcapil` text;--> statement-breakpoint
ALTER TABLE `members` ADD `flag_nik` text;--> statement-breakpoint
ALTER TABLE `members` ADD `flag_nik2` text;--> statement-breakpoint
ALTER TABLE `members` ADD `ceknik` text;--> statement-breakpoint
ALTER TABLE `members` ADD `flag_applied_nik` text;--> statement-breakpoint
ALTER TABLE `members` ADD `flag_cleansing` text;--> statement-breakpoint
ALTER TABLE `members` ADD `no_art_pkh` text;--> statement-breakpoint
ALTER TABLE `members` ADD `no_art_kks2016` text;--> statement-breakpoint
ALTER TABLE `members` ADD `no_art_pbi` text;--> statement-breakpoint
ALTER TABLE `members` ADD `sta_kepesertaan_pbi` text;--> statement-breakpoint
ALTER TABLE `members` ADD `sta_keberadaan_kks` text;--> statement-breakpoint
ALTER TABLE `members` ADD `noka_bpjs_old` text;--> statement-breakpoint
ALTER TABLE `members` ADD `psnoka_bpjs_old` text;--> statement-breakpoint
ALTER TABLE `members` ADD `ada_pbi_bpjs` text;--> statement-breakpoint
ALTER TABLE `members` ADD `segmen_bpjs` text;--> statement-breakpoint
ALTER TABLE `members` ADD `ket_padan_pbi` text;--> statement-breakpoint
ALTER TABLE `members` ADD `sta_keberadaan_pbi_juli` text;--> statement-breakpoint
ALTER TABLE `members` ADD `dapodik` text;--> statement-breakpoint
ALTER TABLE `members` ADD `pip_dikbud` text;--> statement-breakpoint
ALTER TABLE `members` ADD `pip_menag` text;--> statement-breakpoint
ALTER TABLE `members` ADD `ada_dapodik` text;--> statement-breakpoint
ALTER TABLE `members` ADD `ada_menag` text;--> statement-breakpoint
ALTER TABLE `members` ADD `ada_bst` text;--> statement-breakpoint
ALTER TABLE `members` ADD `proses_bst` text;--> statement-breakpoint
ALTER TABLE `members` ADD `penerima_bst` text;--> statement-breakpoint
ALTER TABLE `members` ADD `adapkh_new` text;--> statement-breakpoint
ALTER TABLE `members` ADD `nopesertapkh_new` text;--> statement-breakpoint
ALTER TABLE `members` ADD `norekpkh_new` text;--> statement-breakpoint
ALTER TABLE `members` ADD `noartpkh_new` text;--> statement-breakpoint
CREATE INDEX `members_id_art_bdt_idx` ON `members` (id_art_bdt);