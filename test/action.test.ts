/**
 * The GitHub Action as the runner runs it: the committed bundle, copied alone (no node_modules),
 * with INPUT_* variables, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT, in a workspace holding the AVM
 * seed scenario. Also checks that the committed dist/ is what the sources build.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { bundleAction, DIST_FILES } from '../src/bundle.js';
import { REPO_ROOT } from './helpers/fixtures.js';
import { expectValidSarif } from './helpers/sarif-schema.js';

const DIST = path.join(REPO_ROOT, 'dist');

/** action.yml as the runner reads it (a YAML error throws here, as it fails the workflow there). */
const METADATA = parseYaml(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { main: string };
};

function actionCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-action-'));
  for (const file of DIST_FILES) copyFileSync(path.join(DIST, file), path.join(dir, file));
  return path.join(dir, 'index.js');
}

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-ws-'));
  mkdirSync(path.join(dir, 'infra'));
  copyFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/avm-private-cache/main.tf'), path.join(dir, 'infra/main.tf'));
  return dir;
}

function runAction(ws: string, inputs: Record<string, string>, overrides: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; summary: string; outputs: Record<string, string> } {
  const summary = path.join(ws, '..', `${path.basename(ws)}-summary.md`);
  const output = path.join(ws, '..', `${path.basename(ws)}-output.txt`);
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    GITHUB_WORKSPACE: ws,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'contoso/platform',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  };
  // The runner sets every declared input, with its default unless the workflow gives a value.
  for (const [name, declared] of Object.entries(METADATA.inputs)) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? declared.default ?? '';
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, overrides);
  const run = spawnSync(process.execPath, [actionCopy()], { cwd: ws, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(readFileSync(output, 'utf8').trim().split('\n').filter(Boolean).map((l) => l.split('=') as [string, string]));
  return { status: run.status, stdout: run.stdout + run.stderr, summary: readFileSync(summary, 'utf8'), outputs };
}

describe('the GitHub Action bundle', () => {
  it('is what the sources build (a stale dist/ fails here)', async () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-dist-'));
    await bundleAction(REPO_ROOT, fresh);
    for (const file of DIST_FILES) {
      expect(existsSync(path.join(DIST, file))).toBe(true);
      expect(readFileSync(path.join(DIST, file)).equals(readFileSync(path.join(fresh, file)))).toBe(true);
    }
  }, 60_000);

  it('declares in action.yml exactly the inputs the action reads, and runs the bundle', () => {
    const source = readFileSync(path.join(REPO_ROOT, 'src/action.ts'), 'utf8');
    const read = [...source.matchAll(/\b(?:input|booleanInput)\(env, '([^']+)'/g)].map((m) => m[1]);
    expect([...new Set(read)].sort()).toEqual(Object.keys(METADATA.inputs).sort());
    expect(METADATA.runs.main).toBe('dist/index.js');
  });

  it('annotates the module block, writes the summary, SARIF and outputs, and fails the step', () => {
    const ws = workspace();
    const { status, stdout, summary, outputs } = runAction(ws, { path: 'infra', 'sarif-file': 'reports/acr.sarif' });
    expect(status).toBe(1);
    expect(stdout).toMatch(/^::error file=infra\/main\.tf,line=4,endLine=4,col=1,endColumn=\d+,title=ACR001 acr-cache-blocked-by-bypass-none::Artifact Cache on module\.registry\./m);
    expect(stdout).toContain('finding at or above "error"; see the annotations and the job summary');
    // The failure points at what the step wrote: without annotations or summary, the SARIF file.
    expect(runAction(ws, { path: 'infra', annotations: 'false' }).stdout).toContain('; see the job summary');
    expect(runAction(ws, { path: 'infra', annotations: 'false', summary: 'false' }).stdout).toContain('; see the SARIF file tf-acr-lint.sarif');
    expect(summary).toContain('## tf-acr-lint');
    expect(summary).toContain('[ACR001](');
    expect(summary).toContain('https://github.com/contoso/platform/blob/0123456789abcdef0123456789abcdef01234567/infra/main.tf#L4');
    expect(outputs).toEqual({ 'sarif-file': 'reports/acr.sarif', findings: expect.stringMatching(/^\d+$/), errors: '1' });
    expect(Object.keys(outputs).sort()).toEqual(Object.keys(METADATA.outputs).sort());
    const sarif = JSON.parse(readFileSync(path.join(ws, 'reports/acr.sarif'), 'utf8'));
    expectValidSarif(sarif);
    expect(sarif.runs[0].automationDetails.id).toBe('tf-acr-lint/hcl/infra/');
    const acr001 = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'ACR001');
    expect(acr001.locations[0].physicalLocation.artifactLocation.uri).toBe('infra/main.tf');
  });

  it('passes with fail-on none, and can leave annotations and the summary out', () => {
    const { status, stdout, summary } = runAction(workspace(), { path: 'infra', 'fail-on': 'none', annotations: 'false', summary: 'false' });
    expect(status).toBe(0);
    expect(stdout).not.toContain('::error');
    expect(summary).toBe('');
  });

  it('reads the workspace\'s .tf-acr-lint.yml (YAML and its schema check are bundled too)', () => {
    const ws = workspace();
    writeFileSync(path.join(ws, '.tf-acr-lint.yml'), 'rules:\n  ACR001: warning\n');
    const { status, stdout } = runAction(ws, { path: 'infra' });
    expect(stdout).not.toContain('internal error');
    expect(stdout).toMatch(/^::warning file=infra\/main\.tf,line=4,.*title=ACR001 /m);
    expect(stdout).not.toMatch(/^::error .*title=ACR001 /m);
    expect(status).toBe(0);
    writeFileSync(path.join(ws, '.tf-acr-lint.yml'), 'rules:\n  ACR999: off\n');
    const bad = runAction(ws, { path: 'infra' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/ACR999: no rule has this id or name/);
  });

  it('finds .tf-acr-lint.yml upwards from the path it lints, as the CLI does, before the workspace\'s', () => {
    const ws = workspace();
    writeFileSync(path.join(ws, '.tf-acr-lint.yml'), 'rules:\n  ACR001: note\n');
    writeFileSync(path.join(ws, 'infra/.tf-acr-lint.yml'), 'rules:\n  ACR001: warning\n');
    const { status, stdout } = runAction(ws, { path: 'infra' });
    expect(stdout).toMatch(/^::warning file=infra\/main\.tf,line=4,.*title=ACR001 /m);
    expect(status).toBe(0);
    const file = runAction(ws, { path: 'infra/main.tf' });
    expect(file.stdout).toMatch(/^::warning file=infra\/main\.tf,line=4,.*title=ACR001 /m);
  });

  it('names a config file in its errors as the workflow does, relative to the workspace', () => {
    const ws = workspace();
    const missing = runAction(ws, { path: 'infra', config: 'ci/lint.yml' });
    expect(missing.status).toBe(1);
    expect(missing.stdout.trim()).toBe('::error title=tf-acr-lint::input "config": ci/lint.yml: no such file');
    mkdirSync(path.join(ws, 'ci'));
    writeFileSync(path.join(ws, 'ci/lint.yml'), 'rules:\n  ACR001: sometimes\n');
    const invalid = runAction(ws, { path: 'infra', config: 'ci/lint.yml' });
    // Annotated on the line of the config file, which shows in the pull request when it changes there.
    expect(invalid.stdout.trim()).toBe('::error file=ci/lint.yml,line=2,title=tf-acr-lint::ci/lint.yml:2: rules.ACR001 must be off, on, error, warning or note, not "sometimes"');
    writeFileSync(path.join(ws, '.tf-acr-lint.yml'), 'rules: [\n');
    expect(runAction(ws, { path: 'infra' }).stdout).toMatch(/^::error file=\.tf-acr-lint\.yml,line=2,title=tf-acr-lint::\.tf-acr-lint\.yml:2: invalid YAML: /);
    writeFileSync(path.join(ws, '.tf-acr-lint.yml'), 'ignore:\n  - modules/**\n  - "!keep/**"\n');
    expect(runAction(ws, { path: 'infra' }).stdout.trim()).toBe('::error file=.tf-acr-lint.yml,line=3,title=tf-acr-lint::.tf-acr-lint.yml:3: ignore.1: negated globs ("!...") are not supported: each glob names paths to ignore');
  });

  it('parses the roots that never mention a registry only with prune false, and reports their syntax errors then', () => {
    const ws = workspace();
    mkdirSync(path.join(ws, 'app'));
    writeFileSync(path.join(ws, 'app/main.tf'), 'resource "azurerm_storage_account" "s" {\n  name =\n');
    const pruned = runAction(ws, { 'fail-on': 'none' });
    expect(pruned.stdout).not.toContain('app/main.tf');
    expect(pruned.summary).not.toContain('app/main.tf');
    const full = runAction(ws, { 'fail-on': 'none', prune: 'false' });
    expect(full.stdout).toMatch(/^::error file=app\/main\.tf,line=3,.*title=tf-acr-lint input problem::syntax error/m);
    expect(full.summary).toContain('app/main.tf');
    expect(full.stdout).toMatch(/^::error file=infra\/main\.tf,line=4,.*title=ACR001 /m);
    const bad = runAction(ws, { prune: 'sometimes' });
    expect(bad.status).toBe(1);
    expect(bad.stdout.trim()).toBe('::error title=tf-acr-lint::input "prune" must be true or false, not "sometimes"');
  });

  it('takes fail-on in any case, as its boolean inputs', () => {
    const { status, stdout } = runAction(workspace(), { path: 'infra', 'fail-on': 'Warning' });
    expect(status).toBe(1);
    expect(stdout).toMatch(/^tf-acr-lint: \d+ findings? at or above "warning"/m);
    expect(runAction(workspace(), { path: 'infra', 'fail-on': 'NONE' }).status).toBe(0);
  });

  it('reports a bad input as one annotation and fails', () => {
    const { status, stdout } = runAction(workspace(), { 'fail-on': 'sometimes' });
    expect(status).toBe(1);
    expect(stdout.trim()).toBe('::error title=tf-acr-lint::input "fail-on" must be error, warning, note or none, not "sometimes"');
  });

  it('reports a SARIF file it cannot write, or a name of two lines, as a bad input, not an internal error', () => {
    const ws = workspace();
    mkdirSync(path.join(ws, 'reports'));
    const directory = runAction(ws, { path: 'infra', 'sarif-file': 'reports' });
    expect(directory.status).toBe(1);
    expect(directory.stdout).toContain('::error title=tf-acr-lint::cannot write the SARIF file "reports": EISDIR');
    expect(directory.stdout).not.toContain('internal error');
    const twoLines = runAction(ws, { path: 'infra', 'sarif-file': 'out.sarif\nerrors=0' });
    expect(twoLines.stdout.trim()).toBe('::error title=tf-acr-lint::input "sarif-file" must be one path, on one line');
    expect(twoLines.outputs).toEqual({});
  });

  it('refuses a sarif-file that would overwrite what the scan reads, as --output does', () => {
    const ws = workspace();
    copyFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache/plan.json'), path.join(ws, 'plan.json'));
    writeFileSync(path.join(ws, 'prod.tfvars'), 'x = 1\n');
    const cases: [Record<string, string>, string][] = [
      [{ path: 'infra', 'sarif-file': 'infra/main.tf' }, 'it is a Terraform file'],
      [{ path: 'infra', plan: 'plan.json', 'sarif-file': './plan.json' }, 'it is an input of this scan'],
      [{ path: 'infra', 'var-files': 'prod.tfvars', 'sarif-file': 'prod.tfvars' }, 'it is one of the var-files of this scan'],
    ];
    for (const [inputs, why] of cases) {
      const before = readFileSync(path.join(ws, inputs['sarif-file']!), 'utf8');
      const { status, stdout, outputs } = runAction(ws, { ...inputs, 'fail-on': 'none' });
      expect(status).toBe(1);
      expect(stdout.trim()).toBe(`::error title=tf-acr-lint::input "sarif-file" (${inputs['sarif-file']}): ${why}; the report is not written over it`);
      expect(readFileSync(path.join(ws, inputs['sarif-file']!), 'utf8')).toBe(before);
      expect(outputs).toEqual({});
    }
    writeFileSync(path.join(ws, 'lint.yml'), 'rules: {}\n');
    const config = runAction(ws, { path: 'infra', config: 'lint.yml', 'sarif-file': 'lint.yml' });
    expect(config.stdout.trim()).toBe('::error title=tf-acr-lint::input "sarif-file" (lint.yml): it is the configuration file of this scan; the report is not written over it');
  });

  it('warns when the path holds no Terraform file, as after a missing checkout, rather than pass in silence', () => {
    const ws = workspace();
    mkdirSync(path.join(ws, 'terraform'));
    writeFileSync(path.join(ws, 'terraform/prod.tfvars'), 'x = 1\n');
    const { status, stdout, outputs } = runAction(ws, { path: 'terraform' });
    expect(status).toBe(0);
    expect(stdout.trim()).toBe('::warning title=tf-acr-lint::no .tf, .tf.json, .tofu or .tofu.json files found in "terraform": nothing was checked');
    expect(outputs).toMatchObject({ findings: '0', errors: '0' });
    expect(runAction(ws, { path: 'infra' }).stdout).not.toContain('files found');
  });

  it('refuses a path or plan input of several lines, which it would look for as one name', () => {
    const { status, stdout, outputs } = runAction(workspace(), { path: 'infra\nmodules\n' });
    expect(status).toBe(1);
    expect(stdout.trim()).toBe('::error title=tf-acr-lint::input "path" must be one directory or file, on one line; lint several with one step each (each gets its own SARIF category)');
    expect(outputs).toEqual({});
    const plans = runAction(workspace(), { path: 'infra', plan: 'a.json\nb.json' });
    expect(plans.stdout.trim()).toBe('::error title=tf-acr-lint::input "plan" must be one file, on one line; lint several with one step each (each gets its own SARIF category)');
  });

  it('refuses a path outside the workspace, whose files GitHub cannot annotate or link', () => {
    const ws = workspace();
    const outside = runAction(ws, { path: '../elsewhere' });
    expect(outside.status).toBe(1);
    expect(outside.stdout.trim()).toBe('::error title=tf-acr-lint::input "path" (../elsewhere) is outside the workspace (GITHUB_WORKSPACE); GitHub annotates and links only the files of the repository checked out there');
    expect(outside.outputs).toEqual({});
    expect(runAction(ws, { path: path.join(ws, 'infra') }).stdout).toMatch(/^::error file=infra\/main\.tf,line=4,/m);
  });

  it('refuses a path that does not exist beside a plan, which would only lose the plan findings\' .tf places', () => {
    const ws = workspace();
    copyFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache/plan.json'), path.join(ws, 'plan.json'));
    const { status, stdout } = runAction(ws, { plan: 'plan.json', path: 'infar' });
    expect(status).toBe(1);
    expect(stdout.trim()).toBe('::error title=tf-acr-lint::input "path" (infar): no such directory; with "plan", it names the configuration the plan was made from');
  });

  it('refuses a var-files entry that does not exist, as --var-file does, even with fail-on none', () => {
    const { status, stdout } = runAction(workspace(), { path: 'infra', 'var-files': 'infra/prod.tfvars', 'fail-on': 'none' });
    expect(status).toBe(1);
    expect(stdout.trim()).toBe('::error title=tf-acr-lint::input "var-files": infra/prod.tfvars: no such file');
  });

  it('fails, even with fail-on none, when none of its inputs could be read, as the CLI exits 2', () => {
    const ws = workspace();
    writeFileSync(path.join(ws, 'plan.json'), '{"format_version": "1.2", "resource_changes": [');
    const { status, stdout, outputs } = runAction(ws, { plan: 'plan.json', path: 'infra', 'fail-on': 'none' });
    expect(status).toBe(1);
    expect(stdout).toMatch(/^::error file=plan\.json,.*invalid JSON/m);
    expect(stdout).toContain('tf-acr-lint: none of the inputs could be read; see the annotations and the job summary');
    expect(outputs).toMatchObject({ findings: '0', errors: '0' });
  });

  it('writes the outputs even when the job summary cannot be written, and says so in a warning', () => {
    const ws = workspace();
    const { status, stdout, outputs } = runAction(ws, { path: 'infra', 'fail-on': 'none' }, { GITHUB_STEP_SUMMARY: path.join(ws, 'infra') });
    expect(status).toBe(0);
    expect(stdout).toContain('::warning title=tf-acr-lint::cannot write the job summary: EISDIR');
    expect(outputs['sarif-file']).toBe('tf-acr-lint.sarif');
    expect(Number(outputs['findings'])).toBeGreaterThan(0);
  });
});

describe('the README\'s workflow examples', () => {
  type Step = { id?: string; if?: string; uses?: string; run?: string; with?: Record<string, unknown> };
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## GitHub Actions'), readme.indexOf('\n## ', readme.indexOf('## GitHub Actions') + 1));
  /** Each yaml block as YAML: a whole workflow, or a list of steps (indented as in a job). */
  const examples = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parseYaml(m[1]!) as { jobs?: Record<string, { permissions?: Record<string, string>; steps: Step[] }> } | Step[]);
  const stepsOf = (example: (typeof examples)[number]): Step[] => (Array.isArray(example) ? example : Object.values(example.jobs ?? {}).flatMap((job) => job.steps));

  it('are YAML, and give the action only the inputs action.yml declares', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const step of examples.flatMap(stepsOf).filter((s) => s.uses?.startsWith('tf-acr-lint/tf-acr-lint@'))) {
      for (const name of Object.keys(step.with ?? {})) expect(Object.keys(METADATA.inputs)).toContain(name);
    }
  });

  it('grant upload-sarif what it needs, in a private repository too', () => {
    const workflow = examples.find((e) => !Array.isArray(e) && e.jobs) as { jobs: Record<string, { permissions?: Record<string, string> }> };
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toMatchObject({ contents: 'read', 'security-events': 'write', actions: 'read' });
  });

  it('upload the SARIF file the action wrote, and only when it wrote one', () => {
    for (const steps of examples.map(stepsOf)) {
      const lint = steps.find((s) => s.uses?.startsWith('tf-acr-lint/tf-acr-lint@'))!;
      const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
      expect(upload.with?.['sarif_file']).toBe(`\${{ steps.${lint.id}.outputs.sarif-file }}`);
      // always() would run it after a bad input too, when there is no file: upload-sarif then fails on its default path.
      expect(upload.if).toContain(`steps.${lint.id}.outputs.sarif-file`);
      expect(upload.if).toContain('!cancelled()');
    }
  });

  it('turn off the setup-terraform wrapper before writing plan JSON, which it would prefix with its own lines', () => {
    for (const steps of examples.map(stepsOf)) {
      const show = steps.findIndex((s) => /\bshow -json\b/.test(s.run ?? ''));
      if (show < 0) continue;
      const setup = steps.slice(0, show).find((s) => s.uses?.startsWith('hashicorp/setup-terraform@'));
      expect(setup?.with?.['terraform_wrapper']).toBe(false);
    }
  });
});
