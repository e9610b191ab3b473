import { z } from 'zod';

/**
 * Export templates as data (issue 7): which columns each file of a stipulation package has, in which
 * order, under which header, and how codes and dates are written. No official SIKS-NG upload layout is
 * public (reference §0, §7), so an office copies a shipped template and adjusts it when the ministry
 * changes its columns. `template-check.ts` adds the rules zod cannot see (catalogue keys, row levels).
 */

export const TEMPLATE_FORMAT_VERSION = 1;

/** One sheet (xlsx) and its csv twin per proposal type, plus the BNBA list of the whole batch. */
export const TEMPLATE_SHEETS = ['baru', 'perbaikan', 'nonaktif', 'reaktivasi', 'bnba'] as const;
export type TemplateSheetKey = (typeof TEMPLATE_SHEETS)[number];

/**
 * - keluarga: one row per proposal (family values);
 * - anggota: one row per member the proposal concerns (family values repeated; a proposal without
 *   members still gets one row, with the member columns empty);
 * - perubahan: one row per changed field of a perbaikan.
 */
export const ROW_LEVELS = ['keluarga', 'anggota', 'perubahan'] as const;
export type RowLevel = (typeof ROW_LEVELS)[number];

/** Values that are not a catalogue field: where the proposal sits, what it is, and (perbaikan) what changed. */
export const COMPUTED_COLUMNS = {
  nomor: 'Nomor urut baris dalam berkas',
  idUsulan: 'Nomor usulan di aplikasi',
  jenisUsulan: 'Jenis usulan (Usulan baru, Perbaikan, Nonaktif, Reaktivasi)',
  alasan: 'Alasan nonaktif',
  kodeProvinsi: 'Kode provinsi (Kemendagri)',
  kodeKabupaten: 'Kode kabupaten/kota (Kemendagri)',
  namaKabupaten: 'Nama kabupaten/kota',
  kodeKecamatan: 'Kode kecamatan (Kemendagri)',
  namaKecamatan: 'Nama kecamatan',
  kodeDesa: 'Kode desa/kelurahan (Kemendagri)',
  namaDesa: 'Nama desa/kelurahan',
  tanggalDisetujui: 'Tanggal usulan disahkan',
  disetujuiOleh: 'Yang mengesahkan usulan',
  versiKuesioner: 'Versi kuesioner rekaman (PBDT2015 atau REGSOSEK2022K)',
  periode: 'Periode batch penetapan',
  entitasPerubahan: 'Perbaikan: keluarga atau anggota',
  kolomPerubahan: 'Perbaikan: kunci kolom yang diubah',
  namaKolomPerubahan: 'Perbaikan: nama kolom yang diubah',
  nilaiLama: 'Perbaikan: nilai sebelum perubahan',
  nilaiBaru: 'Perbaikan: nilai sesudah perubahan',
} as const;
export type ComputedColumn = keyof typeof COMPUTED_COLUMNS;
export const CHANGE_COLUMNS: readonly ComputedColumn[] = ['entitasPerubahan', 'kolomPerubahan', 'namaKolomPerubahan', 'nilaiLama', 'nilaiBaru'];

/** kode: the number as stored (Ya/Tidak in the item's own 1/2 or 3/4 coding); label: the Indonesian label. */
export const codeEncodingSchema = z.enum(['kode', 'label']);
export const dateFormatSchema = z.enum(['dd/mm/yyyy', 'yyyy-mm-dd']);
export type CodeEncoding = z.infer<typeof codeEncodingSchema>;
export type DateFormat = z.infer<typeof dateFormatSchema>;

const computedKeys = Object.keys(COMPUTED_COLUMNS) as [ComputedColumn, ...ComputedColumn[]];

export const templateColumnSchema = z.object({
  header: z.string().trim().min(1, 'Judul kolom wajib diisi.').max(100, 'Judul kolom paling panjang 100 karakter.'),
  /** A catalogue key (core/domain/catalogue), e.g. "nik", "noKk", "jenisKelamin". */
  field: z.string().max(64).optional(),
  computed: z.enum(computedKeys, { error: `Kolom hitungan tidak dikenal; yang tersedia: ${computedKeys.join(', ')}.` }).optional(),
  /** Overrides the template's encoding / date format for this column. */
  encoding: codeEncodingSchema.optional(),
  dateFormat: dateFormatSchema.optional(),
}).strict().refine((column) => (column.field === undefined) !== (column.computed === undefined), {
  message: 'Isi tepat satu dari "field" (kunci katalog) atau "computed" (kolom hitungan).',
});

// Excel refuses sheet names longer than 31 characters or with any of : \ / ? * [ ].
const sheetName = z.string().trim().min(1, 'Nama lembar wajib diisi.').max(31, 'Nama lembar paling panjang 31 karakter (batas Excel).')
  .regex(/^[^:\\/?*[\]]+$/, 'Nama lembar tidak boleh memuat : \\ / ? * [ ].');

export const templateSheetSchema = z.object({
  sheetName,
  rowLevel: z.enum(ROW_LEVELS),
  columns: z.array(templateColumnSchema).min(1, 'Lembar harus punya paling sedikit satu kolom.').max(250, 'Paling banyak 250 kolom per lembar.'),
}).strict();

export const templateSchema = z.object({
  formatVersion: z.literal(TEMPLATE_FORMAT_VERSION, { error: `Versi format templat harus ${TEMPLATE_FORMAT_VERSION}.` }),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'ID templat hanya huruf kecil, angka dan tanda hubung (2–63 karakter), contoh: dtks-pbdt-kantor.'),
  name: z.string().trim().min(1, 'Nama templat wajib diisi.').max(120),
  description: z.string().max(1000).optional(),
  /** Which naming the headers follow: DTKS/PBDT column names or Regsosek 2022-K question numbers. */
  vocabulary: z.enum(['dtks', 'dtsen']),
  /** Defaults for every column; a column may override them. */
  encoding: codeEncodingSchema,
  dateFormat: dateFormatSchema,
  sheets: z.object({
    baru: templateSheetSchema,
    perbaikan: templateSheetSchema,
    nonaktif: templateSheetSchema,
    reaktivasi: templateSheetSchema,
    bnba: templateSheetSchema,
  }).strict(),
}).strict();

export type TemplateColumn = z.infer<typeof templateColumnSchema>;
export type TemplateSheet = z.infer<typeof templateSheetSchema>;
export type ExportTemplate = z.infer<typeof templateSchema>;

export const SHEET_LABELS: Record<TemplateSheetKey, string> = {
  baru: 'Usulan baru',
  perbaikan: 'Perbaikan',
  nonaktif: 'Nonaktif',
  reaktivasi: 'Reaktivasi',
  bnba: 'BNBA',
};
