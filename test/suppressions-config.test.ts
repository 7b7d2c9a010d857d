/** Inline suppressions and the config file, through the CLI as a user meets them. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../src/cli.js';
import { REPO_ROOT } from './helpers/fixtures.js';
import { expectValidSarif } from './helpers/sarif-schema.js';

const SEED = readFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache/main.tf'), 'utf8');

async function runIn(dir: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const previous = process.cwd();
  process.chdir(dir);
  try {
    const out: string[] = [];
    const err: string[] = [];
    const stdout = new PassThrough().on('data', (c: Buffer) => out.push(c.toString()));
    const stderr = new PassThrough().on('data', (c: Buffer) => err.push(c.toString()));
    const code = await main(argv, { stdout, stderr, isTTY: false });
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.chdir(previous);
  }
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-cfg-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const COVERS_NOTHING = 'tf-acr-lint:ignore is attached to no block, argument or module call, so it suppresses nothing: write it on the line before one, or at the end of its first line (in a .tf.json file, as a "//" key of the block)';

const suppressBypass = (comment: string): string => SEED.replace('  # expect: acr-cache-blocked-by-bypass-none\n', `  ${comment}\n`);

describe('inline suppressions', () => {
  it('suppress a finding on the next argument: counted in text, absent from SARIF, exit 0', async () => {
    const dir = workspace({ 'main.tf': suppressBypass('# tf-acr-lint:ignore ACR001 -- cache is unused during the migration') });
    const text = await runIn(dir, '.');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/; 1 suppressed\.\n$/);
    const sarif = JSON.parse((await runIn(dir, '.', '--format', 'sarif')).stdout);
    expectValidSarif(sarif);
    expect(sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'ACR001')).toEqual([]);
    const json = JSON.parse((await runIn(dir, '.', '--format', 'json')).stdout);
    expect(json.suppressed.map((f: { ruleId: string }) => f.ruleId)).toEqual(['ACR001']);
    // Which suppression hid it, as Checkov's suppress_comment says: the comment's place (from its "#", not the line's indentation) and its reason.
    expect(json.suppressed[0].suppression).toEqual({ file: 'main.tf', startLine: 9, startColumn: 3, endLine: 9, endColumn: 70, reason: 'cache is unused during the migration' });
    const unexplained = JSON.parse((await runIn(workspace({ 'main.tf': suppressBypass('# tf-acr-lint:ignore ACR001') }), '.', '--format', 'json')).stdout);
    expect(unexplained.suppressed[0].suppression).toMatchObject({ startLine: 9, reason: null });
  });

  it('cover a whole block, accept rule names and // comments', async () => {
    const dir = workspace({ 'main.tf': SEED.replace('resource "azurerm_container_registry" "acr" {', '// tf-acr-lint:ignore acr-cache-blocked-by-bypass-none -- accepted until Q3\nresource "azurerm_container_registry" "acr" {') });
    expect(JSON.parse((await runIn(dir, '.', '--format', 'json')).stdout).summary).toMatchObject({ error: 0, suppressed: 1 });
  });

  it('in a .tf.json file, are a "//" key of the block they cover, as Terraform\'s JSON syntax writes comments', async () => {
    const registry = (comment: Record<string, string>): string =>
      JSON.stringify({ resource: { azurerm_container_registry: { legacy: { ...comment, name: 'legacy', resource_group_name: 'rg', location: 'westeurope', sku: 'Standard', admin_enabled: true } } } }, null, 2);
    const open = await runIn(workspace({ 'main.tf.json': registry({}) }), '.', '--format', 'json');
    expect(JSON.parse(open.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['ACR013']);
    const dir = workspace({ 'main.tf.json': registry({ '//': 'tf-acr-lint:ignore ACR013 -- the build agents still log in with it; PLAT-512' }) });
    const json = JSON.parse((await runIn(dir, '.', '--format', 'json')).stdout);
    expect(json.findings).toEqual([]);
    expect(json.suppressed.map((f: { ruleId: string }) => f.ruleId)).toEqual(['ACR013']);
    expect(json.diagnostics).toEqual([]);
    // Reported as in native syntax: no reason, and a rule with no finding.
    const careless = workspace({ 'main.tf.json': registry({ '//': 'tf-acr-lint:ignore ACR013, ACR014' }) });
    const problems = JSON.parse((await runIn(careless, '.', '--format', 'json')).stdout).diagnostics.map((d: { severity: string; message: string; line: number }) => `${d.line} ${d.severity}: ${d.message.split(':').slice(0, 2).join(':')}`);
    expect(problems).toEqual(['5 warning: tf-acr-lint:ignore needs a reason', '5 note: unused suppression: no ACR014 finding in the block or argument it covers']);
  });

  it('in a .tf.json file, cover the nested block whose "//" key holds them, as a comment before a nested block does', async () => {
    // It was neither applied nor reported: the finding inside the block stayed, and nothing said why.
    const registry = (networkRules: unknown): string =>
      JSON.stringify({ resource: { azurerm_container_registry: { legacy: { name: 'legacy', resource_group_name: 'rg', location: 'westeurope', sku: 'Standard', network_rule_set: networkRules } } } }, null, 2);
    const directive = { '//': 'tf-acr-lint:ignore ACR010 -- moves to Premium in PLAT-7', default_action: 'Deny' };
    for (const networkRules of [[directive], directive]) {
      const json = JSON.parse((await runIn(workspace({ 'main.tf.json': registry(networkRules) }), '.', '--format', 'json')).stdout);
      expect({ networkRules, findings: json.findings, suppressed: json.suppressed.map((f: { ruleId: string }) => f.ruleId), diagnostics: json.diagnostics }).toEqual({ networkRules, findings: [], suppressed: ['ACR010'], diagnostics: [] });
    }
  });

  it('in a .tf.json file, report one in an object that is no block body (the file\'s, a label\'s): it covers nothing', async () => {
    // Each was dropped without a word.
    const directive = 'tf-acr-lint:ignore ACR013 -- PLAT-512';
    const text = JSON.stringify({ '//': directive, resource: { '//': directive, azurerm_container_registry: { '//': directive, legacy: { name: 'legacy', resource_group_name: 'rg', location: 'westeurope', sku: 'Standard', admin_enabled: true } } } }, null, 2);
    const json = JSON.parse((await runIn(workspace({ 'main.tf.json': text }), '.', '--format', 'json')).stdout);
    expect(json.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['ACR013']);
    expect(json.diagnostics.map((d: { severity: string; message: string; line: number }) => `${d.line} ${d.severity}: ${d.message}`)).toEqual([2, 4, 6].map((line) => `${line} warning: ${COVERS_NOTHING}`));
  });

  it('cover findings from a module when on the module block', async () => {
    const module = readFileSync(path.join(REPO_ROOT, 'fixtures/rules/acr-cache-blocked-by-bypass-none/avm-0.8-private-cache/main.tf'), 'utf8');
    const dir = workspace({ 'main.tf': module.replace('module "registry" {', '# tf-acr-lint:ignore ACR001 -- tracked in PLAT-123\nmodule "registry" {') });
    expect(JSON.parse((await runIn(dir, '.', '--format', 'json')).stdout).summary).toMatchObject({ error: 0, suppressed: 1 });
  });

  it('cover findings inside a local module\'s own files when on the module block that calls it', async () => {
    const call = 'module "acr" {\n  source = "./modules/acr"\n}\n';
    const reported = workspace({ 'main.tf': call, 'modules/acr/main.tf': SEED });
    const json = JSON.parse((await runIn(reported, '.', '--format', 'json')).stdout);
    expect(json.findings.filter((f: { ruleId: string }) => f.ruleId === 'ACR001').map((f: { location: { file: string } }) => f.location.file)).toEqual(['modules/acr/main.tf']);
    const dir = workspace({ 'main.tf': `# tf-acr-lint:ignore ACR001 -- the module is retired next sprint\n${call}`, 'modules/acr/main.tf': SEED });
    expect(JSON.parse((await runIn(dir, '.', '--format', 'json')).stdout).summary).toMatchObject({ error: 0, suppressed: 1 });
  });

  it('report a suppression without a reason, and one that suppresses nothing', async () => {
    const dir = workspace({ 'main.tf': suppressBypass('# tf-acr-lint:ignore ACR001').replace('  name                = "pe-contosoacr"', '  # tf-acr-lint:ignore ACR001 -- nothing to see\n  name                = "pe-contosoacr"') });
    const json = JSON.parse((await runIn(dir, '.', '--format', 'json')).stdout);
    expect(json.summary).toMatchObject({ error: 0, suppressed: 1 });
    expect(json.diagnostics.map((d: { severity: string; message: string }) => `${d.severity}: ${d.message.split(':')[0]}`).sort()).toEqual(['note: unused suppression', 'warning: tf-acr-lint']);
  });

  it('report each rule of a suppression that covers no finding, once', async () => {
    // One matching rule made the whole list used, and a rule named twice was named twice in the note.
    const notes = async (comment: string): Promise<string[]> =>
      JSON.parse((await runIn(workspace({ 'main.tf': suppressBypass(comment) }), '.', '--format', 'json')).stdout).diagnostics.map((d: { severity: string; message: string }) => `${d.severity}: ${d.message}`);
    expect(await notes('# tf-acr-lint:ignore ACR001, ACR013, acr-cache-blocked-by-bypass-none, acr013 -- until PLAT-9')).toEqual(['note: unused suppression: no ACR013 finding in the block or argument it covers']);
    expect(await notes('# tf-acr-lint:ignore ACR001 -- until PLAT-9')).toEqual([]);
    expect(await notes('# tf-acr-lint:ignore ACR014, ACR013, ACR014 -- until PLAT-9')).toEqual(['note: unused suppression: no ACR014, ACR013 finding in the block or argument it covers']);
  });

  it('report one that names no rule, which suppresses nothing', async () => {
    const dir = workspace({ 'main.tf': suppressBypass('# tf-acr-lint:ignore -- accepted for now') });
    const json = JSON.parse((await runIn(dir, '.', '--format', 'json')).stdout);
    expect(json.summary).toMatchObject({ error: 1, suppressed: 0 });
    expect(json.diagnostics.map((d: { severity: string; message: string }) => `${d.severity}: ${d.message}`)).toEqual([
      'warning: tf-acr-lint:ignore names no rule, so it suppresses nothing: write the rule ids or names before "--"',
    ]);
  });

  it('at the end of the line of an argument or a block header cover it, as TFLint reads its annotations', async () => {
    // They were read as no directive at all: the finding stayed, and nothing said the comment was ignored.
    const onArgument = workspace({ 'main.tf': SEED.replace('  # expect: acr-cache-blocked-by-bypass-none\n  network_rule_bypass_option    = "None"', '  network_rule_bypass_option    = "None" # tf-acr-lint:ignore ACR001 -- cache unused until PLAT-9') });
    const json = JSON.parse((await runIn(onArgument, '.', '--format', 'json')).stdout);
    expect(json.summary).toMatchObject({ error: 0, suppressed: 1 });
    expect(json.diagnostics).toEqual([]);
    const onHeader = workspace({ 'main.tf': SEED.replace('resource "azurerm_container_registry" "acr" {', 'resource "azurerm_container_registry" "acr" { // tf-acr-lint:ignore ACR001 -- until PLAT-9') });
    expect(JSON.parse((await runIn(onHeader, '.', '--format', 'json')).stdout).summary).toMatchObject({ error: 0, suppressed: 1 });
    // In a string it is no comment.
    const inString = workspace({ 'main.tf': SEED.replace('  name                          = "contosoacr"', '  name                          = "contosoacr # tf-acr-lint:ignore ACR001 -- no"') });
    expect(JSON.parse((await runIn(inString, '.', '--format', 'json')).stdout).summary).toMatchObject({ error: 1, suppressed: 0 });
    const noReason = workspace({ 'main.tf': SEED.replace('  # expect: acr-cache-blocked-by-bypass-none\n  network_rule_bypass_option    = "None"', '  network_rule_bypass_option    = "None" # tf-acr-lint:ignore ACR001') });
    const problems = JSON.parse((await runIn(noReason, '.', '--format', 'json')).stdout).diagnostics;
    expect(problems.map((d: { line: number; column: number; message: string }) => `${d.line}:${d.column} ${d.message.split(':')[0]}`)).toEqual(['9:42 tf-acr-lint']);
  });

  it('report one followed by nothing it can cover: a closing brace or the end of the file', async () => {
    // Both were dropped without a word: the finding stayed, and nothing said why the comment did not suppress it.
    const text = SEED.replace('  network_rule_bypass_option    = "None"\n}', '  network_rule_bypass_option    = "None"\n  # tf-acr-lint:ignore ACR001 -- under the argument, not above it\n}') + '# tf-acr-lint:ignore ACR013 -- at the end';
    const json = JSON.parse((await runIn(workspace({ 'main.tf': text }), '.', '--format', 'json')).stdout);
    expect(json.summary).toMatchObject({ error: 1, suppressed: 0 });
    const last = text.split('\n').length;
    expect(json.diagnostics.map((d: { severity: string; message: string; line: number }) => `${d.line} ${d.severity}: ${d.message}`)).toEqual([
      `11 warning: ${COVERS_NOTHING}`,
      `${last} warning: ${COVERS_NOTHING}`,
    ]);
    // A line of a heredoc is text, however it reads.
    const heredoc = SEED.replace('  sku                           = "Premium"', '  sku                           = "Premium"\n  tags = { note = <<-EOT\n    # tf-acr-lint:ignore ACR001 -- quoted\n    EOT\n  }');
    expect(JSON.parse((await runIn(workspace({ 'main.tf': heredoc }), '.', '--format', 'json')).stdout).diagnostics).toEqual([]);
  });

  it('report one inside a multi-line list or object argument: a comment there, unlike a heredoc line, is a comment that covers nothing', async () => {
    // It was dropped without a word, as a heredoc line is: the finding stayed, and nothing said why.
    const text = SEED.replace('  sku                           = "Premium"', '  sku                           = "Premium"\n  tags = {\n    # tf-acr-lint:ignore ACR001 -- inside the map, not above an argument\n    team = "platform"\n  }');
    const json = JSON.parse((await runIn(workspace({ 'main.tf': text }), '.', '--format', 'json')).stdout);
    expect(json.summary).toMatchObject({ error: 1, suppressed: 0 });
    const line = text.split('\n').findIndex((l) => l.includes('inside the map')) + 1;
    expect(json.diagnostics.map((d: { severity: string; message: string; line: number }) => `${d.line} ${d.severity}: ${d.message}`)).toEqual([`${line} warning: ${COVERS_NOTHING}`]);
  });

  it('pass over block comments between them and their construct, and are commented out inside one', async () => {
    const json = async (text: string): Promise<{ summary: object; diagnostics: unknown[] }> => JSON.parse((await runIn(workspace({ 'main.tf': text }), '.', '--format', 'json')).stdout);
    // A block comment, on one line or several, between the directive and its argument.
    for (const between of ['/* decided in PLAT-7 */', '/*\n    decided in PLAT-7\n  */']) {
      const text = suppressBypass(`# tf-acr-lint:ignore ACR001 -- accepted\n  ${between}`);
      expect(await json(text)).toMatchObject({ summary: { error: 0, suppressed: 1 }, diagnostics: [] });
    }
    // A commented-out block, its directive included, says nothing; a construct after a one-line comment on its own line is still covered.
    const commentedOut = `${SEED}\n/*\n# tf-acr-lint:ignore ACR013 -- old\nresource "azurerm_container_registry" "old" {\n}\n*/\n`;
    expect((await json(commentedOut)).diagnostics).toEqual([]);
    const sameLine = SEED.replace('resource "azurerm_container_registry" "acr" {', '# tf-acr-lint:ignore ACR001 -- accepted\n/* legacy */ resource "azurerm_container_registry" "acr" {');
    expect(await json(sameLine)).toMatchObject({ summary: { error: 0, suppressed: 1 }, diagnostics: [] });
  });

  it('start their comment, in both syntaxes: one that mentions tf-acr-lint:ignore later is prose', async () => {
    const prose = JSON.parse((await runIn(workspace({ 'main.tf': suppressBypass('# to accept this, write tf-acr-lint:ignore ACR001 -- why') }), '.', '--format', 'json')).stdout);
    expect({ summary: prose.summary, diagnostics: prose.diagnostics }).toEqual({ summary: expect.objectContaining({ error: 1, suppressed: 0 }), diagnostics: [] });
    const registry = (comment: string): string =>
      JSON.stringify({ resource: { azurerm_container_registry: { legacy: { '//': comment, name: 'legacy', resource_group_name: 'rg', location: 'westeurope', sku: 'Standard', admin_enabled: true } } } }, null, 2);
    const lead = JSON.parse((await runIn(workspace({ 'main.tf.json': registry('PLAT-512: tf-acr-lint:ignore ACR013 -- why') }), '.', '--format', 'json')).stdout);
    expect({ findings: lead.findings.map((f: { ruleId: string }) => f.ruleId), diagnostics: lead.diagnostics }).toEqual({ findings: ['ACR013'], diagnostics: [] });
    const spaced = JSON.parse((await runIn(workspace({ 'main.tf.json': registry('  tf-acr-lint:ignore ACR013 -- why') }), '.', '--format', 'json')).stdout);
    expect(spaced.summary).toMatchObject({ warning: 0, suppressed: 1 });
  });

  it('do not cover other rules', async () => {
    const dir = workspace({ 'main.tf': suppressBypass('# tf-acr-lint:ignore ACR013 -- wrong rule') });
    expect((await runIn(dir, '.')).code).toBe(1);
  });
});

