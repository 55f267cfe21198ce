// Screens one profile and prints the report an analyst reads.
// Run: npx tsx examples/screen-one.ts
// In your project: import { createScreener, formatScreeningText } from 'hirescreen';
import { createScreener, formatScreeningText, type ProfileInput } from '../src/index.js';

const candidate = {
  id: 'cand-2041',
  kind: 'candidate',
  name: { full: 'Jordan Ellis' },
  claimed: { country: 'US', region: 'OH', city: 'Cleveland', timeZone: 'America/New_York' },
  addresses: [
    {
      purpose: 'home',
      line1: '77 Lakeshore Blvd',
      city: 'Cleveland',
      region: 'OH',
      postalCode: '44114',
      country: 'US',
    },
    {
      purpose: 'shipping',
      line1: '1420 Ridgeview Drive',
      line2: 'Apt 3',
      city: 'Nashville',
      region: 'TN',
      postalCode: '37211',
      country: 'US',
    },
  ],
  interviews: [{ at: '2025-12-01T15:00:00Z', mode: 'video', cameraOn: false }],
  // `satisfies` keeps the literal's types and makes a mistyped field a compile error.
} satisfies ProfileInput;

const screener = createScreener({ now: '2026-01-15T00:00:00Z' });
const screening = await screener.screen(candidate);
console.log(formatScreeningText(screening));
