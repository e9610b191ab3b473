import type { AuditEntry } from '../../../core/contract';
import { codeLabel } from '../../../core/domain/codes';
import { FAMILY_EDITABLE_FIELDS, MEMBER_EDITABLE_FIELDS, type FieldDef } from '../../../core/domain/fields';
import { formatDate, t, type MessageKey } from '../../i18n';

const FIELDS: Record<string, FieldDef> = { ...FAMILY_EDITABLE_FIELDS, ...MEMBER_EDITABLE_FIELDS };

export function auditFieldLabel(entry: AuditEntry): string {
  if (!entry.field) return entry.action;
  return entry.field in FIELDS ? t(`col.${entry.field}` as MessageKey) : entry.field;
}

/** Stored values are codes and ISO dates; show them as the grid does. */
export function auditValue(field: string | null, value: string | null): string {
  if (value === null || value === '') return t('audit.emptyValue');
  const def = field ? FIELDS[field] : undefined;
  if (def?.type === 'code' && def.codes) return codeLabel(def.codes, Number(value));
  if (def?.type === 'date') return formatDate(value);
  return value;
}
