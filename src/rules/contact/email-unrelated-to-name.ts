import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { shareOption } from '../_lib/option-schemas.js';
import { localPartNameSimilarity, sharedEmail } from '../../normalize/email.js';
import { cite } from '../_lib/references.js';
import { quoteSafely } from '../identity/_lib/quote.js';

/**
 * A personal e-mail address whose local part bears no resemblance to the person's name.
 * docs/indicators.md rates it info-level: old handles and gamer tags are common. It matters only next to other signals,
 * e.g. when OSINT on the address finds profiles under other names.
 */
export const emailUnrelatedToName = defineRule({
  id: 'email-unrelated-to-name',
  meta: {
    description: 'A personal e-mail address does not resemble the person\u2019s name.',
    category: 'contact',
    severity: 'info',
    weight: 3,
    group: 'email-identity',
    levels: {
      'unrelated-handle': {
        description: 'The local part of a personal address does not resemble the name.',
        likelihoodRatio: 1.2,
        basis: {
          kind: 'judgement',
          note: 'INDICATORS rates it info: old handles, gamer tags and family addresses are common.',
        },
      },
    },
    defaultLevel: 'unrelated-handle',
    presets: ['strict'],
    status: 'experimental',
    options: z.object({
      minSimilarity: shareOption(
        0.5,
        'Local-part/name similarity below which the address counts as unrelated (docs/indicators.md default 0.5).',
      ),
    }),
    messages: {
      unrelated:
        'The e-mail address "{{address}}" does not resemble the name "{{name}}". On its own this means little; check the address for profiles under other names.',
    },
    requires: ['name.full', 'emails'],
    mitigates: ['identity-verification'],
    indicators: ['con-email-identity-mismatch'],
    falsePositives: [
      'Old handles, gamer tags and nicknames not in the nickname table.',
      'A family address shared with a partner or parent.',
    ],
    mitigation: 'Search the address for profiles under other names (OSINT) and ask the person about it.',
    references: cite('S4', 'S20'),
  },
  check(profile, context) {
    const name = profile.name;
    if (!name) return undefined;
    return (profile.emails ?? []).flatMap((email, index) => {
      if (email.purpose !== undefined && email.purpose !== 'personal') return [];
      const parsed = sharedEmail(email.address);
      if (!parsed?.valid) return [];
      const similarity = localPartNameSimilarity(parsed.local, name);
      if (similarity >= context.options.minSimilarity) return [];
      return [
        context.finding('unrelated', {
          level: 'unrelated-handle',
          data: { address: quoteSafely(parsed.address, profile), name: quoteSafely(name.full, profile) },
          path: `emails[${index}].address`,
          evidence: { similarity: Math.round(similarity * 100) / 100 },
        }),
      ];
    });
  },
});
