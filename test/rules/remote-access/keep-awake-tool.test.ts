import { keepAwakeTool } from '../../../src/rules/remote-access/keep-awake-tool.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const laptop = (...names: string[]) => ({ id: 'LT-3', software: names.map((name) => ({ name })) });

new RuleTester().run('keep-awake-tool', keepAwakeTool, {
  valid: [
    { name: 'clear without keep-awake tools', profile: { id: 'p1', devices: [laptop('Slack', 'Firefox')] } },
    {
      name: 'clear for a keep-awake tool the organisation ships',
      profile: { id: 'p2', devices: [laptop('PowerToys.Awake.exe')] },
      options: { allowedTools: ['powertoys-awake'] },
    },
  ],
  invalid: [
    {
      name: 'flags Caffeine and a mouse jiggler on one laptop in one finding',
      profile: { id: 'p10', devices: [laptop('Slack', 'caffeine64.exe', 'MouseJiggler.exe')] },
      findings: [
        {
          messageId: 'installed',
          data: { tools: 'Caffeine, Mouse Jiggler', device: 'LT-3' },
          path: 'devices[0].software[1]',
          severity: 'low',
          level: 'keep-awake-software',
          evidence: { tools: ['caffeine', 'mouse-jiggler'], names: ['caffeine64.exe', 'MouseJiggler.exe'] },
        },
      ],
    },
  ],
  skipped: [{ name: 'skipped without devices', profile: { id: 'p20' }, missing: ['devices[].software'] }],
});
