#!/usr/bin/env node
/** The executable: runs the CLI on the process's arguments and streams. */
import { main } from './cli.js';
import { clipText } from './engine/output-text.js';
import { escapeControls } from './report/text.js';

// A reader that stops early (`tf-acr-lint . | head`) closes the pipe: the rest of the report goes
// nowhere, quietly, as with Unix tools, and the exit code is still the scan's (the scan stops writing).
// Any other write error ends the run, in one line rather than a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return;
  process.stderr.write(`tf-acr-lint: cannot write the output: ${error.code ?? error.message}\n`);
  process.exit(2);
});
// Standard error closed early (`2>&1 | true`) or failing has nowhere to say so: the scan goes on, with its own exit code.
process.stderr.on('error', () => undefined);

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, isTTY: Boolean(process.stdout.isTTY) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug in tf-acr-lint, not bad input (that becomes a diagnostic): one line, and how to see more.
    // Cut and escaped: an error can quote its input (a regular expression of megabytes), and one line should stay one line.
    process.stderr.write(`tf-acr-lint: internal error: ${escapeControls(clipText(error instanceof Error ? error.message : String(error), 1000))}\n`);
    if (process.env['TF_ACR_LINT_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 2;
  },
);
