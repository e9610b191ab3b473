import { ApiError } from '../../contract/errors';
import { letterheadSchema, type Letterhead } from '../../contract/packages';
import { checkTemplate, DEFAULT_TEMPLATE_ID, SHIPPED_TEMPLATES, type ExportTemplate } from '../../domain/templates';
import { readSetting, writeSetting } from '../../../db/queries/settings';
import type { Sqlite } from '../../../db/open';
import type { SessionUser } from '../auth';

/** Office templates (settings paket.templates, a JSON array) and the letterhead of the PDFs (settings kantor.kop). */
export const TEMPLATES_SETTING = 'paket.templates';
export const LETTERHEAD_SETTING = 'kantor.kop';

interface TemplateList {
  templates: { template: ExportTemplate; shipped: boolean }[];
  broken: { id: string | null; name: string | null; problems: string[] }[];
}

function officeCopies(db: Sqlite): unknown[] {
  const stored = readSetting(db, TEMPLATES_SETTING);
  if (stored === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/** Shipped templates first, then the office's; an office copy that fails the rules is listed with its problems instead. */
export function listTemplates(db: Sqlite): TemplateList {
  const list: TemplateList = { templates: SHIPPED_TEMPLATES.map((template) => ({ template, shipped: true })), broken: [] };
  for (const raw of officeCopies(db)) {
    const checked = checkTemplate(raw);
    if (checked.ok) list.templates.push({ template: checked.template, shipped: false });
    else {
      const { id, name } = (raw ?? {}) as { id?: unknown; name?: unknown };
      list.broken.push({ id: typeof id === 'string' ? id : null, name: typeof name === 'string' ? name : null, problems: checked.problems });
    }
  }
  return list;
}

export function findTemplate(db: Sqlite, id = DEFAULT_TEMPLATE_ID): ExportTemplate {
  const list = listTemplates(db);
  const found = list.templates.find((entry) => entry.template.id === id);
  if (found) return found.template;
  const broken = list.broken.find((entry) => entry.id === id);
  if (broken) throw new ApiError('INVALID_INPUT', `Templat "${id}" tidak dapat dipakai: ${broken.problems.join(' ')}`, { field: 'templateId', problems: broken.problems });
  throw new ApiError('NOT_FOUND', `Templat "${id}" tidak ada. Templat yang tersedia: ${list.templates.map((entry) => entry.template.id).join(', ')}.`, { field: 'templateId' });
}

/** Adds or replaces an office template (same id); audited as a settings change. */
export function saveTemplate(db: Sqlite, user: SessionUser, raw: unknown): TemplateList {
  const checked = checkTemplate(raw);
  if (!checked.ok) throw new ApiError('INVALID_INPUT', `Templat belum dapat disimpan: ${checked.problems.join(' ')}`, { field: 'template', problems: checked.problems });
  const template = checked.template;
  if (SHIPPED_TEMPLATES.some((shipped) => shipped.id === template.id)) {
    throw new ApiError('INVALID_INPUT', `ID "${template.id}" milik templat bawaan dan tidak dapat ditimpa. Beri salinan ID lain, misalnya "${template.id}-kantor".`, { field: 'template' });
  }
  const others = officeCopies(db).filter((copy) => (copy as { id?: unknown } | null)?.id !== template.id);
  writeSetting(db, user, TEMPLATES_SETTING, JSON.stringify([...others, template]));
  return listTemplates(db);
}

export function deleteTemplate(db: Sqlite, user: SessionUser, id: string): TemplateList {
  if (SHIPPED_TEMPLATES.some((shipped) => shipped.id === id)) throw new ApiError('INVALID_INPUT', `Templat bawaan "${id}" tidak dapat dihapus.`, { field: 'id' });
  const copies = officeCopies(db);
  const others = copies.filter((copy) => (copy as { id?: unknown } | null)?.id !== id);
  if (others.length === copies.length) throw new ApiError('NOT_FOUND', `Templat "${id}" tidak ada di pengaturan kantor.`, { field: 'id' });
  writeSetting(db, user, TEMPLATES_SETTING, others.length ? JSON.stringify(others) : null);
  return listTemplates(db);
}

/** "Kabupaten Tegal" → PEMERINTAH KABUPATEN TEGAL, signed in "Tegal" until the office sets its own. */
export function defaultLetterhead(kabupatenName: string): Letterhead {
  return {
    instansi: `Pemerintah ${kabupatenName}`.toUpperCase(),
    dinas: 'DINAS SOSIAL',
    alamat: '',
    telepon: '',
    kota: kabupatenName.replace(/^(Kabupaten|Kota)\s+/i, ''),
    kepalaNama: '',
    kepalaNip: '',
    kepalaJabatan: 'Kepala Dinas Sosial',
  };
}

export function letterhead(db: Sqlite, kabupatenName: string): Letterhead & { isDefault: boolean } {
  const stored = readSetting(db, LETTERHEAD_SETTING);
  if (stored !== undefined) {
    try {
      const parsed = letterheadSchema.safeParse(JSON.parse(stored));
      if (parsed.success) return { ...parsed.data, isDefault: false };
    } catch {
      // an unreadable setting falls back to the defaults, which the admin can save again
    }
  }
  return { ...defaultLetterhead(kabupatenName), isDefault: true };
}

export function setLetterhead(db: Sqlite, user: SessionUser, value: Letterhead | null, kabupatenName: string): Letterhead & { isDefault: boolean } {
  writeSetting(db, user, LETTERHEAD_SETTING, value === null ? null : JSON.stringify(value));
  return letterhead(db, kabupatenName);
}
