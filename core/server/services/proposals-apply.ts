import { fieldByKey, type CatalogueField, type QuestionnaireVersion } from '../../domain/catalogue';
import { editableField } from '../../domain/field-input';
import { DUPLICATE_PRESENCE } from '../../domain/member-presence';
import { REASON_LABELS } from '../../domain/proposal-labels';
import type { NonaktifReason } from '../../contract/proposals';
import type { SessionUser } from '../auth';
import { appendAudit } from '../../../db/queries/audit';
import { loadMemberCard } from '../../../db/queries/family-card';
import { listChanges, type ProposalRow } from '../../../db/queries/proposals';
import type { StoredValue } from '../../../db/queries/records';
import type { Sqlite } from '../../../db/open';
import { FamilyOperation } from './family-operation';
import type { BaruPayload, NonaktifPayload } from './proposals-payload';
import { NEW_FAMILY_VERSION } from '../../domain/proposals';
import { applyCellEdits } from './record-edits';

/** Keberadaan of a member made nonaktif, by reason (PBDT ART and Regsosek 404 use the same codes for these). */
export function nonaktifPresence(reason: NonaktifReason, version: QuestionnaireVersion): number {
  switch (reason) {
    case 'meninggal':
      return 2;
    case 'pindah':
      return 3;
    case 'ganda':
      return DUPLICATE_PRESENCE[version];
    default:
      return 6;
  }
}
/** Keberadaan 1: tinggal bersama keluarga / di ruta. */
export const PRESENT = 1;

const NUMERIC = new Set(['code', 'yesno', 'integer', 'bitmask', 'decimal']);

/** A value kept as text in proposal_changes, back to how the record stores it. */
export function fromText(field: CatalogueField, text: string | null): StoredValue {
  return text === null || !NUMERIC.has(field.type) ? text : Number(text);
}

/** A stored value as a user would type it, so the edit path parses it back to the same value. */
function asInput(field: CatalogueField, text: string | null): string | null {
  if (field.type === 'yesno' && text !== null) return text === '1' ? 'Ya' : 'Tidak';
  return text;
}

/** A family operation whose audit entries name the proposal and the role of the person approving. */
class ProposalOperation extends FamilyOperation {
  constructor(db: Sqlite, private readonly actor: SessionUser, private readonly proposalId: number) {
    super(db, actor.id, 'proposal-approve');
  }

  override audit(entity: 'family' | 'member', id: number, field: string, old: StoredValue, value: StoredValue): void {
    appendAudit(this.db, {
      userId: this.actor.id, role: this.actor.role, action: 'proposal-approve', entity, entityId: id, field,
      oldValue: old === null ? null : String(old), newValue: value === null ? null : String(value), proposalId: this.proposalId,
    }, this.at);
  }
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Writes what a proposal proposes, inside the caller's transaction; every change is audited with the
 * proposal's id. Answers the family and member the proposal concerns (the created ones for baru).
 */
export function applyProposal(db: Sqlite, actor: SessionUser, p: ProposalRow): { familyId: number; memberId: number | null } {
  if (p.type === 'perbaikan') {
    const changes = listChanges(db, p.id).map((c) => ({ entity: c.entity, id: c.entityId, field: c.field, value: asInput(fieldByKey(c.field)!, c.newValue) }));
    if (changes.length) applyCellEdits(db, changes, { userId: actor.id, action: 'proposal-approve', proposalId: p.id });
    return { familyId: p.familyId!, memberId: null };
  }
  const op = new ProposalOperation(db, actor, p.id);
  const result = p.type === 'baru' ? insertBaru(op, p) : setStatus(op, p);
  op.finish();
  return result;
}

function setStatus(op: ProposalOperation, p: ProposalRow): { familyId: number; memberId: number | null } {
  const familyId = p.familyId!;
  if (p.memberId === null) {
    const family = op.family(familyId);
    op.set('family', family, 'statusData', p.type === 'nonaktif' ? 'nonaktif' : 'aktif');
    return { familyId, memberId: null };
  }
  const member = op.member({ id: p.memberId, version: loadMemberCard(op.db, p.memberId)!.version });
  if (p.type === 'nonaktif') {
    const payload = JSON.parse(p.payloadJson ?? '{}') as Partial<NonaktifPayload>;
    op.set('member', member, 'keberadaan', nonaktifPresence(p.reason!, member.questionnaireVersion));
    op.setExtra(member, 'presenceDate', member.presenceDate, payload.date ?? today());
    op.setExtra(member, 'presenceReason', member.presenceReason, `Usulan nonaktif #${p.id}: ${REASON_LABELS[p.reason!]}`);
    if (p.reason === 'ganda') op.setExtra(member, 'duplicateOf', member.duplicateOfId, p.duplicateOfMemberId);
  } else {
    op.set('member', member, 'keberadaan', PRESENT);
    op.setExtra(member, 'presenceDate', member.presenceDate, today());
    op.setExtra(member, 'presenceReason', member.presenceReason, `Usulan reaktivasi #${p.id}`);
    op.setExtra(member, 'duplicateOf', member.duplicateOfId, null);
  }
  return { familyId, memberId: member.id };
}

function columnsOf(entity: 'family' | 'member', values: Record<string, StoredValue>): Record<string, StoredValue> {
  const columns: Record<string, StoredValue> = {};
  for (const [key, value] of Object.entries(values)) columns[editableField(entity, key)?.column ?? fieldByKey(key)!.column] = value;
  return columns;
}

function insertBaru(op: ProposalOperation, p: ProposalRow): { familyId: number; memberId: number | null } {
  const payload = JSON.parse(p.payloadJson!) as BaruPayload;
  let familyId = p.familyId;
  let version: QuestionnaireVersion;
  if (familyId === null) {
    const family = payload.family!;
    version = NEW_FAMILY_VERSION;
    familyId = op.insert('family', {
      ...columnsOf('family', family), desa_code: p.desaCode, kecamatan_code: p.desaCode.slice(0, 8),
      questionnaire_version: version, status: 'aktif',
    }, { ...family, kodeDesa: p.desaCode });
  } else {
    version = op.family(familyId).questionnaireVersion;
  }
  for (const values of payload.members) op.insert('member', { ...columnsOf('member', values), family_id: familyId, questionnaire_version: version }, values);
  op.touch(familyId);
  return { familyId, memberId: null };
}
