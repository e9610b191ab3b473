import { CATALOGUE } from './index';
import type { CatalogueField, FieldEntity } from './types';

/**
 * Recognising the columns of an imported sheet: DTKS/BDT names (with their misspellings), PBDT cells,
 * Regsosek question numbers, OpenSID and PMKS headers all resolve to catalogue keys.
 */

export type MatchHow = 'exact' | 'alias' | 'label';

export interface HeaderMatch {
  index: number;
  header: string;
  fieldKey: string | null;
  how: MatchHow | null;
}

export interface HeaderDuplicate {
  fieldKey: string;
  /** Source column indexes that all map to the field, in sheet order. */
  indexes: number[];
}

export interface HeaderMatchResult {
  columns: HeaderMatch[];
  duplicates: HeaderDuplicate[];
}

/** Case, space, underscore, dot and punctuation do not matter: `Jumah_kerbau`, `JUMAH KERBAU` and `jumah.kerbau` are equal. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * A leading question number with its separator: `303. `, `r303 `, `301a) `, `b3_k3 - `, `1. `.
 * Returns the number and the rest, or null when the header does not start with one.
 */
export function splitQuestionNumber(text: string): { number: string; rest: string } | null {
  const match = /^\s*((?:r\s*)?\d{1,3}(?:[a-z]\d?)?|b\d+_?k\d+[a-z]?\d?)(?:\s*[.):\-–]\s*|\s+)(?=\S)/i.exec(text);
  if (!match || match[1] === undefined) return null;
  return { number: match[1], rest: text.slice(match[0].length) };
}

interface HeaderIndex {
  exact: Map<string, CatalogueField[]>;
  alias: Map<string, CatalogueField[]>;
  label: Map<string, CatalogueField[]>;
}

function add(map: Map<string, CatalogueField[]>, token: string, field: CatalogueField): void {
  if (!token) return;
  const list = map.get(token) ?? [];
  if (!list.includes(field)) list.push(field);
  map.set(token, list);
}

function buildIndex(fields: readonly CatalogueField[]): HeaderIndex {
  const index: HeaderIndex = { exact: new Map(), alias: new Map(), label: new Map() };
  for (const field of fields) {
    add(index.exact, normalizeHeader(field.key), field);
    add(index.exact, normalizeHeader(field.column), field);
    for (const alias of field.aliases) {
      add(index.alias, normalizeHeader(alias), field);
      // `303. Jenis lantai` also teaches the label `Jenis lantai`.
      const split = splitQuestionNumber(alias);
      if (split) add(index.label, normalizeHeader(split.rest), field);
    }
    add(index.label, normalizeHeader(field.label), field);
    add(index.label, normalizeHeader(field.labelEn), field);
  }
  return index;
}

const indexCache = new WeakMap<readonly CatalogueField[], HeaderIndex>();

function indexOf(fields: readonly CatalogueField[]): HeaderIndex {
  let index = indexCache.get(fields);
  if (!index) {
    index = buildIndex(fields);
    indexCache.set(fields, index);
  }
  return index;
}

/** One field for the token; the hint only breaks ties between entities (an ART file still carries NoKK and IDBDT). */
function pick(map: Map<string, CatalogueField[]>, token: string, hint?: FieldEntity): CatalogueField | null {
  const found = map.get(token);
  if (!found || found.length === 0) return null;
  if (found.length === 1) return found[0] ?? null;
  const hinted = hint ? found.filter((field) => field.entity === hint) : [];
  return hinted.length === 1 ? (hinted[0] ?? null) : null;
}

function matchOne(header: string, index: HeaderIndex, hint?: FieldEntity): { field: CatalogueField; how: MatchHow } | null {
  const token = normalizeHeader(header);
  if (!token) return null;
  const exact = pick(index.exact, token, hint);
  if (exact) return { field: exact, how: 'exact' };
  const alias = pick(index.alias, token, hint);
  if (alias) return { field: alias, how: 'alias' };
  const split = splitQuestionNumber(header);
  if (split) {
    // `303 Lantai rumah`: the number alone is an alias, whatever text follows.
    const byNumber = pick(index.alias, normalizeHeader(split.number), hint);
    if (byNumber) return { field: byNumber, how: 'alias' };
    const rest = normalizeHeader(split.rest);
    const byRest = pick(index.exact, rest, hint) ?? pick(index.alias, rest, hint) ?? pick(index.label, rest, hint);
    if (byRest) return { field: byRest, how: 'label' };
    return null;
  }
  const label = pick(index.label, token, hint);
  return label ? { field: label, how: 'label' } : null;
}

export function matchHeaders(headers: readonly string[], entityHint?: FieldEntity, fields: readonly CatalogueField[] = CATALOGUE): HeaderMatchResult {
  const index = indexOf(fields);
  const columns = headers.map((header, i): HeaderMatch => {
    // Readers sometimes hand over numeric header cells (303) or empty ones; compare their text.
    const found = matchOne(String(header ?? ''), index, entityHint);
    return { index: i, header, fieldKey: found?.field.key ?? null, how: found?.how ?? null };
  });
  const byField = new Map<string, number[]>();
  for (const column of columns) {
    if (column.fieldKey) byField.set(column.fieldKey, [...(byField.get(column.fieldKey) ?? []), column.index]);
  }
  const duplicates = [...byField].filter(([, indexes]) => indexes.length > 1).map(([fieldKey, indexes]) => ({ fieldKey, indexes }));
  return { columns, duplicates };
}

/**
 * A stable identifier of a sheet layout: the normalised headers in order (trailing empty columns ignored,
 * Excel often keeps a few), hashed with 32-bit FNV-1a and prefixed with the column count.
 */
export function layoutFingerprint(headers: readonly string[]): string {
  const normalised = headers.map((header) => normalizeHeader(String(header ?? '')));
  while (normalised.length > 0 && normalised[normalised.length - 1] === '') normalised.pop();
  let hash = 0x811c9dc5;
  for (const char of normalised.join('\u001f')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${normalised.length}-${hash.toString(16).padStart(8, '0')}`;
}
