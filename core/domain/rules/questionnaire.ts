import { allowedCodes, codeLabelOf, fieldByKey, VERSION_LABELS } from '../catalogue';
import type { CatalogueField, QuestionnaireVersion } from '../catalogue/types';
import { ageOf, filled, finding, isGone, num, who } from './shared';
import type { FamilyFacts, MemberFacts, RuleContext, RuleFinding } from './types';

type Values = Record<string, string | number | null>;
type Version = QuestionnaireVersion;

/** "Tidak/belum pernah sekolah": PBDT 0, Regsosek 412 code 1. */
const NEVER_SCHOOLED: Record<Version, number> = { PBDT2015: 0, REGSOSEK2022K: 1 };
/** Ijazah "tidak punya": PBDT 0, Regsosek 415 code 23. */
const NO_CERTIFICATE: Record<Version, number> = { PBDT2015: 0, REGSOSEK2022K: 23 };
/** Fasilitas BAB "tidak ada": PBDT 4, Regsosek 309a code 6. */
const NO_TOILET: Record<Version, number> = { PBDT2015: 4, REGSOSEK2022K: 6 };
/** Kloset "tidak pakai" exists only in PBDT (code 4). */
const KLOSET_NONE: Record<Version, number | null> = { PBDT2015: 4, REGSOSEK2022K: null };
/** Sumber penerangan "bukan listrik": PBDT 3, Regsosek 307a code 4. */
const NOT_ELECTRIC: Record<Version, number> = { PBDT2015: 3, REGSOSEK2022K: 4 };
/** Member-level programme cards (PBDT ART columns, stored 1 = Ya) and Regsosek 431e PIP. */
const PROGRAMME_KEYS = ['adaPkh', 'adaPbi', 'adaRastra', 'adaKks', 'adaKip', 'programIndonesiaPintar'];
/** Regsosek 431a jaminan kesehatan: flag 1 = PBI JKN (99 "lainnya" stands alone). */
const receivesPbi = (value: number | null): boolean => value !== null && value !== 99 && Number.isInteger(value) && (value & 1) === 1;
/** Catalogue keys carried as top-level facts, checked under their contract keys. */
const TOP_LEVEL: Record<string, 'sex' | 'relationship' | 'presence'> = { jenisKelamin: 'sex', hubunganKeluarga: 'relationship', keberadaan: 'presence' };
const TOP_LEVEL_ENTRIES = Object.entries(TOP_LEVEL);
const CODED = new Set<CatalogueField['type']>(['code', 'yesno', 'bitmask']);

function label(key: string): string {
  return fieldByKey(key)?.label ?? key;
}

function show(key: string, version: Version, value: string | number | null): string {
  const field = fieldByKey(key);
  const n = num(value);
  return field && n !== null && !Number.isNaN(n) && field.type === 'code' ? `${n} (${codeLabelOf(field, version, n)})` : String(value);
}

export function checkMemberLogic(member: MemberFacts, ctx: RuleContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const v = member.values;
  const version = member.questionnaireVersion;
  const add = (ruleId: string, field: string, message: string) => out.push(finding(ruleId, 'member', member.id, field, message));
  const kawin = num(v.statusKawin);

  if (num(v.hamil) === 1) {
    const age = ageOf(member, ctx.today);
    const reasons: string[] = [];
    if (member.sex === 1) reasons.push('laki-laki');
    if (age !== null && (age < 10 || age > 49)) reasons.push(`berumur ${age} tahun`);
    if (kawin === 1) reasons.push('belum kawin');
    if (reasons.length > 0) add('hamil-tidak-sesuai', 'hamil', `${who(member)} tercatat hamil, padahal ${reasons.join(', ')}; hamil hanya untuk perempuan 10–49 tahun yang pernah kawin.`);
  }
  const akta = num(v.aktaNikah);
  if (akta !== null && akta !== 0 && (kawin === 1 || kawin === 4)) {
    add('akta-nikah-tidak-sesuai', 'aktaNikah', `Akta nikah diisi ${show('aktaNikah', version, akta)}, padahal status perkawinan ${show('statusKawin', version, kawin)}.`);
  }
  if (num(v.partisipasiSekolah) === NEVER_SCHOOLED[version]) {
    const extra = ['pendidikanTertinggi', 'kelasTertinggi', 'ijazahTertinggi'].filter(
      (key) => filled(v[key]) && !(key === 'ijazahTertinggi' && num(v[key]) === NO_CERTIFICATE[version]),
    );
    for (const key of extra) {
      add('tidak-sekolah-ada-jenjang', key, `${who(member)} tidak/belum pernah sekolah, tetapi ${label(key).toLowerCase()} diisi ${show(key, version, v[key] ?? null)}.`);
    }
  }
  const jam = num(v.jamKerja);
  if (num(v.bekerja) === 0) {
    for (const key of ['lapanganUsaha', 'statusPekerjaan', 'jamKerja']) {
      const value = num(v[key]);
      if (value === null || (key === 'jamKerja' && value === 0)) continue;
      add('tidak-bekerja-ada-pekerjaan', key, `${who(member)} tidak bekerja seminggu terakhir, tetapi ${label(key).toLowerCase()} diisi ${show(key, version, v[key] ?? null)}.`);
    }
  }
  if (jam !== null && (Number.isNaN(jam) || !Number.isInteger(jam) || jam < 0 || jam > 98)) {
    add('jam-kerja-di-luar-batas', 'jamKerja', `Jumlah jam kerja seminggu "${String(v.jamKerja)}" di luar 0–98 jam.`);
  }
  if (isGone(member)) {
    const held = PROGRAMME_KEYS.filter((key) => num(v[key]) === 1);
    if (receivesPbi(num(v.jaminanKesehatan))) held.push('jaminanKesehatan');
    const presence = show('keberadaan', version, member.presence);
    for (const key of held) {
      const what = key === 'jaminanKesehatan' ? 'peserta PBI JKN' : label(key);
      add('anggota-tidak-ada-masih-penerima', key, `${who(member)} berstatus ${presence}, tetapi masih tercatat ${what}.`);
    }
  }
  checkCodes(member.values, version, 'member', member.id, out);
  for (const [key, contractKey] of TOP_LEVEL_ENTRIES) checkCode(key, member[contractKey], version, 'member', member.id, out, contractKey);
  return out;
}

