import { GENERIC_UNIT } from './secondary-units.js';
import { UNKNOWN_UNIT } from './unit-text.js';
import type { UsAddress } from './us-address.js';

/** Keys are `|`-joined; the tokeniser drops `|` from every word, so fields cannot bleed. */
const SEP = '|';

/** Where the address is: ZIP5 when known, else state and city, else empty. */
export const areaOf = (address: UsAddress): string =>
  address.zip5 || [address.state, address.city].filter(Boolean).join(' ');

export const unitClass = (type: string): string => (GENERIC_UNIT.has(type) ? '#' : type);

/** The full key and the building key (same delivery point without its secondary units). */
export function usKeys(address: UsAddress): { fullKey: string; buildingKey: string } {
  const area = areaOf(address);
  const line = address.line;
  if (!line) {
    const key = ['US', area, '*', address.rest].join(SEP);
    return { fullKey: key, buildingKey: key };
  }
  if (line.kind === 'po-box') {
    const key = ['US', area, 'PO BOX', line.poBox].join(SEP);
    return { fullKey: key, buildingKey: key };
  }
  if (line.kind === 'rural-route') {
    const key = ['US', area, line.ruralRoute, line.poBox ? `BOX ${line.poBox}` : ''].join(SEP);
    return { fullKey: key, buildingKey: key };
  }
  const building = [
    'US',
    area,
    line.houseNumber,
    line.preDirectional,
    line.streetName,
    line.suffix,
    line.postDirectional,
  ].join(SEP);
  const units = line.units.flatMap((unit) => [unitClass(unit.type), unit.id]);
  return { fullKey: [building, ...units].join(SEP), buildingKey: building };
}

/** USPS-style one-line rendering that parses back to the same key. */
export function renderUs(address: UsAddress): string {
  const line = address.line;
  let delivery = address.rest;
  if (line?.kind === 'po-box') delivery = `PO BOX ${line.poBox}`;
  else if (line?.kind === 'rural-route')
    delivery = `${line.ruralRoute}${line.poBox ? ` BOX ${line.poBox}` : ''}`;
  else if (line) {
    // Words read as no unit go after a comma, where they read back as unit text, not as street words.
    const units = line.units.map((unit) =>
      unit.type === UNKNOWN_UNIT ? `, ${unit.id}` : ` ${unit.type || '#'}${unit.id ? ` ${unit.id}` : ''}`,
    );
    const street = [
      line.houseNumber,
      line.preDirectional,
      line.streetName,
      line.suffix,
      line.postDirectional,
    ];
    delivery = `${street.filter(Boolean).join(' ')}${units.join('')}`;
  }
  const last = [address.state, address.zip5].filter(Boolean).join(' ');
  return [delivery, address.city, last].filter(Boolean).join(', ');
}
