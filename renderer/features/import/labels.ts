import { codeLabelOf, fieldByKey, type FieldEntity, type QuestionnaireVersion } from '../../../core/domain/catalogue';
import { formatDate, t, type MessageKey } from '../../i18n';

export const ENTITIES: readonly FieldEntity[] = ['family', 'household', 'member'];

export const ENTITY_LABELS: Record<FieldEntity, string> = {
  family: t('import.entity.family'),
  household: t('import.entity.household'),
  member: t('import.entity.member'),
};

export const VERSIONS: readonly QuestionnaireVersion[] = ['PBDT2015', 'REGSOSEK2022K'];

const ROLE_KEYS: Record<string, MessageKey> = {
  members: 'import.role.members',
  families: 'import.role.families',
  households: 'import.role.households',
  desil: 'import.role.desil',
};

const HOW_KEYS: Record<string, MessageKey> = {
  exact: 'import.how.exact',
  alias: 'import.how.alias',
  label: 'import.how.label',
  preset: 'import.how.preset',
  manual: 'import.how.manual',
};

export function roleLabel(role: string | null): string {
  return t((role && ROLE_KEYS[role]) || 'import.role.none');
}

/** How a column was recognised; null when it is not mapped. */
export function howLabel(how: string | null): string | null {
  const key = how ? HOW_KEYS[how] : undefined;
  return key ? t(key) : null;
}

export function entityLabel(entity: string): string {
  return ENTITY_LABELS[entity as FieldEntity] ?? entity;
}

/** A duration in Indonesian words, rounded the way people read a countdown. */
export function formatDuration(seconds: number): string {
  if (seconds < 90) return t('import.running.seconds', { n: Math.max(1, Math.round(seconds)) });
  return t('import.running.minutes', { n: Math.round(seconds / 60) });
}

/** A stored value as the user knows it: codes with their label, dates as dd/mm/yyyy. */
export function fieldValueText(fieldKey: string, value: string | null, version: QuestionnaireVersion): string {
  if (value === null || value === '') return t('audit.emptyValue');
  const field = fieldByKey(fieldKey);
  if (field?.type === 'code' && /^\d+$/.test(value)) return `${value} · ${codeLabelOf(field, version, Number(value))}`;
  if (field?.type === 'date') return formatDate(value);
  return value;
}
