import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESENT_KEBERADAAN } from '../../core/domain/codes';
import { parseNik, parseNoKk } from '../../core/domain/nik';
import { DEFECT_KINDS } from '../../core/server/demo/defects';
import { generateDemoData, type GenerateDemoOptions, type GenerateDemoResult } from '../../core/server/demo/generator';
import { loadRegionReference, seedRegions } from '../../core/server/services/region-reference';
import { migrateDatabase } from '../../db/migrate';
import { openDatabase, type Sqlite } from '../../db/open';

const REF = '2026-01-01';
const FAMILIES = 5000;
const RATE = 0.02;

type Member = {
  id: number; family_id: number; nik: string; name: string; sex: number; birth_date: string; birth_place: string; nama_ibu_kandung: string; relationship: number; presence: number;
};
type Family = { id: number; no_kk: string; id_dtks: string | null; head_name: string; rt: string; rw: string; desa_code: string; kecamatan_code: string; member_count: number };
type Defect = { kind: string; member_id: number; family_id: number; other_member_id: number | null };

let dir: string;
const open: Sqlite[] = [];

function workspace(name: string): Sqlite {
  const path = join(dir, `${name}.sqlite`);
  const db = openDatabase(path, { create: true });
  open.push(db);
  migrateDatabase(db, path, 'db/migrations');
  seedRegions(db, loadRegionReference('node_modules/idn-area-data/data'));
  return db;
}

function generated(name: string, options: GenerateDemoOptions): { db: Sqlite; result: GenerateDemoResult } {
  const db = workspace(name);
  return { db, result: generateDemoData(db, options) };
}

