import { cite } from '../_lib/references.js';
import { identityCountLevels } from './_lib/identity-count-levels.js';
import { judgement, sharedKeyRule } from './_lib/shared-key-rule.js';

/** One hardware serial under different identities; unconfirmed as a named indicator (docs/indicators.md: links between profiles). */
export const sharedDevice = sharedKeyRule({
  id: 'shared-device',
  attribute: 'device-serial',
  meta: {
    description: 'A device serial on this profile also appears on other identities\u2019 records.',
    messages: {
      shared:
        'Device serial {{key}} also appears on other identities\u2019 records ({{others}}): {{count}} identities in total across {{organizations}} organisation(s). One machine used by several identities suggests one operator.',
    },
    severity: 'high',
    weight: 40,
    presets: ['strict'],
    status: 'experimental',
    mitigates: ['remote-access-scrutiny'],
    indicators: ['xp-shared-device'],
    falsePositives: [
      'A device re-issued to a new hire after the previous user left.',
      'Asset-record data-entry errors.',
    ],
    mitigation:
      'Check the asset history of the serial; if the device is not a re-issue, review every profile listed.',
    references: cite('S1', 'S23'),
  },
  levels: identityCountLevels(
    {
      severity: 'high',
      likelihoodRatio: 60,
      basis: judgement(
        'Three or more identities on one hardware serial: a re-issue chain that long is rare within a screening’s roster.',
      ),
      description: 'Three or more different identities have the device serial on record.',
    },
    {
      severity: 'medium',
      likelihoodRatio: 8,
      basis: judgement(
        'Two identities on one serial: a laptop re-issued to a new hire, or an asset-record keying error, is a common innocent cause.',
      ),
      description: 'Two different identities have the device serial on record.',
    },
  ),
  present: (profile) =>
    (profile.devices ?? []).some(
      (device) => device.serial !== undefined || device.reportedSerial !== undefined,
    ),
  missing: 'device serials (devices[].serial or devices[].reportedSerial)',
});
