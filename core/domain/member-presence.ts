import type { QuestionnaireVersion } from './catalogue/types';

/** Hubungan dengan kepala keluarga 1 (PBDT Hubkel and Regsosek 409 alike). */
export const HEAD_RELATIONSHIP = 1;

/** Keberadaan of a member added in the app: PBDT 4 "Anggota rumah tangga baru", Regsosek 404 5 "Anggota keluarga baru". */
export const NEW_MEMBER_PRESENCE: Record<QuestionnaireVersion, number> = { PBDT2015: 4, REGSOSEK2022K: 5 };

/**
 * Keberadaan of a record merged into another as its duplicate: PBDT 5 "Kesalahan prelist"; Regsosek has no such
 * code, so 6 "Tidak ditemukan" (the person is not found as this record). The link itself is members.duplicate_of_id.
 */
export const DUPLICATE_PRESENCE: Record<QuestionnaireVersion, number> = { PBDT2015: 5, REGSOSEK2022K: 6 };
