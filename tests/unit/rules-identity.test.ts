import { describe, expect, it } from 'vitest';
import { checkFamily, checkMember } from '../../core/domain/rules';
import { child, context, family, ids, member, only, wife } from './rules-fixtures';

const ctx = context();
const nikIds = (nik: string, extra: Parameters<typeof member>[0] = {}, c = ctx) => ids(checkMember(member({ nik, ...extra }), c));

describe('NIK structure', () => {
  it('accepts consistent members of both sexes', () => {
    expect(checkMember(member(), ctx)).toEqual([]);
    expect(checkMember(wife(), ctx)).toEqual([]);
    expect(checkMember(child(), ctx)).toEqual([]);
  });

  it('flags an empty NIK and placeholders', () => {
    expect(nikIds('')).toEqual(['nik-kosong']);
    expect(nikIds('  ')).toEqual(['nik-kosong']);
    expect(nikIds('3333333333333333', { birthDate: null })).toContain('nik-kosong');
    expect(nikIds('1234567890123456', { birthDate: null })).toContain('nik-kosong');
    const [f] = only(checkMember(member({ nik: '3328010000000000' }), ctx), 'nik-kosong');
    expect(f).toMatchObject({ severity: 'error', entity: 'member', entityId: 1, field: 'nik' });
    expect(f?.message).toContain('"3328010000000000"');
  });

  it('flags a NIK that is not 16 digits', () => {
    expect(nikIds('33280112059000')).toEqual(['nik-bukan-16-digit']);
    expect(checkMember(member({ nik: '33280112059000' }), ctx)[0]?.message).toBe('NIK "33280112059000" 14 digit, seharusnya 16 digit angka.');
    expect(nikIds('33280112059000A1')).toEqual(['nik-bukan-16-digit']);
    expect(nikIds('332801120590000123')).toEqual(['nik-bukan-16-digit']);
  });

  it('flags kabupaten or kecamatan 00 as an error', () => {
    expect(nikIds('3300011205900001')).toEqual(['nik-kode-wilayah-nol']);
    expect(nikIds('3328001205900001')).toEqual(['nik-kode-wilayah-nol']);
  });

  it('treats unknown, retired and old-province prefixes as warnings, not errors', () => {
    const retired = checkMember(member({ nik: '3328991205900001' }), ctx);
    expect(retired).toHaveLength(1);
    expect(retired[0]).toMatchObject({ ruleId: 'nik-wilayah-tidak-dikenal', severity: 'warning', field: 'nik' });
    expect(retired[0]?.message).toContain('33.28.99');
    // Old Papua kecamatan re-coded after pemekaran: the person keeps the old NIK.
    expect(checkMember(member({ nik: '9171011205900001' }), ctx).map((f) => [f.ruleId, f.severity])).toEqual([['nik-wilayah-tidak-dikenal', 'warning']]);
    // Province 20 does not exist at all.
    expect(checkMember(member({ nik: '2001011205900001' }), ctx).map((f) => f.severity)).toEqual(['warning']);
    // A NIK issued in another kabupaten is normal (people move): no finding.
    expect(nikIds('3374011205900001')).toEqual([]);
  });

  it('flags serial 0000 with the value in the message', () => {
    const [f] = checkMember(member({ nik: '3328014501900000', sex: 2, birthDate: '1990-01-05' }), ctx);
    expect(f).toMatchObject({ ruleId: 'nik-nomor-urut-0000', severity: 'error', field: 'nik' });
    expect(f?.message).toBe('NIK "3328014501900000" bernomor urut 0000.');
  });
});

describe('NIK birth date', () => {
  const noField = { birthDate: null, sex: null };
  it('reads day + 40 for women', () => {
    expect(nikIds('3328017112900001', noField)).toEqual([]); // 31-12-1990, woman
    expect(nikIds('3328017212900001', noField)).toEqual(['nik-tanggal-tidak-sah']); // 72
    expect(nikIds('3328013212900001', noField)).toEqual(['nik-tanggal-tidak-sah']); // 32
    expect(nikIds('3328010012900001', noField)).toEqual(['nik-tanggal-tidak-sah']); // 00
    expect(nikIds('3328014012900001', noField)).toEqual(['nik-tanggal-tidak-sah']); // 40
    expect(nikIds('3328017104900001', noField)).toEqual(['nik-tanggal-tidak-sah']); // 31-04 woman
  });

  it('flags impossible months and days', () => {
    expect(nikIds('3328011213900001', noField)).toEqual(['nik-tanggal-tidak-sah']);
    expect(nikIds('3328013104900001', noField)).toEqual(['nik-tanggal-tidak-sah']);
    const [f] = checkMember(member({ nik: '3328013104900001', ...noField }), ctx);
    expect(f).toMatchObject({ severity: 'error', field: 'nik' });
    expect(f?.message).toContain('"3328013104900001"');
  });

  it('accepts 29 February only in leap years', () => {
    expect(nikIds('3328012902040001', noField)).toEqual([]); // 2004
    expect(nikIds('3328016902000001', noField)).toEqual([]); // woman, 2000
    expect(nikIds('3328012902010001', noField)).toEqual(['nik-tanggal-tidak-sah']); // 2001
    expect(nikIds('3328012902260001', noField)).toEqual(['nik-tanggal-tidak-sah']); // 2026 is after today → 1926, not leap
  });

  it('picks the century relative to ctx.today', () => {
    // yy = 00: 2000 (leap) today, but 1900 (not leap) when "today" is 1999.
    expect(nikIds('3328012902000001', noField)).toEqual([]);
    expect(nikIds('3328012902000001', noField, context({ today: '1999-12-31' }))).toEqual(['nik-tanggal-tidak-sah']);
  });
});

