import { codesOf, fieldByKey } from './catalogue';
import type { CatalogueField, FieldEntity, QuestionnaireVersion } from './catalogue/types';
import { parseFieldValue, type ParseResult } from './values';

/**
 * Values typed or pasted by a user, for any catalogue field. The same parsers as the import
 * (dd/mm/yyyy and Indonesian month names, a code or its label, Ya/Tidak, IDs as text), plus the
 * rules of editing: some fields may not be emptied, imported-only fields are not edited at all.
 */

/** Fields a record cannot exist without. */
const REQUIRED: Partial<Record<FieldEntity, readonly string[]>> = {
  family: ['noKk'],
  member: ['nik', 'nama', 'keberadaan'],
};

/** Kept by the app, not typed: the region moves with the family; the head name follows the head member. */
const DERIVED = new Set(['kodeKecamatan', 'kodeDesa', 'namaKepalaKeluarga']);

export type EditableEntity = 'family' | 'member';

export function isEditable(field: CatalogueField): boolean {
  return (field.entity === 'family' || field.entity === 'member') && !field.readOnly && !field.locatesOnly && !DERIVED.has(field.key);
}

/** The catalogue field behind a key, if the user may edit it on this kind of record. */
export function editableField(entity: EditableEntity, key: string): CatalogueField | undefined {
  const field = fieldByKey(key);
  return field && field.entity === entity && isEditable(field) ? field : undefined;
}

export function parseFieldInput(field: CatalogueField, raw: string | null, version: QuestionnaireVersion): ParseResult<string | number> {
  const parsed = parseFieldValue(field, version, raw);
  if (parsed.ok && parsed.value === null && REQUIRED[field.entity]?.includes(field.key)) {
    return { ok: false, message: `${field.label} wajib diisi.` };
  }
  return parsed;
}

/** How a stored value is shown (and copied): code labels, dd/mm/yyyy dates, Ya/Tidak. */
export function formatFieldValue(field: CatalogueField, value: string | number | null | undefined, version: QuestionnaireVersion): string {
  if (value === null || value === undefined || value === '') return '';
  switch (field.type) {
    case 'date': {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
      return match ? `${match[3]}/${match[2]}/${match[1]}` : String(value);
    }
    case 'yesno':
      return value === 1 ? 'Ya' : value === 0 ? 'Tidak' : String(value);
    case 'code': {
      const label = codesOf(field, version).find((option) => option.code === Number(value))?.label;
      return label ? `${value}. ${label}` : String(value);
    }
    default:
      return String(value);
  }
}

/** A stored value as a form field shows it to be typed again: codes as their number, the rest as shown. */
export function inputText(field: CatalogueField, value: string | number | null | undefined, version: QuestionnaireVersion): string {
  return field.type === 'code' && value !== null && value !== undefined ? String(value) : formatFieldValue(field, value, version);
}
