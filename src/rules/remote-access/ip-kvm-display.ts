import { defineRule } from '../../engine/define-rule.js';
import type { FindingDraft } from '../../engine/types.js';
import { IP_KVM_DEVICES } from '../../intel/catalogs/ip-kvm-devices.js';
import { matchIpKvmDisplay } from '../../intel/catalogs/match-kvm.js';
import { cite } from '../_lib/references.js';
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
      let kvmUsb: boolean | undefined;
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
        kvmUsb ??= (device.usb ?? []).some((usb) => assessUsb(usb) !== undefined);
        if (kvmUsb) {
          const label = [display.name, display.manufacturerCode].filter(Boolean).join(', ');
          findings.push(
            context.finding('weakWithUsb', {
              data: { device: device.id, display: label },
              path,
              evidence: { signatures: matches.map((m) => `${m.device.id}:${m.field}`) },
              severity: 'high',
              weight: 45,
            }),
          );
        }
      }
    }
    return findings;
  },
});
