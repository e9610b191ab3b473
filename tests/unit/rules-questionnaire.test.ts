import { describe, expect, it } from 'vitest';
import { checkFamily, checkMember, type MemberFacts } from '../../core/domain/rules';
import { context, family, ids, member, only, wife } from './rules-fixtures';

const ctx = context();
const PBDT = { questionnaireVersion: 'PBDT2015' as const };
const m = (values: MemberFacts['values'], extra: Partial<MemberFacts> = {}) => ids(checkMember(member({ values, ...extra }), ctx));
const w = (values: MemberFacts['values'], extra: Partial<MemberFacts> = {}) => ids(checkMember(wife({ values, ...extra }), ctx));
/** Family-level findings only (members are consistent). */
const f = (values: Record<string, number | string | null>, version: 'PBDT2015' | 'REGSOSEK2022K' = 'REGSOSEK2022K') =>
  checkFamily(family({ values, questionnaireVersion: version, memberCount: 1 }), [member({ questionnaireVersion: version })], ctx);

describe('pregnancy (women 10–49, ever married)', () => {
  it('accepts a married woman of 33', () => expect(w({ hamil: 1, statusKawin: 2 })).toEqual([]));
  it('accepts "not pregnant" for anyone', () => expect(m({ hamil: 0, statusKawin: 1 })).toEqual([]));
  it('flags a pregnant man', () => {
    const [x] = checkMember(member({ values: { hamil: 1, statusKawin: 2 } }), ctx);
    expect(x).toMatchObject({ ruleId: 'hamil-tidak-sesuai', severity: 'error', field: 'hamil' });
    expect(x?.message).toContain('laki-laki');
  });
  it('flags age outside 10–49', () => {
    expect(w({ hamil: 1, statusKawin: 2 }, { nik: '3328014101700002', birthDate: '1970-01-01' })).toEqual(['hamil-tidak-sesuai']);
    expect(w({ hamil: 1, statusKawin: 2 }, { nik: '3328014101180002', birthDate: '2018-01-01' })).toEqual(['hamil-tidak-sesuai']);
    expect(w({ hamil: 1, statusKawin: 2 }, { nik: '3328014101160002', birthDate: '2016-01-01' })).toEqual([]); // exactly 10
    expect(w({ hamil: 1, statusKawin: 2, umur: 52 }, { birthDate: null })).toEqual(['hamil-tidak-sesuai']); // from umur
  });
  it('flags a never-married woman', () => {
    expect(w({ hamil: 1, statusKawin: 1 })).toEqual(['hamil-tidak-sesuai']);
    expect(w({ hamil: 1, statusKawin: 4 })).toEqual([]); // cerai mati: ever married
  });
});

describe('marriage certificate only for kawin / cerai hidup', () => {
  it('warns for belum kawin and cerai mati', () => {
    const [x] = checkMember(member({ ...PBDT, values: { statusKawin: 1, aktaNikah: 1 } }), ctx);
    expect(x).toMatchObject({ ruleId: 'akta-nikah-tidak-sesuai', severity: 'warning', field: 'aktaNikah' });
    expect(x?.message).toContain('Belum kawin');
    expect(m({ statusKawin: 4, aktaNikah: 2 }, PBDT)).toEqual(['akta-nikah-tidak-sesuai']);
  });
  it('accepts kawin, cerai hidup and "tidak"', () => {
    expect(m({ statusKawin: 2, aktaNikah: 1 }, PBDT)).toEqual([]);
    expect(m({ statusKawin: 3, aktaNikah: 2 }, PBDT)).toEqual([]);
    expect(m({ statusKawin: 1, aktaNikah: 0 }, PBDT)).toEqual([]);
  });
});

