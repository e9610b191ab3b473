import { codeLabelOf, codesOf, QUESTIONNAIRE_VERSIONS, type CatalogueField, type QuestionnaireVersion } from '../../domain/catalogue';
import type { CodeEncoding, DateFormat } from '../../domain/templates';

/**
 * A frozen value (text as stored: codes as digits, Ya/Tidak as 1/0, dates ISO) as an export column
 * writes it. `kode` writes the stored code, except Ya/Tidak items, which go back to the file coding of
 * their questionnaire version (PBDT items alternate 1=Ya/2=Tidak and 3=Ya/4=Tidak, reference §3.4).
 * `label` writes the Indonesian label of the code list of the record's version.
 */
export function formatFrozenValue(field: CatalogueField, raw: string | null | undefined, version: QuestionnaireVersion, encoding: CodeEncoding, dateFormat: DateFormat): string | null {
  if (raw === null || raw === undefined || raw === '') return null;
  switch (field.type) {
    case 'date':
      return formatDate(raw, dateFormat);
    case 'code':
      return encoding === 'label' ? codeLabelOf(field, version, Number(raw)) : raw;
    case 'yesno': {
      const yes = raw === '1';
      if (!yes && raw !== '0') return raw;
      if (encoding === 'label') return yes ? 'Ya' : 'Tidak';
      const [yesCode, noCode] = field.yesNoCoding?.[version] === '3/4' ? ['3', '4'] : ['1', '2'];
      return yes ? yesCode : noCode;
    }
    case 'bitmask':
      return encoding === 'label' ? bitmaskLabels(field, version, Number(raw)) : raw;
    default:
      return raw;
  }
}

export function formatDate(iso: string, dateFormat: DateFormat): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return dateFormat === 'dd/mm/yyyy' ? `${match[3]}/${match[2]}/${match[1]}` : `${match[1]}-${match[2]}-${match[3]}`;
}

/** 5 → "Akta kelahiran, KTP"; codes that are not flags (99 Lainnya) stand alone; 0 → the label of 0 when the list has one. */
function bitmaskLabels(field: CatalogueField, version: QuestionnaireVersion, value: number): string {
  if (!Number.isInteger(value)) return String(value);
  const options = codesOf(field, version);
  const alone = options.find((option) => option.code === value && (value === 0 || (value & (value - 1)) !== 0));
  if (alone) return alone.label;
  const flags = options.filter((option) => option.code > 0 && (option.code & (option.code - 1)) === 0 && (value & option.code) === option.code);
  return flags.length ? flags.map((option) => option.label).join(', ') : codeLabelOf(field, version, value);
}

export function questionnaireVersionOf(text: string | null | undefined): QuestionnaireVersion {
  return (QUESTIONNAIRE_VERSIONS as readonly string[]).includes(text ?? '') ? (text as QuestionnaireVersion) : 'PBDT2015';
}
