import { ASSET_FIELDS } from './asset-fields';
import { FAMILY_FIELDS } from './family-fields';
import { HOUSING_FIELDS } from './housing-fields';
import { MEMBER_FIELDS } from './member-fields';
import { MEMBER_HEALTH_FIELDS } from './member-health-fields';
import { MEMBER_MATCHING_FIELDS } from './member-matching-fields';
import { MEMBER_WORK_FIELDS } from './member-work-fields';
import { PROGRAM_FIELDS } from './program-fields';
import type { CatalogueField, QuestionnaireVersion } from './types';

/** A block of the questionnaire as the family card shows it. */
export interface FieldSection {
  title: string;
  fields: readonly CatalogueField[];
}

/** The BPS/SIKS-NG ranking: imported, shown, never edited. */
const WELFARE = new Set(['statusKesejahteraan', 'peringkatKesejahteraan', 'desil', 'desilEdisi', 'desilSumber', 'persentil']);
/** Regsosek Blok II (R201–R205), the respondent and the Blok VI notes; PBDT's check date and checker. */
const isEnumeration = (f: CatalogueField) => /R2\d\d/.test(f.question ?? '') || ['namaResponden', 'noHpResponden', 'catatan'].includes(f.key);

const FAMILY_SECTIONS: readonly FieldSection[] = [
  { title: 'Blok I · Keterangan tempat dan keluarga', fields: FAMILY_FIELDS.filter((f) => !WELFARE.has(f.key) && !isEnumeration(f)) },
  { title: 'Blok II · Pendataan', fields: FAMILY_FIELDS.filter(isEnumeration) },
  { title: 'Blok III · Perumahan', fields: HOUSING_FIELDS },
  { title: 'Blok V · Aset', fields: ASSET_FIELDS },
  { title: 'Program bantuan', fields: PROGRAM_FIELDS },
  { title: 'Peringkat kesejahteraan (dari BPS/SIKS-NG)', fields: FAMILY_FIELDS.filter((f) => WELFARE.has(f.key)) },
];

const MEMBER_SECTIONS: readonly FieldSection[] = [
  { title: 'Blok IV · Identitas dan demografi (401–411)', fields: MEMBER_FIELDS },
  { title: 'Pendidikan, pekerjaan dan usaha (412–426)', fields: MEMBER_WORK_FIELDS },
  { title: 'Kesehatan, disabilitas dan program (427–431)', fields: MEMBER_HEALTH_FIELDS },
  { title: 'Nomor program dan padan Dukcapil', fields: MEMBER_MATCHING_FIELDS },
];

/** The sections of a family or member card with the fields the record's questionnaire has (location helpers left out). */
export function cardSections(entity: 'family' | 'member', version: QuestionnaireVersion): FieldSection[] {
  return (entity === 'family' ? FAMILY_SECTIONS : MEMBER_SECTIONS)
    .map((section) => ({ title: section.title, fields: section.fields.filter((f) => !f.locatesOnly && f.versions.includes(version)) }))
    .filter((section) => section.fields.length > 0);
}
