import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleInfoSchema } from '../../core/contract/validation';
import { checkFamily, checkMember, RULES, ruleById, type RuleFinding } from '../../core/domain/rules';
import { child, context, family, member, wife } from './rules-fixtures';

const ctx = context();
const PBDT = { questionnaireVersion: 'PBDT2015' as const };
const head = member();

/**
 * One positive case per rule (the detailed positive and negative cases are in rules-identity, rules-family
 * and rules-questionnaire.test.ts). Keeps every rule id tied to a case that produces it.
 */
const POSITIVE: Record<string, () => RuleFinding[]> = {
  'nik-kosong': () => checkMember(member({ nik: '' }), ctx),
  'nik-bukan-16-digit': () => checkMember(member({ nik: '332801120590' }), ctx),
  'nik-kode-wilayah-nol': () => checkMember(member({ nik: '3300011205900001' }), ctx),
  'nik-wilayah-tidak-dikenal': () => checkMember(member({ nik: '3328991205900001' }), ctx),
  'nik-tanggal-tidak-sah': () => checkMember(member({ nik: '3328013102900001' }), ctx),
  'nik-nomor-urut-0000': () => checkMember(member({ nik: '3328011205900000' }), ctx),
  'nik-jenis-kelamin-beda': () => checkMember(member({ sex: 2 }), ctx),
  'nik-tanggal-lahir-beda': () => checkMember(member({ birthDate: '1990-06-12' }), ctx),
  'tanggal-lahir-masa-depan': () => checkMember(member({ birthDate: '2030-05-12' }), ctx),
  'kk-tidak-sah': () => checkFamily(family({ noKk: '33280115031' }), [head], ctx),
  'kk-wilayah-tidak-dikenal': () => checkFamily(family({ noKk: '3328991503100004' }), [head], ctx),
  'kk-tanggal-tidak-sah': () => checkFamily(family({ noKk: '3328013002100004' }), [head], ctx),
  'kepala-keluarga-tidak-ada': () => checkFamily(family(), [wife(), child()], ctx),
  'kepala-keluarga-ganda': () => checkFamily(family(), [head, member({ id: 9 })], ctx),
  'pasangan-lebih-dari-satu': () => checkFamily(family(), [head, wife(), wife({ id: 9 })], ctx),
  'anak-lebih-tua-dari-kepala': () => checkFamily(family(), [head, child({ birthDate: '1980-01-20' })], ctx),
  'kepala-keluarga-di-bawah-15': () => checkFamily(family(), [member({ birthDate: '2020-05-12' })], ctx),
  'jumlah-anggota-tidak-sesuai': () => checkFamily(family({ memberCount: 1, recordedMemberCount: 4 }), [head], ctx),
  'anggota-tidak-ada-masih-penerima': () => checkMember(member({ ...PBDT, presence: 6, values: { adaPbi: 1 } }), ctx),
  'keluarga-aktif-tanpa-anggota': () => checkFamily(family({ memberCount: 0 }), [member({ presence: 3 })], ctx),
  'hamil-tidak-sesuai': () => checkMember(member({ values: { hamil: 1 } }), ctx),
  'akta-nikah-tidak-sesuai': () => checkMember(member({ ...PBDT, values: { statusKawin: 1, aktaNikah: 2 } }), ctx),
  'tidak-sekolah-ada-jenjang': () => checkMember(member({ values: { partisipasiSekolah: 1, pendidikanTertinggi: 22 } }), ctx),
  'tidak-bekerja-ada-pekerjaan': () => checkMember(member({ values: { bekerja: 0, statusPekerjaan: 1 } }), ctx),
  'jam-kerja-di-luar-batas': () => checkMember(member({ values: { jamKerja: 120 } }), ctx),
  'tanpa-jamban-ada-kloset': () => checkFamily(family({ values: { fasilitasBab: 6, kloset: 1 } }), [head], ctx),
  'tanpa-listrik-ada-daya': () => checkFamily(family({ values: { sumberPenerangan: 4, daya: 2 } }), [head], ctx),
  'luas-lantai-tidak-wajar': () => checkFamily(family({ values: { luasLantai: 0 } }), [head], ctx),
  'jumlah-negatif': () => checkFamily(family({ values: { ternakKambing: -3 } }), [head], ctx),
  'kode-tidak-dikenal': () => checkMember(member({ values: { statusKawin: 5 } }), ctx),
  'desa-tidak-sah': () => checkFamily(family({ desaCode: '33.28.99.2001' }), [head], ctx),
};

describe('RULES catalogue', () => {
  it('has unique kebab-case ids and complete Indonesian texts', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(ruleInfoSchema.parse(rule)).toBeTruthy();
      for (const text of [rule.title, rule.explanation, rule.hint]) expect(text.length).toBeGreaterThan(5);
    }
  });

  it('declares the backend cross-record rules', () => {
    expect(ruleById('nik-ganda')).toMatchObject({ severity: 'error', scope: 'cross', group: 'Keunikan' });
    expect(ruleById('orang-di-dua-kk')).toMatchObject({ severity: 'error', scope: 'cross' });
    expect(ruleById('kemungkinan-ganda')).toMatchObject({ severity: 'warning', scope: 'cross' });
    expect(ruleById('tidak-ada')).toBeUndefined();
  });

  it('ties every rule either to a producing case or to scope "cross"', () => {
    for (const rule of RULES) {
      if (rule.scope === 'cross') {
        expect(POSITIVE[rule.id], rule.id).toBeUndefined();
        continue;
      }
      expect(POSITIVE[rule.id], `no positive case for ${rule.id}`).toBeDefined();
    }
    expect(Object.keys(POSITIVE).every((id) => ruleById(id))).toBe(true);
  });

  for (const [id, run] of Object.entries(POSITIVE)) {
    it(`produces ${id} with the rule's severity`, () => {
      const found = run().filter((f) => f.ruleId === id);
      expect(found.length, id).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.severity).toBe(ruleById(id)?.severity);
        expect(f.message.length).toBeGreaterThan(10);
      }
    });
  }

  it('produces no finding for a consistent family (the negative baseline)', () => {
    expect(checkFamily(family({ recordedMemberCount: 3, values: { luasLantai: 45, fasilitasBab: 1, kloset: 1, sumberPenerangan: 1, daya: 2 } }), [head, wife(), child()], ctx)).toEqual([]);
  });

  it('checkFamily includes checkMember for each member, in member order', () => {
    const a = member({ sex: 2 });
    const b = child({ birthDate: '2015-01-21' });
    const fromFamily = checkFamily(family(), [a, wife(), b], ctx).filter((f) => f.entity === 'member').map((f) => [f.ruleId, f.entityId]);
    expect(fromFamily).toEqual([...checkMember(a, ctx), ...checkMember(b, ctx)].map((f) => [f.ruleId, f.entityId]));
  });
});

describe('docs/aturan-verifikasi.md', () => {
  const doc = readFileSync(resolve(__dirname, '../../docs/aturan-verifikasi.md'), 'utf8');
  it('lists every rule id with its level', () => {
    for (const rule of RULES) {
      const line = doc.split('\n').find((l) => l.startsWith(`| \`${rule.id}\` |`));
      expect(line, `${rule.id} missing from the table`).toBeDefined();
      expect(line).toContain(rule.severity === 'error' ? '| galat |' : '| peringatan |');
    }
  });
});
