/** What the inputs named on the command line make: modules of named files, no module twice, nothing read that is not in the scan. */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALL_RULES } from '../rules/index.js';
import { ignoredPaths, loadConfig } from '../src/config/config.js';
import { lint } from '../src/lint.js';
import { REPO_ROOT } from './helpers/fixtures.js';

const SEED = readFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache/main.tf'), 'utf8');

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-inputs-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const outcome = (result: Awaited<ReturnType<typeof lint>>): string[] =>
  [...result.findings.map((f) => `${f.ruleId} ${f.address} ${f.location?.file}`), ...result.diagnostics.map((d) => `${d.severity} ${d.file}`)].sort();

describe('inputs', () => {
  it('read a directory once, whether or not files of it are named too', async () => {
    const dir = workspace({ 'a/main.tf': SEED });
    const options = { root: dir, commandLine: [], rules: ALL_RULES };
    const whole = await lint([path.join(dir, 'a')], options);
    expect(outcome(whole)).toContain('ACR001 azurerm_container_registry.acr a/main.tf');
    expect(outcome(await lint([path.join(dir, 'a'), path.join(dir, 'a/main.tf')], options))).toEqual(outcome(whole));
    expect(outcome(await lint([path.join(dir, 'a/main.tf'), path.join(dir, 'a')], options))).toEqual(outcome(whole));
  });

  it('read a directory once when it is named through a symbolic link too', async () => {
    const dir = workspace({ 'live/main.tf': SEED });
    symlinkSync(path.join(dir, 'live'), path.join(dir, 'current'));
    const options = { root: dir, commandLine: [], rules: ALL_RULES };
    const once = await lint([path.join(dir, 'live')], options);
    expect((await lint([dir, path.join(dir, 'live/main.tf')], options)).findings.length).toBe(once.findings.length);
  });

  it('read a plan once when it is named twice, by any path to it', async () => {
    const dir = workspace({ 'plan.json': readFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache/plan.json'), 'utf8') });
    symlinkSync(path.join(dir, 'plan.json'), path.join(dir, 'link.json'));
    const options = { root: dir, commandLine: [], rules: ALL_RULES };
    const once = await lint([path.join(dir, 'plan.json')], options);
    expect(outcome(once)).toContain('ACR001 azurerm_container_registry.acr plan.json');
    // Twice, each copy's cache rules linked to one of two same-named registries: the other said it had none (ACR002).
    expect(outcome(await lint([path.join(dir, 'plan.json'), path.join(dir, 'plan.json')], options))).toEqual(outcome(once));
    expect(outcome(await lint([path.join(dir, 'plan.json'), path.join(dir, 'link.json')], options))).toEqual(outcome(once));
  });

  it('make one module of the named files of a directory, and never read the others', async () => {
    // The registry and its cache rules in one file, the private endpoint in another, a binary file beside them.
    const [registry, rest] = [SEED.slice(0, SEED.indexOf('resource "azurerm_private_endpoint"')), SEED.slice(SEED.indexOf('resource "azurerm_private_endpoint"'))];
    expect(rest).toContain('azurerm_private_endpoint');
    const dir = workspace({ 'sib/one.tf': registry, 'sib/two.tf': rest, 'sib/bin.tf': Buffer.from([0, 1, 2]) });
    const options = { root: dir, commandLine: [], rules: ALL_RULES };
    const both = await lint([path.join(dir, 'sib/one.tf'), path.join(dir, 'sib/two.tf')], options);
    expect(both.diagnostics).toEqual([]);
    expect(both.findings.filter((f) => f.ruleId === 'ACR012')).toEqual([]);
    const one = await lint([path.join(dir, 'sib/one.tf')], options);
    expect(one.diagnostics).toEqual([]);
    // Without the endpoint's file, the registry has no private endpoint in the scan.
    expect(one.findings.filter((f) => f.ruleId === 'ACR012').map((f) => f.location?.file)).toEqual(['sib/one.tf']);
  });

  it('say that a named .tf file is not read when a .tofu file beside it takes its place', async () => {
    const dir = workspace({ 'a/main.tf': SEED, 'a/main.tofu': SEED });
    const result = await lint([path.join(dir, 'a/main.tf')], { root: dir, commandLine: [], rules: ALL_RULES });
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'note', file: 'a/main.tf', message: 'not read: main.tofu beside it takes its place, as OpenTofu reads it instead; name that file to lint it' })]);
  });

  it('leave out the files Terraform and OpenTofu ignore in a module directory: hidden ones, editor backups and lock files', async () => {
    // configs.IsIgnoredFile (hashicorp/terraform internal/configs/parser_config_dir.go; OpenTofu's is the same):
    // a name starting with "." is never configuration. Emacs leaves `.#main.tf`, a dangling symbolic link, while it edits main.tf.
    const dir = workspace({ 'a/main.tf': SEED, 'a/.main.tf': SEED, 'b/.only.tf': SEED });
    symlinkSync('user@host.1234:1700000000', path.join(dir, 'a/.#main.tf'));
    const options = { root: dir, commandLine: [], rules: ALL_RULES };
    const result = await lint([dir], options);
    expect(result.diagnostics).toEqual([]);
    expect(outcome(result)).toEqual(outcome(await lint([path.join(dir, 'a/main.tf')], options)));
    expect(result.findings.map((f) => f.location?.file)).not.toContain('a/.main.tf');
  });

  it('read a hidden file named on the command line, as the README says, though a scan of its directory leaves it out', async () => {
    const dir = workspace({ 'a/.main.tf': SEED });
    const options = { root: dir, commandLine: [], rules: ALL_RULES };
    const named = await lint([path.join(dir, 'a/.main.tf')], options);
    expect(named.diagnostics).toEqual([]);
    expect(outcome(named)).toContain('ACR001 azurerm_container_registry.acr a/.main.tf');
    expect(named.files).toBe(1);
    expect((await lint([path.join(dir, 'a')], options)).findings).toEqual([]);
  });

  it('evaluate a module called through a symbolic link through its call only, not also as a root of its own', async () => {
    // live/modules/acr links to common/acr, which the walk reaches first: the call names the module Terraform reads, with its arguments.
    const module = 'variable "bypass" {\n  default = "None"\n}\n' + SEED.replace(/network_rule_bypass_option\s*=\s*"None"/, 'network_rule_bypass_option = var.bypass');
    const dir = workspace({ 'common/acr/main.tf': module, 'live/main.tf': 'module "acr" {\n  source = "./modules/acr"\n  bypass = "AzureServices"\n}\n' });
    mkdirSync(path.join(dir, 'live/modules'));
    symlinkSync(path.join(dir, 'common/acr'), path.join(dir, 'live/modules/acr'));
    const result = await lint([dir], { root: dir, commandLine: [], rules: ALL_RULES });
    expect(result.diagnostics).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'ACR001')).toEqual([]);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.map((f) => f.address)).toEqual(result.findings.map(() => expect.stringMatching(/^module\.acr\./)));
  });

  it('report a missing input by its path from the root, however it was written', async () => {
    const dir = workspace({ 'main.tf': SEED });
    const result = await lint([path.join(dir, 'nope', 'missing.tf')], { root: dir, commandLine: [], rules: ALL_RULES });
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'error', file: 'nope/missing.tf' })]);
  });

  it('never read an ignored file, so a broken one is not reported', async () => {
    const dir = workspace({ '.tf-acr-lint.yml': 'ignore:\n  - "app/generated.tf"\n', 'app/main.tf': SEED, 'app/generated.tf': Buffer.from([0, 1, 2]) });
    const config = await loadConfig(path.join(dir, '.tf-acr-lint.yml'), ALL_RULES, dir);
    const result = await lint([dir], { root: dir, commandLine: [], rules: ALL_RULES, ignore: ignoredPaths(config) });
    expect(result.diagnostics).toEqual([]);
    expect(outcome(result)).toContain('ACR001 azurerm_container_registry.acr app/main.tf');
  });
});
