import { interviewCameraOff } from '../../../src/rules/hiring/interview-camera-off.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const at = '2025-04-03T15:00:00Z';

new RuleTester().run('interview-camera-off', interviewCameraOff, {
  valid: [
    {
      name: 'clear when the camera was on',
      profile: { id: 'p1', interviews: [{ at, mode: 'video', cameraOn: true }] },
    },
    {
      name: 'clear when camera use was not recorded',
      profile: { id: 'p1', interviews: [{ at, mode: 'video' }] },
    },
    {
      name: 'clear for a phone screen that did not require video',
      profile: { id: 'p1', interviews: [{ at, mode: 'phone', videoRequired: false }] },
    },
    {
      name: 'clear for an in-person interview',
      profile: { id: 'p1', interviews: [{ at, mode: 'in-person' }] },
    },
    {
      name: 'clear for a required video step held on video',
      profile: { id: 'p1', interviews: [{ at, mode: 'video', videoRequired: true, cameraOn: true }] },
    },
  ],
  invalid: [
    {
      name: 'flags a video interview with the camera off',
      profile: { id: 'p2', interviews: [{ at, mode: 'video', cameraOn: false }] },
      findings: [
        {
          messageId: 'cameraOff',
          data: { date: '2025-04-03' },
          path: 'interviews[0]',
          severity: 'low',
          level: 'camera-off',
          evidence: { mode: 'video', cameraOn: false },
        },
      ],
    },
    {
      name: 'flags a required video step taken by phone',
      profile: { id: 'p2', interviews: [{ at, mode: 'phone', videoRequired: true }] },
      findings: [
        {
          messageId: 'videoDeclined',
          data: { date: '2025-04-03', mode: 'phone' },
          path: 'interviews[0]',
          severity: 'medium',
          level: 'video-step-declined',
          evidence: { videoRequired: true, mode: 'phone' },
        },
      ],
    },
    {
      name: 'flags a required video step taken by text chat, with no date',
      profile: { id: 'p2', interviews: [{ mode: 'text', videoRequired: true }] },
      findings: [
        {
          messageId: 'videoDeclined',
          data: { date: 'an unknown date', mode: 'text' },
          path: 'interviews[0]',
          level: 'video-step-declined',
        },
      ],
    },
    {
      name: 'flags each interview that avoided the camera',
      profile: {
        id: 'p2',
        interviews: [
          { at, mode: 'video', cameraOn: true },
          { at: '2025-04-10T15:00:00Z', mode: 'video', cameraOn: false },
          { at: '2025-04-17T15:00:00Z', mode: 'phone', videoRequired: true },
        ],
      },
      findings: [
        { messageId: 'cameraOff', data: { date: '2025-04-10' }, path: 'interviews[1]', level: 'camera-off' },
        {
          messageId: 'videoDeclined',
          data: { date: '2025-04-17', mode: 'phone' },
          path: 'interviews[2]',
          level: 'video-step-declined',
        },
      ],
    },
  ],
  skipped: [
    { name: 'skips without interviews', profile: { id: 'p3' }, missing: ['interviews'] },
    {
      name: 'skips with an empty interview list',
      profile: { id: 'p3', interviews: [] },
      missing: ['interviews'],
    },
  ],
});
