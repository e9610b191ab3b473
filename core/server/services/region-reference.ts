import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Sqlite } from '../../../db/open';

/** One Kemendagri region from idn-area-data (data © Kemendagri via idn-area-data, ODbL 1.0). */
export interface RegionRecord {
  code: string;
  level: 1 | 2 | 3 | 4;
  name: string;
  parentCode: string | null;
}

export interface RegionReference {
  all: RegionRecord[];
  byCode: Map<string, RegionRecord>;
  children(code: string | null): RegionRecord[];
}

const FILES: { file: string; level: RegionRecord['level']; parentColumn: string | null }[] = [
  { file: 'provinces.csv', level: 1, parentColumn: null },
  { file: 'regencies.csv', level: 2, parentColumn: 'province_code' },
  { file: 'districts.csv', level: 3, parentColumn: 'regency_code' },
  { file: 'villages.csv', level: 4, parentColumn: 'district_code' },
];

const cache = new Map<string, RegionReference>();

/** Reads the region CSVs once per process; they are needed before any workspace is open. */
export function loadRegionReference(regionsDir: string): RegionReference {
  const cached = cache.get(regionsDir);
  if (cached) return cached;
  const all: RegionRecord[] = [];
  for (const { file, level, parentColumn } of FILES) {
    const parsed = Papa.parse<Record<string, string>>(readFileSync(join(regionsDir, file), 'utf8'), { header: true, skipEmptyLines: true });
    for (const row of parsed.data) {
      const code = row.code?.trim();
      const name = row.name?.trim();
      if (!code || !name) continue;
      all.push({ code, level, name, parentCode: parentColumn ? (row[parentColumn]?.trim() ?? null) : null });
    }
  }
  const byCode = new Map(all.map((region) => [region.code, region]));
  const byParent = new Map<string | null, RegionRecord[]>();
  for (const region of all) {
    const list = byParent.get(region.parentCode) ?? [];
    list.push(region);
    byParent.set(region.parentCode, list);
  }
  const reference: RegionReference = { all, byCode, children: (code) => byParent.get(code) ?? [] };
  cache.set(regionsDir, reference);
  return reference;
}

/** Copies the whole reference into a workspace, so the file is self-contained. */
export function seedRegions(db: Sqlite, reference: RegionReference): void {
  const insert = db.prepare('INSERT OR REPLACE INTO regions (code, level, name, parent_code) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (const region of reference.all) insert.run(region.code, region.level, region.name, region.parentCode);
  })();
}
