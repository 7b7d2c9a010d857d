import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALL_RULES } from '../rules/index.js';
import { readHclModules } from '../src/frontends/hcl/index.js';
import { lint } from '../src/lint.js';
import { REPO_ROOT } from './helpers/fixtures.js';

/** A new directory holding the seed scenario (one ACR001 error) as `seed.tf`. */
function seededDirectory(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  copyFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache/main.tf'), path.join(dir, 'seed.tf'));
  return dir;
}

/** A directory with the seed scenario (one ACR001 error) plus the given hostile files. */
async function lintBeside(files: Record<string, string | Buffer>) {
  const dir = seededDirectory('tf-acr-lint-hostile-');
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return lint([dir], { root: dir, commandLine: [], rules: ALL_RULES });
}

/** A Premium registry named `name` in HCL, with `extra` lines in its body. */
function premiumRegistry(name: string, extra: string): string {
  return `resource "azurerm_container_registry" "${name}" {\n  name = "${name}"\n  resource_group_name = "rg"\n  location = "westeurope"\n  sku = "Premium"\n${extra}}\n`;
}

describe('hostile input never costs the findings of the other files', () => {
  const n = 10_000;

  it.each([
    ['10,000 nested blocks', 'deep.tf', `resource "x" "y" {\n${'a {\n'.repeat(n)}${'}\n'.repeat(n)}}\n`, /nested deeper than 256 levels/],
    ['10,000 nested lists', 'deep.tf', `locals {\n  x = ${'['.repeat(n)}${']'.repeat(n)}\n}\n`, /nested deeper than 256 levels/],
    ['10,000 nested JSON arrays', 'deep.tf.json', `{"locals": {"x": ${'['.repeat(n)}${']'.repeat(n)}}}`, /nested or chained too deeply/],
    ['10,000 nested function calls', 'deep.tf', `locals {\n  x = ${'max('.repeat(n)}1${')'.repeat(n)}\n}\n`, /nested deeper than 256 levels/],
    ['10,000 chained conditionals', 'deep.tf', `locals {\n  x = ${'true ? '.repeat(n)}1${' : 2'.repeat(n)}\n}\n`, /nested deeper than 256 levels/],
    ['10,000 nested interpolations', 'deep.tf', `locals {\n  x = ${'"${'.repeat(n)}1${'}"'.repeat(n)}\n}\n`, /nested deeper than 256 levels/],
    ['300 nested splats', 'deep.tf', `locals {\n  x = local.a${'[*].b'.repeat(300)}\n}\n`, /nested deeper than 256 levels/],
    ['10,000 nested template directives', 'deep.tf', `locals {\n  x = "${'%{ if true }'.repeat(n)}a${'%{ endif }'.repeat(n)}"\n}\n`, /template directives nested deeper than 256 levels/],
    ['10,000 nested lists in a variables file', 'terraform.tfvars', `x = ${'['.repeat(n)}${']'.repeat(n)}\n`, /nested deeper than 256 levels/],
    ['10,000 nested objects in a JSON variables file', 'terraform.tfvars.json', `{"x": ${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`, /nested or chained too deeply/],
    ['a heredoc that never ends', 'heredoc.tf', 'locals {\n  x = <<EOT\nnever ends\n', /never closed/],
    ['binary content', 'blob.tf', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d]), /binary/],
  ])('%s', async (_title, name, content, message) => {
    const result = await lintBeside({ [name]: content });
    expect(result.findings.filter((f) => f.level === 'error').map((f) => `${f.ruleId} ${f.location?.file}`)).toEqual(['ACR001 seed.tf']);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ file: name, message: expect.stringMatching(message) });
  });

  it('reports a file over the size limit without reading it', async () => {
    // 17 MiB of comment lines: over MAX_FILE_BYTES (16 MiB); a 50 MB file takes the same path.
    const big = '# padding\n'.repeat((17 * 1024 * 1024) / 10);
    const result = await lintBeside({ 'big.tf': big });
    expect(result.findings.filter((f) => f.level === 'error').map((f) => f.location?.file)).toEqual(['seed.tf']);
    expect(result.diagnostics).toEqual([expect.objectContaining({ file: 'big.tf', message: expect.stringMatching(/larger than 16 MiB/) })]);
  });

  it('follows a directory symlink loop once, and reports a dangling symlink as unreadable', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-links-'));
    mkdirSync(path.join(dir, 'env'));
    copyFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache/main.tf'), path.join(dir, 'env', 'main.tf'));
    symlinkSync('..', path.join(dir, 'env', 'up'));
    symlinkSync(path.join(dir, 'nowhere.tf'), path.join(dir, 'env', 'dangling.tf'));
    const result = await lint([dir], { root: dir, commandLine: [], rules: ALL_RULES });
    expect(result.findings.filter((f) => f.level === 'error').map((f) => f.location?.file)).toEqual(['env/main.tf']);
    expect(result.diagnostics).toEqual([expect.objectContaining({ file: 'env/dangling.tf', message: expect.stringMatching(/cannot read the file: ENOENT/) })]);
  });

  it('refuses a FIFO and a device named like configuration without blocking on them', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-special-'));
    copyFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache/main.tf'), path.join(dir, 'main.tf'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.tf')]);
    symlinkSync('/dev/zero', path.join(dir, 'zero.tf'));
    const result = await lint([dir], { root: dir, commandLine: [], rules: ALL_RULES });
    expect(result.findings.filter((f) => f.level === 'error').map((f) => f.location?.file)).toEqual(['main.tf']);
    expect(result.diagnostics.map((d) => [d.file, d.message])).toEqual([
      ['pipe.tf', expect.stringMatching(/not a regular file/)],
      ['zero.tf', expect.stringMatching(/not a regular file/)],
    ]);
  });

  it('reads no module manifest that is a FIFO or a device, and takes directories named like configuration for directories', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-special-'));
    copyFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache/main.tf'), path.join(dir, 'main.tf'));
    mkdirSync(path.join(dir, '.terraform', 'modules'), { recursive: true });
    symlinkSync('/dev/zero', path.join(dir, '.terraform', 'modules', 'modules.json'));
    mkdirSync(path.join(dir, 'fifo', '.terraform', 'modules'), { recursive: true });
    copyFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache/main.tf'), path.join(dir, 'fifo', 'main.tf'));
    execFileSync('mkfifo', [path.join(dir, 'fifo', '.terraform', 'modules', 'modules.json')]);
    mkdirSync(path.join(dir, 'm.tf'));
    mkdirSync(path.join(dir, 'x.tf.json'));
    symlinkSync('m.tf', path.join(dir, 'link.tf'));
    const result = await lint([dir], { root: dir, commandLine: [], rules: ALL_RULES });
    expect(result.findings.filter((f) => f.level === 'error').map((f) => f.location?.file)).toEqual(['fifo/main.tf', 'main.tf']);
    expect(result.diagnostics).toEqual([]);
  });

  it('reads a plan of 100,000 resources', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-big-plan-'));
    const change = (type: string, name: string, after: Record<string, unknown>) => ({
      address: `${type}.${name}`,
      mode: 'managed',
      type,
      name,
      provider_name: 'registry.terraform.io/hashicorp/azurerm',
      change: { actions: ['create'], before: null, after, after_unknown: { id: true } },
    });
    const changes = Array.from({ length: 100_000 }, (_, i) => change('azurerm_resource_group', `rg${i}`, { name: `rg${i}`, location: 'westeurope' }));
    changes.push(change('azurerm_container_registry', 'acr', { name: 'acr', sku: 'Premium', admin_enabled: true, public_network_access_enabled: true }));
    writeFileSync(path.join(dir, 'plan.json'), JSON.stringify({ format_version: '1.2', terraform_version: '1.9.0', resource_changes: changes, configuration: { root_module: {} } }));
    const result = await lint([path.join(dir, 'plan.json')], { root: dir, commandLine: [], rules: ALL_RULES });
    expect(result.diagnostics).toEqual([]);
    expect(result.findings.map((f) => f.ruleId)).toContain('ACR013');
    expect(new Set(result.findings.map((f) => f.address))).toEqual(new Set(['azurerm_container_registry.acr']));
  });

  it('checks 3,000 cache rules of one target on one registry: each finding names 10 rules and counts the others', async () => {
    // Overlaps are found through an index, not by comparing every pair, and a finding does not list thousands of rules.
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-many-rules-'));
    const n = 3_000;
    const change = (type: string, name: string, after: Record<string, unknown>, afterUnknown: Record<string, unknown>) => ({ address: `${type}.${name}`, mode: 'managed', type, name, change: { actions: ['create'], before: null, after, after_unknown: afterUnknown } });
    const changes = [change('azurerm_container_registry', 'acr', { name: 'acr', sku: 'Premium', public_network_access_enabled: true, network_rule_bypass_option: 'AzureServices' }, { id: true })];
    const resources = [];
    for (let i = 0; i < n; i++) {
      const name = `r${String(i).padStart(4, '0')}`;
      changes.push(change('azurerm_container_registry_cache_rule', name, { name, source_repo: `mcr.microsoft.com/${name}`, target_repo: 'mirror/same' }, { id: true, container_registry_id: true }));
      resources.push({ address: `azurerm_container_registry_cache_rule.${name}`, mode: 'managed', type: 'azurerm_container_registry_cache_rule', name, expressions: { container_registry_id: { references: ['azurerm_container_registry.acr.id', 'azurerm_container_registry.acr'] } } });
    }
    writeFileSync(path.join(dir, 'plan.json'), JSON.stringify({ format_version: '1.2', resource_changes: changes, configuration: { root_module: { resources } } }));
    const result = await lint([path.join(dir, 'plan.json')], { root: dir, commandLine: [], rules: ALL_RULES });
    const overlaps = result.findings.filter((f) => f.ruleId === 'ACR007');
    expect(overlaps).toHaveLength(n - 1);
    const last = overlaps.find((f) => f.address === 'azurerm_container_registry_cache_rule.r2999')!;
    expect(last.message.match(/\(the same target\)/g)).toHaveLength(10);
    expect(last.message.match(/"mirror\/same"/g)).toHaveLength(1);
    expect(last.message).toContain('azurerm_container_registry_cache_rule.r0000 (the same target)');
    expect(last.message).toContain(', and 2989 more rules.');
    expect(overlaps.find((f) => f.address === 'azurerm_container_registry_cache_rule.r0011')!.message).toContain(', and 1 more rule.');
    expect(overlaps.find((f) => f.address === 'azurerm_container_registry_cache_rule.r0005')!.message).not.toContain(' more rule');
  });

  it('keeps every finding of cache rules expanded by count, each message short, however long the values they quote', async () => {
    // The shape that once ran out of heap: one value of 10,000 characters in every instance, quoted
    // in two findings each (ACR006) and, eleven times over, in every overlap (ACR007).
    const n = 300;
    const value = 'A'.repeat(10_000);
    const config = [
      `locals {\n  s = "mcr.microsoft.com/${value}"\n  t = "${value}"\n}\n`,
      `resource "azurerm_container_registry_cache_rule" "r" {\n  count = ${n}\n  name = "r"\n  container_registry_id = azurerm_container_registry.acr.id\n  source_repo = local.s\n  target_repo = local.t\n}\n`,
    ].join('');
    const result = await lintBeside({ 'many.tf': config });
    const count = (id: string) => result.findings.filter((f) => f.ruleId === id).length;
    expect([count('ACR006'), count('ACR007')]).toEqual([2 * n, n - 1]);
    // Each quote is cut to 256 characters, so ACR007's eleven quotes stay far below the 10,000 a message may hold.
    expect(Math.max(...result.findings.filter((f) => f.ruleId !== 'ACR001').map((f) => f.message.length))).toBeLessThan(5_000);
    // The rules are the seed's locked-down registry's: ACR001 lists all 300, and its message is cut at 10,000.
    expect(result.findings.find((f) => f.ruleId === 'ACR001')!.message).toMatch(/^.{10000}… \(\d+ more characters\)$/s);
    expect(result.findings.find((f) => f.ruleId === 'ACR006' && f.attribute === 'target_repo')!.message).toContain(`target_repo = "${'A'.repeat(256)}..." (9744 more characters)`);
  });

  it('quotes a long source in the credential rules cut too', async () => {
    // Docker Hub without a credential set (ACR003), and MCR with one (ACR004): both quote the source.
    const long = 'a'.repeat(10_000);
    const rule = (name: string, source: string, extra: string) =>
      `resource "azurerm_container_registry_cache_rule" "${name}" {\n  name = "${name}"\n  container_registry_id = azurerm_container_registry.acr.id\n  source_repo = "${source}"\n  target_repo = "t${name}"\n${extra}}\n`;
    const result = await lintBeside({ 'long.tf': rule('hub', `docker.io/library/${long}`, '') + rule('mcr', `mcr.microsoft.com/${long}`, '  credential_set_id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/acr/credentialSets/c"\n') });
    for (const id of ['ACR003', 'ACR004']) {
      const finding = result.findings.find((f) => f.ruleId === id && f.address.includes(id === 'ACR003' ? 'hub' : 'mcr'))!;
      expect(finding.message).toContain('..." (');
      expect([...finding.related.map((r) => r.message), finding.message].every((m) => m.length < 2_000)).toBe(true);
    }
  });

  it('links cache rules through a cycle of 500 module outputs that each read all 500 call arguments, which name the registry 250,000 times', async () => {
    // Terraform refuses such a configuration; a damaged document may hold it. Its 500,000 references are searched once,
    // and what they name is gathered without spreading it into a call's arguments (which overflows the stack past about 120,000).
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-cycle-'));
    const k = 500;
    const change = (type: string, name: string, after: Record<string, unknown>, afterUnknown: Record<string, unknown>) => ({ address: `${type}.${name}`, mode: 'managed', type, name, change: { actions: ['create'], before: null, after, after_unknown: afterUnknown } });
    const changes = [change('azurerm_container_registry', 'acr', { name: 'acr', sku: 'Premium', public_network_access_enabled: false, network_rule_bypass_option: 'None' }, { id: true })];
    const resources: object[] = [{ address: 'azurerm_container_registry.acr', mode: 'managed', type: 'azurerm_container_registry', name: 'acr', expressions: {} }];
    for (let i = 0; i < 20; i++) {
      changes.push(change('azurerm_container_registry_cache_rule', `r${i}`, { name: `r${i}`, source_repo: `mcr.microsoft.com/r${i}`, target_repo: `r${i}` }, { id: true, container_registry_id: true }));
      resources.push({ address: `azurerm_container_registry_cache_rule.r${i}`, mode: 'managed', type: 'azurerm_container_registry_cache_rule', name: `r${i}`, expressions: { container_registry_id: { references: [`module.a.o${i * 25}`, 'module.a'] } } });
    }
    const variables = Array.from({ length: k }, (_, i) => `var.v${i}`);
    const outputs = Object.fromEntries(variables.map((_, i) => [`o${i}`, { expression: { references: variables } }]));
    const registry = Array<string>(k).fill('azurerm_container_registry.acr');
    const args = Object.fromEntries(variables.map((_, i) => [`v${i}`, { references: [`module.a.o${(i + 1) % k}`, 'module.a', ...registry] }]));
    const rootModule = { resources, module_calls: { a: { source: './a', expressions: args, module: { outputs } } } };
    writeFileSync(path.join(dir, 'plan.json'), JSON.stringify({ format_version: '1.2', resource_changes: changes, configuration: { root_module: rootModule } }));
    const result = await lint([path.join(dir, 'plan.json')], { root: dir, commandLine: [], rules: ALL_RULES });
    expect(result.diagnostics).toEqual([]);
    const blocked = result.findings.filter((f) => f.ruleId === 'ACR001');
    expect(blocked.map((f) => `${f.level} ${f.address}`)).toEqual(['error azurerm_container_registry.acr']);
    for (let i = 0; i < 20; i++) expect(blocked[0]!.message).toContain(`azurerm_container_registry_cache_rule.r${i} (`);
  });

  it('treats __proto__ as an ordinary key in HCL and JSON objects', async () => {
    const result = await lintBeside({
      'proto.tf': 'locals {\n  a = { __proto__ = { polluted = true } }\n  b = jsondecode("{\\"__proto__\\": {\\"polluted\\": true}}")\n}\n',
      'proto.tf.json': '{"locals": {"c": {"__proto__": {"polluted": true}}}}',
    });
    expect(result.diagnostics).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(result.findings.filter((f) => f.level === 'error')).toHaveLength(1);
  });

  it('reads CRLF line endings and a UTF-8 byte-order mark with the same positions', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-crlf-'));
    const seed = path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache/main.tf');
    const text = (await import('node:fs')).readFileSync(seed, 'utf8');
    writeFileSync(path.join(dir, 'main.tf'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'))]));
    const result = await lint([dir], { root: dir, commandLine: [], rules: ALL_RULES });
    expect(result.diagnostics).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'ACR001').map((f) => [f.location?.start.line, f.location?.start.column])).toEqual([[10, 3]]);
  });
});

