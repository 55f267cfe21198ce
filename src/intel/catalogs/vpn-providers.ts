import type { VpnProviderCatalog } from './types.js';

/**
 * Consumer VPN providers: client names for device inventories and aliases for IP-intel `provider`
 * strings. Client process names rest on third-party code [S44] or vendor knowledge, so every entry
 * is `confirmed: false`; `reporting` says how strongly each provider is tied to the activity.
 */
export const VPN_PROVIDERS: VpnProviderCatalog = {
  kind: 'vpn-providers',
  version: '1.0.0',
  entries: [
    {
      id: 'astrill',
      name: 'Astrill VPN',
      aliases: ['Astrill', 'Astrill VPN', 'Astrill Systems Corp'],
      matchNames: ['Astrill', 'Astrill VPN', 'AstrillVPN', 'astrill', 'asproxy', 'asovpnc'],
      sources: ['S20', 'S27', 'S41', 'S23', 'S44'],
      confirmed: false,
      reporting: 'dprk',
      note: 'Most-cited provider in IT-worker cases; widely used by legitimate people in China. Linux process names astrill, asproxy, asovpnc from third-party code [S44].',
    },
    {
      id: 'mullvad',
      name: 'Mullvad VPN',
      aliases: ['Mullvad', 'Mullvad VPN', 'Mullvad VPN AB'],
      matchNames: ['Mullvad VPN', 'mullvad-daemon', 'mullvad-vpn'],
      sources: ['S44'],
      confirmed: false,
      reporting: 'unconfirmed',
      note: 'Said to rank second after Astrill (attributed to Kudelski), seen only in third-party code comments.',
    },
    {
      id: 'pia',
      name: 'Private Internet Access',
      aliases: ['Private Internet Access', 'PIA', 'PIA VPN'],
      matchNames: ['Private Internet Access', 'pia-client', 'pia-service', 'pia-daemon'],
      sources: ['S33'],
      confirmed: false,
      reporting: 'general',
    },
    {
      id: 'cyberghost',
      name: 'CyberGhost',
      aliases: ['CyberGhost', 'CyberGhost VPN', 'CyberGhost S.R.L.'],
      matchNames: ['CyberGhost', 'CyberGhost VPN', 'CyberGhost.exe', 'CyberGhost.Service.exe'],
      sources: ['S33'],
      confirmed: false,
      reporting: 'general',
    },
    {
      id: 'expressvpn',
      name: 'ExpressVPN',
      aliases: ['ExpressVPN', 'Express VPN'],
      matchNames: ['ExpressVPN', 'ExpressVPN.exe', 'expressvpnd', 'expressvpn-service'],
      sources: ['S33'],
      confirmed: false,
      reporting: 'general',
    },
    {
      id: 'nordvpn',
      name: 'NordVPN',
      aliases: ['NordVPN', 'Nord VPN'],
      matchNames: ['NordVPN', 'NordVPN.exe', 'nordvpn-service.exe', 'nordvpnd'],
      sources: ['S33'],
      confirmed: false,
      reporting: 'general',
    },
    {
      id: 'protonvpn',
      name: 'Proton VPN',
      aliases: ['ProtonVPN', 'Proton VPN'],
      matchNames: ['ProtonVPN', 'Proton VPN', 'ProtonVPN.exe', 'ProtonVPNService.exe'],
      sources: ['S1', 'S11'],
      confirmed: false,
      reporting: 'none',
      note: 'Listed for coverage: sources mention commercial VPNs generically.',
    },
    {
      id: 'surfshark',
      name: 'Surfshark',
      aliases: ['Surfshark', 'Surfshark VPN'],
      matchNames: ['Surfshark', 'Surfshark.exe', 'Surfshark.Service.exe'],
      sources: ['S1', 'S11'],
      confirmed: false,
      reporting: 'none',
      note: 'Listed for coverage: sources mention commercial VPNs generically.',
    },
  ],
};
