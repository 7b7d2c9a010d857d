/**
 * `npm run bench:instructions`: the plan scenario counted in machine instructions rather than
 * seconds. On a shared 2-core machine wall time moves by ±20% between runs, which hides any change
 * smaller than that; valgrind's callgrind counts the instructions a process executes, and with V8
 * in predictable mode (no background threads, a fixed garbage-collection schedule, fixed hash and
 * random seeds) the count of one build on one input moves by well under 1% (sequential runs;
 * parallel ones by up to 1%).
 *
 * Four processes, each loading tf-acr-lint's modules (lib/, so build first):
 *   load      the modules alone
 *   parse     the modules, then reading the plan and JSON.parse of its text
 *   warm      the modules, then lint() of a small plan (a fixture), which compiles the plan schema
 *   lint      the same, then lint() of the plan
 * The ratio reported is (lint − warm) / (parse − load): lint()'s work against reading and parsing
 * the same file, garbage collection included in both, one-time costs left out as the wall-time bench
 * leaves them out.
 *
 * The plan is the bench's, at 1,000 registries (10.5 MB), so that a run under valgrind takes under
 * a minute. Options: `--registries N`, `--repo DIR` (another build of tf-acr-lint, to compare).
 * Needs valgrind (Debian: `apt-get install valgrind`); without it, says so and exits 2.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlan } from './gen-plan.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const repo = path.resolve(option('--repo', path.resolve(HERE, '..', '..')));
const registries = Number(option('--registries', '1000'));
const WARM_UP_PLAN = path.join(repo, 'fixtures', 'scenarios', 'locked-down-cache', 'plan.json');
const V8_PREDICTABLE = ['--predictable', '--predictable-gc-schedule', '--hash-seed=42', '--random-seed=42'];

if (spawnSync('valgrind', ['--version']).error) {
  console.error('bench:instructions needs valgrind (callgrind), which is not installed here.');
  process.exit(2);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'tf-acr-lint-instructions-'));
try {
  const plan = generatePlan(path.join(work, 'plan.json'), { registries, seed: 0x5eed0003 });
  const script = path.join(work, 'task.mjs');
  writeFileSync(
    script,
    `import { readFileSync } from 'node:fs';
const [repo, task, file] = process.argv.slice(2);
const { lint } = await import(repo + '/lib/src/lint.js');
const { ALL_RULES } = await import(repo + '/lib/rules/index.js');
await import(repo + '/lib/src/frontends/plan/index.js');
const run = (f) => lint([f], { root: ${JSON.stringify(work)}, commandLine: [], rules: ALL_RULES });
if (task === 'parse') JSON.parse(readFileSync(file, 'utf8'));
if (task === 'warm' || task === 'lint') await run(${JSON.stringify(WARM_UP_PLAN)});
if (task === 'lint') await run(file);
`,
  );
  console.log(`plan: ${(plan.bytes / 1024 / 1024).toFixed(1)} MB, ${plan.registries} registries, ${plan.resourceChanges} resource changes; tf-acr-lint at ${repo}`);
  // Two at a time: one per core.
  const [load, parse] = await Promise.all([count(script, 'load', plan.file), count(script, 'parse', plan.file)]);
  const [warm, lint] = await Promise.all([count(script, 'warm', plan.file), count(script, 'lint', plan.file)]);
  const g = (n) => `${(n / 1e9).toFixed(3)} G`;
  console.log(`load   ${g(load)}   node and tf-acr-lint's modules`);
  console.log(`parse  ${g(parse)}   reading and JSON.parse of the plan: ${g(parse - load)}`);
  console.log(`warm   ${g(warm)}   a small plan linted first: ${g(warm - load)}`);
  console.log(`lint   ${g(lint)}   lint() of the plan after it: ${g(lint - warm)}`);
  console.log(`lint() takes ${((lint - warm) / (parse - load)).toFixed(2)}× the instructions of reading and parsing the plan (the wall-time target: ≤ 3× JSON.parse)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Instructions executed by one process running `task`. */
function count(script, task, file) {
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...V8_PREDICTABLE, script, repo, task, file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const m = /Collected : (\d+)/.exec(err);
      if (code !== 0 || !m) reject(new Error(`valgrind ${task} failed (exit ${code}):\n${err.slice(-2000)}`));
      else resolve(Number(m[1]));
    });
  });
}