describe('suppressions in hostile numbers and sizes', () => {
  it('reads 50,000 directive lines in a row, each looking past the others for its target, in linear time', async () => {
    // Each directive searched the comment lines after it for the construct it covers: 30,000 took 25 s, 50,000 about 70 s.
    // The work is synchronous, so jest's timeout cannot stop it: the time is asserted.
    const directives = '# tf-acr-lint:ignore ACR013 -- why\n'.repeat(50_000);
    const start = performance.now();
    const result = await lintBeside({ 'ignores.tf': `${directives}locals {\n  a = 1\n}\n` });
    expect(performance.now() - start).toBeLessThan(15_000);
    expect(result.findings.filter((f) => f.level === 'error').map((f) => `${f.ruleId} ${f.location?.file}`)).toEqual(['ACR001 seed.tf']);
    expect(result.diagnostics).toHaveLength(50_000);
    expect(result.diagnostics[49_999]).toMatchObject({ file: 'ignores.tf', line: 50_000, severity: 'note', message: expect.stringMatching(/^unused suppression/) });
  });
});

describe('lists of hundreds of thousands of items are never spread into arguments', () => {
  it('keeps the other files\' findings beside a variables file of 200,000 ignored blocks', async () => {
    const result = await lintBeside({ 'terraform.tfvars': 'b {}\n'.repeat(200_000) });
    expect(result.findings.filter((f) => f.level === 'error').map((f) => `${f.ruleId} ${f.location?.file}`)).toEqual(['ACR001 seed.tf']);
    expect(result.diagnostics).toHaveLength(200_000);
    expect(result.diagnostics[0]).toMatchObject({ file: 'terraform.tfvars', message: expect.stringMatching(/holds only assignments/) });
  });

  it('expands a list of 200,000 elements into max(...)', async () => {
    const result = await lintBeside({
      'spread.tf':
        'locals {\n  l = flatten([for a in range(200) : [for b in range(1000) : b]])\n}\n' +
        premiumRegistry('m', '  admin_enabled = max(local.l...) == 999\n'),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'ACR013').map((f) => f.location?.file)).toEqual(['spread.tf']);
  });
});

