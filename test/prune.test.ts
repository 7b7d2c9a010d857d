/**
 * Relevance first must never lose a finding: on generated monorepos, the pruned scan (the default)
 * finds exactly what a full scan finds, while skipping the modules that cannot matter.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALL_RULES } from '../rules/index.js';
import { lint } from '../src/lint.js';
import { REPO_ROOT } from './helpers/fixtures.js';

const SEED = readFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache/main.tf'), 'utf8');
const AVM = readFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/avm-private-cache/main.tf'), 'utf8');

/** A deterministic PRNG (mulberry32), so every run builds the same tree. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const storage = (i: number): string => `resource "azurerm_storage_account" "s${i}" {\n  name                     = "st${i}"\n  resource_group_name      = "rg"\n  location                 = "westeurope"\n  account_tier             = "Standard"\n  account_replication_type = "LRS"\n}\n`;

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** Roots of four kinds: plain, registry, caller of a local registry module, AVM call; plus an installed module. */
function monorepo(seed: number, roots: number): string {
  const random = prng(seed);
  const root = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-mono-'));
  write(root, 'modules/registry/main.tf', SEED.replace('public_network_access_enabled = false', 'public_network_access_enabled = var.private') + 'variable "private" {\n  type = bool\n}\n');
  for (let i = 0; i < roots; i++) {
    const dir = `stacks/s${i}`;
    const kind = Math.floor(random() * 5);
    write(root, `${dir}/main.tf`, storage(i));
    if (kind === 1) write(root, `${dir}/acr.tf`, SEED);
    if (kind === 2) write(root, `${dir}/platform.tf`, `module "registry" {\n  source  = "../../modules/registry"\n  private = ${random() < 0.5}\n}\n`);
    if (kind === 3) write(root, `${dir}/avm.tf`, AVM);
    if (kind === 4) {
      // The caller never names a registry; the module `terraform init` installed does.
      write(root, `${dir}/mod.tf`, 'module "acr" {\n  source  = "app.terraform.io/contoso/registry/azurerm"\n  version = "1.0.0"\n  private = true\n}\n');
      write(root, `${dir}/.terraform/modules/modules.json`, JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, { Key: 'acr', Source: 'app.terraform.io/contoso/registry/azurerm', Version: '1.0.0', Dir: '.terraform/modules/acr' }] }));
      write(root, `${dir}/.terraform/modules/acr/main.tf`, readFileSync(path.join(root, 'modules/registry/main.tf'), 'utf8'));
    }
  }
  return root;
}

describe('relevance first', () => {
  it.each([
    [1, 40],
    [7, 60],
  ])('finds exactly what a full scan finds (seed %i, %i stacks)', async (seed, roots) => {
    const root = monorepo(seed, roots);
    const options = { root, commandLine: [], rules: ALL_RULES };
    const pruned = await lint([root], options);
    const full = await lint([root], { ...options, prune: false });
    const key = (f: { fingerprint: string; level: string; location?: { file: string; start: { line: number } } }): string => `${f.fingerprint} ${f.level} ${f.location?.file}:${f.location?.start.line}`;
    // Every kind of root that matters shows up: its own registry, a local registry module, an installed one.
    const files = new Set(full.findings.map((f) => f.location?.file ?? ''));
    expect([...files].some((f) => f.endsWith('/acr.tf'))).toBe(true);
    expect(files.has('modules/registry/main.tf')).toBe(true);
    expect([...files].some((f) => f.endsWith('/mod.tf'))).toBe(true);
    expect(pruned.findings.map(key).sort()).toEqual(full.findings.map(key).sort());
    expect(pruned.diagnostics).toEqual(full.diagnostics);
    expect(pruned.skipped.modules).toBeGreaterThan(0);
    // The same files are found either way, installed modules' included; pruning only leaves some unparsed.
    expect(pruned.files).toBe(full.files);
    expect(pruned.skipped.files).toBeGreaterThan(0);
    expect(full.skipped).toEqual({ modules: 0, files: 0, planResources: 0 });
  });
});

const ADMIN_REGISTRY = 'resource "azurerm_container_registry" "acr" {\n  name                = "contosoacr"\n  resource_group_name = "rg"\n  location            = "westeurope"\n  sku                 = "Basic"\n  admin_enabled       = true\n}\n';
const azapiRegistry = (type: string): string =>
  `resource "azapi_resource" "acr" {\n  type      = ${type}\n  name      = "contosoacr"\n  parent_id = "/subscriptions/0/resourceGroups/rg"\n  location  = "westeurope"\n  body = {\n    sku        = { name = "Basic" }\n    properties = { adminUserEnabled = true }\n  }\n}\n`;

