/**
 * The launch-control executable (bundled to out/cli/launch-control.mjs). The exit code is set,
 * not forced with process.exit(), so output piped to a slow reader is written in full first.
 */
import { runCli } from './cli';
import { nodeIo } from './io';

// `launch-control brief … | head` closes the pipe early: that is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), nodeIo());