describe('values that grow past what is worth building', () => {
  it('leaves a template unknown past 64 Mi characters, and groups 50,000 for-expression values in linear time', async () => {
    const doubling = Array.from({ length: 30 }, (_, i) => `  s${i + 1} = "\${local.s${i}}\${local.s${i}}"`).join('\n');
    const result = await lintBeside({
      'grow.tf':
        `locals {\n  s0 = "ab"\n${doubling}\n  l = flatten([for a in range(50) : [for b in range(1000) : b]])\n  g = { for x in local.l : "k" => x... }\n}\n` +
        premiumRegistry('m', '  admin_enabled = length(local.g["k"]) == 50000\n  tags = { big = local.s30 }\n  anonymous_pull_enabled = length(local.s30) > 0\n'),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.findings.filter((f) => f.level === 'error').map((f) => `${f.ruleId} ${f.location?.file}`)).toEqual(['ACR001 seed.tf']);
    expect(result.findings.filter((f) => f.ruleId === 'ACR013').map((f) => f.location?.file)).toEqual(['grow.tf']);
    // The anonymous-pull rule cannot tell: the string was not built.
    expect(result.findings.find((f) => f.ruleId === 'ACR014')?.message).toMatch(/more than 67,108,864 characters/);
  });
});

describe('values whose parts are shared', () => {
  it('does not expand a value of 2^25 parts made by 25 locals into jsonencode() or toset()', async () => {
    const locals = Array.from({ length: 25 }, (_, i) => `  a${i + 1} = { l = local.a${i}, r = local.a${i} }`).join('\n');
    const result = await lintBeside({
      'shared.tf':
        `locals {\n  a0 = { x = "y" }\n${locals}\n}\n` +
        premiumRegistry('m', '  anonymous_pull_enabled = length(jsonencode(local.a25)) > 0\n  admin_enabled = length(toset([local.a25])) > 0\n'),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.findings.filter((f) => f.level === 'error').map((f) => `${f.ruleId} ${f.location?.file}`)).toEqual(['ACR001 seed.tf']);
    for (const rule of ['ACR013', 'ACR014']) {
      expect(result.findings.find((f) => f.ruleId === rule && f.location?.file === 'shared.tf')?.message).toMatch(/is not evaluated: its arguments have more than 1,000,000 parts/);
    }
  });
});

describe('instances are bounded per block and per root module', () => {
  it('reads nested module counts that multiply past 50,000 instances up to that bound, and says so', async () => {
    const dir = seededDirectory('tf-acr-lint-fan-out-');
    writeFileSync(path.join(dir, 'fan.tf'), 'module "m" {\n  source = "./m1"\n  count  = 60\n}\n');
    for (const [from, to] of [['m1', '../m2'], ['m2', '../m3']]) {
      mkdirSync(path.join(dir, from!));
      writeFileSync(path.join(dir, from!, 'main.tf'), `module "c" {\n  source = "${to}"\n  count  = 60\n}\n`);
    }
    mkdirSync(path.join(dir, 'm3'));
    writeFileSync(path.join(dir, 'm3', 'main.tf'), 'resource "azurerm_container_registry" "r" {\n  count               = 60\n  name                = "r"\n  resource_group_name = "rg"\n  location            = "westeurope"\n  sku                 = "Basic"\n}\n');
    const result = await lint([dir], { root: dir, commandLine: [], rules: ALL_RULES });
    expect(result.findings.filter((f) => f.level === 'error').map((f) => `${f.ruleId} ${f.location?.file}`)).toEqual(['ACR001 seed.tf']);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/more than the 50,000 resource instances or 10,000 module instances/) })]);
  });

  it('keeps, past the bound, every block of one instance or none, and module calls while module instances are left', async () => {
    // 50,000 role assignments use up the resource instances before anything else is read.
    const assignments = Array.from({ length: 5 }, (_, i) => `resource "azurerm_role_assignment" "a${i}" {\n  count                = 10000\n  scope                = "x"\n  role_definition_name = "Reader"\n  principal_id         = "p"\n}\n`).join('');
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-past-bound-'));
    writeFileSync(path.join(dir, '0-assignments.tf'), `${assignments}resource "azurerm_resource_group" "more" {\n  count    = 2\n  name     = "rg"\n  location = "westeurope"\n}\nmodule "acr" {\n  source = "./acr"\n}\n`);
    writeFileSync(
      path.join(dir, 'z.tf'),
      'variable "enabled" {\n  default = false\n}\nresource "azurerm_container_registry" "optional" {\n  count               = var.enabled ? 1 : 0\n  name                = "o"\n  resource_group_name = "rg"\n  location            = "westeurope"\n  sku                 = "Basic"\n  admin_enabled       = true\n}\n',
    );
    mkdirSync(path.join(dir, 'acr'));
    copyFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache/main.tf'), path.join(dir, 'acr', 'main.tf'));
    const result = await lint([dir], { root: dir, commandLine: [], rules: ALL_RULES });
    // The module's registry is still linted in full, and the registry whose count is 0 does not exist.
    expect(result.findings.filter((f) => f.level !== 'note').map((f) => `${f.ruleId} ${f.level} ${f.location?.file}`)).toEqual(['ACR001 error acr/main.tf']);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', file: '0-assignments.tf', line: 31, message: expect.stringMatching(/first at this block/) })]);
  });

  it('stops evaluating module calls after 10,000 module instances, however they fan out', async () => {
    const dir = seededDirectory('tf-acr-lint-fan-');
    // Two calls per module, 16 modules deep: 131,070 module instances without a single count.
    writeFileSync(path.join(dir, 'fan.tf'), 'module "a" {\n  source = "./m1"\n}\nmodule "b" {\n  source = "./m1"\n}\n');
    for (let i = 1; i <= 16; i++) {
      mkdirSync(path.join(dir, `m${i}`));
      writeFileSync(path.join(dir, `m${i}`, 'main.tf'), i < 16 ? `module "a" {\n  source = "../m${i + 1}"\n}\nmodule "b" {\n  source = "../m${i + 1}"\n}\n` : 'resource "azurerm_resource_group" "leaf" {\n  name     = "rg"\n  location = "westeurope"\n}\n');
    }
    const result = await lint([dir], { root: dir, commandLine: [], rules: ALL_RULES });
    expect(result.findings.filter((f) => f.level === 'error').map((f) => `${f.ruleId} ${f.location?.file}`)).toEqual(['ACR001 seed.tf']);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/10,000 module instances/) })]);
  });

  it('stops evaluating module calls past 75,000 resource instances, however many blocks of one instance the modules hold', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-singles-'));
    writeFileSync(path.join(dir, 'main.tf'), 'module "a" {\n  source = "./m1"\n  count  = 50\n}\n');
    mkdirSync(path.join(dir, 'm1'));
    writeFileSync(path.join(dir, 'm1', 'main.tf'), 'module "b" {\n  source = "../m2"\n  count  = 50\n}\n');
    mkdirSync(path.join(dir, 'm2'));
    // 2,500 module instances of 40 blocks of one instance each would make 100,000.
    const singles = Array.from({ length: 40 }, (_, i) => `resource "azurerm_container_registry" "r${i}" {\n  name = "r${i}"\n}\n`).join('');
    writeFileSync(path.join(dir, 'm2', 'main.tf'), singles);
    const graph = readHclModules([{ dir: '.', absoluteDir: dir, files: ['main.tf'], autoVarFiles: [] }], { root: dir, commandLine: [] });
    expect(graph.resources.length).toBeGreaterThanOrEqual(75_000);
    expect(graph.resources.length).toBeLessThanOrEqual(75_040);
    expect(graph.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', file: 'm1/main.tf', message: expect.stringMatching(/or 75,000 resource instances, module calls are not evaluated/) })]);
  });

  it('evaluates exactly 10,000 module instances without a warning', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-exact-'));
    writeFileSync(path.join(dir, 'main.tf'), 'module "a" {\n  source = "./m1"\n  count  = 100\n}\nmodule "z" {\n  source = "./m2"\n  count  = 0\n}\n');
    mkdirSync(path.join(dir, 'm1'));
    writeFileSync(path.join(dir, 'm1', 'main.tf'), 'module "b" {\n  source = "../m2"\n  count  = 99\n}\n');
    mkdirSync(path.join(dir, 'm2'));
    writeFileSync(path.join(dir, 'm2', 'main.tf'), 'resource "azurerm_container_registry" "r" {\n  name = "r"\n}\n');
    const graph = readHclModules([{ dir: '.', absoluteDir: dir, files: ['main.tf'], autoVarFiles: [] }], { root: dir, commandLine: [] });
    expect(graph.resources).toHaveLength(9_900);
    expect(graph.diagnostics).toEqual([]);
  });

  it('reads a for_each of more than 10,000 elements as one instance standing for all', async () => {
    const result = await lintBeside({
      'many.tf':
        'locals {\n  keys = toset(flatten([for a in range(11) : [for b in range(1000) : "k${a}-${b}"]]))\n}\n' +
        'resource "azurerm_container_registry" "big" {\n  name                          = "big"\n  resource_group_name           = "rg"\n  location                      = "westeurope"\n' +
        '  sku                           = "Premium"\n  public_network_access_enabled = false\n  network_rule_bypass_option    = "None"\n}\n' +
        'resource "azurerm_container_registry_cache_rule" "r" {\n  for_each              = local.keys\n  name                  = each.key\n' +
        '  container_registry_id = azurerm_container_registry.big.id\n  source_repo           = "docker.io/library/x"\n  target_repo           = each.key\n}\n',
    });
    expect(result.diagnostics).toEqual([]);
    const big = result.findings.filter((f) => f.ruleId === 'ACR001' && f.location?.file === 'many.tf');
    expect(big.map((f) => f.level)).toEqual(['note']);
    expect(big[0]!.message).toMatch(/azurerm_container_registry_cache_rule\.r\[\*\] exists is unknown \(for_each has 11000 elements, more than the 10000 instances tf-acr-lint expands\)/);
  });
});