/**
 * Trees where the registry is written in a way a plain text search misses, or called in a way the
 * text scanner of module sources reads differently from the parser (found by a review): each is
 * linted from `scan`, and must give its admin-user finding, pruned as in full.
 */
const HIDDEN_REGISTRIES: [string, Record<string, string>, string][] = [
  ['an azapi type from tfvars', { 'main.tf': `${azapiRegistry('var.t')}variable "t" {\n  type = string\n}\n`, 'terraform.tfvars': 't = "Microsoft.ContainerRegistry/registries@2023-07-01"\n' }, '.'],
  ['an azapi type from a template', { 'main.tf': `${azapiRegistry('"Microsoft.${local.rp}/registries@2023-07-01"')}locals {\n  rp = "ContainerRegistry"\n}\n` }, '.'],
  ['an azapi type with an escape', { 'main.tf': azapiRegistry('"Microsoft\\u002EContainerRegistry/registries@2023-07-01"') }, '.'],
  ['a resource type label with an escape', { 'main.tf': ADMIN_REGISTRY.replace('azurerm_container_registry', 'azurerm_container\\u005fregistry') }, '.'],
  ['a JSON resource type with an escape', { 'main.tf.json': '{"resource": {"azurerm_container\\u005fregistry": {"acr": {"name": "contosoacr", "resource_group_name": "rg", "location": "westeurope", "sku": "Basic", "admin_enabled": true}}}}' }, '.'],
  ['a module label without quotes', { 'modules/acr/main.tf': ADMIN_REGISTRY, 'stack/main.tf': 'module acr {\n  source = "../modules/acr"\n}\n' }, 'stack'],
  ['a module header after a comment', { 'modules/acr/main.tf': ADMIN_REGISTRY, 'stack/main.tf': '/* platform */ module "acr" {\n  source = "../modules/acr"\n}\n' }, 'stack'],
  ['a brace in a template string before the call', { 'modules/acr/main.tf': ADMIN_REGISTRY, 'stack/main.tf': 'locals {\n  x = "${"{"}"\n}\nmodule "acr" {\n  source = "../modules/acr"\n}\n' }, 'stack'],
  ['an interpolation over two lines before the source', { 'modules/acr/main.tf': ADMIN_REGISTRY, 'stack/main.tf': 'module "acr" {\n  for_each = toset(["${\n  "a"}"])\n  source = "../modules/acr"\n}\n' }, 'stack'],
  ['a source with an escape', { 'modules/acr/main.tf': ADMIN_REGISTRY, 'stack/main.tf': 'module "acr" {\n  source = "../modules/\\u0061cr"\n}\n' }, 'stack'],
  ['a JSON module key with an escape', { 'modules/acr/main.tf': ADMIN_REGISTRY, 'stack/main.tf.json': '{"modul\\u0065": {"acr": {"source": "../modules/acr"}}}' }, 'stack'],
  [
    'an azapi type after a comment, from a join()',
    { 'main.tf': azapiRegistry('local.t').replace('  type      = local.t', '  /* computed */ type = local.t') + 'locals {\n  t = join("", ["Microsoft.Container", "Registry/registries@2023-07-01"])\n}\n' },
    '.',
  ],
  [
    'a JSON azapi type on the line after its key',
    {
      'main.tf.json': [
        '{',
        '  "locals": { "t": "${join(\\"\\", [\\"Microsoft.Container\\", \\"Registry/registries@2023-07-01\\"])}" },',
        '  "resource": { "azapi_resource": { "acr": {',
        '    "type"',
        '      : "${local.t}",',
        '    "name": "contosoacr", "parent_id": "/subscriptions/0/resourceGroups/rg", "location": "westeurope",',
        '    "body": { "sku": { "name": "Basic" }, "properties": { "adminUserEnabled": true } }',
        '  } } }',
        '}',
      ].join('\n'),
    },
    '.',
  ],
  [
    'an azapi type that starts with a plain string',
    { 'main.tf': `${azapiRegistry('"" == var.t ? "Microsoft.Storage/storageAccounts@2023-01-01" : var.t')}variable "t" {\n  type = string\n}\n`, 'terraform.tfvars': 't = "Microsoft.ContainerRegistry/registries@2023-07-01"\n' },
    '.',
  ],
  [
    'a heredoc whose interpolation holds its marker alone on a line, before the call',
    { 'modules/acr/main.tf': ADMIN_REGISTRY, 'stack/main.tf': 'module "acr" {\n  description = <<x\n${join(",", [for x in ["a"] :\nx\n])}\nx\n  source = "../modules/acr"\n}\n' },
    'stack',
  ],
  // Override files are merged into the module (override.ts); the text of every file, theirs too, decides relevance.
  [
    'a module source set in an override file',
    { 'modules/acr/main.tf': ADMIN_REGISTRY, 'modules/none/main.tf': 'variable "x" {\n  default = 1\n}\n', 'stack/main.tf': 'module "acr" {\n  source = "../modules/none"\n}\n', 'stack/override.tf': 'module "acr" {\n  source = "../modules/acr"\n}\n' },
    'stack',
  ],
  ['an azapi type set in an override file', { 'main.tf': azapiRegistry('"Microsoft.Storage/storageAccounts@2023-01-01"'), 'main_override.tf': 'resource "azapi_resource" "acr" {\n  type = "Microsoft.ContainerRegistry/registries@2023-07-01"\n}\n' }, '.'],
  ['a module header with a comment in it', { 'modules/acr/main.tf': ADMIN_REGISTRY, 'stack/main.tf': 'module "acr" /* registry */ {\n  source = "../modules/acr"\n}\n' }, 'stack'],
  ['a module label in other letters', { 'modules/acr/main.tf': ADMIN_REGISTRY, 'stack/main.tf': 'module régistre {\n  source = "../modules/acr"\n}\n' }, 'stack'],
  ['a comment with a quote in an interpolation before the call', { 'modules/acr/main.tf': ADMIN_REGISTRY, 'stack/main.tf': 'locals {\n  x = "${ 1 /* \\" */ }"\n}\nmodule "acr" {\n  source = "../modules/acr"\n}\n' }, 'stack'],
  [
    'a local call inside an installed module',
    {
      'stack/main.tf': 'module "platform" {\n  source  = "app.terraform.io/contoso/platform/azurerm"\n  version = "1.0.0"\n}\n',
      'stack/.terraform/modules/modules.json': JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, { Key: 'platform', Source: 'app.terraform.io/contoso/platform/azurerm', Version: '1.0.0', Dir: '.terraform/modules/platform' }] }),
      'stack/.terraform/modules/platform/main.tf': 'module "acr" {\n  source = "./modules/acr"\n}\n',
      'stack/.terraform/modules/platform/modules/acr/main.tf': ADMIN_REGISTRY,
    },
    'stack',
  ],
];

