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
      name: 'clear when the second is a built-in client',
      profile: { id: 'p3', devices: [laptop('LT-1', 'AnyDesk.exe', 'mstsc.exe')] },
    },
  ],
  invalid: [
    {
      name: 'flags AnyDesk and Chrome Remote Desktop on one laptop as critical',
      profile: { id: 'p10', devices: [laptop('LT-1', 'Slack', 'AnyDesk.exe', 'remoting_host.exe')] },
      findings: [
        {
          messageId: 'several',
          data: { count: 2, tools: 'AnyDesk, Chrome Remote Desktop' },
          path: 'devices[0].software[1]',
          severity: 'critical',
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
          evidence: { devices: ['LT-1', 'LT-2'] },
        },
      ],
    },
  ],
  skipped: [{ name: 'skipped without devices', profile: { id: 'p20' }, missing: ['devices[].software'] }],
});
