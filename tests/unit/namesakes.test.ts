import { describe, expect, it } from 'vitest';
import { CHANCE_LIMIT, dateNumber, namesakePairs, namesakeScore, type NamesakeKey } from '../../core/server/validation/namesakes';

const shares = { desa: 1 / 280, kecamatan: 1 / 18 };
let nextId = 1;
function person(over: Partial<NamesakeKey> = {}): NamesakeKey {
  const id = nextId++;
  return {
    id, familyId: id, nik: `33280145078000${String(id).padStart(2, '0')}`, name: 'Slamet Riyadi', sex: 1, birthDate: '1978-07-05',
    desaCode: '33.28.01.2001', birthPlace: 'Tegal', motherName: 'Sukarni', ...over,
  };
}

describe('probable duplicates by name and birth date (unrelated NIKs)', () => {
  it('reads dates as numbers', () => {
    expect(dateNumber('1978-07-05')).toBe(19780705);
    expect(dateNumber('05-07-1978')).toBe(-1);
    expect(dateNumber(null)).toBe(-1);
  });

  it('reports a rare name registered twice in one desa, with a title and an old spelling', () => {
    const a = person({ name: 'Soekardi Wibowo', nik: '3328010507780002' });
    const b = person({ name: 'H. Sukardi Wibowo', nik: '3328090507780011', familyId: 99 });
    const pairs = namesakePairs([a, b, person({ name: 'Bambang', birthDate: '1978-07-05' })], shares, () => false);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]![2]).toBeGreaterThan(0.9);
  });

  it('does not report a common name born on the same day elsewhere in the district', () => {
    // 150 men called Sutrisno born in 1978: two sharing a birthday in different kecamatan is chance.
    const others = Array.from({ length: 148 }, (_, i) => person({ name: 'Sutrisno', birthDate: `1978-${String((i % 12) + 1).padStart(2, '0')}-20`, motherName: null }));
    const a = person({ name: 'Sutrisno', motherName: null });
    const b = person({ name: 'Sutrisno', motherName: null, desaCode: '33.28.07.2003' });
    expect(namesakePairs([...others, a, b], shares, () => false)).toEqual([]);
    // The same pair with the same mother's name in one desa is reported.
    expect(namesakeScore({ ...a, motherName: 'Tuminah' }, { ...b, desaCode: a.desaCode, motherName: 'Tuminah' }, 150, shares)).toBeGreaterThan(0);
  });

  it('rules a pair out when filled birth places or mothers differ, and leaves pairs another rule reports', () => {
    const a = person();
    expect(namesakeScore(a, person({ birthPlace: 'Brebes' }), 2, shares)).toBe(0);
    expect(namesakeScore(a, person({ motherName: 'Painem' }), 2, shares)).toBe(0);
    expect(namesakeScore(a, person({ motherName: 'Soekarni' }), 2, shares)).toBeGreaterThan(0);
    expect(namesakeScore(a, person({ motherName: null, birthPlace: null }), 2, shares)).toBeGreaterThan(0);
    expect(namesakePairs([a, person()], shares, () => true)).toEqual([]);
  });

  it('scores 0.9 at the limit and more for rarer names', () => {
    const a = person({ motherName: null });
    const b = person({ motherName: null });
    const atLimit = Math.round(CHANCE_LIMIT * 365 * 280) + 1;
    expect(namesakeScore(a, b, atLimit, shares)).toBeCloseTo(0.9, 2);
    expect(namesakeScore(a, b, 2, shares)).toBeGreaterThan(0.99);
    expect(namesakeScore(a, b, atLimit + 5, shares)).toBe(0);
  });
});
