import { defineRule } from '../../engine/define-rule.js';
import { normalizeAddress } from '../../normalize/address.js';
import type { FindingDraft } from '../../engine/types.js';
import type { Address } from '../../schema/profile.js';
import { addressText } from '../_lib/address-text.js';
import { cite } from '../_lib/references.js';
import { documentLabel } from './_lib/document.js';
import { quoteSafely } from './_lib/quote.js';

/**
 * The address printed on a document is not the home address on file. Addresses are compared by their
 * normalised delivery-point keys, so spelling ("Street"/"St", "Apt 4"/"#4", ZIP+4) does not count.
 * Moving house is common and licences keep the old address, so the weight is low.
 */
export const documentAddressMismatch = defineRule({
  id: 'document-address-mismatch',
  meta: {
    description: 'The address on an identity document differs from the home address on file.',
    category: 'identity',
    severity: 'low',
    weight: 12,
    levels: {
      'other-address': {
        description: 'An identity document shows an address other than the home address on file.',
        likelihoodRatio: 2,
        basis: {
          kind: 'judgement',
          note: 'Movers keep the old address on a licence until renewal; roughly one US resident in ten moves in a year, so a differing address is common among honest hires.',
        },
      },
    },
    defaultLevel: 'other-address',
    // Its own group (the id): a document's address is a different fact from its birth date.
    presets: ['recommended'],
    status: 'stable',
    messages: {
      differs:
        'The {{document}} shows the address {{documentAddress}}, which is not the home address on file ({{home}}).',
    },
    requires: ['addresses', 'documents[].address'],
    mitigates: ['identity-verification', 'logistics-and-money'],
    indicators: ['idn-doc-anomalies'],
    falsePositives: [
      'A recent move: many licences keep the previous address until renewal (ask for proof of the new address).',
      'A student or service member whose document shows a permanent address elsewhere.',
    ],
    mitigation:
      'Ask when the person moved and for a second proof of the home address; ship equipment only to a verified address.',
    references: cite('S5', 'S1', 'S3'),
  },
  check(profile, context) {
    const addresses = profile.addresses ?? [];
    const home = addresses.find(isHome);
    if (!home) return context.skip('home address (addresses with purpose "home")');
    // A profile has a home or two: an array, in first-seen order, serves as the set of their keys.
    const homeKeys: string[] = [];
    for (const address of addresses) {
      const key = address.purpose === 'home' ? normalizeAddress(address)?.fullKey : undefined;
      if (key && !homeKeys.includes(key)) homeKeys.push(key);
    }
    if (homeKeys.length === 0) return undefined;
    const documents = profile.documents ?? [];
    let findings: FindingDraft[] | undefined;
    for (let index = 0; index < documents.length; index++) {
      const document = documents[index] as (typeof documents)[number];
      if (!document.address) continue;
      const key = normalizeAddress(document.address)?.fullKey;
      if (key === undefined || homeKeys.includes(key)) continue;
      (findings ??= []).push(
        context.finding('differs', {
          data: {
            document: documentLabel(document),
            documentAddress: quoteSafely(addressText(document.address), profile),
            home: quoteSafely(addressText(home), profile),
          },
          path: `documents[${index}].address`,
          evidence: { documentKey: key, homeKeys: [...homeKeys] },
          level: 'other-address',
        }),
      );
    }
    return findings;
  },
});

function isHome(address: Address): boolean {
  return address.purpose === 'home';
}
