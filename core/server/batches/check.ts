import { CHECK_LIST_LIMIT, type CheckReport } from '../../contract/batches';
import { DESA_EVIDENCE, type EvidenceKind, type EvidenceRuleKey, type ProposalType } from '../../contract/proposals';
import { KIND_LABELS, STATUS_LABELS, TYPE_LABELS } from '../../domain/proposal-labels';
import type { Sqlite } from '../../../db/open';
import { evidenceRules } from '../services/proposals-rules';
import { countItems, findBatch } from './queries';

type Problem = CheckReport['problems'][number];
type Warning = CheckReport['warnings'][number];
type ProblemKind = Problem['kind'];

/** The batch's proposals, the one shape every check below reads (set-based: no query per proposal). */
const ITEMS = `WITH items AS (
  SELECT p.id AS pid, p.desa_code AS desa, p.family_id AS fid, p.member_id AS mid, p.period, p.type, p.reason, p.status, p.batch_id
  FROM batch_items i JOIN proposals p ON p.id = i.proposal_id WHERE i.batch_id = @batch)`;

/** Findings of the records each proposal concerns, as approval judged them (db/queries/proposals.ts blockingFindings). */
function findings(db: Sqlite, batchId: number) {
  return db
    .prepare(
      `${ITEMS}, hits AS (
         SELECT i.pid, i.desa, v.id AS vid FROM items i JOIN validation_results v ON v.family_id = i.fid WHERE i.mid IS NULL
         UNION SELECT i.pid, i.desa, v.id FROM items i JOIN validation_results v ON v.entity = 'member' AND v.entity_id = i.mid WHERE i.mid IS NOT NULL
         UNION SELECT i.pid, i.desa, v.id FROM items i JOIN validation_results v ON v.entity = 'family' AND v.entity_id = i.fid WHERE i.mid IS NOT NULL)
       SELECT h.pid AS proposalId, h.desa AS desaCode, v.rule_id AS ruleId, v.severity, v.message, a.reason AS acknowledgedReason
       FROM hits h JOIN validation_results v ON v.id = h.vid
       LEFT JOIN validation_acks a ON a.rule_id = v.rule_id AND a.entity = v.entity AND a.entity_id = v.entity_id
       ORDER BY h.desa, h.pid, v.id`,
    )
    .all({ batch: batchId }) as (Warning & { severity: string })[];
}

/** Proposals lacking a required document: one query per requirement of the usulan.buktiWajib rules. */
function missingProposalEvidence(db: Sqlite, batchId: number): { pid: number; desa: string; type: ProposalType; label: string }[] {
  const missing = db.prepare(
    `${ITEMS} SELECT i.pid, i.desa, i.type FROM items i WHERE i.type = @type AND (@reason IS NULL OR i.reason = @reason)
       AND NOT EXISTS (SELECT 1 FROM evidence_files e WHERE e.proposal_id = i.pid AND e.kind IN (SELECT value FROM json_each(@kinds)))`,
  );
  const found: { pid: number; desa: string; type: ProposalType; label: string }[] = [];
  for (const [key, requirements] of Object.entries(evidenceRules(db).rules) as [EvidenceRuleKey, EvidenceKind[][]][]) {
    const [type, reason = null] = key.split(':');
    for (const kinds of requirements) {
      const label = kinds.map((k) => KIND_LABELS[k]).join(' atau ');
      for (const row of missing.all({ batch: batchId, type, reason, kinds: JSON.stringify(kinds) }) as { pid: number; desa: string; type: ProposalType }[]) found.push({ ...row, label });
    }
  }
  return found;
}

