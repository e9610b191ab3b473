import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createClient } from '../core/contract';
import type { SessionUser } from '../core/server/auth';
import { createBackend } from '../core/server/backend';
import { checkBatch } from '../core/server/batches/check';
import { createBatch } from '../core/server/batches/create';
import { freezeBatch } from '../core/server/batches/freeze';
import { createInProcessTransport } from '../core/server/transports/in-process';
import { appVersion, migrationsDir, regionsDir } from '../cli/paths';
import { openDatabase, type Sqlite } from '../db/open';
import { summarize, type Timing } from './stats';

/**
 * A frozen penetapan batch of many approved proposals on a synthetic district, for the batch and package
 * benchmarks. The proposals are written with direct SQL as the approval would have left them (proposal,
 * changes, evidence, the approval's audit entries, the records changed); batch create, check and freeze
 * then run the real services.
 */
export const BENCH_BATCH_NAME = 'Penetapan benchmark 2026-11';
const PERIOD = '2026-11';
const CUTOFF = '2026-11-17';
const FIRST_APPROVAL = Date.parse('2026-10-18T01:00:00Z');
const LAST_APPROVAL = Date.parse('2026-11-17T09:00:00Z');
const TYPES = ['baru', 'baru', 'perbaikan', 'perbaikan', 'perbaikan', 'perbaikan', 'nonaktif', 'nonaktif', 'nonaktif', 'reaktivasi'] as const;
const NONAKTIF: [reason: string, presence: number, document: string | null][] = [['meninggal', 2, 'akta_kematian'], ['pindah', 3, 'surat_pindah'], ['mampu', 6, null], ['tidak_ditemukan', 6, null]];

export interface BenchBatch {
  path: string;
  batchId: number;
  proposals: number;
  /** Null when an earlier section of the same run had already made the batch (it is reused). */
  figures: { generateMs: number; createMs: number; firstCheckMs: number; check: Timing; freezeMs: number; frozenBytes: number; problems: number; warnings: number } | null;
}

/** Verification results are what the check reads: the district is verified once, as an office would have. */
async function ensureVerified(dir: string, path: string): Promise<void> {
  const backend = createBackend({ dataDir: join(dir, 'data-batch'), migrationsDir, regionsDir, appVersion, validateOutput: false, actAsLocalAdmin: true });
  const api = createClient(createInProcessTransport(backend));
  try {
    await api.call('workspace.open', { path });
    if ((await api.call('validation.summary', {})).lastRun === null) await api.call('validation.run', {});
  } finally {
    backend.close();
  }
}

function benchUsers(db: Sqlite): { operator: number; verifier: number; head: SessionUser } {
  const add = db.prepare(`INSERT INTO users (username, display_name, role, must_change_password) VALUES (?, ?, ?, 0)
                          ON CONFLICT (username) DO UPDATE SET role = excluded.role RETURNING id`).pluck();
  const operator = add.get('bench.operator', 'Operator Benchmark', 'operator_desa') as number;
  const verifier = add.get('bench.verifikator', 'Verifikator Benchmark', 'verifikator') as number;
  const head = add.get('bench.kepala', 'Kepala Dinas Benchmark', 'kepala_opd') as number;
  return { operator, verifier, head: { id: head, name: 'Kepala Dinas Benchmark', role: 'kepala_opd', desaCodes: [] } };
}

/** A small file of the given type whose bytes (and so its SHA-256) are its own. */
function fileBytes(kind: string, serial: number): { content: Buffer; mime: string; name: string } {
  const photo = kind.startsWith('foto');
  const head = photo ? Buffer.from([0xff, 0xd8, 0xff, 0xe0]) : Buffer.from('%PDF-1.4\n');
  return { content: Buffer.concat([head, Buffer.from(`${kind}-${serial}\n%%EOF\n`)]), mime: photo ? 'image/jpeg' : 'application/pdf', name: `${kind}-${serial}.${photo ? 'jpg' : 'pdf'}` };
}

