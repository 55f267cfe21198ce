import { runCli } from '../../../src/cli/run-cli.js';

/** Runs the CLI in-process and collects what it prints; standard input reads as `stdin`. */
export async function cli(
  args: string[],
  stdin = '',
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => stdin,
  });
  return { code, stdout, stderr };
}
