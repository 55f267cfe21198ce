import { remoteAccessTool } from '../../../src/rules/remote-access/remote-access-tool.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const laptop = (software: { name: string; firstSeenAt?: string }[], id = 'LT-1001') => ({
  id,
  managed: true,
  software,
});

new RuleTester().run('remote-access-tool', remoteAccessTool, {
  valid: [
    {
      name: 'clear for ordinary software',
      profile: {
        id: 'p1',
        devices: [laptop([{ name: 'Slack' }, { name: 'Visual Studio Code' }, { name: 'Zoom' }])],
      },
    },
    {
      name: 'clear for an IT-sanctioned TeamViewer',
      profile: {
        id: 'p2',
        devices: [laptop([{ name: 'TeamViewer 15 (64-bit)' }, { name: 'TeamViewer_Service.exe' }])],
      },
      options: { allowedTools: ['teamviewer'] },
    },
    {
      name: 'clear for the help-desk tool the organisation declared (sanctionedRemoteTools)',
      profile: { id: 'p5', devices: [laptop([{ name: 'AnyDesk 8.0.9' }])] },
      organizations: { '*': { sanctionedRemoteTools: ['anydesk'] } },
    },
    {
      name: 'clear for a tool sanctioned by the profile\u2019s own organisation',
      profile: { id: 'p6', organizationId: 'org-acme', devices: [laptop([{ name: 'TeamViewer.exe' }])] },
      organizations: { 'org-acme': { sanctionedRemoteTools: ['teamviewer'] } },
    },
    {
      name: 'clear for the built-in Remote Desktop client (it connects out, nobody in)',
      profile: { id: 'p3', devices: [laptop([{ name: 'C:\\Windows\\System32\\mstsc.exe' }])] },
    },
    {
      name: 'clear for a name that only contains a tool\u2019s name',
      profile: { id: 'p4', devices: [laptop([{ name: 'AnyDeskTop Wallpaper' }])] },
    },
  ],
  invalid: [
    {
      name: 'flags AnyDesk on a laptop',
      profile: { id: 'p10', devices: [laptop([{ name: 'Slack' }, { name: 'AnyDesk 8.0.9' }])] },
      findings: [
        {
          messageId: 'installed',
          data: { tools: 'AnyDesk', device: 'LT-1001' },
          path: 'devices[0].software[1]',
          severity: 'medium',
          level: 'reported-remote-desktop',
          evidence: { tools: ['anydesk'], names: ['AnyDesk 8.0.9'], paths: ['devices[0].software[1]'] },
        },
      ],
    },
    {
      name: 'flags each device once, naming every tool, and leaves the sanctioned one out',
      profile: {
        id: 'p11',
        devices: [
          laptop([{ name: 'TeamViewer.exe' }, { name: 'rustdesk.exe' }, { name: 'RustDesk' }]),
          laptop([{ name: 'remoting_host.exe' }], 'LT-2002'),
        ],
      },
      options: { allowedTools: ['teamviewer'] },
      findings: [
        {
          messageId: 'installed',
          data: { tools: 'RustDesk', device: 'LT-1001' },
          path: 'devices[0].software[1]',
          level: 'reported-remote-desktop',
        },
        {
          messageId: 'installed',
          data: { tools: 'Chrome Remote Desktop', device: 'LT-2002' },
          path: 'devices[1].software[0]',
          level: 'reported-remote-desktop',
        },
      ],
    },
    {
      name: 'flags built-in tools when includeBuiltIn is set',
      profile: { id: 'p12', devices: [laptop([{ name: 'mstsc.exe' }])] },
      options: { includeBuiltIn: true },
      findings: [
        {
          messageId: 'installed',
          data: { tools: 'Microsoft Remote Desktop Connection', device: 'LT-1001' },
          level: 'reported-remote-desktop',
        },
      ],
    },
    {
      name: 'flags a tool no IT-worker case names (VNC) as weak',
      profile: { id: 'p13', devices: [laptop([{ name: 'vncserver.exe' }])] },
      findings: [
        {
          messageId: 'installed',
          data: { tools: 'RealVNC', device: 'LT-1001' },
          severity: 'low',
          level: 'other-remote-tool',
        },
      ],
    },
    {
      name: 'flags a tool another organisation sanctioned, not this profile\u2019s',
      profile: { id: 'p14', organizationId: 'org-other', devices: [laptop([{ name: 'AnyDesk.exe' }])] },
      organizations: { 'org-acme': { sanctionedRemoteTools: ['anydesk'] } },
      findings: [{ messageId: 'installed', level: 'reported-remote-desktop' }],
    },
  ],
  skipped: [
    {
      name: 'skipped without a software inventory',
      profile: { id: 'p20', devices: [{ id: 'LT-1' }] },
      missing: ['devices[].software'],
    },
  ],
});
