/** Code lists used by the foundation screens (Regsosek 2022-K / DTSEN numbering, reference §4.2). */
export interface CodeItem {
  code: number;
  label: string;
}

export const JENIS_KELAMIN: readonly CodeItem[] = [
  { code: 1, label: 'Laki-laki' },
  { code: 2, label: 'Perempuan' },
];

/** Q409 hubungan dengan kepala keluarga. */
export const HUBUNGAN_KELUARGA: readonly CodeItem[] = [
  { code: 1, label: 'Kepala keluarga' },
  { code: 2, label: 'Istri/suami' },
  { code: 3, label: 'Anak' },
  { code: 4, label: 'Menantu' },
  { code: 5, label: 'Cucu' },
  { code: 6, label: 'Orang tua/mertua' },
  { code: 7, label: 'Pembantu/sopir' },
  { code: 8, label: 'Lainnya' },
];

/** Q404 keberadaan anggota keluarga. */
export const KEBERADAAN: readonly CodeItem[] = [
  { code: 1, label: 'Tinggal bersama keluarga' },
  { code: 2, label: 'Meninggal' },
  { code: 3, label: 'Pindah dalam negeri' },
  { code: 4, label: 'Pindah ke luar negeri' },
  { code: 5, label: 'Anggota keluarga baru' },
  { code: 6, label: 'Tidak ditemukan' },
];

/** Members counted as living in the family (reference §12 rule 14). */
export const PRESENT_KEBERADAAN: readonly number[] = [1, 5];

export const STATUS_KELUARGA = [
  { code: 'aktif', label: 'Aktif' },
  { code: 'nonaktif', label: 'Nonaktif' },
] as const;

export type FamilyStatus = (typeof STATUS_KELUARGA)[number]['code'];

export function codeLabel(list: readonly CodeItem[], code: number | null | undefined): string {
  if (code === null || code === undefined) return '';
  return list.find((item) => item.code === code)?.label ?? String(code);
}
