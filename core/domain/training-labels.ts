import type { PracticeProblem } from '../contract/training';

/** The problems a trainer can plant, as the start screen and the answer key name them (one copy for both). */
export const PROBLEM_LABELS: Record<PracticeProblem, string> = {
  invalid_nik: 'NIK tidak valid',
  nik_birthdate_mismatch: 'Tanggal lahir tidak sesuai NIK',
  duplicate_person: 'Orang yang sama tercatat dua kali (NIK salah ketik)',
  missing_head: 'Keluarga tanpa kepala keluarga',
  deceased_recipient: 'Anggota meninggal masih tercatat penerima bantuan (PBI JKN)',
  mangled_import: 'Nomor dirusak Excel di berkas impor',
  missing_evidence: 'Usulan diajukan tanpa bukti (akta kematian)',
  approved_proposals: 'Usulan disahkan yang siap ditetapkan (batch)',
};
