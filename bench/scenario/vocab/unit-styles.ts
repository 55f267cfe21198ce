// How the units of one building get written across systems.

/**
 * How a building's units get written, by kind of building: each system a resident deals with picks one
 * spelling of the same unit, in line 1 after the street or in line 2. `{n}` is the unit number, `{u}`
 * the number with its letter, `{L}` the letter alone.
 */
export const UNIT_STYLES: ReadonlyArray<ReadonlyArray<{ text: string; inLine1: boolean }>> = [
  [
    { text: 'Apt {u}', inLine1: false },
    { text: 'Apt. {u}', inLine1: false },
    { text: '#{u}', inLine1: true },
    { text: 'Unit {u}', inLine1: false },
    { text: '{u}', inLine1: true },
  ],
  [
    { text: 'Ste {n}00', inLine1: false },
    { text: 'Suite {n}00', inLine1: false },
    { text: '#{n}00', inLine1: true },
  ],
  [
    { text: 'Fl {n}', inLine1: false },
    { text: 'Floor {n}', inLine1: false },
  ],
  [
    { text: 'Rm {n}', inLine1: false },
    { text: 'Room {n}', inLine1: false },
    { text: '#{n}', inLine1: true },
  ],
  [
    { text: 'Lot {n}', inLine1: true },
    { text: 'Lot #{n}', inLine1: false },
    { text: '#{n}', inLine1: true },
  ],
  [
    { text: 'Bldg {L} Apt {n}', inLine1: false },
    { text: 'Bldg {L} #{n}', inLine1: false },
    { text: '{L}-{n}', inLine1: true },
    { text: 'Bldg {L}', inLine1: false },
  ],
];
