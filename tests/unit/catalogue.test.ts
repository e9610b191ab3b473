import { describe, expect, it } from 'vitest';
import { allowedCodes, CATALOGUE, codeLabelOf, fieldByColumn, fieldByKey, fieldsOf, QUESTIONNAIRE_VERSIONS } from '../../core/domain/catalogue';
import { layoutFingerprint, matchHeaders, normalizeHeader, splitQuestionNumber } from '../../core/domain/catalogue/headers';

const keyOf = (headers: string[], hint?: 'family' | 'household' | 'member') => matchHeaders(headers, hint).columns.map((c) => c.fieldKey);

describe('field catalogue', () => {
  it('has unique keys and columns unique per entity (and across entities, so an exact header match is never ambiguous)', () => {
    const keys = CATALOGUE.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    const columns = CATALOGUE.map((f) => f.column);
    expect(new Set(columns).size).toBe(columns.length);
    for (const field of CATALOGUE) {
      expect(field.key).toMatch(/^[a-z][a-zA-Z0-9]*$/);
      expect(field.column).toMatch(/^[a-z][a-z0-9_]*$/);
    }
  });

  it('gives every field an Indonesian and an English label, an entity and at least one version', () => {
    for (const field of CATALOGUE) {
      expect(field.label.trim(), field.key).not.toBe('');
      expect(field.labelEn.trim(), field.key).not.toBe('');
      expect(['family', 'household', 'member']).toContain(field.entity);
      expect(field.versions.length, field.key).toBeGreaterThan(0);
      for (const version of field.versions) expect(QUESTIONNAIRE_VERSIONS).toContain(version);
    }
    const labels = CATALOGUE.map((f) => normalizeHeader(f.label));
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('has codes for every code and bitmask field in each of its versions, and none for versions it lacks', () => {
    for (const field of CATALOGUE) {
      const coded = field.type === 'code' || field.type === 'bitmask';
      for (const version of QUESTIONNAIRE_VERSIONS) {
        const codes = allowedCodes(field, version);
        if (coded && field.versions.includes(version)) expect(codes.length, `${field.key} ${version}`).toBeGreaterThan(0);
        if (!coded || !field.versions.includes(version)) expect(codes, `${field.key} ${version}`).toEqual([]);
      }
      if (field.codes) {
        for (const list of Object.values(field.codes)) {
          const numbers = list.map((c) => c.code);
          expect(new Set(numbers).size, field.key).toBe(numbers.length);
          for (const option of list) expect(option.label.trim(), field.key).not.toBe('');
        }
      }
      for (const [version, unlabelled] of Object.entries(field.unlabelledCodes ?? {})) {
        const labelled = new Set((field.codes?.[version as 'PBDT2015'] ?? []).map((c) => c.code));
        for (const code of unlabelled) expect(labelled.has(code), `${field.key} ${version} ${code}`).toBe(false);
      }
    }
  });

  it('gives every yes/no field a coding for each of its versions and Regsosek items always 1/2', () => {
    for (const field of CATALOGUE.filter((f) => f.type === 'yesno')) {
      for (const version of field.versions) expect(field.yesNoCoding?.[version], `${field.key} ${version}`).toMatch(/^(1\/2|3\/4)$/);
      if (field.versions.includes('REGSOSEK2022K')) expect(field.yesNoCoding?.REGSOSEK2022K).toBe('1/2');
    }
  });

  it('keeps the PBDT 1/2 versus 3/4 coding item by item (reference §3.4)', () => {
    const coding = (column: string) => CATALOGUE.find((f) => f.column === column)?.yesNoCoding?.PBDT2015;
    const oneTwo = ['ada_tabung_gas', 'ada_ac', 'ada_telepon', 'ada_emas', 'ada_sepeda', 'ada_mobil', 'ada_motor_tempel', 'ada_kapal',
      'aset_tak_bergerak', 'sta_art_usaha', 'sta_kks', 'sta_kis', 'sta_jamsostek', 'sta_pkh', 'sta_kur'];
    const threeFour = ['ada_lemari_es', 'ada_pemanas', 'ada_tv', 'ada_laptop', 'ada_motor', 'ada_perahu', 'ada_perahu_motor',
      'rumah_lain', 'sta_kip', 'sta_bpjs_mandiri', 'sta_asuransi', 'sta_rastra'];
    for (const column of oneTwo) expect(coding(column), column).toBe('1/2');
    for (const column of threeFour) expect(coding(column), column).toBe('3/4');
  });

  it('keeps the foundation column names', () => {
    const family = { noKk: 'no_kk', idDtks: 'id_dtks', namaKepalaKeluarga: 'head_name', alamat: 'address', rt: 'rt', rw: 'rw',
      kodeDesa: 'desa_code', kodeKecamatan: 'kecamatan_code', statusData: 'status' };
    const member = { nik: 'nik', nama: 'name', jenisKelamin: 'sex', tempatLahir: 'birth_place', tanggalLahir: 'birth_date',
      hubunganKeluarga: 'relationship', keberadaan: 'presence' };
    for (const [key, column] of Object.entries(family)) expect(fieldByColumn('family', column)?.key, column).toBe(key);
    for (const [key, column] of Object.entries(member)) expect(fieldByColumn('member', column)?.key, column).toBe(key);
  });

  it('keeps the two relationship lists apart and keberadaan as one field with per-version codes', () => {
    const keluarga = fieldByKey('hubunganKeluarga');
    const rumahTangga = fieldByKey('hubunganRumahTangga');
    expect(keluarga?.column).toBe('relationship');
    expect(rumahTangga?.column).not.toBe('relationship');
    expect(codeLabelOf(keluarga!, 'PBDT2015', 1)).toBe('Kepala keluarga');
    expect(codeLabelOf(rumahTangga!, 'PBDT2015', 1)).toBe('Kepala rumah tangga');
    expect(codeLabelOf(keluarga!, 'REGSOSEK2022K', 7)).toBe('Pembantu/sopir');
    const keberadaan = fieldByKey('keberadaan')!;
    expect(codeLabelOf(keberadaan, 'PBDT2015', 5)).toBe('Kesalahan prelist');
    expect(codeLabelOf(keberadaan, 'REGSOSEK2022K', 5)).toBe('Anggota keluarga baru');
  });

  it('marks the desil, its edition and the Dukcapil snapshot read-only', () => {
    for (const key of ['desil', 'desilEdisi', 'desilSumber', 'persentil', 'dukNik', 'dukTanggalLahir', 'dukNama2']) {
      expect(fieldByKey(key)?.readOnly, key).toBe(true);
    }
    expect(fieldByKey('desil')?.entity).toBe('family');
    expect(fieldByKey('dukTanggalLahir')?.type).toBe('date');
    expect(fieldsOf('member').every((f) => f.entity === 'member')).toBe(true);
    expect(fieldsOf('family', 'REGSOSEK2022K').some((f) => f.key === 'statusLahan')).toBe(false);
  });

  it('lists the Regsosek 413 jenjang as 22 codes with only the named ends labelled', () => {
    const jenjang = fieldByKey('pendidikanTertinggi')!;
    expect(allowedCodes(jenjang, 'REGSOSEK2022K')).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(codeLabelOf(jenjang, 'REGSOSEK2022K', 22)).toBe('S3');
    expect(codeLabelOf(jenjang, 'REGSOSEK2022K', 7)).toBe('7');
    expect(allowedCodes(fieldByKey('lapanganUsaha')!, 'REGSOSEK2022K')).toHaveLength(26);
    expect(allowedCodes(fieldByKey('lapanganUsaha')!, 'PBDT2015')).toHaveLength(21);
  });
});

describe('aliases', () => {
  it('never collide between fields after normalisation (keys, columns and aliases together)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const field of CATALOGUE) {
      const tokens = new Set([field.key, field.column, ...field.aliases].map(normalizeHeader));
      for (const token of tokens) {
        const other = owner.get(token);
        if (other && other !== field.key) clashes.push(`${token}: ${other} / ${field.key}`);
        owner.set(token, field.key);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('resolve every key, column, alias and label back to its own field', () => {
    const wrong: string[] = [];
    for (const field of CATALOGUE) {
      for (const header of [field.key, field.column, ...field.aliases, field.label, field.labelEn]) {
        const found = keyOf([header])[0];
        if (found !== field.key) wrong.push(`${header} → ${found} (expected ${field.key})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('match the known misspellings of the BDT export', () => {
    expect(keyOf(['Jumah_kerbau', 'cara_proleh_airminum', 'Ada_telpon'])).toEqual(['ternakKerbau', 'caraPerolehAirMinum', 'asetTelepon']);
  });

  it('match the public BDT ruta and ART file headers', () => {
    const ruta = ['IDBDT', 'RUTA6', 'NoPesertaPBDT', 'KDPROP', 'KDKAB', 'KDKEC', 'KDDESA', 'Alamat', 'NoPesertaPKH', 'Nama_SLS', 'Nama_KRT',
      'Jumlah_ART', 'Sta_bangunan', 'Luas_lantai', 'Lantai', 'Sumber_airminum', 'Daya', 'Nomor_PLN', 'bb_masak', 'Fasbab', 'Ada_lemari_es',
      'Aset_tak_bergerak', 'Luas_atb', 'Rumah_lain', 'Jumlah_kambing', 'Sta_art_usaha', 'Sta_kks', 'Sta_rastra', 'Sta_keberadaan_RT', 'Percentile'];
    expect(keyOf(ruta, 'household')).not.toContain(null);
    const art = ['IDARTBDT', 'IDBDT', 'KECAMATAN', 'DESA', 'NoPesertaPKH', 'NoPesertaPBI', 'NoArtPBI', 'Nama', 'Alamat', 'SLS', 'JnsKel',
      'TmpLahir', 'TglLahir', 'NIK', 'NoKK', 'Hub_KRT', 'NUK', 'Hubkel', 'Umur', 'Sta_kawin', 'Ada_akta_nikah', 'Ada_diKK',
      'Ada_kartu_identitas', 'Ada_kks', 'Sta_hamil', 'Jenis_cacat', 'Penyakit_kronis', 'Partisipasi_sekolah', 'Pendidikan_tertinggi',
      'Kelas_tertinggi', 'Ijazah_tertinggi', 'Sta_Bekerja', 'Jumlah_jamkerja', 'Lapangan_usaha', 'Status_pekerjaan', 'Percentile'];
    const result = matchHeaders(['NO', ...art], 'member');
    expect(result.columns[0]?.fieldKey).toBeNull();
    expect(result.columns.slice(1).map((c) => c.fieldKey)).not.toContain(null);
    expect(keyOf(['Hub_KRT', 'Hubkel'])).toEqual(['hubunganRumahTangga', 'hubunganKeluarga']);
  });

  it('match the PMKS DTKS Excel and the desil list headers', () => {
    const pmks = ['ID DTKS', 'Provinsi', 'Kabupaten/Kota', 'Kecamatan', 'Desa/Kelurahan', 'Alamat', 'Dusun', 'RT', 'RW', 'Nomor KK',
      'Nomor NIK', 'Nama', 'Tanggal Lahir', 'Tempat Lahir', 'Jenis Kelamin', 'Nama Ibu Kandung', 'Hubungan Keluarga'];
    expect(keyOf(pmks)).toEqual(['idDtks', 'namaProvinsi', 'namaKabupaten', 'namaKecamatan', 'namaDesa', 'alamat', 'dusun', 'rt', 'rw',
      'noKk', 'nik', 'nama', 'tanggalLahir', 'tempatLahir', 'jenisKelamin', 'namaIbuKandung', 'hubunganKeluarga']);
    expect(keyOf(['Nomor KK', 'NIK', 'Desil'])).toEqual(['noKk', 'nik', 'desil']);
  });

  it('match Regsosek question numbers and PBDT cells in their usual spellings', () => {
    expect(keyOf(['303', 'r303', 'R303', '303. Jenis lantai', '303 - lantai rumah', 'b3_k3'])).toEqual(Array(6).fill('lantai'));
    expect(keyOf(['404', '409', '411', '431a', '431f', '502b', '504e', '101', '114'])).toEqual([
      'keberadaan', 'hubunganKeluarga', 'kartuIdentitas', 'jaminanKesehatan', 'jaminanKetenagakerjaan', 'asetLemariEs', 'ternakKambing',
      'kodeProvinsi', 'noKk',
    ]);
  });
});

describe('matchHeaders', () => {
  it('says how each column matched and leaves unknown columns unmapped', () => {
    const { columns } = matchHeaders(['no_kk', 'Nomor KK', 'Jenis lantai terluas', '1. Nama', 'Keterangan', '']);
    expect(columns.map((c) => [c.fieldKey, c.how])).toEqual([
      ['noKk', 'exact'],
      ['noKk', 'alias'],
      ['lantai', 'label'],
      ['nama', 'label'],
      [null, null],
      [null, null],
    ]);
    expect(columns[1]).toMatchObject({ index: 1, header: 'Nomor KK' });
  });

  it('reports source columns that map to the same field', () => {
    const { duplicates } = matchHeaders(['NIK', 'Nama', 'Nomor NIK', 'nik']);
    expect(duplicates).toEqual([{ fieldKey: 'nik', indexes: [0, 2, 3] }]);
  });

  it('strips a leading question number only to match a label', () => {
    expect(splitQuestionNumber('303. Jenis lantai')).toEqual({ number: '303', rest: 'Jenis lantai' });
    expect(splitQuestionNumber('b3_k3 Lantai')).toEqual({ number: 'b3_k3', rest: 'Lantai' });
    expect(splitQuestionNumber('303')).toBeNull();
    expect(splitQuestionNumber('No KK')).toBeNull();
    expect(normalizeHeader(' Jumah_Kerbau. ')).toBe('jumahkerbau');
  });
});

describe('layoutFingerprint', () => {
  it('is stable across spelling noise and trailing empty columns, and changes with order or content', () => {
    const a = layoutFingerprint(['NIK', 'Nama', 'Nomor KK']);
    expect(layoutFingerprint(['nik', ' NAMA ', 'nomor_kk', '', ''])).toBe(a);
    expect(layoutFingerprint(['Nama', 'NIK', 'Nomor KK'])).not.toBe(a);
    expect(layoutFingerprint(['NIK', 'Nama'])).not.toBe(a);
    expect(a).toMatch(/^3-[0-9a-f]{8}$/);
  });
});
