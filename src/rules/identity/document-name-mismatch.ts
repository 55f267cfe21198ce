import { defineRule } from '../../engine/define-rule.js';
import { compareNames } from '../../normalize/name.js';
import { cite } from '../_lib/references.js';
import { firstToken, sameNameSpelledDifferently, withoutFormatCharacters } from '../_lib/name-form.js';
import { quoteSafely } from './_lib/quote.js';

/**
 * The name printed on an identity document is not the person's legal name, allowing for nicknames,
 * initials, token order, diacritics and married names (the shared name matcher). Stolen identities
 * and doctored documents show up as a document in someone else's name.
 */
export const documentNameMismatch = defineRule({
  id: 'document-name-mismatch',
  meta: {
    description: 'The name on an identity document differs from the legal name on the profile.',
    category: 'identity',
    severity: 'high',
    weight: 40,
    levels: {
      'different-person': {
        description:
          'The document is in another person\u2019s name: neither the given name nor the written form of the name agrees.',
        likelihoodRatio: 20,
        severity: 'medium',
        basis: {
          kind: 'benchmark',
          note: 'Nicknames, initials, order, diacritics and spelling variants are matched or left out first, yet on the labelled benchmark\u2019s varied names (multi-part and hyphenated family names, middle names on documents only) 0.7 % of legitimate people still fire here: strong enough to need only one corroborating finding, not to send a person to review alone.',
        },
      },
      'family-name-differs': {
        description:
          'The given name agrees and the family name differs: a married or former name not recorded as an alias looks like this.',
        likelihoodRatio: 3,
        severity: 'low',
        basis: {
          kind: 'judgement',
          note: 'Marriage and other legal name changes are common and often missing from HR records (the listed false positive).',
        },
      },
    },
    defaultLevel: 'different-person',
    // The legal name against a name written on another record: a name-format difference trips both rules.
    group: 'name-consistency',
    presets: ['recommended'],
    status: 'stable',
    messages: {
      differs:
        'The {{documentType}} is in the name "{{documentName}}", which does not match the legal name "{{legalName}}".',
    },
    requires: ['name.full', 'documents[].nameOnDocument'],
    mitigates: ['identity-verification'],
    indicators: ['idn-doc-anomalies', 'idn-name-inconsistent'],
    falsePositives: [
      'A recent marriage or legal name change not yet reflected on the profile (add the former name as an alias).',
      'Transliteration of a name from another script: spellings with the same consonants in the same order (Mohammed Al-Hassan, Muhammad Al Hassan) are not a finding; wider variants can be.',
    ],
    mitigation:
      'Ask for the document again on a live video call and compare it with the person; where names legitimately differ, record the former name as an alias with the supporting document.',
    references: cite('S5', 'S1', 'S35'),
  },
  check(profile, context) {
    const name = profile.name;
    if (!name) return undefined;
    return (profile.documents ?? []).flatMap((document, index) => {
      if (!document.nameOnDocument) return [];
      const printed = withoutFormatCharacters(document.nameOnDocument);
      const legal = withoutFormatCharacters(name.full);
      const comparison = compareNames({ ...name, full: legal }, printed);
      // Two spellings of one name are a transliteration, not evidence: compare forms, never origins.
      if (comparison.match || sameNameSpelledDifferently(printed, legal)) return [];
      return [
        context.finding('differs', {
          data: {
            documentType: document.type.replace('-', ' '),
            documentName: quoteSafely(document.nameOnDocument, profile),
            legalName: quoteSafely(name.full, profile),
          },
          path: `documents[${index}].nameOnDocument`,
          evidence: { similarity: Math.round(comparison.score * 100) / 100, reason: comparison.reason },
          level: firstToken(printed) === firstToken(legal) ? 'family-name-differs' : 'different-person',
        }),
      ];
    });
  },
});
