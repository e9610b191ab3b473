import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { TrainingStatus } from '../../contract/training';
import type { RegionReference } from '../services/region-reference';
import type { Workspace } from '../services/workspace-file';
import type { Role } from '../../contract/accounts';
import { answerKey } from './answer-key';
import { goalMet } from './checks';
import type { TrainingState } from './state';

/** The exercise files are written beside the workspace: "latihan.verivali" → "latihan-berkas/". */
export function practiceFolder(workspacePath: string): string {
  return join(dirname(workspacePath), `${basename(workspacePath).replace(/\.verivali$/i, '')}-berkas`);
}

/** The starting point that reset restores, kept beside the workspace. */
export const pristinePath = (workspacePath: string) => `${workspacePath}.awal`;

/** Values for {desa}, {kecamatan}, {nama}, {nik}, {kepala}, {berkas} and {salinan} in scenario texts. */
function textValues(workspace: Workspace, state: TrainingState, regions: RegionReference): Record<string, string> {
  const desa = regions.byCode.get(state.focusDesaCode);
  const recipient = state.planted.defects.find((d) => d.kind === 'deceased_recipient');
  const person = recipient
    ? (workspace.db.prepare('SELECT m.name, m.nik, f.head_name AS head FROM members m JOIN families f ON f.id = m.family_id WHERE m.id = ?').get(recipient.memberId) as { name: string; nik: string; head: string } | undefined)
    : undefined;
  const salinan = state.files.find((f) => f.name.startsWith('salinan-kk-'))?.name;
  return {
    desa: desa?.name ?? state.focusDesaCode,
    kecamatan: regions.byCode.get(state.kecamatanCode)?.name ?? state.kecamatanCode,
    nama: person?.name ?? '—',
    nik: person?.nik ?? '—',
    kepala: person?.head ?? '—',
    berkas: state.planted.importFile?.name ?? '—',
    salinan: salinan ? `Salinan KK (${salinan})` : 'Salinan KK',
  };
}

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);

/** The checklist: every goal checked against the workspace now, with the score per scenario and in total. */
export function trainingStatus(workspace: Workspace, state: TrainingState, regions: RegionReference, role: Role): TrainingStatus {
  const values = textValues(workspace, state, regions);
  const scenarios = state.scenarios.map((scenario) => {
    const goals = scenario.goals.map((goal) => ({ id: goal.id, text: fill(goal.text, values), points: goal.points, met: goalMet(workspace.db, state, goal.check) }));
    return {
      id: scenario.id, title: fill(scenario.title, values), summary: fill(scenario.summary, values), roles: scenario.roles,
      steps: scenario.steps.map((step) => fill(step, values)), goals,
      score: goals.reduce((sum, g) => sum + (g.met ? g.points : 0), 0), maxScore: goals.reduce((sum, g) => sum + g.points, 0),
    };
  });
  const folder = practiceFolder(workspace.path);
  return {
    name: state.name,
    createdAt: state.createdAt,
    focusDesa: { code: state.focusDesaCode, name: values.desa!, kecamatanName: values.kecamatan! },
    accounts: state.accounts,
    scenarios,
    files: state.files.map((file) => ({ ...file, path: existsSync(join(folder, file.name)) ? join(folder, file.name) : null })),
    score: scenarios.reduce((sum, s) => sum + s.score, 0),
    maxScore: scenarios.reduce((sum, s) => sum + s.maxScore, 0),
    canReset: existsSync(pristinePath(workspace.path)),
    answerKey: role === 'pelatih' || role === 'admin' ? answerKey(workspace.db, state) : null,
  };
}
