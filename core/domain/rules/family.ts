import { checkNoKk } from './identity';
import { ageOn, CHILD, finding, HEAD, isIsoDate, isPresent, showDate, SPOUSE, who } from './shared';
import type { FamilyFacts, MemberFacts, RuleContext, RuleFinding } from './types';

/** Family-level identity, structure, status and region rules (reference §2.2, §12 no. 4, 5, 14, 17). */
export function checkFamilyOnly(family: FamilyFacts, members: MemberFacts[], ctx: RuleContext): RuleFinding[] {
  const out = [...checkNoKk(family, ctx), ...checkRegion(family, ctx)];
  if (family.status !== 'aktif') return out;
  const present = members.filter(isPresent);
  if (present.length === 0) {
    const message = members.length === 0
      ? `Keluarga aktif dengan Nomor KK "${family.noKk}" tidak memiliki anggota.`
      : `Keluarga aktif dengan Nomor KK "${family.noKk}" tidak memiliki anggota yang masih ada (${members.length} anggota meninggal, pindah atau tidak ditemukan).`;
    out.push(finding('keluarga-aktif-tanpa-anggota', 'family', family.id, null, message));
  } else {
    out.push(...checkStructure(family, present, ctx));
  }
  if (family.recordedMemberCount !== null && family.recordedMemberCount !== family.memberCount) {
    out.push(finding('jumlah-anggota-tidak-sesuai', 'family', family.id, 'jumlahAnggotaKeluarga',
      `Jumlah anggota tercatat ${family.recordedMemberCount}, tetapi anggota yang masih ada ${family.memberCount}.`));
  }
  return out;
}

function checkRegion(family: FamilyFacts, ctx: RuleContext): RuleFinding[] {
  const code = family.desaCode.trim();
  const add = (message: string) => [finding('desa-tidak-sah', 'family', family.id, 'kodeDesa', message)];
  if (code === '') return add('Kode desa/kelurahan kosong.');
  if (!code.startsWith(`${ctx.kabupatenCode}.`)) return add(`Kode desa ${code} berada di luar kabupaten ${ctx.kabupatenCode}.`);
  if (!ctx.desaExists(code)) return add(`Kode desa ${code} tidak ada dalam referensi wilayah.`);
  return [];
}

function checkStructure(family: FamilyFacts, present: MemberFacts[], ctx: RuleContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const heads = present.filter((m) => m.relationship === HEAD);
  const spouses = present.filter((m) => m.relationship === SPOUSE);
  if (heads.length === 0) {
    out.push(finding('kepala-keluarga-tidak-ada', 'family', family.id, null,
      `Keluarga dengan Nomor KK "${family.noKk}" tidak memiliki kepala keluarga di antara ${present.length} anggota yang masih ada.`));
  }
  const [head] = heads;
  for (const extra of heads.slice(1)) {
    out.push(finding('kepala-keluarga-ganda', 'member', extra.id, 'relationship',
      `${who(extra)} tercatat sebagai kepala keluarga, padahal ${head ? who(head) : ''} juga kepala keluarga (${heads.length} kepala keluarga).`, head?.id));
  }
  const [spouse] = spouses;
  for (const extra of spouses.slice(1)) {
    out.push(finding('pasangan-lebih-dari-satu', 'member', extra.id, 'relationship',
      `${who(extra)} tercatat sebagai istri/suami, padahal ${spouse ? who(spouse) : ''} juga istri/suami (${spouses.length} istri/suami).`, spouse?.id));
  }
  if (heads.length !== 1 || !head || !isIsoDate(head.birthDate) || head.birthDate > ctx.today) return out;
  const headAge = ageOn(head.birthDate, ctx.today);
  if (headAge < 15) {
    out.push(finding('kepala-keluarga-di-bawah-15', 'member', head.id, 'birthDate',
      `Kepala keluarga ${who(head)} lahir ${showDate(head.birthDate)}, berumur ${headAge} tahun (di bawah 15 tahun).`));
  }
  for (const child of present) {
    if (child.relationship !== CHILD || !isIsoDate(child.birthDate) || child.birthDate >= head.birthDate) continue;
    out.push(finding('anak-lebih-tua-dari-kepala', 'member', child.id, 'birthDate',
      `Anak ${who(child)} lahir ${showDate(child.birthDate)}, lebih dulu daripada kepala keluarga ${who(head)} (${showDate(head.birthDate)}).`, head.id));
  }
  return out;
}
