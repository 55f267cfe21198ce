/** A rule page's runnable example: a profile and the message ids the rule must produce for it, in order. */
export interface RuleExample {
  profile: unknown;
  expect: string[];
  options?: Record<string, unknown>;
  now?: string;
}

/** Reads the fenced JSON block under a page's "## Example" heading; throws with the reason when absent or malformed. */
export function parseExample(page: string): RuleExample {
  const section = page.split(/^## Example\s*$/m)[1];
  if (section === undefined) throw new Error('no "## Example" section');
  const body = section.split(/^## /m)[0] ?? '';
  const match = /```json\r?\n([\s\S]*?)\r?\n```/.exec(body);
  if (!match?.[1]) throw new Error('no ```json block in the Example section');
  const parsed = JSON.parse(match[1]) as Partial<RuleExample>;
  if (typeof parsed.profile !== 'object' || parsed.profile === null)
    throw new Error('the example has no "profile" object');
  if (!Array.isArray(parsed.expect) || parsed.expect.some((id) => typeof id !== 'string'))
    throw new Error('the example has no "expect" list of message ids');
  return parsed as RuleExample;
}
