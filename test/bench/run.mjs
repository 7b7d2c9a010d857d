/**
 * `npm run bench`: tf-acr-lint's throughput and peak memory on generated inputs, against two
 * baselines measured in the same run (issue 7).
 *
 *   sparse  ~9,000 .tf files (~2,000 modules); 1 module directory in 100 holds a locked-down
 *           registry with cache rules. tf-acr-lint's lint() vs hcl2json merely parsing every file.
 *   dense   ~1,800 .tf files; every module directory holds one. Same comparison.
 *   plan    `terraform show -json` of ~4,000 locked-down registries with cache rules.
 *           lint() of the file vs JSON.parse of its text, best of 3 each.
 *   estate  not a target: ~1,000 such registries among 30,000 storage accounts that no rule reads,
 *           measured the same way (relevance first in plans).
 *   scaling ("crowded" shapes, test/bench/gen-crowded.mjs) everything on one registry or one
 *           vault, linted at n and 4n: a lookup comparing every pair shows as a ratio near 16.
 *
 * Each measurement runs in its own child process (test/bench/measure.mjs), so peak RSS is per
 * scenario. The inputs are generated deterministically (seeded PRNG) into a temporary directory,
 * which is removed afterwards (`--keep` keeps it). `--quick` makes every input 10× smaller.
 * Results are printed as a table, then as JSON; nothing is written into the repository.
 *
 * The plan lint is repeated only while a run takes under 10 s. The lib/ build is fingerprinted
 * before and after, so a rebuild during the run (which would mix builds) is reported.
 *
 * Targets (issue 7, on a 2-core machine): sparse ≥ 10× faster than hcl2json's parse; dense ≥ 2.5×;
 * plan ≤ 3× JSON.parse; peak RSS ≤ 500 MB for each of the three lint runs.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CROWDED_SHAPES, generateCrowded } from './gen-crowded.mjs';
import { generatePlan } from './gen-plan.mjs';
import { generateTree } from './gen-tree.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const keep = argv.includes('--keep');
const scale = quick ? 0.1 : 1;

const SIZES = {
  sparse: { targetFiles: Math.round(9000 * scale), acrEvery: 100, sharedFraction: 0.1, seed: 0x5eed0001 },
  dense: { targetFiles: Math.round(1800 * scale), acrEvery: 1, sharedFraction: 0, seed: 0x5eed0002 },
  plan: { registries: Math.round(4000 * scale), seed: 0x5eed0003 },
  /** Not a target: a plan of a whole estate, where most resources are no rule's business (relevance first in plans). */
  estate: { registries: Math.round(1000 * scale), otherResources: Math.round(30000 * scale), seed: 0x5eed0004 },
};
const PLAN_RUNS = 3;
/** The scaling check lints each crowded shape at this size and 4× it. */
const CROWDED_SIZE = Math.round(2500 * scale);
/** time(4n) / time(n) above this is reported as superlinear: linear work gives about 4, comparing every pair about 16. */
const SUPERLINEAR_RATIO = 8;
/** A plan lint slower than this is not repeated: best-of-3 would only shave noise off it. */
const PLAN_RUN_CAP_SECONDS = 10;
const TARGETS = { sparse: 10, dense: 2.5, plan: 3, peakRssMB: 500, startUpSeconds: 0.3 };
/** Runs of each start-up command; the median is reported. */
const START_UP_RUNS = 7;

const MB = 1024 * 1024;
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Runs one measurement in a fresh Node process; its result is the JSON on the last line of stdout. */
function measure(task, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', path.join(HERE, 'measure.mjs'), task, JSON.stringify(args)], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop();
      if (code !== 0 || !last) return reject(new Error(`${task} exited with ${code}: ${out.slice(-2000)}`));
      resolve(JSON.parse(last));
    });
  });
}

const log = (...a) => console.error(...a);

/** SHA-256 over lib/'s JavaScript, to tell which build was measured and whether it changed mid-run. */
function libFingerprint() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.js')) hash.update(path.relative(REPO, full)).update(readFileSync(full));
    }
  };
  walk(path.join(REPO, 'lib'));
  return hash.digest('hex').slice(0, 12);
}

/** The commit, and how many tracked or new files differ from it (the measured code may be uncommitted). */
function gitState() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
    const changed = execFileSync('git', ['status', '--porcelain', '--', 'src', 'rules'], { cwd: REPO, encoding: 'utf8' }).split('\n').filter(Boolean).length;
    return { head, uncommittedSourceFiles: changed };
  } catch {
    return undefined;
  }
}

