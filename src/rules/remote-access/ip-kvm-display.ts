import { defineRule } from '../../engine/define-rule.js';
import type { FindingDraft } from '../../engine/types.js';
import { IP_KVM_DEVICES } from '../../intel/catalogs/ip-kvm-devices.js';
import { matchIpKvmDisplay } from '../../intel/catalogs/match-kvm.js';
import { cite } from '../_lib/references.js';
import { devBoardVendor } from './_lib/dev-boards.js';
import { assessUsb } from './_lib/kvm.js';

/**
 * A connected "monitor" announces an IP-KVM's EDID (PiKVM, TinyPilot): the laptop's screen is being
 * captured by a device that streams it elsewhere (MITRE DET0159 looks at EDID). Weak EDIDs (the TSB or LNX
 * codes, "Toshiba-H2C") are shared with ordinary capture cards and only count beside a KVM-like USB device.
 */
export const ipKvmDisplay = defineRule({
  id: 'ip-kvm-display',
  meta: {
    description: 'A connected display announces itself with an IP-KVM\u2019s EDID name.',
    category: 'remote-access',
    severity: 'critical',
    weight: 70,
    group: 'ip-kvm',
    levels: {
      'named-edid': {
        description: 'The display\u2019s EDID names an IP-KVM (PiKVM, PI-KVM Video, TinyPilot).',
        likelihoodRatio: 1_000,
        basis: {
          kind: 'judgement',
          note: 'The EDID names are the products\u2019 defaults [S37][S38]; no ordinary monitor or capture card announces them, and a corporate laptop outside a lab has no use for one.',
        },
      },
      'capture-edid-with-kvm-usb': {
        description:
          'A capture-card style EDID (TSB or LNX code, Toshiba-H2C) together with a USB device that looks like an IP-KVM (its ids, strings or keyboard+mouse+storage shape).',
        likelihoodRatio: 60,
        severity: 'high',
        basis: {
          kind: 'judgement',
          note: 'Each half alone is common (capture cards, gadget projects); a screen being captured while a gadget types on the same laptop is the IP-KVM set-up and rarely anything else.',
        },
      },
      'capture-edid-with-dev-board': {
        description:
          'A capture-card style EDID together with a microcontroller development board presenting as keyboard, mouse or storage.',
        likelihoodRatio: 8,
        severity: 'medium',
        basis: {
          kind: 'judgement',
          note: 'A do-it-yourself KVM is built this way, but so is a streamer\u2019s or hardware hobbyist\u2019s desk: needs corroboration.',
        },
      },
    },
    defaultLevel: 'named-edid',
    presets: ['recommended'],
    status: 'stable',
    messages: {
      named:
        'Device {{device}} reports a display named "{{display}}", the screen-capture identity of {{kvm}}. The laptop\u2019s screen is being fed to an IP-KVM that can show it to someone elsewhere.',
      weakWithUsb:
        'Device {{device}} reports a display ({{display}}) of a kind HDMI-capture devices use, together with a USB device that looks like an IP-KVM.',
    },
    requires: ['devices[].displays'],
    mitigates: ['remote-access-scrutiny'],
    indicators: ['hw-ipkvm-edid'],
    falsePositives: [
      'Lab KVMs, and HDMI-capture products that reuse Toshiba-style EDIDs (the TSB code alone is never a finding).',
    ],
    mitigation:
      'Treat as urgent: ask for a live video call showing the laptop and every cable plugged into it, and suspend remote access until resolved.',
    references: cite('S36', 'S37', 'S38'),
  },
  check(profile, context) {
    const findings: FindingDraft[] = [];
    const devices = profile.devices ?? [];
    for (let deviceIndex = 0; deviceIndex < devices.length; deviceIndex++) {
      const device = devices[deviceIndex] as (typeof devices)[number];
      const displays = device.displays ?? [];
      // Only a weak display match asks about the USB side: looked at then, and once per device.
      let kvmUsb: 'kvm' | 'dev-board' | undefined | null;
      for (let displayIndex = 0; displayIndex < displays.length; displayIndex++) {
        const display = displays[displayIndex] as (typeof displays)[number];
        const matches = matchIpKvmDisplay(IP_KVM_DEVICES, display);
        if (matches.length === 0) continue;
        const path = `devices[${deviceIndex}].displays[${displayIndex}]`;
        const named = matches.filter((m) => m.signature.confidence === 'named');
        if (named.length > 0) {
          findings.push(
            context.finding('named', {
              data: {
                device: device.id,
                display: display.name ?? '',
                kvm: [...new Set(named.map((m) => m.device.name))].join(', '),
              },
              path,
              evidence: {
                signatures: named.map((m) => `${m.device.id}:${m.field}`),
                manufacturerCode: display.manufacturerCode,
              },
            }),
          );
          continue;
        }
        if (kvmUsb === undefined) kvmUsb = usbSide(device.usb ?? []);
        if (kvmUsb) {
          const label = [display.name, display.manufacturerCode].filter(Boolean).join(', ');
          findings.push(
            context.finding('weakWithUsb', {
              data: { device: device.id, display: label },
              path,
              evidence: { signatures: matches.map((m) => `${m.device.id}:${m.field}`) },
              level: kvmUsb === 'kvm' ? 'capture-edid-with-kvm-usb' : 'capture-edid-with-dev-board',
              weight: 45,
            }),
          );
        }
      }
    }
    return findings;
  },
});

type Usb = Parameters<typeof assessUsb>[0];

/** The strongest KVM-like USB device on a laptop: a KVM by ids/strings/shape, else a dev board, else none. */
function usbSide(usbDevices: readonly Usb[]): 'kvm' | 'dev-board' | null {
  let side: 'dev-board' | null = null;
  for (const usb of usbDevices) {
    const found = assessUsb(usb);
    if (!found) continue;
    if (found.level === 'named' || devBoardVendor(usb.vendorId) === undefined) return 'kvm';
    side = 'dev-board';
  }
  return side;
}
