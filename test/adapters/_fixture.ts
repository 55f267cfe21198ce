import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The text of a fixture under test/fixtures/adapters/. */
export const fixture = (name: string): string =>
  readFileSync(join(__dirname, '..', 'fixtures', 'adapters', name), 'utf8');

/** A fixture as lines, as `readline` gives them to the streaming adapters. */
export const fixtureLines = (name: string): string[] => fixture(name).split('\n');
