import { CHECK_LIST_LIMIT, type FrozenItem, type FrozenRecord } from '../../contract/batches';
import type { ProposalStatus } from '../../contract/proposals';
import { fieldByKey } from '../../domain/catalogue';
import type { Sqlite } from '../../../db/open';
import { frozenItems, loadFrozenHeader } from './load';
import { buildItems, itemRows } from './snapshot';

type Difference = {
  proposalId: number; entity: 'family' | 'member' | 'evidence'; nik: string | null; noKk: string | null;
  field: string; label: string; frozen: string | null; current: string | null;
};

const label = (key: string) => (key === 'questionnaireVersion' ? 'Versi kuesioner' : fieldByKey(key)?.label ?? key);

function recordDifferences(frozen: FrozenRecord, current: FrozenRecord, base: Omit<Difference, 'field' | 'label' | 'frozen' | 'current'>): Difference[] {
  const keys = [...new Set([...Object.keys(frozen), ...Object.keys(current)])].sort();
  return keys
    .filter((key) => (frozen[key] ?? null) !== (current[key] ?? null))
    .map((key) => ({ ...base, field: key, label: label(key), frozen: frozen[key] ?? null, current: current[key] ?? null }));
}

/** Field by field: the family, each member (one that joined or left the set is one row) and the evidence files. */
function itemDifferences(frozen: FrozenItem, current: FrozenItem): Difference[] {
  const noKk = frozen.family.noKk ?? null;
  const base = { proposalId: frozen.proposalId, noKk };
  const found = recordDifferences(frozen.family, current.family, { ...base, entity: 'family', nik: null });
  const frozenMembers = new Map(frozen.memberIds.map((id, i) => [id, frozen.members[i]!]));
  const currentMembers = new Map(current.memberIds.map((id, i) => [id, current.members[i]!]));
  for (const id of new Set([...frozenMembers.keys(), ...currentMembers.keys()])) {
    const before = frozenMembers.get(id);
    const after = currentMembers.get(id);
    const nik = before?.nik ?? after?.nik ?? null;
    if (before && after) found.push(...recordDifferences(before, after, { ...base, entity: 'member', nik }));
    else found.push({ ...base, entity: 'member', nik, field: 'anggota', label: 'Anggota dalam usulan', frozen: before ? nik : null, current: after ? nik : null });
  }
  const files = (item: FrozenItem) => new Map(item.evidence.map((e) => [`${e.evidenceId}:${e.sha256}`, e]));
  const [frozenFiles, currentFiles] = [files(frozen), files(current)];
  for (const [key, file] of frozenFiles) if (!currentFiles.has(key)) found.push({ ...base, entity: 'evidence', nik: null, field: file.kind, label: 'Bukti', frozen: file.fileName, current: null });
  for (const [key, file] of currentFiles) if (!frozenFiles.has(key)) found.push({ ...base, entity: 'evidence', nik: null, field: file.kind, label: 'Bukti', frozen: null, current: file.fileName });
  return found;
}

/**
 * A frozen batch against the data now: every record and evidence difference of its items and every proposal
 * whose status is no longer disahkan. What was submitted never changes; later changes show up here.
 */
export function batchDiff(db: Sqlite, batchId: number) {
  const header = loadFrozenHeader(db, batchId);
  const current = buildItems(db, itemRows(db, batchId));
  const differences: Difference[] = [];
  let differenceCount = 0;
  for (const frozen of frozenItems(db, batchId)) {
    const now = current.next().value as FrozenItem;
    const found = itemDifferences(frozen, now);
    differenceCount += found.length;
    differences.push(...found.slice(0, Math.max(0, CHECK_LIST_LIMIT - differences.length)));
  }
  const statusChanges = (db
    .prepare(`SELECT p.id AS proposalId, p.status AS current FROM batch_items i JOIN proposals p ON p.id = i.proposal_id
              WHERE i.batch_id = ? AND p.status <> 'disahkan' ORDER BY i.position`)
    .all(batchId) as { proposalId: number; current: ProposalStatus }[]).map((s) => ({ ...s, frozen: 'disahkan' }));
  return { batchId, contentHash: header.contentHash, unchanged: differenceCount === 0 && statusChanges.length === 0, differenceCount, differences, statusChanges };
}
