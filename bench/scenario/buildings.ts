// Apartment buildings: unrelated people at one street address, each in their own unit, the unit
// written a different way by each system ("Apt 3B", "#3B", "3B"; or lost by one), sometimes behind the
// building's own Wi-Fi.
import type { Rng } from '../_lib/prng.js';
import type { ScenarioRecord } from './generate.js';
import { hired, member } from './hire.js';
import { placeOf, type Place, type Postal } from './people.js';
import type { GeneratorState } from './state.js';
import { UNIT_STYLES } from './vocab/unit-styles.js';

function styled(
  building: Place,
  style: { text: string; inLine1: boolean },
  n: number,
  letter: string,
): Postal {
  const text = style.text.replace('{u}', `${n}${letter}`).replace('{n}', String(n)).replace('{L}', letter);
  return style.inLine1
    ? { ...building.address, line1: `${building.address.line1} ${text}` }
    : { ...building.address, line2: text };
}

/**
 * A building with 2-8 residents in the roster (1 in 10 buildings: 9-20), each at their own employer.
 *
 * @example
 * const records = apartmentBuilding(rng, state);
 */
export function apartmentBuilding(rng: Rng, s: GeneratorState): ScenarioRecord[] {
  const building = placeOf((s.place += 1));
  // Managed building internet: every resident's home traffic leaves through one line.
  const buildingWifi = rng.chance(0.2);
  const wifi = s.place;
  const residents = rng.chance(0.9) ? rng.int(2, 8) : rng.int(9, 20);
  // Mostly apartment blocks; some suites, floors of a house, rooming houses, mobile-home lots, complexes.
  const styles = UNIT_STYLES[
    rng.chance(0.6) ? 0 : rng.int(1, UNIT_STYLES.length - 1)
  ] as (typeof UNIT_STYLES)[number];
  const taken = new Set<number>();
  const out: ScenarioRecord[] = [];
  for (let i = 0; i < residents; i++) {
    let n = rng.int(1, 80);
    while (taken.has(n)) n = rng.int(1, 80);
    taken.add(n);
    const letter = 'ABCD'.charAt(rng.int(0, 3));
    const network = buildingWifi ? wifi : (s.place += 1);
    const home: Place = {
      ...building,
      address: styled(building, rng.pick(styles), n, letter),
      unit: `${n}${letter}`,
    };
    const hire = member(rng, s, home, network);
    const p = hire.profile;
    const doc = p.documents?.[0];
    if (doc) doc.address = styled(building, rng.pick(styles), n, letter);
    const tags = ['apartment-building', ...(buildingWifi ? ['building-wifi'] : [])];
    if (rng.chance(0.12)) {
      // The unit could not be read on one record: the home on file, or the laptop's shipping label.
      tags.push('unit-unreadable');
      const device = p.devices?.[0];
      if (device && rng.chance(0.5)) device.shippedTo = { ...building.address };
      else {
        const homeRecord = p.addresses?.[0];
        if (homeRecord) Object.assign(homeRecord, { line1: building.address.line1, line2: undefined });
        if (homeRecord) delete homeRecord.line2;
      }
    }
    out.push(hired(rng, s, hire, 'apartment-building', tags));
  }
  return out;
}
