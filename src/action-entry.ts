/** The Action's entry point (bundled to `dist/index.js`): runs it on the runner's environment. */
import { runAction } from './action.js';

runAction({ env: process.env, stdout: process.stdout }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug in tf-acr-lint, not bad input: one annotation, and the step fails.
    process.stdout.write(`::error title=tf-acr-lint internal error::${String(error instanceof Error ? error.message : error).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
    process.exitCode = 1;
  },
);
