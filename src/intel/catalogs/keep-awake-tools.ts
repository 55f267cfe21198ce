import type { KeepAwakeCatalog } from './types.js';

/**
 * Keep-awake and mouse-jiggler software that fakes presence. No source gave process names, so every
 * entry is `confirmed: false`; presenters and long-running jobs are the usual benign reasons.
 */
export const KEEP_AWAKE_TOOLS: KeepAwakeCatalog = {
  kind: 'keep-awake-tools',
  version: '1.0.0',
  entries: [
    {
      id: 'caffeine',
      name: 'Caffeine',
      matchNames: ['Caffeine', 'caffeine.exe', 'caffeine32.exe', 'caffeine64.exe'],
      sources: ['S33'],
      confirmed: false,
      reporting: 'dprk',
      note: 'Named by Red Canary in its insider-threat reporting; process names not retrieved.',
    },
    {
      id: 'mouse-jiggler',
      name: 'Mouse Jiggler',
      matchNames: ['Mouse Jiggler', 'MouseJiggler.exe', 'MouseJiggle.exe'],
      sources: ['S20'],
      confirmed: false,
      reporting: 'dprk',
      note: 'Mandiant advised monitoring for mouse jigglers (software or USB hardware); a hardware jiggler shows up as an ordinary mouse.',
    },
    {
      id: 'move-mouse',
      name: 'Move Mouse',
      matchNames: ['Move Mouse', 'MoveMouse.exe'],
      sources: ['S20'],
      confirmed: false,
      reporting: 'dprk',
      note: 'A software mouse jiggler (see mouse-jiggler).',
    },
    {
      id: 'amphetamine',
      name: 'Amphetamine',
      matchNames: ['Amphetamine'],
      sources: ['S33'],
      confirmed: false,
      reporting: 'none',
      note: 'macOS keep-awake app, listed for coverage.',
    },
    {
      id: 'dont-sleep',
      name: "Don't Sleep",
      matchNames: ["Don't Sleep", 'DontSleep.exe', 'DontSleep_x64.exe', 'DontSleep_x64_p.exe'],
      sources: ['S33'],
      confirmed: false,
      reporting: 'none',
      note: 'Windows keep-awake tool, listed for coverage.',
    },
    {
      id: 'keeping-you-awake',
      name: 'KeepingYouAwake',
      matchNames: ['KeepingYouAwake'],
      sources: ['S33'],
      confirmed: false,
      reporting: 'none',
      note: 'macOS keep-awake app, listed for coverage.',
    },
    {
      id: 'powertoys-awake',
      name: 'PowerToys Awake',
      matchNames: ['PowerToys.Awake.exe', 'PowerToys Awake'],
      sources: ['S33'],
      confirmed: false,
      reporting: 'none',
      note: 'Part of Microsoft PowerToys, common among developers: weak alone.',
    },
  ],
};
