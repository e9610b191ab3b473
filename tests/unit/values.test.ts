import { describe, expect, it } from 'vitest';
import { fieldByKey } from '../../core/domain/catalogue';
import type { CatalogueField } from '../../core/domain/catalogue';
import {
  parseBitmask,
  parseCodeValue,
  parseDateValue,
  parseDecimal,
  parseFieldValue,
  parseIdText,
  parseInteger,
  parseTextValue,
  parseYesNo,
  type ParseResult,
} from '../../core/domain/values';

const field = (key: string): CatalogueField => {
  const found = fieldByKey(key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
};
const value = <T>(result: ParseResult<T>) => (result.ok ? result.value : `ERROR: ${result.message}`);
const message = <T>(result: ParseResult<T>) => (result.ok ? `OK: ${String(result.value)}` : result.message);

describe('parseIdText', () => {
  it('keeps digits as text, without a leading apostrophe or spaces', () => {
    expect(value(parseIdText('3328011708450003', 'NIK'))).toBe('3328011708450003');
    expect(value(parseIdText(" '3328011708450003 ", 'NIK'))).toBe('3328011708450003');
    expect(value(parseIdText('3328 0117 0845 0003', 'NIK'))).toBe('3328011708450003');
    expect(value(parseIdText('0012', 'RT'))).toBe('0012');
    expect(value(parseIdText(123456, 'IDBDT'))).toBe('123456');
    expect(value(parseIdText('', 'NIK'))).toBeNull();
    expect(value(parseIdText(null, 'NIK'))).toBeNull();
  });

  it('refuses scientific notation with a fix', () => {
    expect(message(parseIdText('3.5E+15', 'NIK'))).toBe('NIK "3.5E+15" sudah dirusak Excel (notasi ilmiah); ekspor ulang kolom ini sebagai teks.');
    expect(message(parseIdText('3,52318E+15', 'Nomor KK'))).toContain('notasi ilmiah');
    expect(message(parseIdText('3.52318e15', 'NIK'))).toContain('notasi ilmiah');
  });

  it('refuses a trailing .0 or ,0', () => {
    expect(message(parseIdText('3328011708450003.0', 'NIK'))).toContain('berakhiran ".0"');
    expect(message(parseIdText('123456,0', 'IDBDT'))).toContain('berakhiran ",0"');
  });

  it('refuses long numbers that came from a numeric cell (Excel keeps 15 digits)', () => {
    expect(message(parseIdText(3328011708450000, 'NIK'))).toContain('Excel hanya menyimpan 15 digit');
    expect(message(parseIdText('3328011708450000', 'NIK', { fromNumericCell: true }))).toContain('ekspor ulang kolom ini sebagai teks');
    expect(value(parseIdText('3328011708450000', 'NIK'))).toBe('3328011708450000');
    expect(value(parseIdText(332801170845000, 'NIK'))).toBe('332801170845000');
  });

  it('refuses dotted SIAK mangling and other separators', () => {
    expect(message(parseIdText('35.2318.00000000000', 'NIK'))).toContain('dirusak ekspor SIAK/Excel');
    expect(message(parseIdText('3328.0117.0845.0003', 'NIK'))).toContain('mengandung titik atau koma');
    expect(message(parseIdText('3328-0117', 'NIK'))).toBe('NIK "3328-0117" hanya boleh berisi angka.');
    expect(message(parseIdText('NIK123', 'NIK'))).toContain('hanya boleh berisi angka');
    expect(parseIdText(Number.NaN, 'NIK').ok).toBe(false);
    expect(parseIdText(12.5, 'NIK').ok).toBe(false);
    expect(parseIdText(-5, 'NIK').ok).toBe(false);
  });
});

describe('parseDateValue', () => {
  it('reads Excel serials in the 1900 system', () => {
    expect(value(parseDateValue(1))).toBe('1900-01-01');
    expect(value(parseDateValue(59))).toBe('1900-02-28');
    expect(value(parseDateValue(61))).toBe('1900-03-01');
    expect(value(parseDateValue(25569))).toBe('1970-01-01');
    expect(value(parseDateValue(28676.75))).toBe('1978-07-05');
    expect(value(parseDateValue('28676', { fromNumericCell: true }))).toBe('1978-07-05');
    expect(value(parseDateValue('28676'))).toBe('1978-07-05');
  });

  it("refuses Excel's phantom 29-02-1900 (serial 60) and impossible serials", () => {
    expect(message(parseDateValue(60))).toContain('tidak pernah ada');
    expect(parseDateValue(0).ok).toBe(false);
    expect(parseDateValue(-5).ok).toBe(false);
    expect(parseDateValue(3_000_000).ok).toBe(false);
  });

  it('does not read a year or a small number in a text cell as a serial', () => {
    expect(message(parseDateValue('1978'))).toContain('hanya berisi tahun');
    expect(parseDateValue('150').ok).toBe(false);
    expect(value(parseDateValue('150', { fromNumericCell: true }))).toBe('1900-05-29');
  });

  it('reads day-first numeric dates and ISO dates', () => {
    expect(value(parseDateValue('05/07/1978'))).toBe('1978-07-05');
    expect(value(parseDateValue('5/7/1978'))).toBe('1978-07-05');
    expect(value(parseDateValue('05-07-1978'))).toBe('1978-07-05');
    expect(value(parseDateValue('05.07.1978'))).toBe('1978-07-05');
    expect(value(parseDateValue('1978-07-05'))).toBe('1978-07-05');
    expect(value(parseDateValue('1978-07-05T00:00:00Z'))).toBe('1978-07-05');
    expect(value(parseDateValue('1978-07-05 00:00:00'))).toBe('1978-07-05');
  });

  it('reads Indonesian month names and abbreviations', () => {
    expect(value(parseDateValue('5 Juli 1978'))).toBe('1978-07-05');
    expect(value(parseDateValue('05-Agu-1980'))).toBe('1980-08-05');
    expect(value(parseDateValue('17 Agustus 1945'))).toBe('1945-08-17');
    expect(value(parseDateValue('1 Mei 2000'))).toBe('2000-05-01');
    expect(value(parseDateValue('10 Nop 1999'))).toBe('1999-11-10');
    expect(value(parseDateValue('10 Nov 1999'))).toBe('1999-11-10');
    expect(value(parseDateValue('25 Des 2010'))).toBe('2010-12-25');
    expect(value(parseDateValue('12-Okt-1985'))).toBe('1985-10-12');
    expect(value(parseDateValue('Sabtu, 5 Juli 1980'))).toBe('1980-07-05');
    expect(value(parseDateValue('05-Aug-1980'))).toBe('1980-08-05');
    expect(message(parseDateValue('5 Julu 1978'))).toContain('nama bulan "Julu" tidak dikenal');
  });

  it('refuses dates that do not exist, knowing leap years', () => {
    expect(message(parseDateValue('31/02/2020'))).toBe('Tanggal "31/02/2020" tidak ada di kalender: Februari 2020 hanya 29 hari.');
    expect(value(parseDateValue('29/02/2020'))).toBe('2020-02-29');
    expect(value(parseDateValue('29/02/2000'))).toBe('2000-02-29');
    expect(message(parseDateValue('29/02/2019'))).toContain('Februari 2019 hanya 28 hari');
    expect(parseDateValue('29/02/1900').ok).toBe(false);
    expect(parseDateValue('31 April 1990').ok).toBe(false);
    expect(message(parseDateValue('07/25/1978'))).toContain('format Amerika');
    expect(message(parseDateValue('05/07/78'))).toContain('4 digit');
    expect(message(parseDateValue('kemarin', { label: 'Tanggal lahir' }))).toContain('Tanggal lahir "kemarin" tidak dikenali');
  });
});

describe('parseCodeValue', () => {
  const lantai = field('lantai');

  it('accepts the code number or its label for the record version', () => {
    expect(value(parseCodeValue(lantai, 'PBDT2015', '9'))).toBe(9);
    expect(value(parseCodeValue(lantai, 'PBDT2015', 9))).toBe(9);
    expect(value(parseCodeValue(lantai, 'PBDT2015', '09'))).toBe(9);
    expect(value(parseCodeValue(lantai, 'PBDT2015', 'tanah'))).toBe(9);
    expect(value(parseCodeValue(lantai, 'REGSOSEK2022K', 'TANAH'))).toBe(8);
    expect(value(parseCodeValue(lantai, 'REGSOSEK2022K', '2 - Keramik'))).toBe(2);
    expect(value(parseCodeValue(lantai, 'PBDT2015', 'Granit'))).toBe(1);
    expect(value(parseCodeValue(field('hubunganKeluarga'), 'REGSOSEK2022K', 'Istri'))).toBe(2);
    expect(value(parseCodeValue(lantai, 'PBDT2015', ''))).toBeNull();
  });

  it('refuses codes outside the version list, mismatched code and label, and ambiguous label parts', () => {
    expect(message(parseCodeValue(lantai, 'REGSOSEK2022K', '10'))).toContain('kode yang berlaku: 1–9');
    expect(message(parseCodeValue(lantai, 'PBDT2015', '2 - Tanah'))).toContain('kode 2 berarti "Keramik"');
    expect(parseCodeValue(lantai, 'PBDT2015', 'Kayu').ok).toBe(false);
    expect(parseCodeValue(lantai, 'PBDT2015', 2.5).ok).toBe(false);
    expect(message(parseCodeValue(field('statusLahan'), 'REGSOSEK2022K', '1'))).toContain('tidak ada pada kuesioner Regsosek 2022-K');
  });

  it('keeps symbols that tell codes apart', () => {
    const fuel = field('bahanBakarMasak');
    expect(value(parseCodeValue(fuel, 'PBDT2015', 'Gas >3 kg'))).toBe(2);
    expect(value(parseCodeValue(fuel, 'PBDT2015', 'gas 3 kg'))).toBe(3);
  });

  it('accepts unlabelled codes the reference counts but does not name', () => {
    const jenjang = field('pendidikanTertinggi');
    expect(value(parseCodeValue(jenjang, 'REGSOSEK2022K', '7'))).toBe(7);
    expect(value(parseCodeValue(jenjang, 'REGSOSEK2022K', '7 - SMP'))).toBe(7);
    expect(parseCodeValue(jenjang, 'REGSOSEK2022K', '23').ok).toBe(false);
    expect(value(parseCodeValue(field('ijazahTertinggi'), 'REGSOSEK2022K', '23'))).toBe(23);
  });
});

describe('parseYesNo', () => {
  it('uses 1/2 or 3/4 per item and accepts Ya/Tidak', () => {
    const gas = field('asetTabungGas');
    const kulkas = field('asetLemariEs');
    expect(value(parseYesNo(gas, 'PBDT2015', '1'))).toBe(1);
    expect(value(parseYesNo(gas, 'PBDT2015', 2))).toBe(0);
    expect(value(parseYesNo(kulkas, 'PBDT2015', '3'))).toBe(1);
    expect(value(parseYesNo(kulkas, 'PBDT2015', '4'))).toBe(0);
    expect(value(parseYesNo(kulkas, 'REGSOSEK2022K', '1'))).toBe(1);
    expect(value(parseYesNo(kulkas, 'PBDT2015', 'Ya'))).toBe(1);
    expect(value(parseYesNo(kulkas, 'PBDT2015', 'TIDAK'))).toBe(0);
    expect(value(parseYesNo(kulkas, 'PBDT2015', '3 - Ya'))).toBe(1);
    expect(value(parseYesNo(kulkas, 'PBDT2015', ' '))).toBeNull();
  });

  it('refuses the other pair and anything else with the coding in the message', () => {
    const kulkas = field('asetLemariEs');
    expect(message(parseYesNo(kulkas, 'PBDT2015', '1'))).toBe(
      'Lemari es/kulkas "1": kode 1 tidak berlaku untuk butir ini pada PBDT 2015 (DTKS); butir ini memakai 3 = Ya, 4 = Tidak.',
    );
    expect(message(parseYesNo(field('asetTabungGas'), 'PBDT2015', '3'))).toContain('1 = Ya, 2 = Tidak');
    expect(parseYesNo(kulkas, 'PBDT2015', '0').ok).toBe(false);
    expect(parseYesNo(kulkas, 'PBDT2015', '3 - Tidak').ok).toBe(false);
    expect(parseYesNo(field('asetSmartphone'), 'PBDT2015', '1').ok).toBe(false);
  });
});

describe('parseBitmask', () => {
  const kartu = field('kartuIdentitas');

  it('accepts possible sums, code lists and labels', () => {
    expect(value(parseBitmask(kartu, 'PBDT2015', '15'))).toBe(15);
    expect(value(parseBitmask(kartu, 'PBDT2015', 0))).toBe(0);
    expect(value(parseBitmask(kartu, 'REGSOSEK2022K', '5'))).toBe(5);
    expect(value(parseBitmask(kartu, 'REGSOSEK2022K', 'Akta kelahiran, KTP'))).toBe(5);
    expect(value(parseBitmask(kartu, 'REGSOSEK2022K', '1+2'))).toBe(3);
    expect(value(parseBitmask(field('jaminanKesehatan'), 'REGSOSEK2022K', '99'))).toBe(99);
    expect(value(parseBitmask(field('jaminanKesehatan'), 'REGSOSEK2022K', 'Lainnya'))).toBe(99);
    expect(value(parseBitmask(field('jaminanKetenagakerjaan'), 'REGSOSEK2022K', '31'))).toBe(31);
  });

  it('refuses impossible sums and combinations', () => {
    expect(message(parseBitmask(kartu, 'REGSOSEK2022K', '8'))).toContain('jumlah 8 tidak mungkin');
    expect(parseBitmask(kartu, 'PBDT2015', '16').ok).toBe(false);
    expect(parseBitmask(field('jaminanKesehatan'), 'REGSOSEK2022K', '100').ok).toBe(false);
    expect(parseBitmask(field('jaminanKesehatan'), 'REGSOSEK2022K', '1, 99').ok).toBe(false);
    expect(parseBitmask(kartu, 'REGSOSEK2022K', 'KTP, KTP').ok).toBe(false);
    expect(parseBitmask(kartu, 'REGSOSEK2022K', 'Paspor').ok).toBe(false);
  });
});

describe('numbers and text', () => {
  it('parseInteger', () => {
    expect(value(parseInteger('12'))).toBe(12);
    expect(value(parseInteger(' 12.0 '))).toBe(12);
    expect(value(parseInteger('1.250'))).toBe(1250);
    expect(value(parseInteger(7))).toBe(7);
    expect(value(parseInteger(''))).toBeNull();
    expect(parseInteger('1,5').ok).toBe(false);
    expect(parseInteger(2.5).ok).toBe(false);
    expect(parseInteger('dua').ok).toBe(false);
    expect(message(parseInteger('120', { label: 'Jam kerja', max: 98 }))).toBe('Jam kerja 120 terlalu besar (maksimal 98).');
    expect(message(parseInteger('-1', { label: 'Jumlah sapi', min: 0 }))).toContain('terlalu kecil');
  });

  it('parseDecimal accepts the Indonesian decimal comma', () => {
    expect(value(parseDecimal('36,5'))).toBe(36.5);
    expect(value(parseDecimal('36.5'))).toBe(36.5);
    expect(value(parseDecimal('1.234,5'))).toBe(1234.5);
    expect(value(parseDecimal('1,234.5'))).toBe(1234.5);
    expect(value(parseDecimal('1.234.567'))).toBe(1234567);
    expect(value(parseDecimal(42.25))).toBe(42.25);
    expect(parseDecimal('36,5 m2').ok).toBe(false);
    expect(parseDecimal('1,2,3').ok).toBe(false);
    expect(message(parseDecimal('0', { label: 'Luas lantai', min: 1 }))).toContain('minimal 1');
  });

  it('parseTextValue trims and checks the length only', () => {
    expect(value(parseTextValue('  Siti Aminah '))).toBe('Siti Aminah');
    expect(value(parseTextValue('=SUM(A1)'))).toBe('=SUM(A1)');
    expect(value(parseTextValue(12))).toBe('12');
    expect(message(parseTextValue('ABCD', { label: 'RT', maxLength: 3 }))).toBe('RT terlalu panjang (maksimal 3 karakter, terisi 4).');
  });
});

describe('parseFieldValue', () => {
  it('dispatches on the field type', () => {
    expect(value(parseFieldValue(field('nik'), 'REGSOSEK2022K', "'3328011708450003"))).toBe('3328011708450003');
    expect(value(parseFieldValue(field('tanggalLahir'), 'PBDT2015', 28676, { fromNumericCell: true }))).toBe('1978-07-05');
    expect(value(parseFieldValue(field('luasLantai'), 'PBDT2015', '36,5'))).toBe(36.5);
    expect(value(parseFieldValue(field('ternakKerbau'), 'REGSOSEK2022K', '3'))).toBe(3);
    expect(value(parseFieldValue(field('lantai'), 'REGSOSEK2022K', 'Keramik'))).toBe(2);
    expect(value(parseFieldValue(field('asetPerahu'), 'PBDT2015', '4'))).toBe(0);
    expect(value(parseFieldValue(field('kartuIdentitas'), 'PBDT2015', '12'))).toBe(12);
    expect(value(parseFieldValue(field('nama'), 'PBDT2015', ' Budi '))).toBe('Budi');
    expect(value(parseFieldValue(field('nama'), 'PBDT2015', null))).toBeNull();
  });

  it('refuses values for versions without the field, ID overflow and field ranges', () => {
    expect(message(parseFieldValue(field('jumlahKamar'), 'REGSOSEK2022K', '2'))).toBe('Jumlah kamar tidur tidak ada pada kuesioner Regsosek 2022-K (DTSEN).');
    // A 17-digit NIK is imported as it is (the verification rules flag it); only absurd lengths are refused.
    expect(parseFieldValue(field('nik'), 'PBDT2015', '33280117084500031')).toEqual({ ok: true, value: '33280117084500031' });
    expect(message(parseFieldValue(field('nik'), 'PBDT2015', '3328011708450003133280117084'))).toContain('maksimal 24 digit');
    expect(message(parseFieldValue(field('nik'), 'PBDT2015', 3.5e15))).toContain('15 digit');
    expect(parseFieldValue(field('jamKerja'), 'PBDT2015', '99').ok).toBe(false);
    expect(parseFieldValue(field('rt'), 'PBDT2015', '0012').ok).toBe(false);
  });
});
