import { fileURLToPath } from 'node:url';
import { installTempCleanup } from './_lib/temp-files.js';
import { largeRunFlags, runLargeInChild } from './large-run.js';
import { runCli } from './run-cli.js';

const argv = process.argv.slice(2);
const childFlags = largeRunFlags(argv, process.env, process.execArgv);
if (childFlags) {
  process.exitCode = await runLargeInChild(childFlags, fileURLToPath(import.meta.url), argv);
} else {
  installTempCleanup();
  const code = await runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: () => process.stdin,
    stdoutStream: process.stdout,
    progress: process.stderr,
  });
  process.exitCode = code;
}
