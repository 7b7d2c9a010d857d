/** The Action's entry point (bundled to `dist/index.js`): runs it on the runner's environment. */
import { runAction } from './action.js';
import { clipText } from './engine/output-text.js';
import { escapeData } from './report/github.js';

runAction({ env: process.env, stdout: process.stdout }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug in tf-acr-lint, not bad input: one annotation, and the step fails.
    process.stdout.write(`::error title=tf-acr-lint internal error::${escapeData(clipText(String(error instanceof Error ? error.message : error), 1000))}\n`);
    process.exitCode = 1;
  },
);