describe('relevance first, where the text hides the registry', () => {
  it.each(HIDDEN_REGISTRIES)('finds what a full scan finds: %s', async (_, files, scan) => {
    const root = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-hidden-'));
    for (const [file, text] of Object.entries(files)) write(root, file, text);
    const options = { root, commandLine: [], rules: ALL_RULES };
    const key = (f: { ruleId: string; level: string; location?: { file: string; start: { line: number } } }): string => `${f.ruleId} ${f.level} ${f.location?.file}:${f.location?.start.line}`;
    const full = await lint([path.join(root, scan)], { ...options, prune: false });
    const pruned = await lint([path.join(root, scan)], options);
    expect(full.findings.map((f) => f.ruleId)).toContain('ACR013');
    expect(pruned.findings.map(key)).toEqual(full.findings.map(key));
  });

  it('follows a module cycle whichever root reaches it first', async () => {
    // r1 reaches a, b and c; r2 reaches b first, whose tree leads back through a to c, the registry.
    const root = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-cycle-'));
    const call = (name: string, source: string, admin: string): string => `module "${name}" {\n  source = "${source}"\n  admin  = ${admin}\n}\n`;
    write(root, 'a/main.tf', `variable "admin" {}\n${call('b', '../b', 'var.admin')}${call('c', '../c', 'var.admin')}`);
    write(root, 'b/main.tf', `variable "admin" {}\n${call('a', '../a', 'var.admin')}`);
    write(root, 'c/main.tf', `variable "admin" {}\n${ADMIN_REGISTRY.replace('admin_enabled       = true', 'admin_enabled       = var.admin')}`);
    write(root, 'r1/main.tf', call('a', '../a', 'false'));
    write(root, 'r2/main.tf', call('b', '../b', 'true'));
    const options = { root, commandLine: [], rules: ALL_RULES };
    const pruned = await lint([root], options);
    const full = await lint([root], { ...options, prune: false });
    expect(pruned.findings.map((f) => f.ruleId)).toEqual(['ACR013']);
    expect(pruned.findings).toEqual(full.findings);
    expect(pruned.diagnostics).toEqual(full.diagnostics);
  });
});

/** Every plan and state document of the fixtures and the corpus: plans of registries, and plans of everything else. */
const DOCUMENTS = ['fixtures/plans', 'fixtures/scenarios', 'fixtures/corpus/plans'].flatMap((dir) =>
  readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(json|tfstate)$/.test(file) && path.basename(file) !== 'expected.json')
    .map((file) => path.join(REPO_ROOT, dir, file)),
);

