import { en } from './en';
import { id, type MessageKey as BaseMessageKey } from './id';
import { GRID_LOCALE_ID } from './gridLocale';
import { proposalsEn, proposalsId, type ProposalMessageKey } from './proposals';
import { trainingEn, trainingId, type TrainingMessageKey } from './training';

export type MessageKey = BaseMessageKey | ProposalMessageKey | TrainingMessageKey;
export type Language = 'id' | 'en';

const LANGUAGE_KEY = 'verivali.lang';

/** Indonesian unless the user stored English; read once, as labels are not re-rendered live. */
export const language: Language = localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'id';

const messages: Record<MessageKey, string> = language === 'en' ? { ...en, ...proposalsEn, ...trainingEn } : { ...id, ...proposalsId, ...trainingId };
const numberFormat = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'id-ID');

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = messages[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** ISO yyyy-mm-dd (or a full timestamp) as dd/mm/yyyy, the form used on KK and KTP. */
export function formatDate(iso: string | null | undefined): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : (iso ?? '');
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}.${pad(date.getMinutes())}`;
}

/** AG Grid ships no Indonesian locale; English uses the grid's built-in texts. */
export const gridLocaleText: Record<string, string> | undefined = language === 'id' ? GRID_LOCALE_ID : undefined;
