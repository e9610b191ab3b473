/**
 * Verification rules: shared types (pure, no Node imports; runs in the renderer and the backend).
 * The API is fixed: the backend validation run and the grid's as-you-type checks code against it.
 */
import type { QuestionnaireVersion } from '../catalogue/types';

export type Severity = 'error' | 'warning';

export type RuleGroup = 'Identitas' | 'Keunikan' | 'Struktur keluarga' | 'Status' | 'Logika kuesioner' | 'Wilayah';

export interface RuleDef {
  id: string;
  severity: Severity;
  group: RuleGroup;
  title: string;
  explanation: string;
  hint: string;
  /** 'cross': compares records with each other and is implemented by the backend (SQL), not by checkMember/checkFamily. */
  scope: 'member' | 'family' | 'cross';
}

export interface MemberFacts {
  id: number;
  nik: string;
  name: string;
  sex: number | null;
  birthDate: string | null;
  relationship: number | null;
  presence: number;
  questionnaireVersion: QuestionnaireVersion;
  /** Other catalogue fields by key (stored values: yes/no as 1/0); may be missing. */
  values: Record<string, string | number | null>;
}

export interface FamilyFacts {
  id: number;
  noKk: string;
  desaCode: string;
  /** 'aktif' | 'nonaktif' */
  status: string;
  /** Present members, computed. */
  memberCount: number;
  /** jumlah_anggota as recorded in the files. */
  recordedMemberCount: number | null;
  questionnaireVersion: QuestionnaireVersion;
  values: Record<string, string | number | null>;
}

export interface RuleContext {
  /** ISO date 'yyyy-mm-dd'. */
  today: string;
  /** The workspace's kabupaten, e.g. '33.28'. */
  kabupatenCode: string;
  /** Whether a kecamatan code ('33.28.01') is in the region reference (retired codes: 'unknown'). */
  regionStatus(kecamatanCode: string): 'known' | 'unknown';
  desaExists(desaCode: string): boolean;
}

export interface RuleFinding {
  ruleId: string;
  severity: Severity;
  entity: 'family' | 'member';
  entityId: number;
  /** Contract key of the offending cell: 'nik', 'name', 'sex', 'birthDate', 'relationship', 'presence', 'noKk', 'address' or a catalogue key. */
  field: string | null;
  /** Specific, Indonesian, names the value. */
  message: string;
  relatedId?: number;
}