describe('never schooled ⇒ no jenjang/kelas/ijazah (codes differ per version)', () => {
  it('PBDT: partisipasi 0 is "never"', () => {
    const found = checkMember(member({ ...PBDT, values: { partisipasiSekolah: 0, pendidikanTertinggi: 1, kelasTertinggi: 6, ijazahTertinggi: 0 } }), ctx);
    expect(found.map((x) => [x.ruleId, x.field])).toEqual([['tidak-sekolah-ada-jenjang', 'pendidikanTertinggi'], ['tidak-sekolah-ada-jenjang', 'kelasTertinggi']]);
    expect(found[0]?.message).toContain('SD/SDLB');
    expect(m({ partisipasiSekolah: 0, ijazahTertinggi: 1 }, PBDT)).toEqual(['tidak-sekolah-ada-jenjang']);
    expect(m({ partisipasiSekolah: 1, pendidikanTertinggi: 4, kelasTertinggi: 2 }, PBDT)).toEqual([]); // masih sekolah
  });
  it('Regsosek: partisipasi 1 is "never", ijazah 23 means none', () => {
    expect(m({ partisipasiSekolah: 1, kelasTertinggi: 3 })).toEqual(['tidak-sekolah-ada-jenjang']);
    expect(m({ partisipasiSekolah: 1, ijazahTertinggi: 23 })).toEqual([]);
    expect(m({ partisipasiSekolah: 2, pendidikanTertinggi: 1 })).toEqual([]);
  });
});

describe('work', () => {
  it('warns when a non-worker has industry, status or hours', () => {
    const found = checkMember(member({ values: { bekerja: 0, lapanganUsaha: 3, statusPekerjaan: 4, jamKerja: 10 } }), ctx);
    expect(found.map((x) => x.field)).toEqual(['lapanganUsaha', 'statusPekerjaan', 'jamKerja']);
    expect(found.every((x) => x.ruleId === 'tidak-bekerja-ada-pekerjaan' && x.severity === 'warning')).toBe(true);
    expect(m({ bekerja: 0, jamKerja: 0 })).toEqual([]);
    expect(m({ bekerja: 1, lapanganUsaha: 3, statusPekerjaan: 4, jamKerja: 40 })).toEqual([]);
  });
  it('warns on hours outside 0–98', () => {
    const [x] = checkMember(member({ values: { bekerja: 1, jamKerja: 99 } }), ctx);
    expect(x).toMatchObject({ ruleId: 'jam-kerja-di-luar-batas', severity: 'warning', field: 'jamKerja' });
    expect(x?.message).toContain('"99"');
    expect(m({ jamKerja: -1 })).toEqual(['jam-kerja-di-luar-batas']);
    expect(m({ jamKerja: 40.5 })).toEqual(['jam-kerja-di-luar-batas']);
    expect(m({ jamKerja: 98 })).toEqual([]);
    expect(m({ jamKerja: '0' })).toEqual([]);
  });
});

describe('housing', () => {
  it('no toilet ⇒ no kloset / tinja (PBDT 4, Regsosek 6)', () => {
    const pbdt = f({ fasilitasBab: 4, kloset: 1, buangTinja: 3 }, 'PBDT2015');
    expect(pbdt.map((x) => [x.ruleId, x.field, x.severity])).toEqual([
      ['tanpa-jamban-ada-kloset', 'kloset', 'warning'], ['tanpa-jamban-ada-kloset', 'buangTinja', 'warning'],
    ]);
    expect(ids(f({ fasilitasBab: 4, kloset: 4 }, 'PBDT2015'))).toEqual([]); // kloset "tidak pakai"
    expect(ids(f({ fasilitasBab: 6, buangTinja: 1 }))).toEqual(['tanpa-jamban-ada-kloset']);
    expect(ids(f({ fasilitasBab: 4, kloset: 1 }))).toEqual([]); // Regsosek 4 = MCK umum
  });
  it('no electricity ⇒ no daya (PBDT 3, Regsosek 4)', () => {
    expect(ids(f({ sumberPenerangan: 3, daya: 1 }, 'PBDT2015'))).toEqual(['tanpa-listrik-ada-daya']);
    expect(ids(f({ sumberPenerangan: 3, daya: 1 }))).toEqual([]); // Regsosek 3 = listrik non-PLN
    const found = f({ sumberPenerangan: 4, daya2: 2 });
    expect(found[0]).toMatchObject({ ruleId: 'tanpa-listrik-ada-daya', field: 'daya2' });
    expect(ids(f({ sumberPenerangan: 4 }))).toEqual([]);
  });
  it('luas lantai > 0', () => {
    expect(f({ luasLantai: 0 })[0]).toMatchObject({ ruleId: 'luas-lantai-tidak-wajar', severity: 'warning', field: 'luasLantai' });
    expect(ids(f({ luasLantai: -5 }))).toEqual(['luas-lantai-tidak-wajar']);
    expect(ids(f({ luasLantai: 36 }))).toEqual([]);
    expect(ids(f({ luasLantai: null }))).toEqual([]);
  });
  it('bedrooms and livestock not negative', () => {
    expect(f({ jumlahKamar: -1 }, 'PBDT2015')[0]).toMatchObject({ ruleId: 'jumlah-negatif', field: 'jumlahKamar' });
    expect(ids(f({ ternakSapi: -2 }))).toEqual(['jumlah-negatif']);
    expect(ids(f({ ternakSapi: 0, jumlahKamar: 0 }, 'PBDT2015'))).toEqual([]);
  });
});

