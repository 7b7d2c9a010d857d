/**
 * One measurement, in its own process so that peak memory (`process.resourceUsage().maxRSS`)
 * belongs to that scenario alone. run.mjs starts it as
 *
 *   node --expose-gc test/bench/measure.mjs <task> '<json arguments>'
 *
 * and reads the JSON result from the last line of standard output.
 *
 * Tasks:
 *   lint-tree      { dir, root }   tf-acr-lint's lint() over a directory tree (one run)
 *   hcl2json-tree  { dir }         @cdktn/hcl2json parse(filename, contents) of every .tf file of
 *                                  the tree, one after the other (one run)
 *   lint-plan      { plan, root, runs, capSeconds }  lint() of a plan document (best of `runs`;
 *                                  no further run once one has taken more than `capSeconds`, where
 *                                  a best-of would only shave noise off a long run)
 *   json-parse     { plan, runs }         JSON.parse of the same file's text (best of `runs`)
 *   parse-vs-clone { dir, runs }  the HCL parser alone over every .tf file of the tree, and
 *                                  structuredClone of the syntax trees it made (best of `runs`
 *                                  each): what handing parsed files back from worker threads would
 *                                  cost at the least, against the parse it would spread
 *
 * The first call of each is slow: hcl2json compiles its WebAssembly (the Go HCL parser), and
 * tf-acr-lint loads its modules. Both are warmed up on a small input before the clock starts, and
 * the warm-up time is reported separately as `initSeconds`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WARM_UP_TREE = path.join(REPO, 'fixtures', 'scenarios', 'locked-down-cache');

const [task, rawArgs] = process.argv.slice(2);
const args = JSON.parse(rawArgs ?? '{}');

const now = () => performance.now() / 1000;
/** CPU seconds (user + system, all threads) since `from`, a process.cpuUsage() value. */
const cpuSince = (from) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
};
const gc = () => globalThis.gc?.();

async function loadLint() {
  const { lint } = await import(path.join(REPO, 'lib', 'src', 'lint.js'));
  const { ALL_RULES } = await import(path.join(REPO, 'lib', 'rules', 'index.js'));
  return (paths, root) => lint(paths, { root, commandLine: [], rules: ALL_RULES });
}

function tfFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tfFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.tf')) out.push(full);
  }
  return out.sort();
}

/** Findings by `ruleId level`, and diagnostics by severity. */
function summarize(result) {
  const findings = {};
  for (const f of result.findings) findings[`${f.ruleId} ${f.level}`] = (findings[`${f.ruleId} ${f.level}`] ?? 0) + 1;
  const diagnostics = {};
  for (const d of result.diagnostics) diagnostics[d.severity] = (diagnostics[d.severity] ?? 0) + 1;
  return {
    findings,
    findingsTotal: result.findings.length,
    acr001Errors: findings['ACR001 error'] ?? 0,
    suppressed: result.suppressed.length,
    diagnostics,
    firstDiagnostics: result.diagnostics.slice(0, 3).map((d) => `${d.file}${d.line ? `:${d.line}` : ''} ${d.severity} ${d.message}`),
    modulesFound: result.modules,
    filesFound: result.files,
    ...(result.skipped ? { skipped: result.skipped } : {}),
  };
}

const tasks = {
  async 'lint-tree'({ dir, root }) {
    const run = await loadLint();
    let t = now();
    await run([WARM_UP_TREE], REPO);
    const initSeconds = now() - t;
    gc();
    const cpu = process.cpuUsage();
    t = now();
    const result = await run([dir], root);
    const seconds = now() - t;
    return { seconds, cpuSecondsTimed: cpuSince(cpu), initSeconds, ...summarize(result) };
  },

  async 'hcl2json-tree'({ dir }) {
    const { parse } = await import('@cdktn/hcl2json');
    const files = tfFiles(dir);
    let t = now();
    await parse('warm-up.tf', 'resource "azurerm_resource_group" "rg" {\n  name     = "rg"\n  location = "westeurope"\n}\n');
    const initSeconds = now() - t;
    gc();
    let failed = 0;
    let blocks = 0;
    const cpu = process.cpuUsage();
    t = now();
    for (const file of files) {
      try {
        const json = await parse(file, readFileSync(file, 'utf8'));
        blocks += Object.keys(json.resource ?? {}).length;
      } catch {
        failed++;
      }
    }
    const seconds = now() - t;
    return { seconds, cpuSecondsTimed: cpuSince(cpu), initSeconds, filesParsed: files.length, failed, resourceTypes: blocks };
  },

  async 'parse-vs-clone'({ dir, runs }) {
    const { readNativeConfig } = await import(path.join(REPO, 'lib', 'src', 'frontends', 'hcl', 'native-syntax.js'));
    const texts = tfFiles(dir).map((file) => [file, readFileSync(file, 'utf8')]);
    const parses = [];
    const clones = [];
    for (let i = 0; i < runs; i++) {
      gc();
      let t = now();
      const trees = texts.map(([file, text]) => readNativeConfig(text, file));
      parses.push(now() - t);
      t = now();
      for (const tree of trees) structuredClone(tree);
      clones.push(now() - t);
    }
    return { parseSeconds: Math.min(...parses), cloneSeconds: Math.min(...clones), files: texts.length };
  },

  async 'lint-plan'({ plan, root, runs, capSeconds = Infinity }) {
    const run = await loadLint();
    let t = now();
    await run([path.join(WARM_UP_TREE, 'plan.json')], REPO);
    const initSeconds = now() - t;
    const times = [];
    const cpus = [];
    let result;
    for (let i = 0; i < runs; i++) {
      result = undefined;
      gc();
      const cpu = process.cpuUsage();
      t = now();
      result = await run([plan], root);
      times.push(now() - t);
      cpus.push(cpuSince(cpu));
      if (times[times.length - 1] > capSeconds) break;
    }
    return { seconds: Math.min(...times), times, cpuSecondsTimed: Math.min(...cpus), initSeconds, ...summarize(result) };
  },

  async 'json-parse'({ plan, runs }) {
    const text = readFileSync(plan, 'utf8');
    const times = [];
    const cpus = [];
    let keys = 0;
    for (let i = 0; i < runs; i++) {
      gc();
      const cpu = process.cpuUsage();
      const t = now();
      const data = JSON.parse(text);
      times.push(now() - t);
      cpus.push(cpuSince(cpu));
      keys = data.resource_changes.length;
    }
    return { seconds: Math.min(...times), times, cpuSecondsTimed: Math.min(...cpus), resourceChanges: keys };
  },
};

const fn = tasks[task];
if (!fn) {
  console.error(`unknown task ${task}; one of ${Object.keys(tasks).join(', ')}`);
  process.exit(2);
}
const result = await fn(args);
const usage = process.resourceUsage();
result.peakRssMB = usage.maxRSS / 1024; // maxRSS is in kilobytes
result.cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
process.stdout.write(`\n${JSON.stringify(result)}\n`);
