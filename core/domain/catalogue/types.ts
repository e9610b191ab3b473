/**
 * The field catalogue: one entry per DTKS/DTSEN field. Grid columns, forms, import mapping,
 * validation and export templates are all derived from it (architecture §1).
 */

/** Questionnaire generations: DTKS/PBDT 2015 (reference §3) and Regsosek 2022-K / DTSEN (§4). */
export const QUESTIONNAIRE_VERSIONS = ['PBDT2015', 'REGSOSEK2022K'] as const;
export type QuestionnaireVersion = (typeof QUESTIONNAIRE_VERSIONS)[number];

export interface CodeOption {
  code: number;
  label: string;
}

/**
 * - `text`: free text; `id`: digits kept as text (NIK, No KK, IDBDT…), never a number;
 * - `integer` / `decimal`: numbers (counts, m²); `date`: ISO yyyy-mm-dd;
 * - `code`: one code of the list for the record's questionnaire version;
 * - `yesno`: stored as 1 (Ya) / 0 (Tidak); the file coding differs per item (see `yesNoCoding`);
 * - `bitmask`: a sum of flag codes (identity cards, insurance), stored as the integer sum.
 */
export type FieldType = 'text' | 'id' | 'integer' | 'decimal' | 'date' | 'code' | 'yesno' | 'bitmask';

/** Where the value lives: the family (KK), the DTKS household (ruta), or the member. */
export type FieldEntity = 'family' | 'household' | 'member';

export interface CatalogueField {
  /** Stable camelCase key used in the contract, mappings and templates. */
  key: string;
  /** snake_case column in the entity's table. */
  column: string;
  entity: FieldEntity;
  /** Indonesian label (the UI's first language) and English. */
  label: string;
  labelEn: string;
  type: FieldType;
  /** Questionnaire versions that have this field. */
  versions: readonly QuestionnaireVersion[];
  /** Code lists per version, for `code` and `bitmask` fields. */
  codes?: Partial<Record<QuestionnaireVersion, readonly CodeOption[]>>;
  /**
   * Codes that exist in the version's list but whose labels the reference does not give
   * (e.g. Regsosek 413 jenjang 2–21). They are accepted as numbers and shown as numbers; never
   * give them invented labels. Optional, added after the first draft of this type.
   */
  unlabelledCodes?: Partial<Record<QuestionnaireVersion, readonly number[]>>;
  /** PBDT asset items are coded 1=Ya/2=Tidak or 3=Ya/4=Tidak (two-column paper form). */
  yesNoCoding?: Partial<Record<QuestionnaireVersion, '1/2' | '3/4'>>;
  /** Header texts seen in real files: DTKS/BDT names (with their misspellings), Regsosek numbers, OpenSID and SIKS-NG headers. */
  aliases: readonly string[];
  /** Questionnaire reference, e.g. 'Blok III no. 3' or 'R303'. */
  question?: string;
  maxLength?: number;
  min?: number;
  max?: number;
  /** A short Indonesian hint shown next to validation messages. */
  hint?: string;
  /** Read-only fields are imported but never edited in the app (e.g. desil). */
  readOnly?: boolean;
  /** Only used on import to find the record's desa (names, code parts); the desa code is what is stored. */
  locatesOnly?: boolean;
}
