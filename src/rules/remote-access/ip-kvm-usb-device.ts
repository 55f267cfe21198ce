import { defineRule } from '../../engine/define-rule.js';
import type { FindingDraft } from '../../engine/types.js';
import { cite } from '../_lib/references.js';
import { devBoardVendor } from './_lib/dev-boards.js';
import { assessUsb, type KvmUsbLevel } from './_lib/kvm.js';

// The finding's level follows the assessment; a dev board is only ever the shape or the generic strings.
const LEVEL_OF = {
  named: 'named-device',
  generic: 'generic-gadget',
  shape: 'composite-shape',
} as const satisfies Record<KvmUsbLevel, string>;

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
    levels: {
      'named-device': {
        description:
          'The device names itself as an IP-KVM (PiKVM, TinyPilot, JetKVM, BliKVM, NanoKVM strings or the pid.codes PiKVM ids).',
        likelihoodRatio: 5,
        basis: {
          kind: 'judgement',
          note: 'The labelled benchmark\u2019s hobby boards on the generic id fire on 0.5 % of legitimate laptops; five keeps one such board plus another look-alike below review. These are the products\u2019 shipped defaults [S37][S38][S39] and MITRE T1219.003 names them; outside a lab (docs/indicators.md) a corporate laptop has no reason to be driven by one.',
        },
      },
      'generic-gadget': {
        description:
          'Linux USB composite-gadget ids (1d6b:0104, 0106, 0044) or a default gadget product string, without an IP-KVM name.',
        likelihoodRatio: 8,
        severity: 'medium',
        basis: {
          kind: 'judgement',
          note: 'The IP-KVMs\u2019 default identity, but also every Raspberry Pi USB-gadget project and Linux gadget developer (docs/indicators.md false positives): needs corroboration.',
        },
      },
      'composite-shape': {
        description:
          'One USB device that is at once keyboard, mouse and mass storage, with ids that name no maker of development boards.',
        likelihoodRatio: 5,
        severity: 'medium',
        basis: {
          kind: 'judgement',
          note: 'The shape survives id spoofing, but some keyboards with card readers and macro pads present it too; moderate at best.',
        },
      },
      'dev-board': {
        description:
          'The keyboard+mouse+storage shape or a gadget string from a microcontroller development board (Arduino, Raspberry Pi Pico / RP2040, Espressif, STM32, Adafruit, SparkFun, Teensy).',
        likelihoodRatio: 1.5,
        severity: 'low',
        basis: {
          kind: 'judgement',
          note: 'CircuitPython and Arduino HID sketches present exactly this shape on a hobbyist\u2019s laptop; DIY IP-KVMs use such boards too, so it is kept as weak context rather than dropped.',
        },
      },
    },
    defaultLevel: 'named-device',
    presets: ['recommended'],
    status: 'stable',
    messages: {
      named:
        'Device {{device}} has a USB device identifying itself as {{kvm}} ({{evidence}}). An IP-KVM lets someone elsewhere watch the screen and type on the laptop over the network.',
      generic:
        'Device {{device}} has a Linux USB composite gadget ({{evidence}}), the default identity of IP-KVMs such as PiKVM, TinyPilot and JetKVM.',
      devBoard:
        'Device {{device}} has a {{maker}} development board presenting as keyboard, mouse or storage ({{evidence}}). Usually a hobby project; do-it-yourself IP-KVMs are built from the same boards.',
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
        const maker = found.level === 'named' ? undefined : devBoardVendor(usb.vendorId);
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
          level: maker ? 'dev-board' : LEVEL_OF[found.level],
        };
        if (found.level === 'named') {
          const kvm = [...new Set(found.matches.map((m) => m.device.name))].join(', ');
          findings.push(context.finding('named', { ...details, data: { device: device.id, kvm, evidence } }));
        } else if (maker)
          findings.push(
            context.finding('devBoard', { ...details, data: { device: device.id, maker, evidence } }),
          );
        else
          findings.push(context.finding(found.level, { ...details, data: { device: device.id, evidence } }));
      }
    }
    return findings;
  },
});
