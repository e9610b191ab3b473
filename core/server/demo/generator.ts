import type { Sqlite } from '../../../db/open';
import { addressLine, BIG_CITIES, desaHamlets, type Hamlet, pad3 } from './address';
import { DefectPlanter, isPresent, type DefectKind, type MemberRow, type PlantedDefect } from './defects';
import { allocateFamilies, type Desa, type District, loadDistrict } from './district';
import { approxYear, buildFamily, daysFromCivil, isoFromDays, REFERENCE_DAY, REFERENCE_ISO } from './family';
import { IdIssuer } from './ids';
import type { NameGroup } from './names-data';
import { familyNameFor, nameGroupTable, personName } from './names';
import { Random, type WeightedTable } from './random';

export interface GenerateDemoOptions {
  /** Dotted Kemendagri code, e.g. '33.28'. */
  kabupatenCode: string;
  families: number;
  seed: number;
  /** Share of families carrying one planted defect. */
  defectRate?: number;
  /** Only the desa of these kecamatan (dotted codes) get families: a Bimtek of one kecamatan. */
  kecamatanCodes?: readonly string[];
  /** NIK serials start after this number; practice workspaces use 9000 (see IdIssuer). */
  nikSerialBase?: number;
  /**
   * Plants each of these kinds once in the families of one desa (the one given, else the desa with the
   * most families), instead of the random share there: the problems of a practice scenario.
   */
  focus?: { kinds: readonly DefectKind[]; desaCode?: string };
  onProgress?: (done: number, total: number) => void;
}

export interface PlantedRow {
  kind: DefectKind;
  familyId: number;
  memberId: number;
  otherMemberId: number | null;
  /** The planted member as it was before the problem: what a KK copy would show. */
  original: { nik: string; name: string; birthDate: string; relationship: number; presence: number };
}

export interface GenerateDemoResult {
  families: number;
  members: number;
  defects: number;
  /** With `focus`: the desa and what was planted there, in planting order. */
  focus?: { desaCode: string; planted: PlantedRow[] };
}

const CHUNK_FAMILIES = 10_000;
/** Fixed so that the same seed gives byte-identical rows. */
const STAMP = `${REFERENCE_ISO}T00:00:00.000Z`;
const FIRST_KK_DAY = daysFromCivil(2005, 1, 1);
const ADULT_DAYS = Math.floor(18 * 365.25);

/**
 * Fills an empty workspace with a synthetic district: families spread unevenly over the kabupaten's
 * desa, realistic members and identifiers, and a known set of planted defects (synthetic_defects)
 * against which verification can be measured.
 */
export function generateDemoData(db: Sqlite, options: GenerateDemoOptions): GenerateDemoResult {
  const { families: total, seed, defectRate = 0.02, onProgress } = options;
  if (!Number.isInteger(total) || total < 1) throw new Error('Jumlah keluarga harus bilangan bulat positif.');
  if (!(defectRate >= 0 && defectRate <= 0.5)) throw new Error('Proporsi data bermasalah harus antara 0 dan 0,5.');
  if (db.prepare('SELECT 1 FROM families LIMIT 1').get()) {
    throw new Error('Workspace sudah berisi data keluarga. Data demo hanya dapat dibuat di workspace kosong.');
  }
  const district = loadDistrict(db, options.kabupatenCode);
  const desaList = chosenDesa(district, options.kecamatanCodes);
  const rng = new Random(seed);
  const counts = allocateFamilies(rng, desaList, total);
  const focus = options.focus && { desaCode: options.focus.desaCode ?? busiest(desaList, counts), pending: [...options.focus.kinds], planted: [] as PlantedRow[] };
  if (focus && !desaList.some((d) => d.code === focus.desaCode)) throw new Error(`Desa ${focus.desaCode} tidak termasuk wilayah data sintetis ini.`);
  const writer = new DistrictWriter(db, district, rng, defectRate, options.nikSerialBase ?? 0, focus);
  const slots = familySlots(rng, district, desaList, counts);
  for (let done = 0; done < total; ) {
    const size = Math.min(CHUNK_FAMILIES, total - done);
    db.transaction(() => {
      for (let i = 0; i < size; i++) {
        const slot = slots.next();
        if (slot.done) throw new Error('Pembagian keluarga per desa tidak sesuai jumlah keluarga.');
        writer.writeFamily(slot.value.desa, slot.value.hamlets);
      }
    })();
    done += size;
    onProgress?.(done, total);
  }
  if (focus && focus.pending.length > 0) {
    throw new Error(`Desa ${focus.desaCode} terlalu kecil untuk semua masalah latihan (${focus.pending.join(', ')} belum tertanam); tambah jumlah keluarga.`);
  }
  const result: GenerateDemoResult = { families: writer.familyId, members: writer.memberId, defects: writer.defects };
  if (focus) result.focus = { desaCode: focus.desaCode, planted: focus.planted };
  return result;
}

