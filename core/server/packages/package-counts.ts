import type { FrozenItem } from '../../contract/batches';
import { PROPOSAL_TYPES, type ProposalType } from '../../contract/proposals';

type TypeCounts = Record<ProposalType, number>;

export interface DesaTally {
  desaCode: string;
  desaName: string;
  kecamatanCode: string;
  kecamatanName: string;
  counts: TypeCounts;
  total: number;
}

export interface PackageCounts {
  proposals: number;
  perType: TypeCounts;
  /** By desa code (the batch's position order starts with it). */
  perDesa: DesaTally[];
  perKecamatan: { kecamatanCode: string; kecamatanName: string; counts: TypeCounts; total: number; desa: DesaTally[] }[];
}

const zero = (): TypeCounts => Object.fromEntries(PROPOSAL_TYPES.map((type) => [type, 0])) as TypeCounts;

/** Counts per type, desa and kecamatan, gathered while the items stream past. */
export class CountTally {
  private readonly desa = new Map<string, DesaTally>();

  add(item: FrozenItem): void {
    let tally = this.desa.get(item.desaCode);
    if (!tally) {
      tally = { desaCode: item.desaCode, desaName: item.desaName, kecamatanCode: item.kecamatanCode, kecamatanName: item.kecamatanName, counts: zero(), total: 0 };
      this.desa.set(item.desaCode, tally);
    }
    tally.counts[item.type]++;
    tally.total++;
  }

  result(): PackageCounts {
    const perDesa = [...this.desa.values()].sort((a, b) => a.desaCode.localeCompare(b.desaCode));
    const perType = zero();
    const kecamatan = new Map<string, PackageCounts['perKecamatan'][number]>();
    for (const desa of perDesa) {
      let group = kecamatan.get(desa.kecamatanCode);
      if (!group) {
        group = { kecamatanCode: desa.kecamatanCode, kecamatanName: desa.kecamatanName, counts: zero(), total: 0, desa: [] };
        kecamatan.set(desa.kecamatanCode, group);
      }
      group.desa.push(desa);
      group.total += desa.total;
      for (const type of PROPOSAL_TYPES) {
        group.counts[type] += desa.counts[type];
        perType[type] += desa.counts[type];
      }
    }
    const perKecamatan = [...kecamatan.values()].sort((a, b) => a.kecamatanCode.localeCompare(b.kecamatanCode));
    return { proposals: perDesa.reduce((sum, desa) => sum + desa.total, 0), perType, perDesa, perKecamatan };
  }
}