/** Desa and reporting periods without a BA musdes/muskel or SPTJM (of the desa, or attached to the proposal itself). */
function missingDesaEvidence(db: Sqlite, batchId: number) {
  return db
    .prepare(
      `${ITEMS} SELECT i.desa, i.period, count(*) AS n FROM items i
       WHERE NOT EXISTS (SELECT 1 FROM evidence_files e WHERE e.proposal_id IS NULL AND e.desa_code = i.desa AND e.period = i.period AND e.kind IN (SELECT value FROM json_each(@kinds)))
         AND NOT EXISTS (SELECT 1 FROM evidence_files e WHERE e.proposal_id = i.pid AND e.kind IN (SELECT value FROM json_each(@kinds)))
       GROUP BY i.desa, i.period ORDER BY i.desa, i.period`,
    )
    .all({ batch: batchId, kinds: JSON.stringify(DESA_EVIDENCE) }) as { desa: string; period: string; n: number }[];
}

/** Proposals no longer approved, or reserved by another batch (proposals.batch_id disagrees with the item). */
function inconsistent(db: Sqlite, batchId: number) {
  return db
    .prepare(`${ITEMS} SELECT i.pid, i.desa, i.status, i.batch_id AS batchId FROM items i WHERE i.status <> 'disahkan' OR i.batch_id IS NOT @batch ORDER BY i.desa, i.pid`)
    .all({ batch: batchId }) as { pid: number; desa: string; status: keyof typeof STATUS_LABELS; batchId: number | null }[];
}

/**
 * The batch check before the freeze: blocking verification errors of the proposals' records, warnings
 * (acknowledged, with the reason, or "perlu diperhatikan"), the documents each proposal and each desa and
 * period need, proposals reserved twice or no longer approved, and the counts per desa and type.
 */
export function checkBatch(db: Sqlite, batchId: number): CheckReport {
  const batch = findBatch(db, batchId);
  const { counts, perDesa } = countItems(db, batchId);
  const desaNames = new Map(perDesa.map((d) => [d.desaCode, d.desaName]));
  const problems: Problem[] = [];
  const add = (kind: ProblemKind, proposalId: number | null, desaCode: string, message: string) =>
    problems.push({ kind, blocking: true, proposalId, desaCode, desaName: desaNames.get(desaCode) ?? desaCode, message });

  const warnings: Warning[] = [];
  for (const { severity, ...finding } of findings(db, batchId)) {
    if (severity === 'error' && finding.acknowledgedReason === null) add('temuan_error', finding.proposalId, finding.desaCode, `Usulan #${finding.proposalId}: ${finding.message}`);
    else warnings.push(finding);
  }
  for (const m of missingProposalEvidence(db, batchId)) add('bukti_usulan', m.pid, m.desa, `Usulan #${m.pid} (${TYPE_LABELS[m.type].toLowerCase()}): belum ada ${m.label}.`);
  for (const m of missingDesaEvidence(db, batchId)) {
    add('bukti_desa', null, m.desa, `Belum ada Berita Acara musdes/muskel atau SPTJM desa untuk periode ${m.period} (${m.n} usulan).`);
  }
  for (const m of inconsistent(db, batchId)) {
    if (m.status !== 'disahkan') add('status_berubah', m.pid, m.desa, `Usulan #${m.pid} kini berstatus ${STATUS_LABELS[m.status].toLowerCase()}, bukan disahkan.`);
    if (m.batchId !== batchId) add('batch_ganda', m.pid, m.desa, `Usulan #${m.pid} tercatat pada batch lain (#${m.batchId ?? '-'}).`);
  }
  problems.sort((a, b) => a.desaCode.localeCompare(b.desaCode) || (a.proposalId ?? 0) - (b.proposalId ?? 0));
  const problemCounts = { temuan_error: 0, bukti_usulan: 0, bukti_desa: 0, batch_ganda: 0, status_berubah: 0 } satisfies Record<ProblemKind, number>;
  for (const p of problems) problemCounts[p.kind] += 1;
  return {
    batch,
    checkedAt: new Date().toISOString(),
    ok: problems.length === 0,
    blockingCount: problems.length,
    problemCounts,
    problems: problems.slice(0, CHECK_LIST_LIMIT),
    warningCount: warnings.length,
    acknowledgedCount: warnings.filter((w) => w.acknowledgedReason !== null).length,
    warnings: warnings.slice(0, CHECK_LIST_LIMIT),
    counts,
    perDesa,
  };
}
