import { describe, expect, it } from 'vitest';
import { formatNik, formatNoKk, parseNik, parseNoKk } from '../../core/domain/nik';

const TODAY = '2026-01-01';
const codes = (nik: string, today = TODAY) => parseNik(nik, today).problems.map((p) => p.code);

describe('parseNik', () => {
  it('reads region, birth date, sex and serial of a man', () => {
    expect(parseNik('3328011708450003', TODAY)).toEqual({
      valid: true,
      provinceCode: '33',
      kabupatenCode: '33.28',
      kecamatanCode: '33.28.01',
      serial: '0003',
      birthDate: '1945-08-17',
      sex: 1,
      problems: [],
    });
  });

  it('decodes day + 40 as a woman', () => {
    const parsed = parseNik('3328104105870001', TODAY);
    expect(parsed.sex).toBe(2);
    expect(parsed.birthDate).toBe('1987-05-01');
    expect(parseNik('3328107112990002', TODAY).birthDate).toBe('1999-12-31');
  });

  it('rejects days 32–40 and above 71', () => {
    for (const day of ['00', '32', '40', '72', '99']) {
      const parsed = parseNik(`332810${day}05870001`, TODAY);
      expect(parsed.valid).toBe(false);
      expect(parsed.sex).toBeNull();
      expect(parsed.problems.map((p) => p.code)).toContain('day');
    }
  });

  it('rejects month 00 and 13', () => {
    expect(codes('3328101500870001')).toContain('month');
    expect(codes('3328101513870001')).toContain('month');
    expect(codes('3328103513870001')).toEqual(['day', 'month']);
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseNik('3328012902000001', TODAY).birthDate).toBe('2000-02-29');
    expect(parseNik('3328016902240001', TODAY).birthDate).toBe('2024-02-29');
    expect(parseNik('3328012902960001', TODAY).birthDate).toBe('1996-02-29');
    expect(codes('3328012902230001')).toEqual(['date']);
    // Before 2000 the year 00 can only be 1900, which was not a leap year.
    expect(parseNik('3328012902000001', '1999-06-01').problems.map((p) => p.code)).toEqual(['date']);
    expect(codes('3328013104870001')).toEqual(['date']);
  });

  it('picks the latest century that is not after today', () => {
    expect(parseNik('3328010101260001', TODAY).birthDate).toBe('2026-01-01');
    expect(parseNik('3328010201260001', TODAY).birthDate).toBe('1926-01-02');
    expect(parseNik('3328013112250001', TODAY).birthDate).toBe('2025-12-31');
    expect(parseNik('3328011506250001', '2025-06-14').birthDate).toBe('1925-06-15');
    expect(parseNik('3328011506250001', new Date(2025, 5, 15)).birthDate).toBe('2025-06-15');
    expect(parseNik('3328010101250001', '1920-01-01').problems.map((p) => p.code)).toEqual(['future']);
  });

  it('rejects serial 0000', () => {
    const parsed = parseNik('3328011708450000', TODAY);
    expect(parsed.valid).toBe(false);
    expect(parsed.problems.map((p) => p.code)).toEqual(['serial']);
  });

  it('rejects non-digits and a wrong length without decoding anything', () => {
    expect(codes('33280117084500O3')).toEqual(['non_digit']);
    expect(codes('3328 01170845 0003')).toEqual(['non_digit', 'length']);
    expect(codes('332801170845003')).toEqual(['length']);
    expect(codes('33280117084500031')).toEqual(['length']);
    expect(codes('')).toEqual(['length']);
    const parsed = parseNik('3.328011708450003e+15', TODAY);
    expect(parsed).toMatchObject({ valid: false, birthDate: null, sex: null, kecamatanCode: null, serial: null });
  });

  it('flags placeholder numbers', () => {
    expect(codes('0000000000000000')).toContain('placeholder');
    expect(codes('9999999999999999')).toContain('placeholder');
    expect(codes('1234567890123456')).toContain('placeholder');
    expect(codes('3328011111111111')).toContain('placeholder');
  });

  it('rejects kabupaten or kecamatan 00 and only warns on an unknown province', () => {
    expect(codes('3300011708450003')).toEqual(['region']);
    expect(codes('3328001708450003')).toEqual(['region']);
    const retired = parseNik('2028011708450003', TODAY);
    expect(retired.valid).toBe(true);
    expect(retired.problems).toMatchObject([{ code: 'unknown_province', severity: 'warning' }]);
  });

  it('writes its messages in Bahasa Indonesia', () => {
    expect(parseNik('3328011708450000', TODAY).problems[0]?.message).toBe('Nomor urut pada NIK (digit 13–16) tidak boleh 0000.');
  });
});

