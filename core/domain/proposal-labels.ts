import type { EvidenceKind, NonaktifReason, ProposalStatus, ProposalType } from '../contract/proposals';

/** The words of proposals, one copy for the screens and the backend's messages and audit entries. */

export const TYPE_LABELS: Record<ProposalType, string> = { baru: 'Usulan baru', perbaikan: 'Perbaikan', nonaktif: 'Nonaktif', reaktivasi: 'Reaktivasi' };

/** As a heading or badge; in a sentence the backend writes them in lower case. */
export const STATUS_LABELS: Record<ProposalStatus, string> = {
  draft: 'Draf',
  diajukan: 'Diajukan',
  diverifikasi: 'Diverifikasi',
  dikembalikan: 'Dikembalikan',
  ditolak: 'Ditolak',
  disahkan: 'Disahkan',
};

export const REASON_LABELS: Record<NonaktifReason, string> = {
  meninggal: 'Meninggal',
  pindah: 'Pindah',
  mampu: 'Mampu / ekonomi meningkat',
  tidak_ditemukan: 'Tidak ditemukan',
  ganda: 'Data ganda',
  menolak: 'Menolak',
};

export const KIND_LABELS: Record<EvidenceKind, string> = {
  ba_musdes: 'Berita Acara musdes',
  ba_muskel: 'Berita Acara muskel',
  sptjm: 'SPTJM',
  foto_depan: 'Foto rumah tampak depan',
  foto_dalam: 'Foto rumah bagian dalam',
  kk: 'Scan Kartu Keluarga',
  akta_kematian: 'Akta/surat kematian',
  surat_pindah: 'Surat keterangan pindah',
  lainnya: 'Dokumen lain',
};
