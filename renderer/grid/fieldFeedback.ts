import type { CatalogueField, QuestionnaireVersion } from '../../core/domain/catalogue';
import { parseFieldInput } from '../../core/domain/field-input';
import { parseNik, parseNoKk } from '../../core/domain/nik';
import { formatDate } from '../i18n';

export interface Feedback {
  /** 'error': cannot be saved (the value cannot be read); 'warning': can be saved, the user decides. */
  level: 'ok' | 'warning' | 'error';
  lines: string[];
}

const SEX = { 1: 'laki-laki', 2: 'perempuan' } as const;

/** What the user sees under an editor as they type: the parse result, and for NIK/No KK what the number says. */
export function fieldFeedback(field: CatalogueField, text: string, version: QuestionnaireVersion): Feedback {
  const parsed = parseFieldInput(field, text, version);
  if (!parsed.ok) return { level: 'error', lines: [parsed.message] };
  const value = typeof parsed.value === 'string' ? parsed.value : '';
  if (field.key === 'nik' && value) {
    const nik = parseNik(value);
    const about = nik.birthDate ? `Lahir ${formatDate(nik.birthDate)}, ${nik.sex ? SEX[nik.sex] : '?'}, kecamatan ${nik.kecamatanCode ?? '?'}` : '';
    return { level: nik.problems.length ? 'warning' : 'ok', lines: [about, ...nik.problems.map((p) => p.message)].filter(Boolean) };
  }
  if (field.key === 'noKk' && value) {
    const kk = parseNoKk(value);
    const about = kk.registrationDate ? `Terdaftar ${formatDate(kk.registrationDate)}, kecamatan ${kk.kecamatanCode ?? '?'}` : '';
    return { level: kk.problems.length ? 'warning' : 'ok', lines: [about, ...kk.problems.map((p) => p.message)].filter(Boolean) };
  }
  return { level: 'ok', lines: [] };
}
