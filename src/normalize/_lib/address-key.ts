import { joinWords } from './address-tokens.js';
import { GENERIC_UNIT } from './secondary-units.js';
import { UNKNOWN_UNIT } from './unit-text.js';
import type { UsAddress } from './us-address.js';

/** Keys are `|`-joined; the tokeniser drops `|` from every word, so fields cannot bleed. */
const SEP = '|';

/** Where the address is: ZIP5 when known, else state and city, else empty. */
export const areaOf = (address: UsAddress): string => address.zip5 || joinWords(address.state, address.city);

export const unitClass = (type: string): string => (GENERIC_UNIT.has(type) ? '#' : type);

/** The building key: the delivery point without its secondary units. */
export function usBuildingKey(address: UsAddress): string {
  const area = areaOf(address);
  const line = address.line;
  if (!line) return ['US', area, '*', address.rest].join(SEP);
  if (line.kind === 'po-box') return ['US', area, 'PO BOX', line.poBox].join(SEP);
  if (line.kind === 'rural-route') {
    return ['US', area, line.ruralRoute, line.poBox ? `BOX ${line.poBox}` : ''].join(SEP);
  }
  return [
    'US',
    area,
    line.houseNumber,
    line.preDirectional,
    line.streetName,
    line.suffix,
    line.postDirectional,
  ].join(SEP);
}

/** The full key: the building key and each secondary unit of a street address, by class. */
export function usFullKey(address: UsAddress, buildingKey: string): string {
  const line = address.line;
  if (line?.kind !== 'street') return buildingKey;
  let key = buildingKey;
  for (const unit of line.units) key += `${SEP}${unitClass(unit.type)}${SEP}${unit.id}`;
  return key;
}

/** USPS-style one-line rendering that parses back to the same key. */
export function renderUs(address: UsAddress): string {
  const line = address.line;
  let delivery = address.rest;
  if (line?.kind === 'po-box') delivery = `PO BOX ${line.poBox}`;
  else if (line?.kind === 'rural-route')
    delivery = `${line.ruralRoute}${line.poBox ? ` BOX ${line.poBox}` : ''}`;
  else if (line) {
    delivery = joinWords(
      joinWords(joinWords(line.houseNumber, line.preDirectional), line.streetName),
      line.suffix,
    );
    delivery = joinWords(delivery, line.postDirectional);
    // Words read as no unit go after a comma, where they read back as unit text, not as street words.
    for (const unit of line.units) {
      delivery +=
        unit.type === UNKNOWN_UNIT ? `, ${unit.id}` : ` ${unit.type || '#'}${unit.id ? ` ${unit.id}` : ''}`;
    }
  }
  const last = joinWords(address.state, address.zip5);
  return joinWords(joinWords(delivery, address.city, ', '), last, ', ');
}
