import { multipleRemoteAccessTools } from '../../../src/rules/remote-access/multiple-remote-access-tools.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const laptop = (id: string, ...names: string[]) => ({ id, software: names.map((name) => ({ name })) });

new RuleTester().run('multiple-remote-access-tools', multipleRemoteAccessTools, {
  valid: [
    {
      name: 'clear for one tool',
      profile: { id: 'p1', devices: [laptop('LT-1', 'AnyDesk.exe', 'AnyDesk Service')] },
    },
    {
      name: 'clear when the second tool is the sanctioned TeamViewer',
      profile: { id: 'p2', devices: [laptop('LT-1', 'AnyDesk.exe', 'TeamViewer.exe')] },
      options: { allowedTools: ['teamviewer'] },
    },
    {
      name: 'clear when the organisation declared the second tool its help-desk tool',
      profile: {
        id: 'p4',
        organizationId: 'org-acme',
        devices: [laptop('LT-1', 'AnyDesk.exe', 'TeamViewer.exe')],
      },
      organizations: { 'org-acme': { sanctionedRemoteTools: ['teamviewer'] } },
    },
    {
      name: 'clear when the second is a built-in client',
      profile: { id: 'p3', devices: [laptop('LT-1', 'AnyDesk.exe', 'mstsc.exe')] },
    },
  ],
  invalid: [
    {
      name: 'flags AnyDesk and Chrome Remote Desktop on one laptop as strong, not critical',
      profile: { id: 'p10', devices: [laptop('LT-1', 'Slack', 'AnyDesk.exe', 'remoting_host.exe')] },
      findings: [
        {
          messageId: 'several',
          data: { count: 2, tools: 'AnyDesk, Chrome Remote Desktop' },
          path: 'devices[0].software[1]',
          severity: 'high',
          level: 'two-tools',
          evidence: { tools: ['anydesk', 'chrome-remote-desktop'], devices: ['LT-1'] },
        },
      ],
    },
    {
      name: 'counts distinct tools across the person\u2019s devices',
      profile: {
        id: 'p11',
        devices: [laptop('LT-1', 'rustdesk.exe'), laptop('LT-2', 'TeamViewer.exe', 'RustDesk')],
      },
      findings: [
        {
          messageId: 'several',
          data: { count: 2, tools: 'RustDesk, TeamViewer' },
          path: 'devices[0].software[0]',
          level: 'two-tools',
          evidence: { devices: ['LT-1', 'LT-2'] },
        },
      ],
    },
    {
      name: 'flags three distinct tools as the stronger level',
      profile: { id: 'p12', devices: [laptop('LT-1', 'AnyDesk.exe', 'rustdesk.exe', 'TeamViewer.exe')] },
      findings: [
        {
          messageId: 'several',
          data: { count: 3, tools: 'AnyDesk, RustDesk, TeamViewer' },
          severity: 'high',
          level: 'three-or-more-tools',
        },
      ],
    },
  ],
  skipped: [{ name: 'skipped without devices', profile: { id: 'p20' }, missing: ['devices[].software'] }],
});