/** `count` approved proposals on families without open errors: 20% baru, 40% perbaikan, 30% nonaktif, 10% reaktivasi. */
function writeApprovedProposals(db: Sqlite, count: number): void {
  const users = benchUsers(db);
  const picked = db.prepare(
    `SELECT f.id, f.desa_code AS desa, f.address, f.questionnaire_version AS version,
            (SELECT m.id FROM members m WHERE m.family_id = f.id AND m.relationship <> 1 ORDER BY m.id LIMIT 1) AS memberId,
            (SELECT m.name FROM members m WHERE m.family_id = f.id AND m.relationship <> 1 ORDER BY m.id LIMIT 1) AS memberName
     FROM families f WHERE f.status = 'aktif' AND f.id NOT IN (SELECT family_id FROM proposals WHERE family_id IS NOT NULL)
       AND NOT EXISTS (SELECT 1 FROM validation_results v WHERE v.family_id = f.id AND v.severity = 'error')
     ORDER BY (f.id * 2654435761) % 4294967296 LIMIT ?`,
  ).all(count) as { id: number; desa: string; address: string | null; version: string; memberId: number | null; memberName: string | null }[];
  const proposal = db.prepare(
    `INSERT INTO proposals (type, status, desa_code, period, family_id, member_id, reason, payload_json, created_by, created_at, submitted_at, verified_by, verified_at, approved_by, approved_at, version)
     VALUES (?, 'disahkan', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 5)`,
  );
  const change = db.prepare('INSERT INTO proposal_changes (proposal_id, entity, entity_id, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)');
  const audit = db.prepare(`INSERT INTO audit_log (at, user_id, role, action, entity, entity_id, field, old_value, new_value, proposal_id)
                            VALUES (?, ?, 'kepala_opd', 'proposal-approve', ?, ?, ?, ?, ?, ?)`);
  const member = db.prepare(`INSERT INTO members (family_id, nik, name, sex, birth_date, relationship, presence, questionnaire_version) VALUES (?, ?, ?, ?, ?, 3, 1, ?)`);
  const presence = db.prepare('UPDATE members SET presence = ?, version = version + 1 WHERE id = ?');
  const familyStatus = db.prepare(`UPDATE families SET status = 'nonaktif', version = version + 1 WHERE id = ?`);
  const evidence = db.prepare(`INSERT INTO evidence_files (proposal_id, desa_code, period, kind, file_name, mime, size, sha256, content, uploaded_by, uploaded_at)
                               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  let serial = 0;
  const attach = (proposalId: number | null, desa: string | null, period: string | null, kind: string, at: string) => {
    const file = fileBytes(kind, ++serial);
    evidence.run(proposalId, desa, period, kind, file.name, file.mime, file.content.length, createHash('sha256').update(file.content).digest('hex'), file.content, users.operator, at);
  };
  const desaPeriods = new Map<string, string>();
  picked.forEach((family, index) => {
    const type = TYPES[index % TYPES.length]!;
    const approved = new Date(FIRST_APPROVAL + Math.floor(((LAST_APPROVAL - FIRST_APPROVAL) * index) / picked.length));
    const at = approved.toISOString();
    const period = at.slice(0, 7);
    const filed = new Date(approved.getTime() - 3 * 86_400_000).toISOString();
    const memberLevel = (type === 'nonaktif' || type === 'reaktivasi') && family.memberId !== null;
    const [reason, gone, document] = NONAKTIF[index % NONAKTIF.length]!;
    const nik = `${family.desa.replaceAll('.', '').slice(0, 6)}${String(10_000_000_000 + index).slice(1)}`;
    const payload = type === 'baru' ? JSON.stringify({ family: null, members: [{ nama: `Anak Baru ${index}`, nik, jenisKelamin: 1 + (index % 2), hubunganKeluarga: 3 }] }) : null;
    const id = Number(proposal.run(type, family.desa, period, family.id, memberLevel ? family.memberId : null, type === 'nonaktif' ? reason : null, payload,
      users.operator, filed, filed, users.verifier, filed, users.head.id, at).lastInsertRowid);
    desaPeriods.set(`${family.desa}|${period}`, at);
    if (type === 'baru') {
      const memberId = Number(member.run(family.id, nik, `Anak Baru ${index}`, 1 + (index % 2), '2020-01-15', family.version).lastInsertRowid);
      audit.run(at, users.head.id, 'member', memberId, 'nik', null, nik, id);
      for (const kind of ['foto_depan', 'foto_dalam', 'kk']) attach(id, null, null, kind, filed);
    } else if (type === 'perbaikan') {
      change.run(id, 'family', family.id, 'alamat', 'Alamat lama', family.address);
      audit.run(at, users.head.id, 'family', family.id, 'alamat', 'Alamat lama', family.address, id);
      if (family.memberId !== null && index % 2 === 0) {
        change.run(id, 'member', family.memberId, 'nama', 'Nama sebelum perbaikan', family.memberName);
        audit.run(at, users.head.id, 'member', family.memberId, 'nama', 'Nama sebelum perbaikan', family.memberName, id);
      }
    } else if (memberLevel) {
      const [from, to] = type === 'nonaktif' ? ['1', String(gone)] : ['6', '1'];
      presence.run(Number(to), family.memberId);
      audit.run(at, users.head.id, 'member', family.memberId, 'keberadaan', from, to, id);
      if (type === 'nonaktif' && document) attach(id, null, null, document, filed);
    } else {
      if (type === 'nonaktif') familyStatus.run(family.id);
      audit.run(at, users.head.id, 'family', family.id, 'statusData', type === 'nonaktif' ? 'aktif' : 'nonaktif', type === 'nonaktif' ? 'nonaktif' : 'aktif', id);
      if (type === 'nonaktif' && document) attach(id, null, null, document, filed);
    }
  });
  for (const [key, at] of desaPeriods) {
    const [desa, period] = key.split('|') as [string, string];
    attach(null, desa, period, serial % 5 === 0 ? 'sptjm' : 'ba_musdes', at);
  }
}

/**
 * The frozen benchmark batch of the workspace: made once per workspace (proposals written, batch created,
 * checked three times, frozen, all timed) and reused afterwards. The package benchmark calls this too.
 */
export async function createBenchBatch(dir: string, path: string, proposals = 100_000): Promise<BenchBatch> {
  const existing = (() => {
    const db = openDatabase(path);
    try {
      return db.prepare(`SELECT b.id, (SELECT count(*) FROM batch_items i WHERE i.batch_id = b.id) AS n FROM batches b WHERE b.name = ? AND b.status = 'dibekukan'`).get(BENCH_BATCH_NAME) as { id: number; n: number } | undefined;
    } finally {
      db.close();
    }
  })();
  if (existing) return { path, batchId: existing.id, proposals: existing.n, figures: null };
  await ensureVerified(dir, path);
  const db = openDatabase(path);
  try {
    const head = benchUsers(db).head;
    let started = performance.now();
    db.transaction(() => writeApprovedProposals(db, proposals)).immediate();
    const generateMs = performance.now() - started;
    started = performance.now();
    const created = createBatch(db, head, { period: PERIOD, cutoffDate: CUTOFF, name: BENCH_BATCH_NAME });
    const createMs = performance.now() - started;
    started = performance.now();
    let report = checkBatch(db, created.batch.id);
    const firstCheckMs = performance.now() - started;
    const samples: number[] = [];
    for (let run = 0; run < 3; run++) {
      started = performance.now();
      report = checkBatch(db, created.batch.id);
      samples.push(performance.now() - started);
    }
    started = performance.now();
    freezeBatch(db, head, { id: created.batch.id, expectedVersion: created.batch.version });
    const freezeMs = performance.now() - started;
    const frozenBytes = db.prepare('SELECT sum(length(frozen_json)) FROM batch_items WHERE batch_id = ?').pluck().get(created.batch.id) as number;
    return {
      path, batchId: created.batch.id, proposals: created.batch.itemCount,
      figures: { generateMs, createMs, firstCheckMs, check: summarize(samples), freezeMs, frozenBytes, problems: report.blockingCount, warnings: report.warningCount },
    };
  } finally {
    db.close();
  }
}
