import { z } from 'zod';
import { ApiError } from '../../contract/errors';
import { roleSchema } from '../../contract/accounts';
import { practiceProblemSchema, scenarioSchema, type PracticeProblem } from '../../contract/training';
import type { DefectKind } from '../demo/defects';
import type { Sqlite } from '../../../db/open';
import type { Workspace } from '../services/workspace-file';

const STATE_KEY = 'latihan.state';
const FILE_PREFIX = 'latihan.berkas/';

const original = z.object({ nik: z.string(), name: z.string(), birthDate: z.string(), relationship: z.number().int(), presence: z.number().int() });

/**
 * What a practice workspace knows about itself, in its settings (so a pack's snapshot and a reset carry
 * it): the scenarios as shipped when it was made, the focus desa and what was planted where. Synthetic
 * data only, so names and NIKs of planted records may be kept here.
 */
export const trainingStateSchema = z.object({
  version: z.literal(1),
  /** Same for a workspace, its packs and the workspaces made from them: reset refuses another lineage's snapshot. */
  lineage: z.string(),
  name: z.string(),
  createdAt: z.string(),
  seed: z.number().int(),
  kecamatanCode: z.string(),
  focusDesaCode: z.string(),
  problems: z.array(practiceProblemSchema),
  scenarios: z.array(scenarioSchema),
  accounts: z.array(z.object({ username: z.string(), role: roleSchema, displayName: z.string(), sharedPassword: z.boolean() })),
  planted: z.object({
    defects: z.array(z.object({
      kind: z.string(), familyId: z.number().int(), memberId: z.number().int(), otherMemberId: z.number().int().nullable(), original,
      /** The findings the problem raised at the start, on its member or its family: gone when it is fixed. */
      findings: z.array(z.object({ ruleId: z.string(), entity: z.string(), entityId: z.number().int() })),
    })),
    missingEvidenceProposalId: z.number().int().nullable(),
    approvedProposalIds: z.array(z.number().int()),
    importFile: z.object({
      name: z.string(),
      /** NIKs of the rows the import accepts as they are, and of the rows it rejects (their correct numbers). */
      cleanNiks: z.array(z.string()),
      fixedRows: z.array(z.object({ row: z.number().int(), nik: z.string(), noKk: z.string() })),
    }).nullable(),
  }),
  /** Written beside the workspace by name: a plain file name only (a crafted pack must not reach other folders). */
  files: z.array(z.object({ name: z.string().regex(/^(?!\.)[\w.-]{1,120}$/, 'Nama berkas latihan tidak valid.'), description: z.string() })),
});
export type TrainingState = z.infer<typeof trainingStateSchema>;

/** The generator defect that carries each problem it plants; missing_evidence needs a deceased member to propose for. */
export const DEFECT_OF_PROBLEM: Partial<Record<PracticeProblem, DefectKind>> = {
  invalid_nik: 'invalid_nik', nik_birthdate_mismatch: 'nik_birthdate_mismatch', duplicate_person: 'duplicate_person', missing_head: 'missing_head',
  deceased_recipient: 'deceased_recipient', missing_evidence: 'deceased_member',
};

export function plantedDefect(state: TrainingState, problem: PracticeProblem): TrainingState['planted']['defects'][number] | undefined {
  return state.planted.defects.find((d) => d.kind === DEFECT_OF_PROBLEM[problem]);
}

export function readTrainingState(db: Sqlite): TrainingState | null {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(STATE_KEY) as string | undefined;
  return raw === undefined ? null : trainingStateSchema.parse(JSON.parse(raw));
}

/** The open practice workspace and its state; refused for a real workspace. */
export function requirePractice(workspace: Workspace): TrainingState {
  const state = workspace.isPractice ? readTrainingState(workspace.db) : null;
  if (!state) throw new ApiError('FORBIDDEN', 'Workspace ini bukan workspace latihan. Fitur latihan hanya tersedia di workspace latihan (Bimtek).');
  return state;
}

export function writeTrainingState(db: Sqlite, state: TrainingState): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(STATE_KEY, JSON.stringify(state));
}

/** Exercise files live inside the workspace too (base64 in settings), so a pack or a lost folder can always be rebuilt. */
export function storeFile(db: Sqlite, name: string, content: Uint8Array): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(FILE_PREFIX + name, Buffer.from(content).toString('base64'));
}

export function readFile(db: Sqlite, name: string): Buffer {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(FILE_PREFIX + name) as string | undefined;
  if (raw === undefined) throw new ApiError('NOT_FOUND', `Berkas latihan "${name}" tidak ada di workspace ini.`);
  return Buffer.from(raw, 'base64');
}
