import type { DescribeFunction, ItFunction } from '../../../src/testing/index.js';

export interface Recorded {
  name: string;
  status: 'passed' | 'failed' | 'todo';
  error?: string;
}

/**
 * A runner with vitest's describe/it shape (and `it.todo`) that runs each body at once and records the
 * outcome, so a test can assert what RuleTester reports without failing itself.
 */
export function fakeRunner(options: { todo?: boolean } = {}): {
  describe: DescribeFunction;
  it: ItFunction;
  results: Recorded[];
  suites: string[];
} {
  const results: Recorded[] = [];
  const suites: string[] = [];
  const describe: DescribeFunction = (name, body) => {
    suites.push(name);
    body();
  };
  const it: ItFunction = (name, body) => {
    try {
      body();
      results.push({ name, status: 'passed' });
    } catch (error) {
      results.push({ name, status: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };
  if (options.todo !== false) it.todo = (name) => results.push({ name, status: 'todo' });
  return { describe, it, results, suites };
}
