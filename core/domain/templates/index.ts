import dtksPbdt from './dtks-pbdt.json' with { type: 'json' };
import dtsenRegsosek from './dtsen-regsosek.json' with { type: 'json' };
import type { ExportTemplate } from './schema';
import { checkTemplate } from './template-check';

export * from './schema';
export { checkTemplate, type TemplateCheck } from './template-check';

function shipped(raw: unknown): ExportTemplate {
  const checked = checkTemplate(raw);
  // A shipped file that fails its own schema is a build defect, caught by the template tests.
  if (!checked.ok) throw new Error(`Templat bawaan rusak: ${checked.problems.join(' ')}`);
  return checked.template;
}

/** The templates shipped with the app; the DTKS one is the default of an export. */
export const SHIPPED_TEMPLATES: readonly ExportTemplate[] = [shipped(dtksPbdt), shipped(dtsenRegsosek)];
export const DEFAULT_TEMPLATE_ID = 'dtks-pbdt';
