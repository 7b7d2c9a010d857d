import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../src/cli.js';
import { readExpectations, REPO_ROOT } from './helpers/fixtures.js';
import { expectValidSarif } from './helpers/sarif-schema.js';

const ACR001 = 'fixtures/rules/acr-cache-blocked-by-bypass-none';

// Jest's workers set FORCE_COLOR when jest's own output is coloured; these tests read the plain report.
delete process.env['FORCE_COLOR'];

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  const code = await main(argv, { stdout, stderr, isTTY: false });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

interface SarifResult {
  ruleId: string;
  level: string;
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
}

describe('tf-acr-lint CLI', () => {
  beforeAll(() => process.chdir(REPO_ROOT));

  it('writes valid SARIF with exactly the annotated ACR001 results, at their lines', async () => {
    const { code, stdout } = await run(ACR001, '--format', 'sarif');
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as { runs: { results: SarifResult[]; invocations: { toolExecutionNotifications: unknown[] }[] }[] };
    expectValidSarif(log);
    // Without fixture.json's --var/--var-file the cli-var-* cases read otherwise (the fixture test gives them theirs); every other annotation must match.
    const needsCommandLine = (file: string) => /\/cli-var-[^/]+\//.test(file);
    const results = log.runs[0]!.results
      .map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine} ${r.level}`)
      .filter((r) => !needsCommandLine(r));
    const expected = readExpectations(path.join(REPO_ROOT, ACR001))
      .filter((e) => e.kind === 'finding' && !needsCommandLine(e.file))
      .map((e) => `${e.file}:${e.line} ${e.level ?? 'error'}`);
    expect(results.sort()).toEqual(expected.sort());
    // Input problems (the syntax error, the module cases) are notifications, not results.
    const diagnostics = readExpectations(path.join(REPO_ROOT, ACR001)).filter((e) => e.kind === 'diagnostic');
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications).toHaveLength(diagnostics.length);
  });

  it('applies --var-file then --var in command-line order', async () => {
    const dir = `${ACR001}/cli-var-file-and-var`;
    const acr001 = (stdout: string): unknown[] => (JSON.parse(stdout).findings as { ruleId: string }[]).filter((f) => f.ruleId === 'ACR001');
    const withVars = await run(dir, '--var-file', `${dir}/vars/ci.tfvars`, '--var', 'public=false', '--format', 'json');
    expect(acr001(withVars.stdout)).toHaveLength(1);
    // A later --var overrides the var file.
    const overridden = await run(dir, '--var-file', `${dir}/vars/ci.tfvars`, '--var', 'public=false', '--var', 'bypass=AzureServices', '--format', 'json');
    expect(acr001(overridden.stdout)).toHaveLength(0);
    // ...but a var file given after the --var wins over it.
    const fileLast = await run(dir, '--var', 'bypass=AzureServices', '--var', 'public=false', '--var-file', `${dir}/vars/ci.tfvars`, '--format', 'json');
    expect(acr001(fileLast.stdout)).toHaveLength(1);
  });

  it('exit codes follow --fail-on', async () => {
    const noteOnly = `${ACR001}/unknown-bypass-variable`;
    expect((await run(noteOnly)).code).toBe(0);
    expect((await run(noteOnly, '--fail-on', 'note')).code).toBe(1);
    expect((await run(`${ACR001}/literal-none`, '--fail-on', 'none')).code).toBe(0);
    expect((await run(`${ACR001}/restricted-azure-services`)).code).toBe(0);
  });

  it('a file that cannot be parsed makes the exit code 1, and the other files are still linted', async () => {
    const { code, stdout } = await run(`${ACR001}/syntax-error-beside-good`);
    expect(code).toBe(1);
    expect(stdout).toMatch(/broken\.tf:4:10\s+error\s+syntax error/);
    expect(stdout).toMatch(/good\.tf:9:3\s+error\s+ACR001/);
  });

  it('reports unreadable input clearly, without a stack trace, and exits 2 when nothing could be read', async () => {
    const missing = await run('does/not/exist');
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('does/not/exist');
    expect(missing.stdout + missing.stderr).not.toMatch(/\n\s+at /);

    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-'));
    writeFileSync(path.join(dir, 'binary.tf'), Buffer.from([0x72, 0x65, 0x00, 0x01, 0x02]));
    writeFileSync(path.join(dir, 'latin1.tf'), Buffer.concat([Buffer.from('# ok\nname = "caf'), Buffer.from([0xe9]), Buffer.from('"\n')]));
    const bad = await run(dir, '--format', 'json');
    expect(bad.code).toBe(1);
    const diagnostics = JSON.parse(bad.stdout).diagnostics as { file: string; line: number; column: number; message: string }[];
    expect(diagnostics.map((d) => [path.basename(d.file), d.line, d.column, d.message])).toEqual([
      ['binary.tf', 1, 3, expect.stringContaining('binary')],
      ['latin1.tf', 2, 12, expect.stringContaining('not valid UTF-8')],
    ]);
  });

  it('rejects usage errors with exit code 2', async () => {
    expect((await run('--format', 'xml')).code).toBe(2);
    expect((await run('--var', 'novalue')).code).toBe(2);
    expect((await run('--no-such-flag')).code).toBe(2);
  });

  it('lists the rules, as text and as JSON', async () => {
    const json = await run('rules', '--format', 'json');
    const rules = JSON.parse(json.stdout) as { id: string; name: string; level: string; description: string; helpUri: string }[];
    expect(rules[0]).toMatchObject({ id: 'ACR001', name: 'acr-cache-blocked-by-bypass-none', level: 'error' });
    expect(rules.map((r) => r.id)).toEqual(Array.from({ length: 16 }, (_, i) => `ACR${String(i + 1).padStart(3, '0')}`));
    expect(rules[0]!.helpUri).toMatch(/\/rules\/acr-cache-blocked-by-bypass-none\.md$/);
    expect((await run('rules')).stdout).toContain('ACR001');
    // The format named before the command counts too; one the list cannot be written in is a usage error.
    expect((await run('-f', 'json', 'rules')).stdout).toBe(json.stdout);
    const sarif = await run('-f', 'sarif', 'rules');
    expect([sarif.code, sarif.stdout, sarif.stderr.split('\n')[0]]).toEqual([2, '', 'error: the rules list is written as text or json, not sarif']);
  });

  it('writes the report to --output', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-')), 'report.sarif');
    const { code, stdout } = await run('fixtures/scenarios/locked-down-cache', '--format', 'sarif', '-o', out);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const log = JSON.parse(readFileSync(out, 'utf8'));
    expectValidSarif(log);
    // No category of its own: upload-sarif fills runAutomationDetails only when it is absent, so its category input would be ignored.
    expect(log.runs[0]).not.toHaveProperty('automationDetails');
  });

  it('writes paths relative to the repository that holds the scanned path, wherever it runs from', async () => {
    // Run from this repository's root, on another checkout: its URIs must resolve in that one's code scanning.
    const checkout = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-checkout-'));
    mkdirSync(path.join(checkout, '.git'));
    mkdirSync(path.join(checkout, 'infra'));
    writeFileSync(path.join(checkout, 'infra/main.tf'), readFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache/main.tf')));
    const { stdout } = await run(path.join(checkout, 'infra'), '--format', 'sarif');
    const uris = (JSON.parse(stdout) as { runs: { results: SarifResult[] }[] }).runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris.length).toBeGreaterThan(0);
    expect(new Set(uris)).toEqual(new Set(['infra/main.tf']));
  });

  it('writes text paths relative to the working directory, SARIF paths relative to the repository', async () => {
    process.chdir(path.join(REPO_ROOT, 'fixtures/scenarios'));
    try {
      expect((await run('locked-down-cache')).stdout).toMatch(/^locked-down-cache\/main\.tf:10:3  error  ACR001 /);
      expect((await run('locked-down-cache', '-f', 'sarif')).stdout).toContain('"uri": "fixtures/scenarios/locked-down-cache/main.tf"');
    } finally {
      process.chdir(REPO_ROOT);
    }
  });

  it('colours the text report on a terminal, unless NO_COLOR is set, and wherever FORCE_COLOR asks for it', async () => {
    const coloured = async (isTTY: boolean, env: Record<string, string>, ...argv: string[]): Promise<boolean> => {
      const saved = { NO_COLOR: process.env['NO_COLOR'], FORCE_COLOR: process.env['FORCE_COLOR'] };
      delete process.env['NO_COLOR'];
      delete process.env['FORCE_COLOR'];
      Object.assign(process.env, env);
      const stdout = new PassThrough();
      const out: string[] = [];
      stdout.on('data', (c: Buffer) => out.push(c.toString()));
      try {
        await main(['fixtures/scenarios/locked-down-cache', ...argv], { stdout, stderr: new PassThrough(), isTTY });
      } finally {
        for (const [name, value] of Object.entries(saved)) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
      }
      return out.join('').includes('\u001b[');
    };
    expect(await coloured(true, {})).toBe(true);
    expect(await coloured(false, {})).toBe(false);
    expect(await coloured(true, { NO_COLOR: '1' })).toBe(false);
    // FORCE_COLOR, as CI services set it for logs that show colour, outweighs NO_COLOR as in Node; 0 turns colour off.
    expect(await coloured(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(await coloured(false, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(await coloured(true, { FORCE_COLOR: '0' })).toBe(false);
    // Node's own rule (tty.getColorDepth): '', 1, true, 2 and 3 force colour; any other value turns it off, NO_COLOR and a terminal notwithstanding.
    for (const force of ['', 'true', '2', '3']) expect(await coloured(false, { FORCE_COLOR: force })).toBe(true);
    for (const force of ['false', 'no', '4']) expect(await coloured(true, { FORCE_COLOR: force })).toBe(false);
    expect(await coloured(false, { FORCE_COLOR: '1' }, '--no-color')).toBe(false);
  });

  it('prints help with the exit codes, and the version', async () => {
    const help = (await run('--help')).stdout;
    expect(help).toContain('Exit codes');
    // Every cause of exit code 2 that the scan has (scan.ts returns EXIT.usage for each).
    expect(help.replace(/\s+/g, ' ')).toContain('2 usage error, a missing --var-file or --source, an invalid configuration file, an unwritable --output, or none of the inputs could be read');
    const version = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version as string;
    expect((await run('--version')).stdout.trim()).toBe(version);
  });

  it('the built executable runs (as npx tf-acr-lint does): the bundle package.json names', () => {
    const bin = path.join(REPO_ROOT, (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['tf-acr-lint']!);
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const result = spawnSync(process.execPath, [bin, 'fixtures/scenarios/locked-down-cache', '--no-color'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('fixtures/scenarios/locked-down-cache/main.tf:10:3  error  ACR001');
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('stops quietly when the reader closes the pipe early (| head), without a stack trace, and still exits with the scan\'s code', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-pipe-'));
    const seed = readFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache/main.tf'), 'utf8');
    // Enough findings that the output overflows the pipe's buffer after the reader has gone.
    for (let i = 0; i < 150; i++) {
      mkdirSync(path.join(dir, `m${i}`));
      writeFileSync(path.join(dir, `m${i}`, 'main.tf'), seed);
    }
    const bin = path.join(REPO_ROOT, (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['tf-acr-lint']!);
    const child = spawn(process.execPath, [bin, dir, '--no-color'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    // 150 ACR001 errors: the code a full read would see.
    expect(code).toBe(1);
  });

  it('keeps the scan\'s exit code when standard error is closed early too', async () => {
    const bin = path.join(REPO_ROOT, (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['tf-acr-lint']!);
    const empty = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-stderr-'));
    // A clean scan that writes to standard error (--verbose), and one of a directory without configuration, whose only line goes there.
    for (const [argv, expected] of [[['fixtures/rules/acr-admin-user-enabled/disabled-or-absent', '--verbose'], 0], [[empty], 0], [['/nonexistent-tf-acr-lint', '--verbose'], 2]] as const) {
      const child = spawn(process.execPath, [bin, ...argv], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
      child.stderr.destroy();
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect({ argv, code }).toEqual({ argv, code: expected });
    }
  });

  it('scans a directory tree but skips .terraform, .terragrunt-cache, .git and node_modules', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-'));
    const registry = readFileSync(path.join(REPO_ROOT, ACR001, 'literal-none/main.tf'), 'utf8');
    // Terragrunt copies the configuration it runs into .terragrunt-cache/<hash>/<hash>/ and runs init there.
    for (const sub of ['envs/prod', '.terraform/modules/x', 'envs/prod/.terragrunt-cache/a1/b2', 'node_modules/y', '.git/z']) {
      mkdirSync(path.join(dir, sub), { recursive: true });
      writeFileSync(path.join(dir, sub, 'main.tf'), registry);
    }
    const { stdout } = await run(dir, '--format', 'json');
    const files = (JSON.parse(stdout).findings as { ruleId: string; location: { file: string } }[]).filter((f) => f.ruleId === 'ACR001').map((f) => f.location.file);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/envs\/prod\/main\.tf$/);
  });
});

describe('tf-acr-lint CLI input and output errors', () => {
  beforeAll(() => process.chdir(REPO_ROOT));

  it('stops with exit code 2 when a --var-file does not exist, as Terraform does', async () => {
    const { code, stderr, stdout } = await run('fixtures/scenarios/locked-down-cache', '--var-file', 'nope.tfvars');
    expect(code).toBe(2);
    expect(stderr).toContain('--var-file nope.tfvars: no such file');
    expect(stdout).toBe('');
  });

  it('says clearly when --output cannot be written', async () => {
    const { code, stderr } = await run('fixtures/scenarios/locked-down-cache', '-o', '/nonexistent-dir/x.sarif', '--format', 'sarif');
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot write \/nonexistent-dir\/x\.sarif: ENOENT/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses to write the report over a file the scan reads, and leaves it as it was', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-overwrite-'));
    const scenario = 'fixtures/scenarios/locked-down-cache';
    for (const name of ['main.tf', 'plan.json']) writeFileSync(path.join(dir, name), readFileSync(path.join(scenario, name)));
    writeFileSync(path.join(dir, 'prod.tfvars'), 'x = 1\n');
    writeFileSync(path.join(dir, 'lint.yml'), 'rules: {}\n');
    const cases: [string[], string][] = [
      [[dir, '-o', path.join(dir, 'main.tf')], 'it is a Terraform file'],
      [[path.join(dir, 'plan.json'), '-o', path.join(dir, 'plan.json')], 'it is an input of this scan'],
      [[dir, '--var-file', path.join(dir, 'prod.tfvars'), '-o', path.join(dir, 'prod.tfvars')], 'it is a --var-file of this scan'],
      [[dir, '-c', path.join(dir, 'lint.yml'), '-o', path.join(dir, 'lint.yml')], 'it is the configuration file of this scan'],
    ];
    for (const [argv, why] of cases) {
      const before = readFileSync(argv[argv.length - 1]!, 'utf8');
      const { code, stderr, stdout } = await run(...argv, '-f', 'json');
      expect([code, stderr, stdout]).toEqual([2, `tf-acr-lint: --output ${argv[argv.length - 1]}: ${why}; the report is not written over it\n`, '']);
      expect(readFileSync(argv[argv.length - 1]!, 'utf8')).toBe(before);
    }
    expect((await run(dir, '-o', path.join(dir, 'report.json'), '-f', 'json')).code).toBe(1);
  });

  it('escapes control characters the repository puts in its messages: no line can start a workflow command', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-config-'));
    writeFileSync(path.join(dir, 'lint.yml'), 'rules:\n  "ACR001\\n::error title=pwned::injected\\u001b[31m": off\n');
    const { code, stderr } = await run('fixtures/scenarios/locked-down-cache', '-c', path.join(dir, 'lint.yml'));
    expect(code).toBe(2);
    expect(stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^tf-acr-lint: .*rules\.ACR001\\n::error title=pwned::injected\\u001b\[31m: no rule has this id or name/)]);
    expect(stderr).not.toContain('\u001b');
  });
});

describe('tf-acr-lint CLI on plans', () => {
  beforeAll(() => process.chdir(REPO_ROOT));

  it('maps a plan copied elsewhere back to its sources with --source', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-plan-'));
    const plan = path.join(dir, 'plan.json');
    writeFileSync(plan, readFileSync('fixtures/scenarios/locked-down-cache/plan.json'));
    const alone = JSON.parse((await run(plan, '--format', 'json')).stdout).findings as { location: { file: string; startLine: number } }[];
    expect(new Set(alone.map((f) => path.basename(f.location.file)))).toEqual(new Set(['plan.json']));
    const mapped = await run(plan, '--source', 'fixtures/scenarios/locked-down-cache', '--format', 'sarif');
    const log = JSON.parse(mapped.stdout);
    expectValidSarif(log);
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'ACR001');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('fixtures/scenarios/locked-down-cache/main.tf');
    expect(result.locations[0].physicalLocation.region.startLine).toBe(10);
    expect(result.locations[0].logicalLocations[0].fullyQualifiedName).toBe('azurerm_container_registry.acr');
  });

  it('exits 2 with one line naming the file when the only input is not a plan', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-plan-'));
    const bad = path.join(dir, 'plan.json');
    writeFileSync(bad, '{"format_version": "1.2", "resource_changes": [');
    const { code, stdout } = await run(bad);
    expect(code).toBe(2);
    expect(stdout).toMatch(/plan\.json:1:\d+\s+error\s+invalid JSON at line 1/);
    expect((await run(bad, '--source', 'does/not/exist')).code).toBe(2);
  });

  it('says with --verbose what it skipped: root modules, and the resources of a plan no rule reads', async () => {
    const plan = 'fixtures/corpus/plans/terraform-json/testdata/basic/plan.json';
    // Seven null_resource to create and one null_data_source to read: no rule reads either.
    const { code, stderr } = await run(plan, '--verbose');
    expect(code).toBe(0);
    expect(stderr).toContain('1 file found: 1 parsed, 0 skipped\n');
    expect(stderr).toContain('8 resources of plans or states not read (data sources, and types no rule reads)');
    const quiet = await run(plan);
    expect(quiet.stderr).toBe('');
  });

  it('counts with --verbose the files of installed modules, found and skipped or parsed', async () => {
    // The root never mentions a registry, and neither does the only module `terraform init` installed for it.
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-verbose-'));
    const installed = path.join(dir, '.terraform', 'modules', 'net');
    mkdirSync(installed, { recursive: true });
    writeFileSync(path.join(dir, 'main.tf'), 'module "net" {\n  source  = "app.terraform.io/contoso/net/azurerm"\n  version = "1.0.0"\n}\n');
    const manifest = [{ Key: '', Source: '', Dir: '.' }, { Key: 'net', Source: 'app.terraform.io/contoso/net/azurerm', Version: '1.0.0', Dir: '.terraform/modules/net' }];
    writeFileSync(path.join(dir, '.terraform', 'modules', 'modules.json'), JSON.stringify({ Modules: manifest }));
    writeFileSync(path.join(installed, 'main.tf'), 'resource "azurerm_storage_account" "s" {\n  name = "st"\n}\n');
    writeFileSync(path.join(installed, 'variables.tf'), 'variable "x" {}\n');
    const pruned = await run(dir, '--verbose');
    expect(pruned.stderr).toContain('tf-acr-lint: 3 files found: 0 parsed, 3 skipped (1 root module whose tree never mentions a container registry)\n');
    const full = await run(dir, '--verbose', '--no-prune');
    expect(full.stderr).toContain('tf-acr-lint: 3 files found: 3 parsed, 0 skipped\n');
  });

  it('parses the roots it would skip with --no-prune, and reports their problems', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-no-prune-'));
    mkdirSync(path.join(dir, 'storage'));
    writeFileSync(path.join(dir, 'storage', 'main.tf'), 'resource "azurerm_storage_account" "s" {\n  name = \n}\n');
    const pruned = await run(dir, '--format', 'json', '--verbose');
    expect(JSON.parse(pruned.stdout).diagnostics).toEqual([]);
    expect(pruned.stderr).toContain('1 file found: 0 parsed, 1 skipped (1 root module whose tree never mentions a container registry)');
    const full = await run(dir, '--format', 'json', '--no-prune', '--verbose');
    expect((JSON.parse(full.stdout).diagnostics as { file: string; severity: string }[]).map((d) => `${d.severity} ${path.basename(d.file)}`)).toEqual(['error main.tf']);
    expect(full.stderr).toContain('1 file found: 1 parsed, 0 skipped\n');
  });
});
