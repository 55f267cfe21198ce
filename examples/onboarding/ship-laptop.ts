// In your project: import { formatScreeningText, type Screener, type Screening } from 'hirescreen';
import type { ProfileInput, Screener, Screening } from '../../src/index.js';
import { formatScreeningText } from '../../src/index.js';

/** Your logistics system: ship a laptop, or put the order on hold. */
export interface Shipping {
  ship(order: { hireId: string; deviceId: string }): Promise<{ trackingId: string }>;
  hold(order: { hireId: string; deviceId: string }, reason: string): Promise<void>;
}

/** Your ticketing system: a task for a person to act on. */
export interface Tasks {
  open(task: { queue: 'hr-review' | 'security'; hireId: string; title: string; body: string }): Promise<void>;
}

export type OnboardingOutcome =
  | { hireId: string; shipment: 'shipped'; trackingId: string; screening: Screening }
  | { hireId: string; shipment: 'held'; screening: Screening };

/**
 * Screens a new hire before their laptop ships. `clear` ships; `review` ships and asks HR to look at the
 * findings; `escalate` holds the laptop and opens a security task with the report, because a laptop
 * that reaches a laptop farm is the access the scheme wants. Nobody is rejected here: every outcome is a
 * person's decision.
 */
export async function shipLaptopToNewHire(
  hire: unknown,
  deviceId: string,
  services: { screener: Screener; shipping: Shipping; tasks: Tasks },
): Promise<OnboardingOutcome> {
  // The HR system's record, of unknown shape: screen() validates it.
  const screening = await services.screener.screen(hire as ProfileInput);
  const hireId = screening.profileId;
  const order = { hireId, deviceId };
  const report = formatScreeningText(screening);

  if (screening.decision === 'escalate') {
    await services.shipping.hold(
      order,
      `hirescreen escalated (score ${screening.score}); security review pending`,
    );
    await services.tasks.open({
      queue: 'security',
      hireId,
      title: `Laptop ${deviceId} held: verify ${hireId} before shipping`,
      body: report,
    });
    return { hireId, shipment: 'held', screening };
  }
  const { trackingId } = await services.shipping.ship(order);
  if (screening.decision === 'review') {
    await services.tasks.open({
      queue: 'hr-review',
      hireId,
      title: `Review the screening of ${hireId}`,
      body: report,
    });
  }
  return { hireId, shipment: 'shipped', trackingId, screening };
}