function chosenDesa(district: District, kecamatanCodes: readonly string[] | undefined): Desa[] {
  if (!kecamatanCodes) return district.desa;
  for (const code of kecamatanCodes) {
    if (!district.kecamatan.some((k) => k.code === code)) throw new Error(`Kecamatan ${code} tidak ada di kabupaten/kota ini.`);
  }
  return district.desa.filter((d) => kecamatanCodes.includes(d.kecamatan.code));
}

function busiest(desa: readonly Desa[], counts: readonly number[]): string {
  let best = 0;
  for (let i = 1; i < desa.length; i++) if ((counts[i] ?? 0) > (counts[best] ?? 0)) best = i;
  return desa[best]!.code;
}

function* familySlots(rng: Random, district: District, desaList: readonly Desa[], counts: readonly number[]): Generator<{ desa: Desa; hamlets: Hamlet[] }> {
  for (const [index, desa] of desaList.entries()) {
    const count = counts[index] ?? 0;
    if (count === 0) continue;
    const hamlets = desaHamlets(rng, district.provinceCode);
    for (let i = 0; i < count; i++) yield { desa, hamlets };
  }
}

interface FocusPlan {
  desaCode: string;
  pending: DefectKind[];
  planted: PlantedRow[];
}

class DistrictWriter {
  familyId = 0;
  memberId = 0;
  defects = 0;
  private idDtksSerial = 0;
  private readonly ids: IdIssuer;
  private readonly planter: DefectPlanter;
  private readonly groups: WeightedTable<NameGroup>;
  private readonly insertFamily;
  private readonly insertMember;
  private readonly insertDefect;
  private markRecipient: ReturnType<Sqlite['prepare']> | null = null;