describe('.tf-acr-lint.yml', () => {
  it('is found upward, turns rules off and ignores paths', async () => {
    const dir = workspace({ '.tf-acr-lint.yml': 'rules:\n  ACR001: off\n', 'envs/prod/main.tf': SEED });
    expect((await runIn(path.join(dir, 'envs'), '.')).code).toBe(0);
    // Upward from the first path scanned, wherever the scan runs from: the checkout's file, not the working directory's.
    const elsewhere = workspace({ '.tf-acr-lint.yml': 'rules:\n  ACR001: error\n' });
    expect((await runIn(elsewhere, path.join(dir, 'envs', 'prod'))).code).toBe(0);
    expect((await runIn(elsewhere, path.join(dir, 'envs', 'prod', 'main.tf'))).code).toBe(0);
    // A scanned path with no file above it falls back to the working directory's.
    const bare = workspace({ 'main.tf': SEED });
    expect((await runIn(dir, bare)).code).toBe(0);
    expect((await runIn(elsewhere, bare)).code).toBe(1);
    const ignoring = workspace({ '.tf-acr-lint.yml': 'ignore:\n  - "legacy/**"\n', 'legacy/main.tf': SEED, 'live/main.tf': SEED });
    const files = JSON.parse((await runIn(ignoring, '.', '--format', 'json')).stdout).findings.map((f: { location: { file: string } }) => f.location.file);
    expect(new Set(files)).toEqual(new Set(['live/main.tf']));
  });

  it('changes a rule level, and --enable / --disable override it', async () => {
    const dir = workspace({ 'cfg.yml': 'rules:\n  acr-cache-blocked-by-bypass-none: warning\n', 'main.tf': SEED });
    const warned = await runIn(dir, '.', '--config', 'cfg.yml', '--format', 'json');
    const levels = (JSON.parse(warned.stdout).findings as { ruleId: string; level: string }[]).filter((f) => f.ruleId === 'ACR001').map((f) => f.level);
    expect(levels).toEqual(['warning']);
    expect(warned.code).toBe(0);
    expect((await runIn(dir, '.', '--disable', 'ACR001')).code).toBe(0);
    const off = workspace({ '.tf-acr-lint.yml': 'rules:\n  ACR001: off\n', 'main.tf': SEED });
    expect((await runIn(off, '.', '--enable', 'ACR001')).code).toBe(1);
  });

  it('is a clear error naming the key when invalid', async () => {
    const dir = workspace({ '.tf-acr-lint.yml': 'rules:\n  ACR001: loud\n', 'main.tf': SEED });
    const bad = await runIn(dir, '.');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/rules\.ACR001 must be off, on, error, warning or note, not "loud"/);
    const unknownKey = workspace({ '.tf-acr-lint.yml': 'rulez: {}\n', 'main.tf': SEED });
    expect((await runIn(unknownKey, '.')).stderr).toMatch(/: rulez: unknown key \(the file takes rules and ignore\)\n$/);
    const messages = async (yaml: string): Promise<string> => (await runIn(workspace({ '.tf-acr-lint.yml': yaml, 'main.tf': SEED }), '.')).stderr.replace(/^.*\.tf-acr-lint\.yml(:\d+)?: /, '').trim();
    expect(await messages('rules:\n  ACR001: false\n')).toBe('rules.ACR001 must be off, on, error, warning or note, not false');
    expect(await messages('rules: [ACR001]\n')).toBe('rules must be a map of rule ids or names to off, on, error, warning or note');
    expect(await messages('ignore: legacy/**\n')).toBe('ignore must be a list of globs');
    expect(await messages('ignore:\n  - 1\n')).toBe('ignore.0 must be a glob (a string that is not empty)');
    // One rule named twice, by its id and by its name: which setting wins would be a guess.
    expect(await messages('rules:\n  acr-admin-user-enabled: off\n  ACR013: error\n')).toBe('rules.ACR013 names the same rule as rules.acr-admin-user-enabled');
    const unknownRule = workspace({ '.tf-acr-lint.yml': 'rules:\n  ACR999: off\n', 'main.tf': SEED });
    expect((await runIn(unknownRule, '.')).stderr).toMatch(/rules\.ACR999: no rule has this id or name/);
    // Each names the line of the key it is about, as an invalid-YAML error does.
    const line = async (yaml: string): Promise<string | undefined> => /\.tf-acr-lint\.yml:(\d+): /.exec((await runIn(workspace({ '.tf-acr-lint.yml': yaml, 'main.tf': SEED }), '.')).stderr)?.[1];
    expect(await line('# settings\nrules:\n  ACR013: off\n  ACR001: loud\n')).toBe('4');
    expect(await line('rules:\n  ACR013: off\nrulez: {}\n')).toBe('3');
    expect(await line('ignore:\n  - a/**\n  - 1\n')).toBe('3');
    expect(await line('rules:\n  ACR013: off\n\n  ACR999: off\n')).toBe('4');
    expect(await line('rules:\n  acr-admin-user-enabled: off\n  ACR013: error\n')).toBe('3');
    expect((await runIn(dir, '.', '--config', 'missing.yml')).code).toBe(2);
  });

  it('is read as the sources are: a FIFO, a directory, binary or a YAML alias bomb is one line, never a hang, a crash or an internal error', async () => {
    const dir = workspace({ 'main.tf': SEED, 'binary.yml': 'rules:\n\u0000', 'cfgdir/x': '' });
    const laughs = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) laughs.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    writeFileSync(path.join(dir, 'bomb.yml'), `${laughs.join('\n')}\n`);
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [path.join(dir, 'fifo.yml')]);
    for (const [config, message] of [
      ['fifo.yml', /fifo\.yml: not a regular file/],
      ['cfgdir', /cfgdir: a directory, not a file; it was not read/],
      ['binary.yml', /binary\.yml: the file is binary \(it contains a NUL byte\), not a YAML configuration file/],
      ['bomb.yml', /bomb\.yml: invalid YAML: .*alias/i],
    ] as const) {
      const run = await runIn(dir, '.', '--config', config);
      expect({ config, code: run.code }).toEqual({ config, code: 2 });
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/internal error/);
    }
  });

  it('is read in time linear in its size: 100,000 keys are one error about the first, a key written twice is one about the second', async () => {
    // The yaml package compares each new key with every key before it: 20,000 took 3.4 s, 100,000 over a minute.
    const keys = Array.from({ length: 100_000 }, (_, i) => `  K${i}: off\n`).join('');
    const start = performance.now();
    const many = await runIn(workspace({ '.tf-acr-lint.yml': `rules:\n${keys}`, 'main.tf': SEED }), '.');
    expect(performance.now() - start).toBeLessThan(10_000);
    expect({ code: many.code, stderr: many.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(/\.tf-acr-lint\.yml:2: rules\.K0: no rule has this id or name/) });
    const twice = await runIn(workspace({ '.tf-acr-lint.yml': `rules:\n${keys}  ACR013: off\n  K99999: error\n`, 'main.tf': SEED }), '.');
    expect({ code: twice.code, stderr: twice.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(/\.tf-acr-lint\.yml:100003: invalid YAML: the key "K99999" is written twice in one map\n$/) });
    const nested = await runIn(workspace({ '.tf-acr-lint.yml': 'rules:\n  ACR013: off\nignore:\n  - a: 1\n    a: 2\n', 'main.tf': SEED }), '.');
    expect(nested.stderr).toMatch(/\.tf-acr-lint\.yml:5: invalid YAML: the key "a" is written twice in one map\n$/);
  });

  it('refuses a negated ignore glob, which would ignore every other path, and ignores a directory whose name starts with ..', async () => {
    const negated = workspace({ '.tf-acr-lint.yml': 'ignore:\n  - "legacy/**"\n  - "!legacy/keep/**"\n', 'prod/main.tf': SEED });
    const refused = await runIn(negated, '.');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/\.tf-acr-lint\.yml:3: ignore\.1: negated globs \("!\.\.\."\) are not supported/);
    const dotted = workspace({ '.tf-acr-lint.yml': 'ignore:\n  - "..gen/**"\n', '..gen/main.tf': SEED, 'live/main.tf': SEED });
    const files = JSON.parse((await runIn(dotted, '.', '--format', 'json')).stdout).findings.map((f: { location: { file: string } }) => f.location.file);
    expect(new Set(files)).toEqual(new Set(['live/main.tf']));
  });
});
