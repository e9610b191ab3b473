import { describe, expect, it } from 'vitest';
import { checkFamily, isPresent } from '../../core/domain/rules';
import { child, context, family, ids, member, only, wife } from './rules-fixtures';

const ctx = context();
const household = () => [member(), wife(), child()];

describe('presence', () => {
  it('depends on the questionnaire version', () => {
    expect(isPresent(member({ presence: 5 }))).toBe(true); // Regsosek: anggota baru
    expect(isPresent(member({ presence: 4 }))).toBe(false); // Regsosek: pindah ke luar negeri
    expect(isPresent(member({ presence: 4, questionnaireVersion: 'PBDT2015' }))).toBe(true); // PBDT: ART baru
    expect(isPresent(member({ presence: 5, questionnaireVersion: 'PBDT2015' }))).toBe(false); // PBDT: kesalahan prelist
  });
});

describe('family structure', () => {
  it('accepts a normal family', () => {
    expect(checkFamily(family(), household(), ctx)).toEqual([]);
  });

  it('flags an active family without a present head', () => {
    const found = checkFamily(family(), [member({ presence: 2 }), wife(), child()], ctx);
    expect(ids(found)).toContain('kepala-keluarga-tidak-ada');
    expect(only(found, 'kepala-keluarga-tidak-ada')[0]).toMatchObject({ severity: 'error', entity: 'family', entityId: 10 });
    expect(ids(checkFamily(family({ status: 'nonaktif' }), [wife(), child()], ctx))).toEqual([]);
  });

  it('flags more than one present head on the extra head', () => {
    const found = checkFamily(family(), [member(), member({ id: 4, nik: '3328010101700005', birthDate: '1970-01-01', name: 'Karto' }), child()], ctx);
    const [f] = only(found, 'kepala-keluarga-ganda');
    expect(f).toMatchObject({ severity: 'error', entity: 'member', entityId: 4, field: 'relationship', relatedId: 1 });
    expect(f?.message).toContain('Karto');
    // A moved-out second head does not count.
    expect(ids(checkFamily(family(), [member(), member({ id: 4, presence: 3 }), child()], ctx))).not.toContain('kepala-keluarga-ganda');
  });

  it('warns on more than one spouse', () => {
    const second = wife({ id: 5, nik: '3328014101950006', birthDate: '1995-01-01', name: 'Rina' });
    const [f] = only(checkFamily(family(), [...household(), second], ctx), 'pasangan-lebih-dari-satu');
    expect(f).toMatchObject({ severity: 'warning', entityId: 5, relatedId: 2 });
    expect(ids(checkFamily(family(), [...household(), wife({ id: 5, presence: 2 })], ctx))).not.toContain('pasangan-lebih-dari-satu');
  });

  it('warns when a child is older than the head', () => {
    const older = child({ nik: '3328010101600003', birthDate: '1960-01-01' });
    const [f] = only(checkFamily(family(), [member(), wife(), older], ctx), 'anak-lebih-tua-dari-kepala');
    expect(f).toMatchObject({ severity: 'warning', entity: 'member', entityId: 3, field: 'birthDate', relatedId: 1 });
    expect(f?.message).toContain('01-01-1960');
    // A parent (code 6) older than the head is normal.
    expect(ids(checkFamily(family(), [member(), wife(), child({ relationship: 6, nik: '3328010101600003', birthDate: '1960-01-01' })], ctx))).toEqual([]);
  });

  it('warns when the head is under 15', () => {
    const young = member({ nik: '3328011205150001', birthDate: '2015-05-12' });
    const [f] = only(checkFamily(family({ memberCount: 1 }), [young], ctx), 'kepala-keluarga-di-bawah-15');
    expect(f).toMatchObject({ severity: 'warning', entityId: 1, field: 'birthDate' });
    expect(f?.message).toContain('10 tahun');
    const fifteen = member({ nik: '3328010101110001', birthDate: '2011-01-01' });
    expect(ids(checkFamily(family({ memberCount: 1 }), [fifteen], ctx))).toEqual([]);
  });

  it('warns when the recorded member count differs', () => {
    const [f] = only(checkFamily(family({ recordedMemberCount: 5 }), household(), ctx), 'jumlah-anggota-tidak-sesuai');
    expect(f).toMatchObject({ severity: 'warning', entity: 'family', field: 'jumlahAnggotaKeluarga' });
    expect(f?.message).toBe('Jumlah anggota tercatat 5, tetapi anggota yang masih ada 3.');
    expect(checkFamily(family({ recordedMemberCount: 3 }), household(), ctx)).toEqual([]);
    expect(checkFamily(family({ recordedMemberCount: null }), household(), ctx)).toEqual([]);
  });
});

