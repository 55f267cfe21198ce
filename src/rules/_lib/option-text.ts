/**
 * A text built from one or two option values, such as the skip reason "at least 5 logins in the last 30 days",
 * remembered for the last values it was built from. A rule's options stay the same from one screening
 * to the next, so the text is built once instead of for every profile the rule skips.
 *
 * @example
 * const reason = optionText((min, days) => `at least ${min} logins in the last ${days} days`);
 * reason(5, 30) === reason(5, 30) // true, built once
 */
export function optionText(build: (a: number, b: number) => string): (a: number, b?: number) => string {
  let built = false;
  let lastA = 0;
  let lastB = 0;
  let text = '';
  return (a, b = 0) => {
    // Equal numbers print alike (0 and -0 both print "0"), so === is the right test.
    if (!built || a !== lastA || b !== lastB) {
      text = build(a, b);
      lastA = a;
      lastB = b;
      built = true;
    }
    return text;
  };
}
