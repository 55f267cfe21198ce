// Run by test/testing/node-test-runner.test.ts with `node --import tsx --test`: RuleTester under node:test.
import { describe, it } from 'node:test';
import { RuleTester } from '../../../src/testing/index.js';
import { cameraOff } from './fixture-rules.js';

const offOn3rd = { mode: 'video' as const, cameraOn: false, at: '2025-11-03T15:00:00Z' };

new RuleTester({ describe, it }).run('test/camera-off', cameraOff, {
  valid: [{ name: 'camera on', profile: { id: 'v1', interviews: [{ mode: 'video', cameraOn: true }] } }],
  invalid: [
    {
      name: 'camera off',
      profile: { id: 'i1', interviews: [offOn3rd] },
      findings: [{ messageId: 'off', data: { mode: 'video', date: '2025-11-03' }, path: 'interviews[0]' }],
    },
    {
      name: 'deliberately wrong case',
      profile: { id: 'i2', interviews: [offOn3rd] },
      findings: [{ messageId: 'off', data: { mode: 'video', date: '2025-11-04' }, path: 'interviews[0]' }],
    },
  ],
  skipped: [{ name: 'no interviews', profile: { id: 's1' }, missing: ['interviews'] }],
  todo: ['flags a text-only interview'],
});