describe('formatNik', () => {
  it('adds 40 to the day for women and pads the serial', () => {
    expect(formatNik({ kecamatanCode: '33.28.10', birthDate: '1987-05-01', sex: 2, serial: 1 })).toBe('3328104105870001');
    expect(formatNik({ kecamatanCode: '51.03.02', birthDate: '2003-11-09', sex: 1, serial: '0127' })).toBe('5103020911030127');
  });

  it('round-trips through parseNik', () => {
    const cases = [
      { kecamatanCode: '33.28.01', birthDate: '1945-08-17', sex: 1, serial: 3 },
      { kecamatanCode: '11.01.05', birthDate: '2000-02-29', sex: 2, serial: 9999 },
      { kecamatanCode: '95.03.51', birthDate: '1926-01-02', sex: 2, serial: 12 },
      { kecamatanCode: '12.12.12', birthDate: '2025-12-31', sex: 1, serial: 450 },
    ] as const;
    for (const parts of cases) {
      const parsed = parseNik(formatNik(parts), TODAY);
      expect(parsed.valid).toBe(true);
      expect(parsed).toMatchObject({ kecamatanCode: parts.kecamatanCode, birthDate: parts.birthDate, sex: parts.sex });
      expect(Number(parsed.serial)).toBe(parts.serial);
    }
  });

  it('refuses parts that cannot form a NIK', () => {
    expect(() => formatNik({ kecamatanCode: '3328', birthDate: '1987-05-01', sex: 1, serial: 1 })).toThrow(/kecamatan/);
    expect(() => formatNik({ kecamatanCode: '33.28.01', birthDate: '2023-02-29', sex: 1, serial: 1 })).toThrow(/kalender/);
    expect(() => formatNik({ kecamatanCode: '33.28.01', birthDate: '1987-05-01', sex: 1, serial: 0 })).toThrow(/urut/);
    expect(() => formatNik({ kecamatanCode: '33.28.01', birthDate: '1987-05-01', sex: 1, serial: 10000 })).toThrow(/urut/);
  });
});

describe('Nomor KK', () => {
  it('reads a registration date without the +40 rule', () => {
    expect(parseNoKk('3328012105180007', TODAY)).toMatchObject({
      valid: true,
      kecamatanCode: '33.28.01',
      registrationDate: '2018-05-21',
      serial: '0007',
      problems: [],
    });
    expect(parseNoKk('3328014105180007', TODAY).problems.map((p) => p.code)).toEqual(['day']);
  });

  it('rejects a registration date after today and serial 0000', () => {
    expect(parseNoKk('3328010101260001', '2025-12-31').registrationDate).toBe('1926-01-01');
    expect(parseNoKk('3328013102190001', TODAY).problems.map((p) => p.code)).toEqual(['date']);
    expect(parseNoKk('3328012105180000', TODAY).problems.map((p) => p.code)).toEqual(['serial']);
    expect(parseNoKk('33280121051800', TODAY).problems.map((p) => p.code)).toEqual(['length']);
  });

  it('round-trips through formatNoKk', () => {
    const noKk = formatNoKk({ kecamatanCode: '51.03.04', registrationDate: '2012-02-29', serial: 35 });
    expect(noKk).toBe('5103042902120035');
    expect(parseNoKk(noKk, TODAY)).toMatchObject({ valid: true, kecamatanCode: '51.03.04', registrationDate: '2012-02-29', serial: '0035' });
  });
});