export function checkFamilyLogic(family: FamilyFacts): RuleFinding[] {
  const out: RuleFinding[] = [];
  const v = family.values;
  const version = family.questionnaireVersion;
  const add = (ruleId: string, field: string, message: string) => out.push(finding(ruleId, 'family', family.id, field, message));
  if (num(v.fasilitasBab) === NO_TOILET[version]) {
    for (const key of ['kloset', 'buangTinja']) {
      if (!filled(v[key]) || (key === 'kloset' && num(v[key]) === KLOSET_NONE[version])) continue;
      add('tanpa-jamban-ada-kloset', key, `Fasilitas BAB "tidak ada", tetapi ${label(key).toLowerCase()} diisi ${show(key, version, v[key] ?? null)}.`);
    }
  }
  if (num(v.sumberPenerangan) === NOT_ELECTRIC[version]) {
    for (const key of ['daya', 'daya2', 'daya3'].filter((k) => filled(v[k]))) {
      add('tanpa-listrik-ada-daya', key, `Sumber penerangan bukan listrik, tetapi ${label(key).toLowerCase()} diisi ${show(key, version, v[key] ?? null)}.`);
    }
  }
  const luas = num(v.luasLantai);
  if (luas !== null && !(luas > 0)) add('luas-lantai-tidak-wajar', 'luasLantai', `Luas lantai "${String(v.luasLantai)}" m² tidak lebih dari 0.`);
  for (const key of Object.keys(v).filter((k) => k === 'jumlahKamar' || k.startsWith('ternak'))) {
    const n = num(v[key]);
    if (n !== null && n < 0) add('jumlah-negatif', key, `${label(key)} bernilai ${n}, tidak boleh negatif.`);
  }
  checkCodes(v, version, 'family', family.id, out);
  return out;
}

/** Every code, yes/no and bitmask value must belong to the record's questionnaire version (findings appended to `out`). */
function checkCodes(values: Values, version: Version, entity: RuleFinding['entity'], id: number, out: RuleFinding[]): void {
  for (const key in values) {
    if (entity === 'member' && key in TOP_LEVEL) continue;
    checkCode(key, values[key], version, entity, id, out);
  }
}

function checkCode(key: string, value: Values[string] | undefined, version: Version, entity: RuleFinding['entity'], id: number, out: RuleFinding[], contractKey?: string): void {
  const field = fieldByKey(key);
  if (!field || !filled(value) || !CODED.has(field.type)) return;
  const problem = codeProblem(field, version, num(value) ?? NaN);
  if (problem) out.push(finding('kode-tidak-dikenal', entity, id, contractKey ?? key, `${field.label} "${String(value)}": ${problem}`));
}

function codeProblem(field: CatalogueField, version: Version, n: number): string | null {
  const versionLabel = VERSION_LABELS[version];
  if (!field.versions.includes(version)) return `isian ini tidak ada pada kuesioner ${versionLabel}.`;
  if (!Number.isInteger(n)) return 'bukan kode angka.';
  if (field.type === 'yesno') return n === 0 || n === 1 ? null : 'harus Ya atau Tidak.';
  const allowed = allowedCodes(field, version);
  if (allowed.includes(n)) return null;
  if (field.type === 'bitmask' && n >= 0) {
    // 0 = none; otherwise a sum of distinct flags (a code such as 99 stands alone and was accepted above).
    const flags = allowed.filter((c) => c > 0 && (c & (c - 1)) === 0);
    const covered = flags.reduce((sum, flag) => sum | flag, 0);
    if (n === 0 || (n & ~covered) === 0) return null;
    return `bukan jumlah kode ${flags.join(', ')} pada kuesioner ${versionLabel}.`;
  }
  const list = allowed.length > 12 ? `${allowed[0]}–${allowed[allowed.length - 1]}` : allowed.join(', ');
  return `kode ${n} tidak ada dalam daftar kode ${versionLabel} (${list}).`;
}