describe('codes of the record’s questionnaire version', () => {
  it('checks member facts under their contract keys', () => {
    const [x] = checkMember(member({ presence: 7 }), ctx);
    expect(x).toMatchObject({ ruleId: 'kode-tidak-dikenal', severity: 'error', field: 'presence' });
    expect(x?.message).toContain('kode 7');
    expect(x?.message).toContain('Regsosek');
    expect(checkMember(member({ presence: 6 }), ctx)).toEqual([]);
    expect(ids(checkMember(member({ relationship: 9 }), ctx))).toEqual(['kode-tidak-dikenal']);
    expect(checkMember(member({ sex: 3 }), ctx)[0]?.field).toBe('sex');
  });
  it('uses different lists per version', () => {
    expect(m({ partisipasiSekolah: 0 })).toEqual(['kode-tidak-dikenal']);
    expect(m({ partisipasiSekolah: 0 }, PBDT)).toEqual([]);
    expect(m({ partisipasiSekolah: 3 })).toEqual([]);
    expect(m({ partisipasiSekolah: 3 }, PBDT)).toEqual(['kode-tidak-dikenal']);
    expect(ids(f({ fasilitasBab: 6 }, 'PBDT2015'))).toEqual(['kode-tidak-dikenal']);
    expect(ids(f({ fasilitasBab: 6 }))).toEqual([]);
    expect(ids(f({ sumberPenerangan: 4 }, 'PBDT2015'))).toEqual(['kode-tidak-dikenal']);
    expect(f({ sumberPenerangan: 4 }, 'PBDT2015')[0]).toMatchObject({ entity: 'family', field: 'sumberPenerangan' });
  });
  it('accepts unlabelled codes of the list and refuses fields the version does not have', () => {
    expect(m({ pendidikanTertinggi: 15 })).toEqual([]); // Regsosek 413 codes 2–21 are unlabelled but valid
    expect(m({ pendidikanTertinggi: 15 }, PBDT)).toEqual(['kode-tidak-dikenal']);
    const [x] = checkMember(member({ values: { aktaNikah: 1 } }), ctx);
    expect(x?.message).toContain('tidak ada pada kuesioner');
  });
  it('checks yes/no (stored 1/0) and bitmasks', () => {
    expect(m({ bekerja: 2 })).toEqual(['kode-tidak-dikenal']);
    expect(m({ bekerja: 1 })).toEqual([]);
    expect(m({ kartuIdentitas: 7 })).toEqual([]);
    expect(m({ kartuIdentitas: 0 })).toEqual([]);
    expect(m({ kartuIdentitas: 8 })).toEqual(['kode-tidak-dikenal']);
    expect(m({ kartuIdentitas: 8 }, PBDT)).toEqual([]); // PBDT has SIM = 8
    expect(m({ jaminanKesehatan: 99 })).toEqual([]);
    expect(m({ jaminanKesehatan: 100 })).toEqual(['kode-tidak-dikenal']);
  });
  it('refuses text in a code field and ignores empty and non-catalogue values', () => {
    expect(m({ partisipasiSekolah: 'abc' })).toEqual(['kode-tidak-dikenal']);
    expect(m({ partisipasiSekolah: '2' })).toEqual([]);
    expect(m({ partisipasiSekolah: null, lapanganUsaha: '', bukanKolom: 5 })).toEqual([]);
  });
});

describe('recipient status with Regsosek member fields', () => {
  it('counts PBI JKN (431a flag 1) and PIP of a member who moved abroad', () => {
    const found = only(checkMember(member({ presence: 4, values: { jaminanKesehatan: 3, programIndonesiaPintar: 1 } }), ctx), 'anggota-tidak-ada-masih-penerima');
    expect(found.map((x) => x.field)).toEqual(['programIndonesiaPintar', 'jaminanKesehatan']);
    expect(found[1]?.message).toContain('PBI JKN');
    expect(m({ jaminanKesehatan: 99, programIndonesiaPintar: 2 }, { presence: 2 })).toEqual([]);
  });
});
