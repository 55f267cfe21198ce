import { remoteToolEarlyInstall } from '../../../src/rules/remote-access/remote-tool-early-install.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const DELIVERED = '2025-12-01T15:00:00Z';
const laptop = (software: { name: string; firstSeenAt?: string }[]) => ({
  id: 'LT-7',
  deliveredAt: DELIVERED,
  software,
});

new RuleTester().run('remote-tool-early-install', remoteToolEarlyInstall, {
  valid: [
    {
      name: 'clear when the tool appeared weeks after delivery (remote-access-tool covers it)',
      profile: {
        id: 'p1',
        devices: [laptop([{ name: 'AnyDesk.exe', firstSeenAt: '2025-12-20T10:00:00Z' }])],
      },
    },
    {
      name: 'clear for a sanctioned tool installed by the onboarding script',
      profile: {
        id: 'p2',
        devices: [laptop([{ name: 'TeamViewer.exe', firstSeenAt: '2025-12-01T16:00:00Z' }])],
      },
      options: { allowedTools: ['teamviewer'] },
    },
    {
      name: 'clear for a tool the organisation declared sanctioned, installed on day one',
      profile: {
        id: 'p6',
        devices: [laptop([{ name: 'AnyDesk.exe', firstSeenAt: '2025-12-01T16:00:00Z' }])],
      },
      organizations: { '*': { sanctionedRemoteTools: ['anydesk'] } },
    },
    {
      name: 'clear for a tool imaged in before delivery',
      profile: {
        id: 'p3',
        devices: [laptop([{ name: 'AnyDesk.exe', firstSeenAt: '2025-11-28T10:00:00Z' }])],
      },
    },
    {
      name: 'clear for ordinary software installed on day one',
      profile: { id: 'p4', devices: [laptop([{ name: 'Slack', firstSeenAt: '2025-12-01T16:00:00Z' }])] },
    },
    {
      name: 'clear when the install time is unknown',
      profile: { id: 'p5', devices: [laptop([{ name: 'AnyDesk.exe' }])] },
    },
  ],
  invalid: [
    {
      name: 'flags AnyDesk seen 20 hours after delivery',
      profile: {
        id: 'p10',
        devices: [laptop([{ name: 'Slack' }, { name: 'AnyDesk.exe', firstSeenAt: '2025-12-02T11:00:00Z' }])],
      },
      findings: [
        {
          messageId: 'early',
          data: { tool: 'AnyDesk', device: 'LT-7', hours: 20 },
          path: 'devices[0].software[1]',
          severity: 'high',
          level: 'installed-within-a-day',
          evidence: { deliveredAt: DELIVERED, firstSeenAt: '2025-12-02T11:00:00Z', maxHours: 72 },
        },
      ],
    },
    {
      name: 'flags an install at exactly 72 hours',
      profile: {
        id: 'p11',
        devices: [laptop([{ name: 'rustdesk.exe', firstSeenAt: '2025-12-04T15:00:00Z' }])],
      },
      findings: [
        {
          messageId: 'early',
          data: { tool: 'RustDesk', device: 'LT-7', hours: 72 },
          level: 'installed-within-days',
        },
      ],
    },
    {
      name: 'flags an install at exactly 24 hours as within a day',
      profile: {
        id: 'p12',
        devices: [laptop([{ name: 'rustdesk.exe', firstSeenAt: '2025-12-02T15:00:00Z' }])],
      },
      findings: [
        {
          messageId: 'early',
          data: { tool: 'RustDesk', device: 'LT-7', hours: 24 },
          level: 'installed-within-a-day',
        },
      ],
    },
    {
      name: 'flags an install 25 hours after delivery as within days',
      profile: {
        id: 'p13',
        devices: [laptop([{ name: 'rustdesk.exe', firstSeenAt: '2025-12-02T16:00:00Z' }])],
      },
      findings: [
        {
          messageId: 'early',
          data: { tool: 'RustDesk', device: 'LT-7', hours: 25 },
          severity: 'high',
          level: 'installed-within-days',
        },
      ],
    },
  ],
  skipped: [
    {
      name: 'skipped without a delivery time',
      profile: {
        id: 'p20',
        devices: [{ id: 'LT-7', software: [{ name: 'AnyDesk.exe', firstSeenAt: DELIVERED }] }],
      },
      missing: ['devices[].deliveredAt'],
    },
  ],
});
