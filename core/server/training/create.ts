import { randomUUID } from 'node:crypto';
import type { Sqlite } from '../../../db/open';
import { appendAudit } from '../../../db/queries/audit';
import { ApiError } from '../../contract/errors';
import type { PracticeProblem } from '../../contract/training';
import { generateDemoData, type PlantedRow } from '../demo/generator';
import { loadSession } from '../services/accounts';
import type { RegionReference } from '../services/region-reference';
import { slug, type Workspace } from '../services/workspace-file';
import { runFullValidation } from '../validation';
import type { Session } from '../context';
import { buildImportExercise, removeFamilies } from './exercise-import';
import { createPracticeAccounts } from './practice-accounts';
import { kkCopyPdf, kkOverrides, sampleDocumentPdf } from './practice-documents';
import { plantApprovedProposals, plantProposalWithoutEvidence, uploadDesaMinutes } from './plant-proposals';
import { problemsFor, shippedScenarios } from './shipped-scenarios';
import { DEFECT_OF_PROBLEM, storeFile, writeTrainingState, type TrainingState } from './state';

export interface PracticeSpec {
  name: string;
  kabupatenCode: string;
  kecamatanCode: string;
  families: number;
  seed: number;
  scenarioIds: string[];
  problems: PracticeProblem[];
  trainerPassword: string;
}

/** Practice NIKs count their serial from 9001: no Dukcapil register reaches that for one kecamatan, date and sex. */
export const PRACTICE_NIK_SERIAL_BASE = 9000;
const KK_PROBLEMS = new Set(['invalid_nik', 'nik_birthdate_mismatch', 'missing_head']);
const APPROVED_PROPOSALS = 3;


/**
 * Fills a new, empty practice workspace: the synthetic kecamatan with the problems planted in its busiest
 * desa (the focus desa), the exercise files, the accounts, a full verification run and the planted
 * proposals; then records the state. Answers the trainer's session.
 */
export async function preparePractice(workspace: Workspace, regions: RegionReference, spec: PracticeSpec, onProgress: (done: number, total: number) => void): Promise<Session> {
  const { db } = workspace;
  const scenarios = shippedScenarios(spec.scenarioIds);
  const problems = problemsFor(scenarios, spec.problems);
  const kinds = problems.flatMap((p) => DEFECT_OF_PROBLEM[p] ?? []);
  const generated = tooSmall(() => generateDemoData(db, {
    kabupatenCode: spec.kabupatenCode, kecamatanCodes: [spec.kecamatanCode], families: spec.families, seed: spec.seed, nikSerialBase: PRACTICE_NIK_SERIAL_BASE, focus: { kinds }, onProgress,
  }));
  const focus = generated.focus!;
  const desa = regions.byCode.get(focus.desaCode)!;
  const desaSlug = slug(desa.name, 'desa');
  const defects = focus.planted;
  const busy = usedFamilies(db);

  const files: { name: string; description: string; content: Buffer }[] = [];
  let importFile: TrainingState['planted']['importFile'] = null;
  let exerciseFamilies: number[] = [];
  const kkFamilies = defects.filter((d) => KK_PROBLEMS.has(d.kind)).map((d) => d.familyId);
  if (problems.includes('mangled_import')) {
    const exercise = await buildImportExercise(db, { code: focus.desaCode, slug: desaSlug }, busy);
    exerciseFamilies = exercise.familyIds;
    exerciseFamilies.forEach((id) => busy.add(id));
    kkFamilies.push(...exercise.familyIds);
    files.push({ name: exercise.name, description: `Berkas anggota keluarga Desa ${desa.name} untuk latihan impor (beberapa nomor dirusak Excel).`, content: exercise.content });
    files.push({ name: exercise.csv.name, description: `Isi yang sama dalam format CSV (titik koma), untuk berlatih impor CSV.`, content: exercise.csv.content });
    importFile = { name: exercise.name, cleanNiks: exercise.cleanNiks, fixedRows: exercise.fixedRows };
  }
  if (kkFamilies.length > 0) {
    const content = await kkCopyPdf(db, desa.name, kkFamilies, kkOverrides(defects));
    files.push({ name: `salinan-kk-${desaSlug}.pdf`, description: `Salinan KK (dokumen lapangan) Desa ${desa.name}: nomor dan tanggal yang benar untuk dicocokkan.`, content });
  }
  removeFamilies(db, exerciseFamilies);

  const { accounts, trainer } = createPracticeAccounts(db, spec.kabupatenCode, { code: desa.code, name: desa.name }, spec.trainerPassword);
  await runFullValidation(db, { userId: trainer.id, signal: new AbortController().signal, onProgress: () => undefined });
  const actor = (username: string) => loadSession(db, db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(username) as number);
  const actors = { operator: actor('operator'), verifikator: actor('verifikator'), kepala: actor('kepala') };

  const deceased = defects.filter((d) => d.kind === 'deceased_recipient' || d.kind === 'deceased_member');
  if (deceased.length > 0) {
    const lines = deceased.map((d) => `Telah meninggal dunia: ${d.original.name}, NIK ${d.original.nik}, lahir ${d.original.birthDate.split('-').reverse().join('-')}, penduduk Desa ${desa.name}.`);
    files.push({ name: 'akta-kematian-latihan.pdf', description: 'Contoh akta kematian untuk dilampirkan sebagai bukti usulan nonaktif.', content: await sampleDocumentPdf('Akta kematian (contoh latihan)', lines) });
  }
  let missingEvidenceProposalId: number | null = null;
  let approvedProposalIds: number[] = [];
  const needsProposals = problems.some((p) => p === 'missing_evidence' || p === 'approved_proposals' || p === 'deceased_recipient');
  if (needsProposals) {
    const minutes = await sampleDocumentPdf('Berita acara musyawarah desa (contoh latihan)', [`Musyawarah Desa ${desa.name} membahas usulan perubahan data DTSEN periode ini.`, 'Daftar hadir dan hasil musyawarah terlampir (contoh).']);
    files.push({ name: 'ba-musdes-latihan.pdf', description: 'Contoh Berita Acara musyawarah desa (bukti desa untuk satu periode).', content: minutes });
    uploadDesaMinutes(db, actors.operator, desa.code, minutes);
  }
  const forgotten = defects.find((d) => d.kind === 'deceased_member');
  if (problems.includes('missing_evidence') && forgotten) missingEvidenceProposalId = plantProposalWithoutEvidence(db, actors.operator, forgotten);
  if (problems.includes('approved_proposals')) {
    const moveLetter = await sampleDocumentPdf('Surat keterangan pindah (contoh latihan)', ['Surat keterangan pindah domisili untuk anggota keluarga yang diusulkan nonaktif.']);
    approvedProposalIds = plantApprovedProposals(db, actors, quietFamilies(db, desa.code, busy, APPROVED_PROPOSALS), moveLetter);
  }

  for (const file of files) storeFile(db, file.name, file.content);
  const state: TrainingState = {
    version: 1, lineage: randomUUID(), name: spec.name, createdAt: new Date().toISOString(), seed: spec.seed, kecamatanCode: spec.kecamatanCode, focusDesaCode: desa.code,
    problems, scenarios, accounts, files: files.map(({ name, description }) => ({ name, description })),
    planted: { defects: defects.map((d) => ({ ...d, findings: findingsOf(db, d) })), missingEvidenceProposalId, approvedProposalIds, importFile },
  };
  writeTrainingState(db, state);
  appendAudit(db, { userId: trainer.id, action: 'latihan-dibuat', entity: 'workspace', entityId: 0, field: 'latihan', oldValue: null, newValue: `${spec.name} (${scenarios.length} skenario)` });
  return trainer;
}

