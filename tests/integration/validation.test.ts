import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, ValidationRunResult } from '../../core/contract';
import { ApiError } from '../../core/contract';
import { ruleById } from '../../core/domain/rules';
import { parseNik } from '../../core/domain/nik';
import { openDatabase } from '../../db/open';
import { memberRows } from '../support/import-files';
import { writeCsv } from '../support/spreadsheets';
import { makeTempDir, startTestBackend, type TestBackend } from '../support/backend';

let temp: ReturnType<typeof makeTempDir>;
let t: TestBackend;
let path: string;
let run: ValidationRunResult;
let findings: Finding[];
const planted = new Map<string, { memberId: number | null; familyId: number | null; otherMemberId: number | null }[]>();

async function allFindings(filter: Record<string, unknown> = {}): Promise<Finding[]> {
  return (await t.api.call('validation.findings', { endRow: 100_000, includeAcknowledged: true, ...filter })).rows;
}

beforeAll(async () => {
  temp = makeTempDir();
  t = startTestBackend(join(temp.dir, 'data'), 2000);
  path = (await t.api.call('workspace.openDemo', {})).path;
  await t.api.call('workspace.close', {});
  const db = openDatabase(path);
  const rows = db.prepare('SELECT kind, member_id AS memberId, family_id AS familyId, other_member_id AS otherMemberId FROM synthetic_defects').all() as
    { kind: string; memberId: number | null; familyId: number | null; otherMemberId: number | null }[];
  db.close();
  for (const { kind, ...row } of rows) planted.set(kind, [...(planted.get(kind) ?? []), row]);
  await t.api.call('workspace.open', { path });
  run = await t.api.call('validation.run', {});
  findings = await allFindings();
}, 120_000);

afterAll(() => {
  t.close();
  temp.cleanup();
});

const familyOf = async (memberId: number) => {
  const found = findings.find((f) => f.entity === 'member' && f.entityId === memberId);
  return found?.familyId;
};

describe('validation.run', () => {
  it('finds every planted defect class', async () => {
    const onMember = (id: number | null, accept: (ruleId: string) => boolean) => findings.some((f) => f.entity === 'member' && f.entityId === id && accept(f.ruleId));
    const onFamily = (id: number, accept: (ruleId: string) => boolean) => findings.some((f) => f.familyId === id && accept(f.ruleId));
    expect([...planted.keys()].sort()).toEqual(['deceased_member', 'duplicate_nik', 'duplicate_person', 'invalid_nik', 'missing_head', 'nik_birthdate_mismatch', 'reregistered_person']);
    for (const d of planted.get('invalid_nik')!) expect(onMember(d.memberId, (r) => ruleById(r)?.group === 'Identitas')).toBe(true);
    for (const d of planted.get('duplicate_nik')!) {
      expect(onMember(d.memberId, (r) => r === 'nik-ganda' || r === 'orang-di-dua-kk')).toBe(true);
      expect(onMember(d.otherMemberId, (r) => r === 'nik-ganda' || r === 'orang-di-dua-kk')).toBe(true);
    }
    const pairs = new Set(run.duplicates.map(([a, b]) => `${a}:${b}`));
    for (const d of [...planted.get('duplicate_person')!, ...planted.get('reregistered_person')!]) {
      const [a, b] = [d.memberId!, d.otherMemberId!].sort((x, y) => x - y);
      expect(pairs.has(`${a}:${b}`)).toBe(true);
    }
    for (const d of planted.get('nik_birthdate_mismatch')!) expect(onMember(d.memberId, (r) => r === 'nik-tanggal-lahir-beda')).toBe(true);
    for (const d of planted.get('missing_head')!) {
      const familyId = d.familyId ?? (await familyOf(d.memberId!));
      expect(familyId && onFamily(familyId, (r) => r.startsWith('kepala-keluarga'))).toBeTruthy();
    }
    for (const d of planted.get('deceased_member')!) {
      const familyId = d.familyId ?? (await familyOf(d.memberId!));
      expect(familyId && onFamily(familyId, (r) => ['Struktur keluarga', 'Status'].includes(ruleById(r)?.group ?? ''))).toBeTruthy();
    }
  });

  it('reports counts per rule, a summary with every rule and the last run', async () => {
    expect(run.rules['nik-ganda']!.errors + run.rules['orang-di-dua-kk']!.errors).toBeGreaterThan(0);
    const summary = await t.api.call('validation.summary', {});
    expect(summary.lastRun?.ms).toBeGreaterThan(0);
    expect(summary.rules.map((r) => r.id)).toContain('kemungkinan-ganda');
    expect(summary.errors).toBe(run.errors);
    expect(summary.regions.length).toBeGreaterThan(0);
  });

  it('filters findings by rule and desa; families.list shows only affected families', async () => {
    const nik = await allFindings({ ruleId: 'nik-tanggal-lahir-beda' });
    expect(nik.length).toBeGreaterThan(0);
    expect(nik.every((f) => f.ruleId === 'nik-tanggal-lahir-beda')).toBe(true);
    const desaCode = findings[0]!.familyId && (await t.api.call('families.get', { id: findings[0]!.familyId })).family.desaCode;
    const inDesa = await allFindings({ desaCode });
    expect(inDesa.length).toBeGreaterThan(0);
    expect(new Set(inDesa.map((f) => f.desaName)).size).toBe(1);
    const listed = await t.api.call('families.list', { startRow: 0, endRow: 1000, findingRuleId: 'nik-tanggal-lahir-beda' });
    expect(new Set(listed.rows.map((r) => r.id))).toEqual(new Set(nik.map((f) => f.familyId)));
    const withErrors = await t.api.call('families.list', { startRow: 0, endRow: 1000, findingSeverity: 'error' });
    expect(withErrors.rowCount).toBe(new Set(findings.filter((f) => f.severity === 'error').map((f) => f.familyId)).size);
  });
});

