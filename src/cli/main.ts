import { installTempCleanup } from './_lib/temp-files.js';
import { runCli } from './run-cli.js';

installTempCleanup();
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: () => process.stdin,
  stdoutStream: process.stdout,
  progress: process.stderr,
});
process.exitCode = code;