function findingsOf(db: Sqlite, defect: PlantedRow): TrainingState['planted']['defects'][number]['findings'] {
  return db.prepare(`SELECT rule_id AS ruleId, entity, entity_id AS entityId FROM validation_results
                     WHERE (entity = 'member' AND entity_id = ?) OR (entity = 'family' AND entity_id = ?) ORDER BY id`).all(defect.memberId, defect.familyId) as TrainingState['planted']['defects'][number]['findings'];
}

/** The generator's refusals (a desa too small for every problem) are the trainer's to fix: more families. */
function tooSmall<T>(generate: () => T): T {
  try {
    return generate();
  } catch (error) {
    if (error instanceof Error && !(error instanceof ApiError)) throw new ApiError('INVALID_INPUT', error.message, { field: 'families' });
    throw error;
  }
}

/** Families a later step must not take: those carrying a planted problem or the original of a planted duplicate. */
function usedFamilies(db: Sqlite): Set<number> {
  const rows = db.prepare('SELECT family_id FROM synthetic_defects UNION SELECT m.family_id FROM synthetic_defects d JOIN members m ON m.id = d.other_member_id').pluck().all() as number[];
  return new Set(rows);
}

/** Families of the desa without any finding and with at least three present members. */
function quietFamilies(db: Sqlite, desaCode: string, busy: ReadonlySet<number>, count: number): number[] {
  const ids = db.prepare(`SELECT f.id FROM families f WHERE f.desa_code = ? AND NOT EXISTS (SELECT 1 FROM validation_results v WHERE v.family_id = f.id)
                          AND (SELECT count(*) FROM members m WHERE m.family_id = f.id AND m.presence = 1) >= 3 ORDER BY f.id`).pluck().all(desaCode) as number[];
  const chosen = ids.filter((id) => !busy.has(id)).slice(0, count);
  if (chosen.length < count) throw new ApiError('INVALID_INPUT', `Desa ${desaCode} tidak punya cukup keluarga tanpa temuan untuk usulan latihan; tambah jumlah keluarga.`, { field: 'families' });
  return chosen;
}