describe('NIK against the member fields', () => {
  it('warns when the sex differs from the NIK', () => {
    const [f] = checkMember(member({ sex: 2 }), ctx);
    expect(f).toMatchObject({ ruleId: 'nik-jenis-kelamin-beda', severity: 'warning', field: 'sex' });
    expect(f?.message).toContain('laki-laki');
    expect(ids(checkMember(wife({ sex: 1 }), ctx))).toEqual(['nik-jenis-kelamin-beda']);
    expect(checkMember(member({ sex: null }), ctx)).toEqual([]);
  });

  it('warns when the birth date differs from the NIK (DDMMYY)', () => {
    const [f] = checkMember(member({ birthDate: '1990-05-13' }), ctx);
    expect(f).toMatchObject({ ruleId: 'nik-tanggal-lahir-beda', severity: 'warning', field: 'birthDate' });
    expect(f?.message).toContain('13-05-1990');
    expect(f?.message).toContain('12-05-90');
    expect(ids(checkMember(member({ birthDate: '1991-05-12' }), ctx))).toEqual(['nik-tanggal-lahir-beda']);
    expect(ids(checkMember(wife({ birthDate: '1992-08-43' as string }), ctx))).toEqual(['nik-tanggal-lahir-beda']);
    expect(checkMember(member({ birthDate: null }), ctx)).toEqual([]);
  });

  it('takes the century from the birth-date field', () => {
    // NIK 12-05-25: parseNik reads 2025, the field says 1925 — same DDMMYY, no warning.
    expect(checkMember(member({ nik: '3328011205250001', birthDate: '1925-05-12' }), ctx)).toEqual([]);
    expect(checkMember(member({ nik: '3328011205250001', birthDate: '2025-05-12' }), ctx)).toEqual([]);
  });

  it('does not compare when the NIK date is itself invalid', () => {
    expect(ids(checkMember(member({ nik: '3328013104900001', birthDate: '1990-04-30' }), ctx))).toEqual(['nik-tanggal-tidak-sah']);
  });

  it('flags a birth date in the future', () => {
    const found = checkMember(member({ nik: '3328011205900001', birthDate: '2026-05-12' }), ctx);
    expect(found.find((f) => f.ruleId === 'tanggal-lahir-masa-depan')).toMatchObject({ severity: 'error', field: 'birthDate' });
    expect(found.find((f) => f.ruleId === 'tanggal-lahir-masa-depan')?.message).toContain('12-05-2026');
    expect(ids(checkMember(member({ birthDate: '2026-01-01', nik: '3328010101260001' }), ctx))).toEqual([]);
  });
});

describe('Nomor KK', () => {
  const kk = (noKk: string) => checkFamily(family({ noKk, memberCount: 1 }), [member()], ctx);
  it('accepts a valid KK', () => expect(kk('3328011503100004')).toEqual([]));

  it('flags length, placeholders, 00 and serial 0000 as kk-tidak-sah', () => {
    for (const bad of ['', '332801150310', '33280115031000AB', '1111111111111111', '3300011503100004', '3328011503100000']) {
      const found = kk(bad);
      expect(ids(found)).toEqual(['kk-tidak-sah']);
      expect(found[0]).toMatchObject({ severity: 'error', entity: 'family', entityId: 10, field: 'noKk' });
    }
    expect(kk('3328011503100000')[0]?.message).toBe('Nomor KK "3328011503100000" bernomor urut 0000.');
  });

  it('warns on an unknown region prefix', () => {
    const found = kk('3328991503100004');
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([['kk-wilayah-tidak-dikenal', 'warning']]);
  });

  it('flags an impossible registration date (no + 40 for KK)', () => {
    expect(ids(kk('3328013102100004'))).toEqual(['kk-tanggal-tidak-sah']);
    expect(ids(kk('3328015503100004'))).toEqual(['kk-tanggal-tidak-sah']);
    expect(ids(kk('3328011513100004'))).toEqual(['kk-tanggal-tidak-sah']);
    expect(kk('3328013102100004')[0]?.message).toContain('"3328013102100004"');
  });

  it('flags a registration date after today', () => {
    // With a realistic today the century rule never yields a future date; "today" in 1999 shows the mapping.
    const found = checkFamily(family({ noKk: '3328010107990004', memberCount: 1 }), [member({ nik: '3328011205900001' })], context({ today: '1999-06-01' }));
    expect(ids(found)).toContain('kk-tanggal-tidak-sah');
    expect(only(found, 'kk-tanggal-tidak-sah')[0]?.message).toContain('masa depan');
  });
});