describe('incremental re-check', () => {
  it('a member edit makes a finding disappear and appear again without a full run', async () => {
    const d = planted.get('nik_birthdate_mismatch')![0]!;
    const family = await t.api.call('families.get', { id: (await familyOf(d.memberId!))! });
    const member = family.members.find((m) => m.id === d.memberId)!;
    const fromNik = parseNik(member.nik);
    expect(fromNik.birthDate).toBeTruthy();
    const has = async () => (await allFindings({ familyId: family.family.id })).some((f) => f.entityId === member.id && f.ruleId === 'nik-tanggal-lahir-beda');
    await t.api.call('records.update', { entity: 'member', id: member.id, field: 'tanggalLahir', value: fromNik.birthDate });
    expect(await has()).toBe(false);
    await t.api.call('records.update', { entity: 'member', id: member.id, field: 'tanggalLahir', value: member.birthDate });
    expect(await has()).toBe(true);
  });

  it('an import re-checks the imported families', async () => {
    const rows = memberRows();
    rows[1]![2] = '3328010507780000'; // serial 0000
    const file = join(temp.dir, 'baru.csv');
    writeCsv(file, rows);
    const summary = await t.api.call('import.run', { path: file, skipErrors: false });
    expect(summary.applied).toBe(true);
    const found = await allFindings({ ruleId: 'nik-nomor-urut-0000' });
    expect(found.some((f) => f.noKk === '3328011203150004')).toBe(true);
  });
});

describe('acknowledge and export', () => {
  it('acknowledges a warning (audited) and refuses an error', async () => {
    const warning = findings.find((f) => f.severity === 'warning' && f.entity === 'member')!;
    await expect(t.api.call('validation.acknowledge', { findingId: warning.id, reason: 'Sudah dicek dengan KK asli' })).resolves.toEqual({ acknowledged: true });
    const open = await allFindings({ ruleId: warning.ruleId, includeAcknowledged: false });
    expect(open.some((f) => f.id === warning.id)).toBe(false);
    const audit = await t.api.call('audit.list', { entity: 'member', entityId: warning.entityId, limit: 10 });
    expect(audit[0]).toMatchObject({ action: 'acknowledge', field: warning.ruleId, newValue: 'Sudah dicek dengan KK asli' });
    const error = findings.find((f) => f.severity === 'error')!;
    const refused = await t.api.call('validation.acknowledge', { findingId: error.id, reason: 'Coba akui kesalahan' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe('INVALID_INPUT');
    expect((refused as ApiError).message).toMatch(/tidak dapat diakui/);
  });

  it('exports an xlsx readable by exceljs with NIK as text, one sheet per desa', async () => {
    const file = join(temp.dir, 'temuan.xlsx');
    const result = await t.api.call('validation.export', { path: file });
    expect(result.rows).toBeGreaterThan(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.length).toBe(new Set((await allFindings()).map((f) => f.desaName)).size);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe('NIK');
    const nikCell = sheet.getColumn(2).values.find((v, i) => i > 1 && typeof v === 'string' && /^\d{16}$/.test(v));
    expect(typeof nikCell).toBe('string');
  });
});
