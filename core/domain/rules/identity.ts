import { parseNik, parseNoKk, type IdProblem } from '../nik';
import { finding, isIsoDate, showDate } from './shared';
import type { FamilyFacts, MemberFacts, RuleContext, RuleFinding } from './types';

const DATE_PROBLEMS = new Set(['day', 'month', 'date', 'future']);

/** NIK structure (reference §2.1) through parseNik, plus its agreement with the member's sex and birth date. */
export function checkNik(member: MemberFacts, ctx: RuleContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const add = (ruleId: string, field: string, message: string) => out.push(finding(ruleId, 'member', member.id, field, message));
  const nik = member.nik.trim();
  if (isIsoDate(member.birthDate) && member.birthDate > ctx.today) {
    add('tanggal-lahir-masa-depan', 'birthDate', `Tanggal lahir ${showDate(member.birthDate)} berada setelah hari ini (${showDate(ctx.today)}).`);
  }
  if (nik === '') {
    add('nik-kosong', 'nik', 'NIK kosong.');
    return out;
  }
  const parsed = parseNik(nik, ctx.today);
  const has = parsed.problems.length === 0 ? () => false : (code: IdProblem['code']) => parsed.problems.some((p) => p.code === code);
  if (has('length') || has('non_digit')) {
    const what = /^\d*$/.test(nik) ? `${nik.length} digit` : 'berisi karakter selain angka';
    add('nik-bukan-16-digit', 'nik', `NIK "${nik}" ${what}, seharusnya 16 digit angka.`);
    return out;
  }
  if (has('placeholder')) {
    // A made-up number: its region, date and serial mean nothing, so report only this.
    add('nik-kosong', 'nik', `NIK "${nik}" tampak seperti isian sementara (angka berulang atau berurutan).`);
    return out;
  }
  if (has('region')) add('nik-kode-wilayah-nol', 'nik', `NIK "${nik}" berkode wilayah ${nik.slice(0, 6)}: kode kabupaten/kecamatan tidak boleh 00.`);
  else if (parsed.kecamatanCode && (has('unknown_province') || ctx.regionStatus(parsed.kecamatanCode) === 'unknown')) {
    add('nik-wilayah-tidak-dikenal', 'nik', `NIK "${nik}" berkode wilayah ${parsed.kecamatanCode} yang tidak ada dalam referensi wilayah (mungkin kode lama).`);
  }
  const dateProblem = parsed.problems.length === 0 ? undefined : parsed.problems.find((p) => DATE_PROBLEMS.has(p.code));
  if (dateProblem) add('nik-tanggal-tidak-sah', 'nik', `NIK "${nik}": ${lowerFirst(dateProblem.message)}`);
  if (has('serial')) add('nik-nomor-urut-0000', 'nik', `NIK "${nik}" bernomor urut 0000.`);

  if (parsed.sex !== null && (member.sex === 1 || member.sex === 2) && parsed.sex !== member.sex) {
    const nikSex = parsed.sex === 2 ? 'perempuan' : 'laki-laki';
    const fieldSex = member.sex === 2 ? 'perempuan' : 'laki-laki';
    add('nik-jenis-kelamin-beda', 'sex', `Jenis kelamin ${fieldSex}, tetapi NIK "${nik}" (tanggal ${nik.slice(6, 8)}) menunjukkan ${nikSex}.`);
  }
  if (!dateProblem && parsed.birthDate && isIsoDate(member.birthDate)) {
    // Compare day, month and two-digit year only: the century is not in the NIK, so it is taken from the field.
    if (!sameAfter(2, parsed.birthDate, member.birthDate)) {
      const nikDate = `${parsed.birthDate.slice(8, 10)}-${parsed.birthDate.slice(5, 7)}-${parsed.birthDate.slice(2, 4)}`;
      add('nik-tanggal-lahir-beda', 'birthDate', `Tanggal lahir ${showDate(member.birthDate)} berbeda dengan tanggal pada NIK "${nik}" (${nikDate}).`);
    }
  }
  return out;
}

/** Nomor KK structure (reference §2.2). */
export function checkNoKk(family: FamilyFacts, ctx: RuleContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const add = (ruleId: string, message: string) => out.push(finding(ruleId, 'family', family.id, 'noKk', message));
  const noKk = family.noKk.trim();
  if (noKk === '') {
    add('kk-tidak-sah', 'Nomor KK kosong.');
    return out;
  }
  const parsed = parseNoKk(noKk, ctx.today);
  const has = (code: IdProblem['code']) => parsed.problems.some((p) => p.code === code);
  if (has('length') || has('non_digit')) {
    const what = /^\d*$/.test(noKk) ? `${noKk.length} digit` : 'berisi karakter selain angka';
    add('kk-tidak-sah', `Nomor KK "${noKk}" ${what}, seharusnya 16 digit angka.`);
    return out;
  }
  if (has('placeholder')) {
    add('kk-tidak-sah', `Nomor KK "${noKk}" tampak seperti isian sementara (angka berulang atau berurutan).`);
    return out;
  }
  const reasons: string[] = [];
  if (has('region')) reasons.push(`berkode wilayah ${noKk.slice(0, 6)} yang berisi 00`);
  if (has('serial')) reasons.push('bernomor urut 0000');
  if (reasons.length > 0) add('kk-tidak-sah', `Nomor KK "${noKk}" ${reasons.join(', ')}.`);
  if (!has('region') && parsed.kecamatanCode && (has('unknown_province') || ctx.regionStatus(parsed.kecamatanCode) === 'unknown')) {
    add('kk-wilayah-tidak-dikenal', `Nomor KK "${noKk}" berkode wilayah ${parsed.kecamatanCode} yang tidak ada dalam referensi wilayah (mungkin kode lama).`);
  }
  const dateProblem = parsed.problems.find((p) => DATE_PROBLEMS.has(p.code));
  if (dateProblem) add('kk-tanggal-tidak-sah', `Nomor KK "${noKk}": ${lowerFirst(dateProblem.message)}`);
  return out;
}

/** a.slice(from) === b.slice(from), without the copies. */
function sameAfter(from: number, a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = from; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
