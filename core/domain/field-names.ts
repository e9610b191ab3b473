/**
 * The verification rules (and the first editing screens, in older audit entries) name a few
 * fields by their contract names; the grids, cards and edits use catalogue keys.
 */
const CATALOGUE_KEYS: Record<string, string> = {
  name: 'nama', sex: 'jenisKelamin', birthDate: 'tanggalLahir', birthPlace: 'tempatLahir', relationship: 'hubunganKeluarga',
  presence: 'keberadaan', address: 'alamat',
};

/** The catalogue key of a field named by a rule or an older audit entry (other names are keys already). */
export function catalogueKeyOf(name: string): string {
  return CATALOGUE_KEYS[name] ?? name;
}