  constructor(
    private readonly db: Sqlite,
    private readonly district: District,
    private readonly rng: Random,
    defectRate: number,
    nikSerialBase: number,
    private readonly focus: FocusPlan | undefined,
  ) {
    this.ids = new IdIssuer(district.kecamatan, nikSerialBase);
    this.planter = new DefectPlanter(rng, this.ids, defectRate);
    this.groups = nameGroupTable(district.provinceCode);
    this.insertFamily = db.prepare(
      `INSERT INTO families (id, no_kk, id_dtks, head_name, address, rt, rw, desa_code, kecamatan_code, member_count, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'aktif', ?, ?)`,
    );
    this.insertMember = db.prepare(
      `INSERT INTO members (id, family_id, nik, name, sex, birth_place, birth_date, relationship, presence, nama_ibu_kandung, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertDefect = db.prepare('INSERT INTO synthetic_defects (kind, member_id, family_id, other_member_id) VALUES (?, ?, ?, ?)');
  }

  writeFamily(desa: Desa, hamlets: readonly Hamlet[]): void {
    const rng = this.rng;
    const familyId = ++this.familyId;
    const ownKec = desa.kecamatan.index;
    const people = buildFamily(rng, this.groups);
    const mother = people.find((p) => p.sex === 2 && (p.relationship === 1 || p.relationship === 2));
    const members: MemberRow[] = people.map((person) => {
      const kecIndex = person.movedIn ? this.otherKecamatan(ownKec) : ownKec;
      const birthPlace = this.birthPlace(desa, person.movedIn && kecIndex !== ownKec);
      const motherName = person.relationship === 3 && mother ? mother.name : this.motherName(person.birthDay);
      return { ...person, id: ++this.memberId, nik: this.ids.nik(kecIndex, person.sex, person.birthDay), kecIndex, birthPlace, motherName };
    });
    const head = members[0]!;
    const youngest = Math.max(...members.map((m) => m.birthDay));
    const firstKkDay = Math.max(FIRST_KK_DAY, head.birthDay + ADULT_DAYS, rng.chance(0.6) ? youngest : 0);
    const noKk = this.ids.noKk(rng.chance(0.98) ? ownKec : this.otherKecamatan(ownKec), rng.int(Math.min(firstKkDay, REFERENCE_DAY - 1), REFERENCE_DAY - 1));
    const idDtks = rng.chance(0.7) ? desa.digits + String(++this.idDtksSerial).padStart(7, '0') : null;
    const hamlet = rng.pick(hamlets);
    const address = addressLine(rng, hamlet, desa.kecamatan.name, desa.urban);
    const rt = pad3(rng.int(1, hamlet.rtCount));

    const defect = this.focus?.desaCode === desa.code ? this.plantFocus(members, familyId) : this.planter.plant(members);
    if (!defect) this.planter.remember(members);
    const memberCount = members.filter(isPresent).length + (defect?.overcount ?? 0);
    this.insertFamily.run(familyId, noKk, idDtks, head.name, address, rt, hamlet.rw, desa.code, desa.kecamatan.code, memberCount, STAMP, STAMP);
    for (const m of members) {
      this.insertMember.run(m.id, familyId, m.nik, m.name, m.sex, m.birthPlace, isoFromDays(m.birthDay), m.relationship, m.presence, m.motherName, STAMP, STAMP);
    }
    if (defect) {
      this.insertDefect.run(defect.kind, defect.memberId, familyId, defect.otherMemberId);
      this.defects++;
      if (defect.kind === 'deceased_recipient') {
        this.markRecipient ??= this.db.prepare('UPDATE members SET jaminan_kesehatan = 1 WHERE id = ?');
        this.markRecipient.run(defect.memberId);
      }
    }
  }

  /** The next pending focus kind this family can carry; kinds that need an earlier original wait for a later family. */
  private plantFocus(members: MemberRow[], familyId: number): PlantedDefect | null {
    const focus = this.focus!;
    const before = new Map(members.map((m) => [m.id, { nik: m.nik, name: m.name, birthDate: isoFromDays(m.birthDay), relationship: m.relationship, presence: m.presence }]));
    for (const [index, kind] of focus.pending.entries()) {
      const planted = this.planter.plantKind(kind, members);
      if (!planted) continue;
      focus.pending.splice(index, 1);
      focus.planted.push({ kind, familyId, memberId: planted.memberId, otherMemberId: planted.otherMemberId, original: before.get(planted.memberId)! });
      return planted;
    }
    return null;
  }

  private otherKecamatan(own: number): number {
    const count = this.district.kecamatan.length;
    return count === 1 ? own : (own + this.rng.int(1, count - 1)) % count;
  }

  /** Nama ibu kandung of someone whose mother is not in the KK: a woman of the district about 25 years older. */
  private motherName(birthDay: number): string {
    const group = this.rng.weighted(this.groups);
    return personName(this.rng, { group, sex: 2, birthYear: approxYear(birthDay) - 25, familyName: familyNameFor(this.rng, group) });
  }

  private birthPlace(desa: Desa, movedIn: boolean): string {
    const roll = this.rng.next();
    const { shortName, neighbours } = this.district;
    if (roll < (movedIn ? 0.35 : 0.7)) return shortName;
    if (roll < (movedIn ? 0.4 : 0.9)) return desa.kecamatan.name;
    if (roll < (movedIn ? 0.8 : 0.97) && neighbours.length > 0) return this.rng.pick(neighbours);
    return this.rng.pick(BIG_CITIES);
  }
}
