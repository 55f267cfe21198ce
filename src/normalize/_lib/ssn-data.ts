/**
 * SSNs that are published as never valid for a real person:
 * - 078-05-1120, printed on the sample card sold in Woolworth wallets in 1938 and then used by
 *   thousands of people as their own (SSA, "Misused SSNs").
 * - 219-09-9999, shown on an SSA advertising pamphlet in 1940.
 * - 987-65-4320 through 987-65-4329, reserved by SSA for use in advertisements.
 */
export const KNOWN_INVALID_SSNS: ReadonlySet<string> = new Set([
  '078051120',
  '219099999',
  ...Array.from({ length: 10 }, (_, i) => `98765432${i}`),
]);