async function main() {
  const work = mkdtempSync(path.join(os.tmpdir(), 'tf-acr-lint-bench-'));
  const started = performance.now();
  const libBefore = libFingerprint();
  try {
    log(`generating inputs in ${work}${quick ? ' (--quick: 10× smaller)' : ''} ...`);
    const t0 = performance.now();
    const sparse = generateTree(path.join(work, 'sparse'), SIZES.sparse);
    const dense = generateTree(path.join(work, 'dense'), SIZES.dense);
    mkdirSync(path.join(work, 'plan'));
    const plan = generatePlan(path.join(work, 'plan', 'plan.json'), SIZES.plan);
    mkdirSync(path.join(work, 'estate'));
    const estate = generatePlan(path.join(work, 'estate', 'plan.json'), SIZES.estate);
    log(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const rows = [];
    const results = { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: os.availableParallelism?.() ?? os.cpus().length, cpuModel: os.cpus()[0]?.model, quick, loadAverageAtStart: os.loadavg()[0], git: gitState(), lib: libBefore, inputs: {}, scenarios: {} };
    for (const [name, tree] of [['sparse', sparse], ['dense', dense]]) {
      results.inputs[name] = { files: tree.files.length, bytes: tree.bytes, modules: tree.modules, roots: tree.roots, children: tree.children, sharedModules: tree.sharedModules, registries: tree.registries, cacheRules: tree.cacheRules };
      log(`${name}: tf-acr-lint lint() over ${fmt(tree.files.length)} files ...`);
      const lint = await measure('lint-tree', { dir: tree.root, root: work });
      log(`${name}: hcl2json parse of the same files ...`);
      const hcl2json = await measure('hcl2json-tree', { dir: tree.root });
      const ok = lint.acr001Errors === tree.registries;
      results.scenarios[name] = { lint, hcl2json, expectedAcr001: tree.registries, sanity: ok, speedup: hcl2json.seconds / lint.seconds };
      rows.push(treeRow(name, 'tf-acr-lint lint()', tree, lint, `${lint.findingsTotal} findings: ${fmt(lint.acr001Errors)} ACR001 errors, expected ${fmt(tree.registries)} ${ok ? 'ok' : 'MISMATCH'}${otherFindings(lint)}${skippedNote(lint)}${diagnosticsNote(lint)}`));
      rows.push(treeRow(name, 'hcl2json parse (baseline)', tree, hcl2json, hcl2json.failed ? `${hcl2json.failed} files failed to parse` : 'all files parsed'));
    }

    results.inputs.plan = { bytes: plan.bytes, registries: plan.registries, cacheRules: plan.cacheRules, resourceChanges: plan.resourceChanges };
    log(`plan: tf-acr-lint lint() of a ${(plan.bytes / MB).toFixed(1)} MB plan, best of ${PLAN_RUNS} ...`);
    const planLint = await measure('lint-plan', { plan: plan.file, root: work, runs: PLAN_RUNS, capSeconds: PLAN_RUN_CAP_SECONDS });
    log(`plan: JSON.parse of the same text, best of ${PLAN_RUNS} ...`);
    const jsonParse = await measure('json-parse', { plan: plan.file, runs: PLAN_RUNS });
    const planOk = planLint.acr001Errors === plan.registries;
    results.scenarios.plan = { lint: planLint, jsonParse, expectedAcr001: plan.registries, sanity: planOk, ratio: planLint.seconds / jsonParse.seconds };
    rows.push(planRow(planLint.times.length > 1 ? `tf-acr-lint lint(), best of ${planLint.times.length}` : 'tf-acr-lint lint(), 1 run (> 10 s)', plan, planLint, `${planLint.findingsTotal} findings: ${fmt(planLint.acr001Errors)} ACR001 errors, expected ${fmt(plan.registries)} ${planOk ? 'ok' : 'MISMATCH'}${otherFindings(planLint)}${diagnosticsNote(planLint)}`));
    rows.push(planRow(`JSON.parse, best of ${PLAN_RUNS} (baseline)`, plan, jsonParse, `runs ${jsonParse.times.map((t) => t.toFixed(3)).join(' / ')} s`));

    log(`estate: lint() and JSON.parse of a ${(estate.bytes / MB).toFixed(1)} MB plan of ${fmt(estate.registries)} registries among ${fmt(SIZES.estate.otherResources)} other resources, best of ${PLAN_RUNS} each ...`);
    const estateLint = await measure('lint-plan', { plan: estate.file, root: work, runs: PLAN_RUNS, capSeconds: PLAN_RUN_CAP_SECONDS });
    const estateParse = await measure('json-parse', { plan: estate.file, runs: PLAN_RUNS });
    results.inputs.estate = { bytes: estate.bytes, registries: estate.registries, otherResources: SIZES.estate.otherResources, resourceChanges: estate.resourceChanges };
    results.scenarios.estate = { lint: estateLint, jsonParse: estateParse, sanity: estateLint.acr001Errors === estate.registries, ratio: estateLint.seconds / estateParse.seconds };

    log(`parallelism: the HCL parser alone vs copying its syntax trees between threads (dense tree) ...`);
    results.parallelism = await measure('parse-vs-clone', { dir: dense.root, runs: 3 });
    log(`start-up: the CLI's --version and a one-file scan, ${START_UP_RUNS} runs each ...`);
    results.startUp = measureStartUp(work);

    log(`scaling: ${CROWDED_SHAPES.length} crowded shapes at ${fmt(CROWDED_SIZE)} and ${fmt(4 * CROWDED_SIZE)} ...`);
    results.scaling = await measureScaling(work);

    results.totalSeconds = (performance.now() - started) / 1000;
    results.loadAverageAtEnd = os.loadavg()[0];
    const libAfter = libFingerprint();
    if (libAfter !== libBefore) results.libChangedDuringRun = libAfter;
    print(results, rows, { sparse, dense, plan });
    const failed = !results.scenarios.sparse.sanity || !results.scenarios.dense.sanity || !planOk || !results.scenarios.estate.sanity;
    if (failed) process.exitCode = 1;
  } finally {
    if (keep) log(`inputs kept in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Lints each crowded shape (everything on one registry or one vault, in one module) at n and 4n:
 * a lookup that compares every pair shows as a time ratio near 16 instead of 4.
 */
async function measureScaling(work) {
  const out = {};
  for (const shape of CROWDED_SHAPES) {
    const runs = [];
    for (const n of [CROWDED_SIZE, 4 * CROWDED_SIZE]) {
      const target = generateCrowded(shape, n, path.join(work, 'crowded', `${shape}-${n}`));
      const m = shape.startsWith('plan') ? await measure('lint-plan', { plan: target, root: work, runs: 1 }) : await measure('lint-tree', { dir: target, root: work });
      runs.push({ n, seconds: m.seconds, findings: m.findingsTotal, peakRssMB: m.peakRssMB, diagnostics: m.diagnostics });
    }
    out[shape] = { runs, ratio: runs[1].seconds / runs[0].seconds };
  }
  return out;
}

/** Median wall seconds of `tf-acr-lint --version` and of a scan of a directory holding one small .tf file. */
function measureStartUp(work) {
  // What `npx tf-acr-lint` runs: the package's bin.
  const bin = path.join(REPO, JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).bin['tf-acr-lint']);
  const one = path.join(work, 'one-file');
  mkdirSync(one);
  copyFileSync(path.join(REPO, 'fixtures', 'scenarios', 'locked-down-cache', 'main.tf'), path.join(one, 'main.tf'));
  const median = (args) => {
    const times = [];
    for (let i = 0; i < START_UP_RUNS; i++) {
      const t = performance.now();
      const run = spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8' });
      times.push((performance.now() - t) / 1000);
      if (run.error || run.status === 2) throw new Error(`tf-acr-lint ${args.join(' ')} failed: ${run.stderr}`);
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  };
  return { versionSeconds: median(['--version']), oneFileScanSeconds: median([one]) };
}

function treeRow(scenario, what, tree, m, note) {
  return { scenario, what, seconds: m.seconds, cpuSeconds: m.cpuSecondsTimed, filesPerSecond: tree.files.length / m.seconds, mbPerSecond: tree.bytes / MB / m.seconds, peakRssMB: m.peakRssMB, note };
}

function planRow(what, plan, m, note) {
  return { scenario: 'plan', what, seconds: m.seconds, cpuSeconds: m.cpuSecondsTimed, filesPerSecond: 1 / m.seconds, mbPerSecond: plan.bytes / MB / m.seconds, peakRssMB: m.peakRssMB, note };
}

function otherFindings(m) {
  const others = Object.entries(m.findings).filter(([k]) => k !== 'ACR001 error');
  return others.length ? `; others: ${others.map(([k, n]) => `${n} ${k}`).join(', ')}` : '';
}

function skippedNote(m) {
  return m.skipped ? `; not parsed (no registry in their tree): ${fmt(m.skipped.modules)} root modules, ${fmt(m.skipped.files)} files` : '';
}

function diagnosticsNote(m) {
  const entries = Object.entries(m.diagnostics);
  return entries.length ? `; diagnostics: ${entries.map(([k, n]) => `${n} ${k}`).join(', ')} (${m.firstDiagnostics.join(' | ')})` : '';
}

function print(results, rows, inputs) {
  const { sparse, dense, plan } = inputs;
  const out = [];
  out.push('');
  out.push(`tf-acr-lint benchmark${results.quick ? ' (--quick: inputs 10× smaller)' : ''}`);
  out.push(`Node ${results.node}, ${results.platform}, ${results.cpus} CPUs (${results.cpuModel ?? 'unknown CPU'}); 1-min load average ${results.loadAverageAtStart.toFixed(2)} at start, ${results.loadAverageAtEnd.toFixed(2)} at end`);
  const git = results.git ? `commit ${results.git.head}${results.git.uncommittedSourceFiles ? ` + ${results.git.uncommittedSourceFiles} uncommitted files in src/ and rules/` : ''}, ` : '';
  out.push(`Measured: ${git}lib/ build ${results.lib}`);
  if (results.libChangedDuringRun) out.push(`WARNING: lib/ was rebuilt during the run (now ${results.libChangedDuringRun}): the scenarios may have measured different builds.`);
  out.push('');
  out.push('Inputs (generated, seeded):');
  out.push(`  sparse  ${fmt(sparse.files.length)} .tf files, ${(sparse.bytes / MB).toFixed(1)} MB, ${fmt(sparse.modules)} modules (${sparse.roots} roots, ${sparse.children} child modules, ${sparse.sharedModules} shared modules); ${sparse.registries} hold a locked-down registry (${sparse.cacheRules} cache rules)`);
  out.push(`  dense   ${fmt(dense.files.length)} .tf files, ${(dense.bytes / MB).toFixed(1)} MB, ${fmt(dense.modules)} modules (${dense.roots} roots, ${dense.children} child modules); every one holds a locked-down registry (${fmt(dense.cacheRules)} cache rules)`);
  out.push(`  plan    ${(plan.bytes / MB).toFixed(1)} MB show -json (format 1.2, one line), ${fmt(plan.registries)} locked-down registries, ${fmt(plan.cacheRules)} cache rules, ${fmt(plan.resourceChanges)} resource changes`);
  out.push('');
  const header = ['scenario', 'measured', 'wall s', 'CPU s', 'files/s', 'MB/s', 'peak RSS MB'];
  const cells = rows.map((r) => [r.scenario, r.what, r.seconds.toFixed(3), r.cpuSeconds.toFixed(3), fmt(r.filesPerSecond, r.filesPerSecond < 100 ? 2 : 0), r.mbPerSecond.toFixed(1), fmt(r.peakRssMB)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => (i < 2 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  out.push(line(header));
  out.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) out.push(line(c));
  out.push('');
  out.push('Checks:');
  for (const r of rows.filter((r) => r.what.startsWith('tf-acr-lint'))) out.push(`  ${r.scenario.padEnd(6)}  ${r.note}`);
  const hclFail = rows.filter((r) => r.what.startsWith('hcl2json') && r.note !== 'all files parsed');
  for (const r of hclFail) out.push(`  ${r.scenario.padEnd(6)}  hcl2json: ${r.note}`);
  out.push('');
  out.push('Targets (issue 7):');
  const s = results.scenarios;
  const verdict = (met) => (met ? 'met' : 'MISSED');
  const cpuRatio = (a, b) => (a.cpuSecondsTimed / b.cpuSecondsTimed).toFixed(2);
  out.push(`  sparse  tf-acr-lint ${s.sparse.speedup.toFixed(2)}× faster than hcl2json's parse   (target ≥ ${TARGETS.sparse}×)   ${verdict(s.sparse.speedup >= TARGETS.sparse)}   [by CPU time: ${cpuRatio(s.sparse.hcl2json, s.sparse.lint)}×]`);
  out.push(`  dense   tf-acr-lint ${s.dense.speedup.toFixed(2)}× faster than hcl2json's parse   (target ≥ ${TARGETS.dense}×)   ${verdict(s.dense.speedup >= TARGETS.dense)}   [by CPU time: ${cpuRatio(s.dense.hcl2json, s.dense.lint)}×]`);
  out.push(`  plan    tf-acr-lint takes ${s.plan.ratio.toFixed(2)}× JSON.parse's time   (target ≤ ${TARGETS.plan}×)   ${verdict(s.plan.ratio <= TARGETS.plan)}   [by CPU time: ${cpuRatio(s.plan.lint, s.plan.jsonParse)}×]`);
  out.push('  (verdicts use wall time; CPU time, all threads, is shown because it is less sensitive to other load on the machine)');
  const peaks = [['sparse', s.sparse.lint.peakRssMB], ['dense', s.dense.lint.peakRssMB], ['plan', s.plan.lint.peakRssMB]];
  const up = results.startUp;
  out.push(`  start   median wall of ${START_UP_RUNS} runs: --version ${up.versionSeconds.toFixed(3)} s, one-file scan ${up.oneFileScanSeconds.toFixed(3)} s   (target < ${TARGETS.startUpSeconds} s)   ${verdict(up.versionSeconds < TARGETS.startUpSeconds && up.oneFileScanSeconds < TARGETS.startUpSeconds)}`);
  out.push(`  memory  peak RSS of the lint runs: ${peaks.map(([n, v]) => `${n} ${fmt(v)} MB`).join(', ')}   (target ≤ ${TARGETS.peakRssMB} MB each)   ${verdict(peaks.every(([, v]) => v <= TARGETS.peakRssMB))}`);
  out.push('');
  const e = s.estate;
  out.push(`Relevance first in plans (not a target): ${fmt(results.inputs.estate.registries)} registries among ${fmt(results.inputs.estate.otherResources)} other resources, ${(results.inputs.estate.bytes / MB).toFixed(1)} MB:`);
  out.push(`  lint() ${e.lint.seconds.toFixed(3)} s, JSON.parse ${e.jsonParse.seconds.toFixed(3)} s: ${e.ratio.toFixed(2)}× (${fmt(e.lint.skipped?.planResources ?? 0)} resources not read; ${fmt(e.lint.acr001Errors)} ACR001 errors, expected ${fmt(results.inputs.estate.registries)} ${e.sanity ? 'ok' : 'MISMATCH'}; peak RSS ${fmt(e.lint.peakRssMB)} MB)`);
  out.push('');
  const par = results.parallelism;
  out.push(`Parallel parsing (issue 7 asks to measure it first): parsing the dense tree's ${fmt(par.files)} files takes ${par.parseSeconds.toFixed(3)} s on one thread;`);
  out.push(`  copying the syntax trees back from worker threads (structuredClone) would take ${par.cloneSeconds.toFixed(3)} s by itself (${(par.cloneSeconds / par.parseSeconds).toFixed(1)}× the parse), so files are parsed on the main thread.`);
  out.push('');
  out.push(`Scaling (issue 7: no lookups that compare every pair): lint() of crowded inputs at n and 4n; linear work takes about 4× as long, pairwise work about 16×`);
  for (const [shape, { runs, ratio }] of Object.entries(results.scaling)) {
    const [a, b] = runs;
    out.push(`  ${shape.padEnd(20)} n=${fmt(a.n)} ${a.seconds.toFixed(2)} s, 4n=${fmt(b.n)} ${b.seconds.toFixed(2)} s (${fmt(b.findings)} findings, ${fmt(b.peakRssMB)} MB)   ${ratio.toFixed(1)}×   ${ratio <= SUPERLINEAR_RATIO ? 'linear' : 'SUPERLINEAR'}`);
  }
  out.push(`Warm-up (first lint / first parse, excluded above): tf-acr-lint ${s.sparse.lint.initSeconds.toFixed(3)} s, hcl2json ${s.sparse.hcl2json.initSeconds.toFixed(3)} s (WebAssembly compile). Total benchmark time ${results.totalSeconds.toFixed(0)} s.`);
  out.push('');
  out.push('Results (JSON):');
  out.push(JSON.stringify(results, null, 2));
  console.log(out.join('\n'));
}

await main();
