import { defineRule } from '../../engine/define-rule.js';
import type { FindingDraft, Severity } from '../../engine/types.js';
import { cite } from '../_lib/references.js';
import { assessUsb, type KvmUsbLevel } from './_lib/kvm.js';

// Named strings are what the devices ship with; the Linux gadget ids are shared with hobby and developer
// boards; the shape alone is the weakest but survives id spoofing (docs/indicators.md hw-ipkvm-usb).
const LEVELS: Record<
  KvmUsbLevel,
  { messageId: 'named' | 'generic' | 'shape'; severity: Severity; weight: number }
> = {
  named: { messageId: 'named', severity: 'critical', weight: 70 },
  generic: { messageId: 'generic', severity: 'high', weight: 45 },
  shape: { messageId: 'shape', severity: 'medium', weight: 25 },
};

/**
 * A USB device on the laptop looks like an IP-KVM: hardware that lets someone elsewhere see the screen and
 * type over the network, invisible to remote-desktop software inventories (MITRE T1219.003; PiKVM and
 * TinyPilot document their default strings and ids). DOJ laptop-farm searches in 2025 seized KVM devices.
 */
export const ipKvmUsbDevice = defineRule({
  id: 'ip-kvm-usb-device',
  meta: {
    description:
      'A USB device on a laptop matches an IP-KVM by its strings, its ids, or its keyboard+mouse+storage shape.',
    category: 'remote-access',
    severity: 'critical',
    weight: 70,
    group: 'ip-kvm',
    presets: ['recommended'],
    status: 'stable',
    messages: {
      named:
        'Device {{device}} has a USB device identifying itself as {{kvm}} ({{evidence}}). An IP-KVM lets someone elsewhere watch the screen and type on the laptop over the network.',
      generic:
        'Device {{device}} has a Linux USB composite gadget ({{evidence}}), the default identity of IP-KVMs such as PiKVM, TinyPilot and JetKVM.',
      shape:
        'Device {{device}} has one USB device that is at once a keyboard, a mouse and a storage drive ({{evidence}}), the shape an IP-KVM presents even when it copies another product\u2019s ids.',
    },
    requires: ['devices[].usb'],
    mitigates: ['remote-access-scrutiny'],
    indicators: ['hw-ipkvm-usb'],
    falsePositives: [
      'Lab or data-centre KVMs on admin workstations.',
      'Linux USB-gadget developers and Raspberry Pi hobbyists (the generic ids).',
      'Strings and ids are easy to spoof in both directions: PiKVM and JetKVM can copy a real keyboard\u2019s ids.',
    ],
    mitigation:
      'Treat as urgent: ask for a live video call showing the laptop and everything plugged into it, check the device\u2019s serial against the one shipped, and suspend remote access until resolved.',
    references: cite('S36', 'S37', 'S38', 'S39', 'S6'),
  },
  check(profile, context) {
    const findings: FindingDraft[] = [];
    const devices = profile.devices ?? [];
    for (let deviceIndex = 0; deviceIndex < devices.length; deviceIndex++) {
      const device = devices[deviceIndex] as (typeof devices)[number];
      const usbDevices = device.usb ?? [];
      for (let usbIndex = 0; usbIndex < usbDevices.length; usbIndex++) {
        const usb = usbDevices[usbIndex] as (typeof usbDevices)[number];
        const found = assessUsb(usb);
        if (!found) continue;
        const { messageId, severity, weight } = LEVELS[found.level];
        const ids =
          usb.vendorId && usb.productId ? `${usb.vendorId}:${usb.productId}`.toLowerCase() : undefined;
        const words = [usb.manufacturer, usb.product].filter(Boolean).join(' / ');
        const evidence =
          found.level === 'shape'
            ? [ids, words].filter(Boolean).join(', ') || 'no identifying strings'
            : [
                ...new Set(
                  found.matches.map((m) => (m.field === 'ids' ? ids : usb[m.field as keyof typeof usb])),
                ),
              ]
                .filter(Boolean)
                .join(', ');
        const details = {
          path: `devices[${deviceIndex}].usb[${usbIndex}]`,
          evidence: {
            level: found.level,
            signatures: found.matches.map((m) => `${m.device.id}:${m.field}`),
            interfaceClasses: usb.interfaceClasses ?? [],
            ...(found.lookAlike ? { imitates: found.lookAlike.name } : {}),
          },
          severity,
          weight,
        };
        if (messageId === 'named') {
          const kvm = [...new Set(found.matches.map((m) => m.device.name))].join(', ');
          findings.push(context.finding('named', { ...details, data: { device: device.id, kvm, evidence } }));
        } else
          findings.push(context.finding(messageId, { ...details, data: { device: device.id, evidence } }));
      }
    }
    return findings;
  },
});
