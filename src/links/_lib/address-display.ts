/**
 * `123 N MAIN ST #4B, 62701 US` rendered from a full key, so every spelling displays the same.
 *
 * @example
 * addressDisplay('US|62701|123|N|MAIN|ST|# 4B'); // '123 N MAIN ST #4B, 62701 US'
 */
export function addressDisplay(fullKey: string): string {
  // `country|zip|part|part…`: the non-empty parts joined by spaces, then zip and country. Read in
  // place rather than split, filtered and joined: every new profile's addresses are displayed.
  const countryEnd = fullKey.indexOf('|');
  if (countryEnd < 0) return fullKey.trim();
  const zipEnd = fullKey.indexOf('|', countryEnd + 1);
  const zip = fullKey.slice(countryEnd + 1, zipEnd < 0 ? fullKey.length : zipEnd);
  let line = '';
  for (let start = zipEnd + 1; zipEnd >= 0 && start <= fullKey.length;) {
    const end = fullKey.indexOf('|', start);
    const stop = end < 0 ? fullKey.length : end;
    if (stop > start) line = line ? `${line} ${fullKey.slice(start, stop)}` : fullKey.slice(start, stop);
    start = stop + 1;
  }
  if (line.includes('# ')) line = line.replace(/# /g, '#');
  return `${line}${zip ? `, ${zip}` : ''} ${fullKey.slice(0, countryEnd)}`.trim();
}

/**
 * `addressDisplay(key)`, remembered for the last key: a profile's home is often also its shipping
 * address and where its devices go, each listed (and displayed) under its own attribute, and
 * profiles extracted one after another (a farm's hires) often ship to one address. Each key
 * extractor owns one.
 *
 * @example
 * const displays = new AddressDisplays();
 * displays.of(key) === displays.of(key); // the second call builds nothing
 */
export class AddressDisplays {
  /** The last address key displayed, and its display (`addressDisplay('')` is '' too). */
  private lastKey = '';
  private lastDisplay = '';

  of(key: string): string {
    if (key !== this.lastKey) {
      this.lastDisplay = addressDisplay(key);
      this.lastKey = key;
    }
    return this.lastDisplay;
  }
}
