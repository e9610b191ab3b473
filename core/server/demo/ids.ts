import { formatNik, formatNoKk, type Sex } from '../../domain/nik';
import type { Kecamatan } from './district';
import { daysFromCivil, isoFromDays } from './family';

const NIK_BASE_DAY = daysFromCivil(1900, 1, 1);
const KK_BASE_DAY = daysFromCivil(2000, 1, 1);
const DAY_SPAN = 1 << 16;

/**
 * Issues NIK and No KK serials the way Dukcapil does: counting up within each 12-digit prefix
 * (kecamatan + date). Counters live in typed arrays: a million people need no million-key map.
 */
export class IdIssuer {
  private readonly nikSerials: Uint16Array;
  private readonly kkSerials: Uint16Array;
  /** Numbers handed out outside the counters (planted defects), never to be issued again. */
  private readonly reserved = new Set<string>();

  /** `serialBase` shifts every NIK serial (1 → base + 1): practice workspaces issue 9001 and up. */
  constructor(
    private readonly kecamatan: readonly Kecamatan[],
    private readonly serialBase = 0,
  ) {
    this.nikSerials = new Uint16Array(kecamatan.length * 2 * DAY_SPAN);
    this.kkSerials = new Uint16Array(kecamatan.length * DAY_SPAN);
  }

  nik(kecIndex: number, sex: Sex, birthDay: number): string {
    const key = nikKey(kecIndex, sex, birthDay);
    for (;;) {
      const serial = this.serialBase + ++this.nikSerials[key]!;
      if (serial > 9999) throw new Error('Nomor urut NIK habis untuk satu tanggal lahir.');
      const nik = this.formatNik(kecIndex, sex, birthDay, serial);
      if (!this.reserved.has(nik)) return nik;
    }
  }

  formatNik(kecIndex: number, sex: Sex, birthDay: number, serial: number): string {
    return formatNik({ kecamatanCode: this.kecamatan[kecIndex]!.code, birthDate: isoFromDays(birthDay), sex, serial });
  }

  /** True when this serial was never issued nor reserved, so a planted number stays unique. */
  isFree(kecIndex: number, sex: Sex, birthDay: number, serial: number): boolean {
    return serial > this.serialBase + this.nikSerials[nikKey(kecIndex, sex, birthDay)]! && !this.reserved.has(this.formatNik(kecIndex, sex, birthDay, serial));
  }

  /** Claims a planted number; false when it is already taken. */
  reserve(number: string): boolean {
    if (this.reserved.has(number)) return false;
    this.reserved.add(number);
    return true;
  }

  noKk(kecIndex: number, registrationDay: number): string {
    const serial = ++this.kkSerials[kecIndex * DAY_SPAN + (registrationDay - KK_BASE_DAY)]!;
    return formatNoKk({ kecamatanCode: this.kecamatan[kecIndex]!.code, registrationDate: isoFromDays(registrationDay), serial });
  }
}

function nikKey(kecIndex: number, sex: Sex, birthDay: number): number {
  return (kecIndex * 2 + sex - 1) * DAY_SPAN + (birthDay - NIK_BASE_DAY);
}
