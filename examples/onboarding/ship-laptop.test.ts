// In your project: import { createScreener } from 'hirescreen';
//                  import { interviewCameraOff, shippingAddressNotHome, ssnVerificationFailed } from 'hirescreen/rules';
//                  import { profile } from 'hirescreen/testing';
import { createScreener } from '../../src/index.js';
import { interviewCameraOff, shippingAddressNotHome, ssnVerificationFailed } from '../../src/rules/index.js';
import { profile } from '../../src/testing/index.js';
import { shipLaptopToNewHire, type Shipping, type Tasks } from './ship-laptop.js';

function fakeServices() {
  const log: string[] = [];
  const shipping: Shipping = {
    async ship(order) {
      log.push(`ship ${order.deviceId} to ${order.hireId}`);
      return { trackingId: `TRK-${order.deviceId}` };
    },
    async hold(order, reason) {
      log.push(`hold ${order.deviceId}: ${reason}`);
    },
  };
  const tasks: Tasks = {
    async open(task) {
      log.push(`task ${task.queue}: ${task.title}`);
    },
  };
  // The rules and thresholds are pinned so the example's outcomes do not move as rules are added.
  const screener = createScreener({
    rules: [shippingAddressNotHome, interviewCameraOff, ssnVerificationFailed],
    thresholds: { review: 20, escalate: 50 },
    now: '2026-01-15T00:00:00Z',
  });
  return { log, services: { screener, shipping, tasks } };
}

const farmAddress = {
  line1: '1420 Ridgeview Drive',
  city: 'Nashville',
  region: 'TN',
  postalCode: '37211',
  country: 'US',
};

describe('shipping a laptop to a new hire', () => {
  it('ships at once when the screening is clear', async () => {
    const { log, services } = fakeServices();
    const outcome = await shipLaptopToNewHire(profile({ id: 'hire-1' }), 'LT-1', services);
    expect(outcome).toMatchObject({ shipment: 'shipped', trackingId: 'TRK-LT-1' });
    expect(outcome.screening.decision).toBe('clear');
    expect(log).toEqual(['ship LT-1 to hire-1']);
  });

  it('ships and opens an HR review task when the screening says review', async () => {
    const { log, services } = fakeServices();
    const hire = profile({
      id: 'hire-2',
      // An SSN the verification service could not match is strong evidence on its own.
      nationalIds: [{ type: 'us-ssn', value: '536-22-8147', verification: 'mismatch' }],
    });
    const outcome = await shipLaptopToNewHire(hire, 'LT-2', services);
    expect(outcome.screening.decision).toBe('review');
    expect(log).toEqual(['ship LT-2 to hire-2', 'task hr-review: Review the screening of hire-2']);
  });

  it('holds the laptop and opens a security task when the screening escalates', async () => {
    const { log, services } = fakeServices();
    const hire = profile({
      id: 'hire-3',
      // With the laptop going to an address that is not the hire's home, the evidence adds up to escalate.
      nationalIds: [{ type: 'us-ssn', value: '536-22-8147', verification: 'mismatch' }],
      interviews: [{ mode: 'video', cameraOn: false, at: '2025-12-01T15:00:00Z' }],
      addresses: [
        {
          purpose: 'home',
          line1: '77 Lakeshore Blvd',
          city: 'Cleveland',
          region: 'OH',
          postalCode: '44114',
          country: 'US',
        },
        { purpose: 'shipping', ...farmAddress },
      ],
    });
    const outcome = await shipLaptopToNewHire(hire, 'LT-3', services);
    expect(outcome.shipment).toBe('held');
    expect(outcome.screening.decision).toBe('escalate');
    expect(log).toEqual([
      `hold LT-3: hirescreen escalated (score ${outcome.screening.score}); security review pending`,
      'task security: Laptop LT-3 held: verify hire-3 before shipping',
    ]);
  });

  it('ships nothing when the hire record is invalid', async () => {
    const { log, services } = fakeServices();
    await expect(
      shipLaptopToNewHire({ id: 'hire-4', dateOfBirth: '1990-13-01' }, 'LT-4', services),
    ).rejects.toThrow(/dateOfBirth: must be a date written YYYY-MM-DD/);
    expect(log).toEqual([]);
  });
});
