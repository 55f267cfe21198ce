import type { HostingAsn, HostingAsnCatalog } from './types.js';

// Every org below is the name the ip-location-db ASN data (2.3.2026061719) gives the AS [S50]; the
// hosting classification is the operator's own description of its business [S51, `url`].
const hosting = (asn: number, org: string, url: string, note?: string): HostingAsn => ({
  asn,
  org,
  kind: 'hosting',
  sources: ['S50', 'S51'],
  confirmed: true,
  url,
  ...(note !== undefined && { note }),
});

/**
 * Autonomous systems of cloud, VPS and dedicated-server hosts, and of VPN providers: a login from one
 * of them egresses through a data centre, which is how the DOJ cases describe IT workers reaching U.S.
 * employers (VPS and VPN hops [S11]). The embedded IP data marks such logins `hosting` (or `vpn`).
 * Large clouds also carry some corporate egress (Microsoft, Google): the `note` says so.
 */
export const HOSTING_ASNS: HostingAsnCatalog = {
  kind: 'hosting-asns',
  version: '2026.12.05',
  entries: [
    hosting(16509, 'Amazon.com, Inc.', 'https://aws.amazon.com/ec2/'),
    hosting(14618, 'Amazon.com, Inc.', 'https://aws.amazon.com/ec2/'),
    hosting(
      396982,
      'Google LLC',
      'https://cloud.google.com/compute',
      "Google Cloud; Google's own services use AS15169, not listed.",
    ),
    hosting(
      8075,
      'Microsoft Corporation',
      'https://azure.microsoft.com/',
      'Azure, but also Microsoft corporate egress and some Microsoft 365 proxies.',
    ),
    hosting(31898, 'Oracle Corporation', 'https://www.oracle.com/cloud/'),
    hosting(45102, 'Alibaba (US) Technology Co., Ltd.', 'https://www.alibabacloud.com/'),
    hosting(132203, 'Shenzhen Tencent Computer Systems Company Limited', 'https://www.tencentcloud.com/'),
    hosting(14061, 'DigitalOcean, LLC', 'https://www.digitalocean.com/'),
    hosting(
      63949,
      'Akamai Technologies, Inc.',
      'https://www.linode.com/',
      'The former Linode network (Akamai Connected Cloud).',
    ),
    hosting(20473, 'The Constant Company, LLC', 'https://www.vultr.com/'),
    hosting(24940, 'Hetzner Online GmbH', 'https://www.hetzner.com/'),
    hosting(16276, 'OVH SAS', 'https://www.ovhcloud.com/'),
    hosting(12876, 'Scaleway SAS', 'https://www.scaleway.com/'),
    hosting(51167, 'Contabo GmbH', 'https://contabo.com/'),
    hosting(40021, 'Contabo Inc.', 'https://contabo.com/'),
    hosting(9009, 'M247 Europe SRL', 'https://m247.com/', 'Widely rented by VPN providers for exit servers.'),
    hosting(
      60068,
      'Datacamp Limited',
      'https://www.cdn77.com/',
      "CDN77's operator; also rented by VPN providers.",
    ),
    hosting(
      212238,
      'Datacamp Limited',
      'https://www.cdn77.com/',
      "CDN77's operator; also rented by VPN providers.",
    ),
    hosting(36352, 'HostPapa', 'https://www.hostpapa.com/', 'The former ColoCrossing network.'),
    hosting(53667, 'FranTech Solutions', 'https://buyvm.net/'),
    hosting(62240, 'Clouvider Limited', 'https://www.clouvider.com/'),
    hosting(19318, 'Interserver, Inc', 'https://www.interserver.net/'),
    hosting(7203, 'Leaseweb USA, Inc.', 'https://www.leaseweb.com/'),
    hosting(395954, 'Leaseweb USA, Inc.', 'https://www.leaseweb.com/'),
    hosting(29802, 'HIVELOCITY, Inc.', 'https://www.hivelocity.net/'),
    hosting(8100, 'QuadraNet Enterprises LLC', 'https://www.quadranet.com/'),
    {
      asn: 209103,
      org: 'Proton AG',
      kind: 'vpn',
      vpnProvider: 'protonvpn',
      sources: ['S50', 'S51'],
      confirmed: true,
      url: 'https://protonvpn.com/',
      note: 'Proton AG runs Proton VPN; its networks also serve Proton Mail, which users do not log in from.',
    },
    {
      asn: 62371,
      org: 'Proton AG',
      kind: 'vpn',
      vpnProvider: 'protonvpn',
      sources: ['S50', 'S51'],
      confirmed: true,
      url: 'https://protonvpn.com/',
      note: 'Proton AG runs Proton VPN; its networks also serve Proton Mail, which users do not log in from.',
    },
    {
      asn: 39351,
      org: '31173 Services AB',
      kind: 'vpn',
      vpnProvider: 'mullvad',
      sources: ['S50', 'S44'],
      confirmed: false,
      note: 'Said to be the network behind Mullvad VPN; the link to Mullvad is unverified, so no provider is named.',
    },
    {
      asn: 136787,
      org: 'PacketHub S.A.',
      kind: 'vpn',
      vpnProvider: 'nordvpn',
      sources: ['S50', 'S44'],
      confirmed: false,
      note: 'Said to run NordVPN servers; the link to NordVPN is unverified, so no provider is named.',
    },
    {
      asn: 147049,
      org: 'PacketHub S.A.',
      kind: 'vpn',
      vpnProvider: 'nordvpn',
      sources: ['S50', 'S44'],
      confirmed: false,
      note: 'Said to run NordVPN servers; the link to NordVPN is unverified, so no provider is named.',
    },
  ],
};
