import { createHash } from 'node:crypto';
import type { FrozenItem } from '../../contract/batches';
import { ApiError } from '../../contract/errors';
import type { PackageSource } from './package-source';

/** One evidence file as the frozen batch names it: a proposal's (with its desa) or a desa's for a period. */
export interface EvidenceRef {
  evidenceId: number;
  kind: string;
  fileName: string;
  sha256: string;
  desaCode: string;
  /** `usulan-<id>` or `desa-<period>`. */
  owner: string;
}

export function itemEvidence(item: FrozenItem): EvidenceRef[] {
  return item.evidence.map((e) => ({ evidenceId: e.evidenceId, kind: e.kind, fileName: e.fileName, sha256: e.sha256, desaCode: item.desaCode, owner: `usulan-${item.proposalId}` }));
}

export function desaEvidence(source: PackageSource): EvidenceRef[] {
  return source.header.desaEvidence.map((e) => ({ evidenceId: e.evidenceId, kind: e.kind, fileName: e.fileName, sha256: e.sha256, desaCode: e.desaCode, owner: `desa-${e.period}` }));
}

/** Letters, digits, dot, dash and underscore only, so every unzip tool on every system accepts the name. */
function safeName(fileName: string): string {
  const cleaned = fileName.normalize('NFKD').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '');
  return (cleaned || 'berkas').slice(-80);
}

/**
 * evidence/<desa code>/<owner>-<kind>-<id>-<name>: the bytes from the workspace, refused when they no
 * longer match the SHA-256 the batch froze (the package must hold what was signed for).
 */
export function* evidenceEntries(source: PackageSource, refs: readonly EvidenceRef[]): Generator<{ path: string; content: Buffer }> {
  const seen = new Set<number>();
  for (const ref of refs) {
    if (seen.has(ref.evidenceId)) continue;
    seen.add(ref.evidenceId);
    const content = source.evidenceContent(ref.evidenceId);
    const name = `berkas bukti "${ref.fileName}" (${ref.owner}, ${ref.kind})`;
    if (!content) throw new ApiError('NOT_FOUND', `Ekspor dibatalkan: ${name} tidak ada lagi di workspace.`);
    const actual = createHash('sha256').update(content).digest('hex');
    if (actual !== ref.sha256) throw new ApiError('INVALID_INPUT', `Ekspor dibatalkan: ${name} berubah sejak batch dibekukan (SHA-256 ${actual}, seharusnya ${ref.sha256}).`);
    yield { path: `evidence/${ref.desaCode}/${ref.owner}-${ref.kind}-${ref.evidenceId}-${safeName(ref.fileName)}`, content };
  }
}