describe('relevance first in plans', () => {
  it('finds exactly what reading every resource finds, and counts the resources it does not read', async () => {
    const options = { root: REPO_ROOT, commandLine: [], rules: ALL_RULES };
    let unread = 0;
    let findings = 0;
    for (const document of DOCUMENTS) {
      const pruned = await lint([document], options);
      const full = await lint([document], { ...options, prune: false });
      expect({ document, findings: pruned.findings }).toEqual({ document, findings: full.findings });
      expect({ document, diagnostics: pruned.diagnostics }).toEqual({ document, diagnostics: full.diagnostics });
      expect(full.skipped.planResources).toBe(0);
      unread += pruned.skipped.planResources;
      findings += full.findings.length;
    }
    // The comparison means something: the documents have findings, and resources of other types.
    expect(DOCUMENTS.length).toBeGreaterThan(300);
    expect(findings).toBeGreaterThan(20);
    expect(unread).toBeGreaterThan(1000);
  }, 120_000);

  it('still reports what reading the resources it does not build would report', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-plan-prune-'));
    const storage = (after: unknown): object => ({ address: 'azurerm_storage_account.s', mode: 'managed', type: 'azurerm_storage_account', name: 's', change: { actions: ['create'], after, after_unknown: {} } });
    // A plan beside its sources: their suppressions are read even when no resource of the plan is.
    write(dir, 'beside/main.tf', '# tf-acr-lint:ignore ACR002\nresource "azurerm_storage_account" "s" {\n  name = "x"\n}\n');
    write(dir, 'beside/plan.json', JSON.stringify({ format_version: '1.2', resource_changes: [storage({ name: 'x' })] }));
    // A planned object that is no object.
    write(dir, 'malformed/plan.json', JSON.stringify({ format_version: '1.2', resource_changes: [storage(5)] }));
    // Wholly unknown, so what `after` is does not matter, read or not.
    write(dir, 'unknown/plan.json', JSON.stringify({ format_version: '1.2', resource_changes: [{ ...storage(5), change: { actions: ['create'], after: 5, after_unknown: true } }] }));
    // A raw state listing an address twice.
    const instance = { mode: 'managed', type: 'azurerm_storage_account', name: 's', provider: 'provider["registry.terraform.io/hashicorp/azurerm"]', instances: [{ attributes: { name: 'x' } }] };
    write(dir, 'state/terraform.tfstate', JSON.stringify({ version: 4, lineage: 'l', serial: 1, resources: [instance, instance] }));
    const expected = [/needs a reason/, /not an object/, undefined, /lists azurerm_storage_account\.s 2 times/];
    const documents = ['beside/plan.json', 'malformed/plan.json', 'unknown/plan.json', 'state/terraform.tfstate'];
    for (const [i, document] of documents.entries()) {
      const options = { root: dir, commandLine: [], rules: ALL_RULES };
      const pruned = await lint([path.join(dir, document)], options);
      const full = await lint([path.join(dir, document)], { ...options, prune: false });
      expect(pruned.diagnostics).toEqual(full.diagnostics);
      if (expected[i]) expect(pruned.diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(expected[i]!));
      else expect(pruned.diagnostics).toEqual([]);
      // The address listed twice is one resource.
      expect(pruned.skipped.planResources).toBe(1);
    }
  });

  it('counts the linted resources of types no adapter reads, data sources included', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-plan-prune-'));
    const change = (address: string, mode: string, type: string, actions: string[]): object => ({
      address,
      mode,
      type,
      name: address.split('.').pop(),
      change: { actions, before: null, after: { name: 'x', admin_enabled: true }, after_unknown: {} },
    });
    const document = {
      format_version: '1.2',
      resource_changes: [
        change('azurerm_container_registry.acr', 'managed', 'azurerm_container_registry', ['create']),
        change('azurerm_storage_account.s', 'managed', 'azurerm_storage_account', ['create']),
        change('data.azurerm_key_vault.kv', 'data', 'azurerm_key_vault', ['read']),
        // Being destroyed: not linted, so not counted either.
        change('azurerm_virtual_network.old', 'managed', 'azurerm_virtual_network', ['delete']),
      ],
    };
    writeFileSync(path.join(dir, 'plan.json'), JSON.stringify(document));
    const result = await lint([path.join(dir, 'plan.json')], { root: dir, commandLine: [], rules: ALL_RULES });
    expect(result.skipped.planResources).toBe(2);
    // The registry is read all the same.
    expect(result.findings.map((f) => `${f.ruleId} ${f.message.slice(0, 40)}`)).toEqual([expect.stringMatching(/^ACR\d+ .*admin/i)]);
  });
});
