import { decodeEntities } from './xml-bytes';

/*
 * The small package parts (rels, workbook, styles) are at most a few hundred KB, so they are read whole and
 * picked apart with regular expressions; none of these expressions can backtrack badly ([^>]* is linear).
 */

const TAG = (local: string) => new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}\\b([^>]*)>`, 'g');

export function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1]!, decodeEntities(m[2] ?? m[3] ?? ''));
  return out;
}

function localAttr(attrs: Map<string, string>, local: string): string | undefined {
  for (const [name, value] of attrs) if (name === local || name.endsWith(`:${local}`)) return value;
  return undefined;
}

export interface Relationship {
  type: string;
  target: string;
}

/** Part path of a relationship target; `base` is the folder of the part that owns the .rels. */
export function resolvePart(base: string, target: string): string {
  const parts = target.startsWith('/') ? [] : base.split('/').filter(Boolean);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

export function parseRelationships(xml: string, base: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  for (const m of xml.matchAll(TAG('Relationship'))) {
    const a = attributes(m[1]!);
    const id = a.get('Id');
    const target = a.get('Target');
    if (!id || !target || a.get('TargetMode') === 'External') continue;
    out.set(id, { type: (a.get('Type') ?? '').replace(/^.*\//, ''), target: resolvePart(base, target) });
  }
  return out;
}

export interface WorkbookSheet {
  name: string;
  relId: string;
}

export function parseWorkbook(xml: string): { sheets: WorkbookSheet[]; date1904: boolean } {
  const sheets: WorkbookSheet[] = [];
  for (const m of xml.matchAll(TAG('sheet'))) {
    const a = attributes(m[1]!);
    const name = a.get('name');
    const relId = localAttr(a, 'id');
    if (name !== undefined && relId) sheets.push({ name, relId });
  }
  const pr = TAG('workbookPr').exec(xml);
  const date1904 = pr ? /^(1|true)$/.test(attributes(pr[1]!).get('date1904') ?? '') : false;
  return { sheets, date1904 };
}

/** For each cell style (xf) index: does its number format display a date or time? */
export function parseDateStyles(xml: string, isDate: (format: string) => boolean, builtin: Record<number, string>): boolean[] {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(TAG('numFmt'))) {
    const a = attributes(m[1]!);
    custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
  }
  const section = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const out: boolean[] = [];
  for (const m of section.matchAll(TAG('xf'))) {
    const id = Number(attributes(m[1]!).get('numFmtId') ?? 0);
    const format = custom.get(id) ?? builtin[id];
    out.push(format !== undefined ? isDate(format) : isBuiltinDateId(id));
  }
  return out;
}

/** Locale-dependent built-in date formats that have no entry in the default table. */
function isBuiltinDateId(id: number): boolean {
  return (id >= 27 && id <= 36) || (id >= 50 && id <= 58) || (id >= 71 && id <= 81);
}
