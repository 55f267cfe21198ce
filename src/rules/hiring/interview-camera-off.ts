import { defineRule } from '../../engine/define-rule.js';
import { cite } from '../_lib/references.js';

/**
 * Video with the camera off, or a required video step taken by phone or text. The FBI and SEAL both name
 * camera refusal as a red flag; a single instance is weak, so the weight is moderate.
 */
export const interviewCameraOff = defineRule({
  id: 'interview-camera-off',
  meta: {
    description: 'The candidate kept the camera off in a video interview or declined a required video step.',
    category: 'hiring',
    severity: 'medium',
    weight: 20,
    group: 'camera-avoidance',
    levels: {
      'video-step-declined': {
        description: 'A step the employer required on video was held by phone or text instead.',
        likelihoodRatio: 5,
        basis: {
          kind: 'judgement',
          note: 'The FBI and SEAL list refusing to appear on camera [S2][S35]; a required video step moved to the phone is a choice the candidate made, though bandwidth and scheduling explain some (docs/indicators.md hir-no-camera).',
        },
      },
      'camera-off': {
        description: 'The camera stayed off in a video interview.',
        likelihoodRatio: 3,
        severity: 'low',
        basis: {
          kind: 'benchmark',
          note: 'Labelled benchmark: 49 % of fraudulent vs 4.9 % of legitimate profiles (ratio 10); set between that and the earlier judgement of 2. Bandwidth, disability and privacy keep many honest candidates\u2019 cameras off for a call (docs/indicators.md): weak on its own.',
        },
      },
    },
    defaultLevel: 'video-step-declined',
    presets: ['recommended'],
    status: 'stable',
    messages: {
      cameraOff: 'The camera stayed off during the video interview on {{date}}.',
      videoDeclined: 'A required video interview on {{date}} took place by {{mode}} instead.',
    },
    requires: ['interviews'],
    mitigates: ['identity-verification'],
    indicators: ['hir-no-camera', 'con-text-only'],
    falsePositives: [
      'Poor bandwidth or a broken webcam on the day (ask for a rescheduled video call).',
      'A disability or accommodation: offer an alternative live identity check and document it.',
    ],
    mitigation:
      'Hold a short live video call with the camera on before any offer, with an unscripted prompt (turn the head, wave a hand in front of the face), and keep a reference frame.',
    references: cite('S2', 'S35', 'S5'),
  },
  check(profile, context) {
    return (profile.interviews ?? []).flatMap((interview, index) => {
      const date = interview.at?.slice(0, 10) ?? 'an unknown date';
      const path = `interviews[${index}]`;
      if (interview.mode === 'video' && interview.cameraOn === false) {
        return [
          context.finding('cameraOff', {
            level: 'camera-off',
            data: { date },
            path,
            evidence: { mode: 'video', cameraOn: false },
          }),
        ];
      }
      if (interview.videoRequired === true && (interview.mode === 'phone' || interview.mode === 'text')) {
        return [
          context.finding('videoDeclined', {
            level: 'video-step-declined',
            data: { date, mode: interview.mode },
            path,
            evidence: { videoRequired: true, mode: interview.mode },
          }),
        ];
      }
      return [];
    });
  },
});
