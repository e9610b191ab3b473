import type { Sqlite } from '../../../db/open';
import type { Answer, PracticeProblem } from '../../contract/training';
import { PROBLEM_LABELS } from '../../domain/training-labels';
import { DEFECT_OF_PROBLEM, type TrainingState } from './state';

const PROBLEM_OF_DEFECT = new Map(Object.entries(DEFECT_OF_PROBLEM).map(([problem, kind]) => [kind as string, problem as PracticeProblem]));

/** What was planted where and what the record should say, for the trainer's screen (and the tests). */
export function answerKey(db: Sqlite, state: TrainingState): Answer[] {
  const person = db.prepare('SELECT m.name, m.nik, m.family_id AS familyId, f.no_kk AS noKk FROM members m JOIN families f ON f.id = m.family_id WHERE m.id = ?');
  const familyOf = (memberId: number | null) => (memberId === null ? null : ((person.get(memberId) as { familyId: number } | undefined)?.familyId ?? null));
  const who = (memberId: number) => {
    const row = person.get(memberId) as { name: string; nik: string; noKk: string } | undefined;
    return row ? `${row.name} (NIK ${row.nik}, KK ${row.noKk})` : `anggota #${memberId}`;
  };
  const { planted } = state;
  const answers: Answer[] = planted.defects.map((d) => {
    const problem = PROBLEM_OF_DEFECT.get(d.kind)!;
    const correct: Record<string, string> = {};
    if (d.kind === 'invalid_nik') correct.nik = d.original.nik;
    if (d.kind === 'nik_birthdate_mismatch') correct.tanggalLahir = d.original.birthDate;
    if (d.kind === 'missing_head') Object.assign(correct, { hubunganKeluarga: String(d.original.relationship), keberadaan: String(d.original.presence) });
    const proposalId = d.kind === 'deceased_member' ? planted.missingEvidenceProposalId : null;
    const other = d.otherMemberId === null ? '' : `; data lain: ${who(d.otherMemberId)}`;
    return { problem, label: PROBLEM_LABELS[problem], familyId: d.familyId, memberId: d.memberId, otherMemberId: d.otherMemberId, otherFamilyId: familyOf(d.otherMemberId), proposalId, who: who(d.memberId) + other, correct };
  });
  for (const row of planted.importFile?.fixedRows ?? []) {
    answers.push({ problem: 'mangled_import', label: PROBLEM_LABELS.mangled_import, familyId: null, memberId: null, otherMemberId: null, otherFamilyId: null, proposalId: null, who: `${planted.importFile!.name}, baris ${row.row}`, correct: { nik: row.nik, noKk: row.noKk } });
  }
  for (const id of planted.approvedProposalIds) {
    answers.push({ problem: 'approved_proposals', label: PROBLEM_LABELS.approved_proposals, familyId: null, memberId: null, otherMemberId: null, otherFamilyId: null, proposalId: id, who: `Usulan #${id}`, correct: {} });
  }
  return answers;
}