describe('module call chains', () => {
  it('reads a chain of module calls 256 deep, and reports the call that goes deeper without losing the root', async () => {
    const dir = seededDirectory('tf-acr-lint-chain-');
    writeFileSync(path.join(dir, 'chain.tf'), 'module "c" {\n  source = "./m1"\n}\n');
    for (let i = 1; i <= 300; i++) {
      mkdirSync(path.join(dir, `m${i}`));
      writeFileSync(path.join(dir, `m${i}`, 'main.tf'), `module "c" {\n  source = "../m${i + 1}"\n}\n`);
    }
    const result = await lint([dir], { root: dir, commandLine: [], rules: ALL_RULES });
    expect(result.findings.filter((f) => f.level === 'error').map((f) => `${f.ruleId} ${f.location?.file}`)).toEqual(['ACR001 seed.tf']);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', file: 'm256/main.tf', line: 1, message: 'module "../m257" is called 257 modules deep, deeper than the 256 tf-acr-lint reads; it is not evaluated' }),
    ]);
  });

  it.each([true, false])('lints modules that only call each other, and reports their cycle (prune %s)', async (prune) => {
    // A module calling itself, and two calling each other with no caller outside them: each is called, none is a root.
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-cycle-'));
    for (const sub of ['self', 'a', 'b']) mkdirSync(path.join(dir, sub));
    copyFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache/main.tf'), path.join(dir, 'self/seed.tf'));
    writeFileSync(path.join(dir, 'self/self.tf'), 'module "self" {\n  source = "./"\n}\n');
    copyFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache/main.tf'), path.join(dir, 'a/seed.tf'));
    writeFileSync(path.join(dir, 'a/calls.tf'), 'module "b" {\n  source = "../b"\n}\n');
    writeFileSync(path.join(dir, 'b/calls.tf'), 'module "a" {\n  source = "../a"\n}\n');
    const result = await lint([dir], { root: dir, commandLine: [], rules: ALL_RULES, prune });
    // a's seed is linted once, as the root of its cycle; its second appearance, through b, is the cycle.
    expect(result.findings.filter((f) => f.ruleId === 'ACR001').map((f) => `${f.address} ${f.location?.file}`)).toEqual(['azurerm_container_registry.acr a/seed.tf', 'azurerm_container_registry.acr self/seed.tf']);
    expect(result.diagnostics.map((d) => `${d.severity} ${d.file}:${d.line} ${d.message.replace(/:.*/, '')}`)).toEqual(['error b/calls.tf:1 module cycle', 'error self/self.tf:1 module cycle']);
  });

  it('evaluates what such a group calls through it, with the arguments it is given, whatever its path', async () => {
    // m1 and m2 call each other; m2 calls aaa (first in path order) with admin = false, which aaa defaults to true.
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-cycle-'));
    for (const sub of ['aaa', 'm1', 'm2']) mkdirSync(path.join(dir, sub));
    writeFileSync(path.join(dir, 'm1/main.tf'), 'module "m2" {\n  source = "../m2"\n}\n');
    writeFileSync(path.join(dir, 'm2/main.tf'), 'module "m1" {\n  source = "../m1"\n}\nmodule "acr" {\n  source = "../aaa"\n  admin  = false\n}\n');
    writeFileSync(path.join(dir, 'aaa/main.tf'), `variable "admin" {\n  default = true\n}\n${premiumRegistry('acr', '  admin_enabled = var.admin\n')}`);
    for (const prune of [true, false]) {
      const result = await lint([dir], { root: dir, commandLine: [], rules: ALL_RULES, prune });
      expect(result.findings.filter((f) => f.ruleId === 'ACR013')).toEqual([]);
      expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.message.replace(/:.*/, '')}`)).toEqual(['m2/main.tf:1 module cycle']);
    }
    writeFileSync(path.join(dir, 'm2/main.tf'), 'module "m1" {\n  source = "../m1"\n}\nmodule "acr" {\n  source = "../aaa"\n  admin  = true\n}\n');
    // With admin = true passed instead, the finding comes through the call: aaa is evaluated, only not on its own.
    const admin = await lint([dir], { root: dir, commandLine: [], rules: ALL_RULES });
    expect(admin.findings.filter((f) => f.ruleId === 'ACR013').map((f) => f.address)).toEqual(['module.m2.module.acr.azurerm_container_registry.acr']);
  });
});

describe('evaluation work', () => {
  it('a repetition takes at most 500,000 steps, its nested ones included, then is unknown, saying so', async () => {
    const result = await lintBeside({
      'nested.tf':
        'locals {\n  big = [for i in range(1024) : [for j in range(1024) : [for k in range(1024) : k]]]\n}\n' +
        premiumRegistry('m', '  admin_enabled = length(local.big) == 1024 && length(local.big[1023]) > 0\n'),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.findings.filter((f) => f.level === 'error').map((f) => `${f.ruleId} ${f.location?.file}`)).toEqual(['ACR001 seed.tf']);
    expect(result.findings.find((f) => f.ruleId === 'ACR013' && f.location?.file === 'nested.tf')?.message).toMatch(/would take more than 500,000 steps/);
  });

  it('count in a variable default and in nested dynamic blocks, and many small ones in a root module do not add up to a loss', async () => {
    const dynamic = (depth: number): string => (depth === 0 ? '' : `dynamic "d${depth}" {\n  for_each = range(1024)\n  content {\n${dynamic(depth - 1)}  }\n}\n`);
    const result = await lintBeside({
      'default.tf': 'variable "x" {\n  default = [for a in range(1024) : [for b in range(1024) : b]]\n}\n' + premiumRegistry('fromdefault', '  admin_enabled = length(var.x[1023]) > 0\n'),
      'dynamic.tf': premiumRegistry('dyn', dynamic(3)),
      'many.tf': 'locals {\n  cidrs = [for i in range(1000) : "10.${floor(i / 256)}.${i % 256}.0/24"]\n}\n' + premiumRegistry('each', '  count = 100\n  admin_enabled = length([for c in local.cidrs : c if c != ""]) > 0\n'),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.findings.find((f) => f.ruleId === 'ACR013' && f.location?.file === 'default.tf')?.message).toMatch(/would take more than 500,000 steps/);
    // 100 × 1,000 elements of 5 steps each (the element, the condition and its two operands, the value), none nested, after
    // the two cut-off repetitions above took 500,000 steps each: every instance is decided.
    expect(result.findings.filter((f) => f.ruleId === 'ACR013' && f.location?.file === 'many.tf' && f.level === 'warning')).toHaveLength(100);
  });

  it('counts every expression a repetition body evaluates, not only its elements', async () => {
    // 102,400 elements, each a list of 20 literals: 2.2 million steps. Four such variables once took 27 s and 1.6 GB, and
    // a body of 60 literals ran out of heap.
    const literals = Array.from({ length: 20 }, (_, i) => i).join(', ');
    const result = await lintBeside({
      'body.tf': `variable "x" {\n  default = [for i in range(1024) : [for j in range(100) : [${literals}]]]\n}\n` + premiumRegistry('m', '  admin_enabled = length(var.x) > 0\n'),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.findings.find((f) => f.ruleId === 'ACR013' && f.location?.file === 'body.tf')?.message).toMatch(/would take more than 500,000 steps/);
  });

  it('counts the elements function calls return, so that a chain of calls copying a long list stops', async () => {
    // Each concat copies a list of a million elements; 400 of them once ran for minutes and gigabytes. Seventeen pass the root's 16,000,000 steps.
    const chain = Array.from({ length: 17 }, (_, k) => `  b${k + 1} = concat(local.b${k}, [${k}])\n`).join('');
    const result = await lintBeside({
      'chain.tf':
        `locals {\n  r = range(1000)\n  a = [${Array.from({ length: 999 }, () => 'local.r').join(', ')}]\n  b0 = flatten(local.a)\n${chain}}\n` +
        premiumRegistry('m', '  admin_enabled = length(local.b17) > 0\n'),
    });
    // The root's budget ran out: said once, as a warning on the root module.
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/^this root module's expressions take more than the 16,000,000 steps tf-acr-lint evaluates/) })]);
    expect(result.findings.find((f) => f.ruleId === 'ACR013' && f.location?.file === 'chain.tf')?.message).toMatch(
      /is not evaluated: this root module's expressions have taken more than 16,000,000 steps/,
    );
  });

  it('bounds what functions build and read: string results, widths, strings taken apart, and what a repetition reads', async () => {
    const big = 'local.s20'; // 1 Mi characters, by doubling
    const doubling = Array.from({ length: 20 }, (_, i) => `  s${i + 1} = "\${local.s${i}}\${local.s${i}}"\n`).join('');
    const result = await lintBeside({
      'bounds.tf':
        `locals {\n  s0 = "x"\n${doubling}  refs = [${Array(100).fill(big).join(', ')}]\n  parts = [for i in range(400) : range(999)]\n}\n` +
        premiumRegistry('width', '  admin_enabled = length(format("%400000000s", "x")) > 0\n') +
        premiumRegistry('apart', `  admin_enabled = length(split("", "\${${big}}y")) > 0\n`) +
        premiumRegistry('encoded', '  admin_enabled = length(jsonencode(local.refs)) > 0\n') +
        premiumRegistry('repeated', '  admin_enabled = length([for i in range(1024) : jsonencode(local.parts)]) > 0\n'),
    });
    const why = (name: string): string | undefined => result.findings.find((f) => f.ruleId === 'ACR013' && f.address === `azurerm_container_registry.${name}`)?.message;
    expect(why('width')).toMatch(/a width of 400,000,000 is more than the 1,048,576 characters tf-acr-lint pads to/);
    expect(why('apart')).toMatch(/the string has 1,048,577 characters, more than the 1,048,576 tf-acr-lint takes apart/);
    expect(why('encoded')).toMatch(/its arguments have more than 1,000,000 parts \(elements at every depth, or 64 characters of a string\)/);
    expect(why('repeated')).toMatch(/would take more than 500,000 steps/);
  });

  it('counts a splat as a repetition, and the parts of all of a call\'s arguments together', async () => {
    const result = await lintBeside({
      'splat.tf':
        `locals {\n  l = range(1000)\n  big = flatten([${Array(600).fill('local.l').join(', ')}])\n}\n` +
        premiumRegistry('splat', '  admin_enabled = length(local.big[*]) > 0\n') +
        premiumRegistry('many', `  admin_enabled = length(concat(${Array(1100).fill('local.l').join(', ')})) > 0\n`),
    });
    const why = (name: string): string | undefined => result.findings.find((f) => f.ruleId === 'ACR013' && f.address === `azurerm_container_registry.${name}`)?.message;
    expect(why('splat')).toMatch(/would take more than 500,000 steps/);
    expect(why('many')).toMatch(/its arguments have more than 1,000,000 parts/);
  });

  it('count %{ for } directives in templates with them', async () => {
    const result = await lintBeside({
      'template.tf':
        'locals {\n  s = "%{for i in range(1024)}%{for j in range(1024)}%{for k in range(1024)}%{endfor}%{endfor}%{endfor}"\n}\n' +
        premiumRegistry('m', '  admin_enabled = local.s == ""\n'),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.findings.find((f) => f.ruleId === 'ACR013' && f.location?.file === 'template.tf')?.message).toMatch(/would take more than 500,000 steps/);
  });
});
