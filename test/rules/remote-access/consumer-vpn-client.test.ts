import { consumerVpnClient } from '../../../src/rules/remote-access/consumer-vpn-client.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const device = (id: string, managed: boolean | undefined, ...names: string[]) => ({
  id,
  ...(managed === undefined ? {} : { managed }),
  software: names.map((name) => ({ name })),
});

new RuleTester().run('consumer-vpn-client', consumerVpnClient, {
  valid: [
    {
      name: 'clear without VPN clients',
      profile: { id: 'p1', devices: [device('LT-1', true, 'Slack', 'GlobalProtect')] },
    },
    {
      name: 'clear for a personal VPN on a personal device',
      profile: { id: 'p2', devices: [device('BYOD-1', false, 'Astrill VPN')] },
    },
    {
      name: 'clear for a sanctioned provider',
      profile: { id: 'p3', devices: [device('LT-1', true, 'NordVPN.exe')] },
      options: { allowedClients: ['nordvpn'] },
    },
    {
      name: 'clear for a VPN client the organisation declared it deploys',
      profile: { id: 'p4', devices: [device('LT-1', true, 'Astrill VPN')] },
      organizations: { '*': { sanctionedVpnClients: ['astrill'] } },
    },
  ],
  invalid: [
    {
      name: 'flags Astrill on a company laptop as moderate, once per device',
      profile: { id: 'p10', devices: [device('LT-1', true, 'Astrill VPN', 'asproxy')] },
      findings: [
        {
          messageId: 'installed',
          data: { provider: 'Astrill VPN', device: 'LT-1' },
          path: 'devices[0].software[0]',
          severity: 'medium',
          level: 'reported-vpn',
          evidence: { provider: 'astrill', name: 'Astrill VPN', reporting: 'dprk' },
        },
      ],
    },
    {
      name: 'flags another consumer VPN as weak, treating an unknown managed flag as corporate',
      profile: { id: 'p11', devices: [device('LT-2', undefined, 'ExpressVPN.exe')] },
      findings: [
        {
          messageId: 'installed',
          data: { provider: 'ExpressVPN', device: 'LT-2' },
          path: 'devices[0].software[0]',
          severity: 'low',
          level: 'consumer-vpn',
        },
      ],
    },
  ],
  skipped: [
    {
      name: 'skipped without software inventory',
      profile: { id: 'p20', devices: [{ id: 'LT-1' }] },
      missing: ['devices[].software'],
    },
  ],
});