const dump = (db: Sqlite) => ['families', 'members', 'synthetic_defects'].map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY id`).raw().all());
const isPresent = (m: Member) => PRESENT_KEBERADAAN.includes(m.presence);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'verivali-generator-'));
});

afterAll(() => {
  for (const db of open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('generateDemoData', () => {
  it('is deterministic: the same seed gives identical rows, another seed does not', () => {
    const options = { kabupatenCode: '33.28', families: 1500, seed: 11 };
    const a = dump(generated('a', options).db);
    const b = dump(generated('b', options).db);
    const c = dump(generated('c', { ...options, seed: 12 }).db);
    expect(b).toEqual(a);
    expect(JSON.stringify(c)).not.toEqual(JSON.stringify(a));
  });

  it('refuses an unknown kabupaten and a workspace that already has families', () => {
    const db = workspace('errors');
    expect(() => generateDemoData(db, { kabupatenCode: '33.99', families: 10, seed: 1 })).toThrow(/tidak memiliki data kecamatan dan desa/);
    expect(() => generateDemoData(db, { kabupatenCode: '3328', families: 10, seed: 1 })).toThrow(/tidak valid/);
    generateDemoData(db, { kabupatenCode: '33.28', families: 10, seed: 1 });
    expect(() => generateDemoData(db, { kabupatenCode: '33.28', families: 10, seed: 1 })).toThrow(/sudah berisi data keluarga/);
  });

  it('places a Balinese district in the desa of 51.03 with Balinese names', () => {
    const { db } = generated('bali', { kabupatenCode: '51.03', families: 1000, seed: 3 });
    const outside = db
      .prepare(
        `SELECT count(*) AS n FROM families f JOIN regions d ON d.code = f.desa_code JOIN regions k ON k.code = d.parent_code
         WHERE d.level != 4 OR k.code != f.kecamatan_code OR k.parent_code != '51.03'`,
      )
      .get() as { n: number };
    expect(outside.n).toBe(0);
    const names = (db.prepare('SELECT name FROM members').pluck().all() as string[]).filter((name) => /^(I|Ni) (Wayan|Putu|Gede|Made|Kadek|Nengah|Nyoman|Komang|Ketut) /.test(name));
    expect(names.length).toBeGreaterThan(1000);
    expect(db.prepare("SELECT count(*) FROM members WHERE nik NOT LIKE '5103%'").pluck().get()).toBeLessThanOrEqual(FAMILIES * RATE);
  });

  it('makes a practice district: one kecamatan, NIK serials from 9001, each focus problem once in the busiest desa', () => {
    const kinds = ['invalid_nik', 'duplicate_person', 'deceased_recipient', 'missing_head'] as const;
    const { db, result } = generated('practice', { kabupatenCode: '33.28', kecamatanCodes: ['33.28.05'], families: 300, seed: 5, defectRate: 0, nikSerialBase: 9000, focus: { kinds } });
    expect(db.prepare("SELECT DISTINCT kecamatan_code FROM families").pluck().all()).toEqual(['33.28.05']);
    const desaSizes = db.prepare('SELECT desa_code, count(*) AS n FROM families GROUP BY desa_code ORDER BY n DESC, desa_code').all() as { desa_code: string; n: number }[];
    expect(result.focus?.desaCode).toBe(desaSizes[0]!.desa_code);
    expect(result.focus?.planted.map((p) => p.kind).sort()).toEqual([...kinds].sort());
    const defects = db.prepare('SELECT kind, member_id, family_id FROM synthetic_defects ORDER BY id').all() as Defect[];
    expect(defects).toHaveLength(kinds.length);
    for (const d of defects) expect(db.prepare('SELECT desa_code FROM families WHERE id = ?').pluck().get(d.family_id)).toBe(result.focus?.desaCode);
    const serials = (db.prepare('SELECT nik FROM members WHERE id NOT IN (SELECT member_id FROM synthetic_defects)').pluck().all() as string[]).map((nik) => Number(nik.slice(12)));
    expect(Math.min(...serials)).toBeGreaterThan(9000);
    const recipient = defects.find((d) => d.kind === 'deceased_recipient')!;
    expect(db.prepare('SELECT presence, jaminan_kesehatan FROM members WHERE id = ?').get(recipient.member_id)).toEqual({ presence: 2, jaminan_kesehatan: 1 });
    const family = db.prepare('SELECT member_count FROM families WHERE id = ?').pluck().get(recipient.family_id);
    expect(family).toBe(db.prepare('SELECT count(*) FROM members WHERE family_id = ? AND presence IN (1, 5)').pluck().get(recipient.family_id));
    expect(() => generated('practice-small', { kabupatenCode: '33.28', kecamatanCodes: ['33.28.05'], families: 3, seed: 5, focus: { kinds } })).toThrow(/terlalu kecil/);
    expect(() => generated('practice-kec', { kabupatenCode: '33.28', kecamatanCodes: ['33.29.01'], families: 3, seed: 5 })).toThrow(/Kecamatan 33.29.01 tidak ada/);
  });

  describe('a 33.28 district of 5,000 families', () => {
    let db: Sqlite;
    let result: GenerateDemoResult;
    let families: Family[];
    let members: Member[];
    let defects: Defect[];
    let byFamily: Map<number, Member[]>;
    let memberById: Map<number, Member>;
    const progress: [number, number][] = [];
    const defectMembers = (kind: string) => new Set(defects.filter((d) => d.kind === kind).map((d) => d.member_id));
    const defectFamilies = (...kinds: string[]) => new Set(defects.filter((d) => kinds.includes(d.kind)).map((d) => d.family_id));

    beforeAll(() => {
      ({ db, result } = generated('tegal', { kabupatenCode: '33.28', families: FAMILIES, seed: 2026, defectRate: RATE, onProgress: (done, total) => progress.push([done, total]) }));
      families = db.prepare('SELECT * FROM families ORDER BY id').all() as Family[];
      members = db.prepare('SELECT * FROM members ORDER BY id').all() as Member[];
      defects = db.prepare('SELECT * FROM synthetic_defects ORDER BY id').all() as Defect[];
      byFamily = groupBy(members, (m) => m.family_id);
      memberById = new Map(members.map((m) => [m.id, m]));
    });

    it('reports what it wrote and its progress', () => {
      expect(result).toEqual({ families: FAMILIES, members: members.length, defects: defects.length });
      expect(members.length).toBeGreaterThan(FAMILIES * 3);
      expect(progress.at(-1)).toEqual([FAMILIES, FAMILIES]);
    });

    it('puts every family in a desa of the kabupaten, unevenly spread', () => {
      const desa = new Map(
        (db.prepare("SELECT d.code, d.parent_code FROM regions d JOIN regions k ON k.code = d.parent_code WHERE d.level = 4 AND k.parent_code = '33.28'").all() as { code: string; parent_code: string }[]).map((r) => [r.code, r.parent_code]),
      );
      for (const family of families) expect(desa.get(family.desa_code)).toBe(family.kecamatan_code);
      const sizes = [...groupBy(families, (f) => f.desa_code).values()].map((list) => list.length);
      expect(Math.max(...sizes)).toBeGreaterThan(3 * Math.min(...sizes));
      for (const family of families) expect([family.rt, family.rw]).toEqual([expect.stringMatching(/^\d{3}$/), expect.stringMatching(/^\d{3}$/)]);
    });

    it('stores NIK, No KK and ID DTKS as text, never as numbers', () => {
      expect(db.prepare('SELECT DISTINCT typeof(nik) FROM members').pluck().all()).toEqual(['text']);
      expect(db.prepare('SELECT DISTINCT typeof(no_kk) FROM families').pluck().all()).toEqual(['text']);
      expect(db.prepare('SELECT DISTINCT typeof(id_dtks) FROM families ORDER BY 1').pluck().all()).toEqual(['null', 'text']);
      expect(members.every((m) => typeof m.nik === 'string')).toBe(true);
      const withId = families.filter((f) => f.id_dtks !== null);
      expect(withId.every((f) => /^\d+$/.test(f.id_dtks ?? ''))).toBe(true);
      expect(withId.length / FAMILIES).toBeCloseTo(0.7, 1);
    });

    it('gives clean members a NIK of this kabupaten agreeing with sex (women day + 40) and birth date', () => {
      const invalid = defectMembers('invalid_nik');
      const mismatched = defectMembers('nik_birthdate_mismatch');
      const kecamatan = new Set(db.prepare("SELECT code FROM regions WHERE parent_code = '33.28'").pluck().all());
      let movedIn = 0;
      for (const m of members.filter((m) => !invalid.has(m.id))) {
        const parsed = parseNik(m.nik, REF);
        expect(parsed.problems, m.nik).toEqual([]);
        expect(kecamatan.has(parsed.kecamatanCode)).toBe(true);
        expect(parsed.sex).toBe(m.sex);
        const day = Number(m.nik.slice(6, 8));
        expect(m.sex === 2 ? day >= 41 && day <= 71 : day >= 1 && day <= 31).toBe(true);
        if (!mismatched.has(m.id)) expect(parsed.birthDate).toBe(m.birth_date);
        if (parsed.kecamatanCode !== families[m.family_id - 1]?.kecamatan_code) movedIn++;
      }
      expect(movedIn / members.length).toBeGreaterThan(0.05);
      expect(movedIn / members.length).toBeLessThan(0.3);
      for (const family of families) {
        const kk = parseNoKk(family.no_kk, REF);
        expect(kk.valid && kecamatan.has(kk.kecamatanCode)).toBe(true);
      }
      expect(new Set(families.map((f) => f.no_kk)).size).toBe(FAMILIES);
    });

    it('has exactly one present head per clean family, named in head_name, and a correct member_count', () => {
      const missingHead = defectFamilies('missing_head');
      const overcounted = defectFamilies('deceased_member');
      for (const family of families) {
        const list = byFamily.get(family.id) ?? [];
        expect(family.head_name).toBe(list[0]?.name);
        const heads = list.filter((m) => m.relationship === 1 && isPresent(m));
        expect(heads.length).toBe(missingHead.has(family.id) ? 0 : 1);
        expect(family.member_count).toBe(list.filter(isPresent).length + (overcounted.has(family.id) ? 1 : 0));
      }
      const absent = members.filter((m) => !isPresent(m)).map((m) => m.presence);
      for (const code of [2, 3, 6]) expect(absent).toContain(code);
      const singles = families.filter((f) => (byFamily.get(f.id) ?? []).length === 1).length;
      expect(singles / FAMILIES).toBeGreaterThan(0.05);
    });

    it('plants every defect kind in about the configured share, each detectable', () => {
      expect(defects.length / FAMILIES).toBeGreaterThan(RATE * 0.7);
      expect(defects.length / FAMILIES).toBeLessThan(RATE * 1.3);
      expect(new Set(defects.map((d) => d.family_id)).size).toBe(defects.length);
      const counts = groupBy(defects, (d) => d.kind);
      for (const kind of DEFECT_KINDS) expect(counts.get(kind)?.length ?? 0).toBeGreaterThanOrEqual(Math.floor(defects.length / DEFECT_KINDS.length));

      for (const d of defects) {
        const member = memberById.get(d.member_id)!;
        const other = d.other_member_id === null ? undefined : memberById.get(d.other_member_id);
        expect(member.family_id).toBe(d.family_id);
        const siblings = byFamily.get(d.family_id) ?? [];
        switch (d.kind) {
          case 'invalid_nik':
            expect(parseNik(member.nik, REF).valid).toBe(false);
            break;
          case 'duplicate_nik':
            expect(other?.nik).toBe(member.nik);
            expect(other?.family_id).not.toBe(member.family_id);
            expect(other?.name).not.toBe(member.name);
            break;
          case 'duplicate_person':
            expect(other?.family_id).not.toBe(member.family_id);
            expect(nearNik(member.nik, other?.nik ?? '')).toBe(true);
            expect([member.birth_date, member.sex]).toEqual([other?.birth_date, other?.sex]);
            expect(normalizedName(member.name)).toBe(normalizedName(other?.name ?? ''));
            break;
          case 'reregistered_person':
            expect(other?.family_id).not.toBe(member.family_id);
            expect(member.nik).not.toBe(other?.nik);
            expect(parseNik(member.nik, REF).problems).toEqual([]);
            expect([member.birth_date, member.sex, member.birth_place, member.nama_ibu_kandung]).toEqual([other?.birth_date, other?.sex, other?.birth_place, other?.nama_ibu_kandung]);
            expect(normalizedName(member.name)).toBe(normalizedName(other?.name ?? ''));
            break;
          case 'missing_head':
            expect(siblings.filter(isPresent).length).toBeGreaterThan(0);
            expect(siblings.some((m) => m.relationship === 1 && isPresent(m))).toBe(false);
            break;
          case 'deceased_member':
            expect(member.presence).toBe(2);
            break;
          case 'nik_birthdate_mismatch':
            expect(parseNik(member.nik, REF).birthDate).not.toBe(member.birth_date);
            break;
        }
      }
    });

    it('has NIKs unique except for the planted duplicate_nik members', () => {
      const duplicates = defectMembers('duplicate_nik');
      const niks = members.filter((m) => !duplicates.has(m.id)).map((m) => m.nik);
      expect(new Set(niks).size).toBe(niks.length);
    });

    it('uses realistic names: apostrophes, multi-word, single names and titles', () => {
      const names = members.map((m) => m.name);
      expect(names.filter((n) => n.includes("'")).length).toBeGreaterThan(50);
      expect(names.filter((n) => n.includes(' ')).length).toBeGreaterThan(members.length * 0.3);
      expect(names.filter((n) => !n.includes(' ')).length).toBeGreaterThan(members.length * 0.2);
      expect(names.some((n) => /^(H|Hj)\. /.test(n))).toBe(true);
      expect(new Set(names).size).toBeGreaterThan(500);
    });
  });
});

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** One digit changed, or two adjacent digits swapped. */
function nearNik(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]);
}

function normalizedName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(h|hj)\. /, '')
    .replaceAll("'", '')
    .replace(/\b(muhamad|muh\.|m\.)(?= )/, 'muhammad')
    .replace('sitti ', 'siti ')
    .replaceAll('oe', 'u')
    .replace(/\s+/g, ' ')
    .trim();
}