describe('status', () => {
  it('errors on an active family with no present member', () => {
    const gone = [member({ presence: 2 }), wife({ presence: 3 })];
    const found = checkFamily(family({ memberCount: 0 }), gone, ctx);
    expect(ids(found)).toEqual(['keluarga-aktif-tanpa-anggota']);
    expect(found[0]?.message).toContain('3328011503100004');
    expect(ids(checkFamily(family({ memberCount: 0 }), [], ctx))).toEqual(['keluarga-aktif-tanpa-anggota']);
    expect(checkFamily(family({ status: 'nonaktif', memberCount: 0 }), gone, ctx)).toEqual([]);
    // PBDT: ART baru (4) is present.
    const pbdt = { questionnaireVersion: 'PBDT2015' as const };
    expect(ids(checkFamily(family({ ...pbdt, memberCount: 1 }), [member({ ...pbdt, presence: 4 })], ctx))).toEqual([]);
  });

  it('warns when a deceased, moved or missing member is still a recipient', () => {
    const pbdt = { questionnaireVersion: 'PBDT2015' as const };
    const dead = member({ ...pbdt, presence: 2, values: { adaPkh: 1, adaPbi: 0 } });
    const found = checkFamily(family(pbdt), [dead, wife(pbdt), child(pbdt)], ctx);
    const [f] = only(found, 'anggota-tidak-ada-masih-penerima');
    expect(f).toMatchObject({ severity: 'warning', entity: 'member', entityId: 1, field: 'adaPkh' });
    expect(f?.message).toContain('Meninggal');
    expect(only(found, 'anggota-tidak-ada-masih-penerima')).toHaveLength(1);
    // Regsosek 4 = pindah ke luar negeri is gone; PBDT 4 = ART baru is present.
    const abroad = member({ presence: 4, values: { adaRastra: 1 } });
    expect(ids(checkFamily(family(), [abroad, wife(), child()], ctx))).toContain('anggota-tidak-ada-masih-penerima');
    expect(ids(checkFamily(family(pbdt), [member({ ...pbdt, presence: 4, values: { adaRastra: 1 } })], ctx))).not.toContain('anggota-tidak-ada-masih-penerima');
    expect(ids(checkFamily(family(pbdt), [member({ ...pbdt, values: { adaPkh: 1 } }), wife(pbdt), child(pbdt)], ctx))).toEqual([]);
  });
});

describe('region', () => {
  it('errors on a desa outside the reference or the kabupaten', () => {
    const unknown = checkFamily(family({ desaCode: '33.28.01.2999' }), household(), ctx);
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ ruleId: 'desa-tidak-sah', severity: 'error', field: 'kodeDesa' });
    expect(unknown[0]?.message).toContain('33.28.01.2999');
    const outside = checkFamily(family({ desaCode: '33.74.01.1001' }), household(), ctx);
    expect(outside[0]?.message).toContain('di luar kabupaten 33.28');
    expect(ids(checkFamily(family({ desaCode: '' }), household(), ctx))).toEqual(['desa-tidak-sah']);
    expect(checkFamily(family({ desaCode: '33.28.02.2001' }), household(), ctx)).toEqual([]);
  });
});
