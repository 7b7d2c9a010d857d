/**
 * Override files and duplicate definitions, as Terraform reads a module
 * (https://developer.hashicorp.com/terraform/language/files/override).
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALL_RULES } from '../rules/index.js';
import { ignoredPaths, loadConfig } from '../src/config/config.js';
import { readJsonConfig } from '../src/frontends/hcl/json-syntax.js';
import { parseJsonTemplate, readNativeConfig } from '../src/frontends/hcl/native-syntax.js';
import { isOverrideFile } from '../src/load/discover.js';
import { mergeOverrides } from '../src/frontends/hcl/override.js';
import type { Attribute, Block, ConfigFile, Expr } from '../src/frontends/hcl/syntax.js';
import { lint } from '../src/lint.js';
import type { Diagnostic } from '../src/model/graph.js';

/** Parses each file (native or JSON syntax by its name); they must have no problems. */
function parse(files: Record<string, string>): ConfigFile[] {
  return Object.entries(files).map(([file, text]) => {
    const { config, problems } = file.endsWith('.json') ? readJsonConfig(text, file, parseJsonTemplate) : readNativeConfig(text, file);
    expect(problems).toEqual([]);
    if (!config) throw new Error(`no config for ${file}`);
    return config;
  });
}

/** The module's files merged, and the diagnostics as `file:line message`. */
function merge(files: Record<string, string>): { blocks: Block[]; diagnostics: string[] } {
  const diagnostics: Diagnostic[] = [];
  const merged = mergeOverrides(parse(files), diagnostics);
  return { blocks: merged.flatMap((f) => f.body.blocks), diagnostics: diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`) };
}

function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0]!;
}

/** A literal's value, a plain string's text, or else the kind of expression. */
function literal(expr: Expr): unknown {
  if (expr.kind === 'literal') return expr.value;
  if (expr.kind === 'template' && expr.parts.every((p) => p.kind === 'text')) return expr.parts.map((p) => (p.kind === 'text' ? p.text : '')).join('');
  return expr.kind;
}

/** Each argument of a body as `name=value@file:line`. */
function args(attributes: Attribute[]): string[] {
  return attributes.map((a) => `${a.name}=${String(literal(a.expr))}@${a.span.file}:${a.span.start.line}`);
}

const REGISTRY =
  'resource "azurerm_container_registry" "acr" {\n  sku                           = "Premium"\n  public_network_access_enabled = false\n  network_rule_bypass_option    = "AzureServices"\n}\n';

describe('isOverrideFile', () => {
  it.each([
    ['override.tf', true],
    ['override.tf.json', true],
    ['a/b/network_override.tf', true],
    ['network_override.tofu', true],
    ['override.tofu.json', true],
    ['my-override.tf', false],
    ['overrides.tf', false],
    ['main.tf', false],
    ['override.tfvars', false],
  ])('%s: %s', (file, expected) => {
    expect(isOverrideFile(file)).toBe(expected);
  });
});

describe('mergeOverrides', () => {
  it('replaces an argument where it stands, keeping the override its own span, and keeps the others', () => {
    const { blocks, diagnostics } = merge({ 'main.tf': REGISTRY, 'main_override.tf': 'resource "azurerm_container_registry" "acr" {\n  network_rule_bypass_option = "None"\n  admin_enabled = true\n}\n' });
    expect(diagnostics).toEqual([]);
    const acr = only(blocks);
    expect(args(acr.body.attributes)).toEqual(['sku=Premium@main.tf:2', 'public_network_access_enabled=false@main.tf:3', 'network_rule_bypass_option=None@main_override.tf:2', 'admin_enabled=true@main_override.tf:3']);
    // The block is still the original's: its header and span are in main.tf.
    expect([acr.headerSpan.file, acr.headerSpan.start.line]).toEqual(['main.tf', 1]);
  });

  it('replaces every nested block of a type the override has, a dynamic block counting as its type, and keeps the other types', () => {
    const base = [
      'resource "azurerm_container_registry" "acr" {',
      '  georeplications {',
      '    location = "northeurope"',
      '  }',
      '  georeplications {',
      '    location = "westus"',
      '  }',
      '  dynamic "network_rule_set" {',
      '    for_each = [1]',
      '    content {',
      '      default_action = "Allow"',
      '    }',
      '  }',
      '  identity {',
      '    type = "SystemAssigned"',
      '  }',
      '}',
    ].join('\n');
    const override = 'resource "azurerm_container_registry" "acr" {\n  georeplications {\n    location = "eastus"\n  }\n  network_rule_set {\n    default_action = "Deny"\n  }\n}\n';
    const acr = only(merge({ 'main.tf': base, 'override.tf': override }).blocks);
    expect(acr.body.blocks.map((b) => `${b.type}@${b.span.file}:${b.span.start.line}`)).toEqual(['identity@main.tf:14', 'georeplications@override.tf:2', 'network_rule_set@override.tf:5']);
    // Nested blocks are not merged: the override's block is the whole block.
    expect(args(acr.body.blocks[1]!.body.attributes)).toEqual(['location=eastus@override.tf:3']);
  });

  it('merges a resource lifecycle argument by argument', () => {
    const base = 'resource "t" "n" {\n  lifecycle {\n    ignore_changes = []\n    prevent_destroy = false\n  }\n}\n';
    const acr = only(merge({ 'main.tf': base, 'override.tf': 'resource "t" "n" {\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n' }).blocks);
    expect(args(only(acr.body.blocks).body.attributes)).toEqual(['ignore_changes=tuple@main.tf:3', 'prevent_destroy=true@override.tf:3']);
  });

  it('merges local values by name, whichever locals block holds them', () => {
    const { blocks, diagnostics } = merge({
      'a.tf': 'locals {\n  bypass = "AzureServices"\n  sku = "Premium"\n}\n',
      'b.tf': 'locals {\n  name = "acr"\n}\n',
      'x_override.tf': 'locals {\n  name = "acr2"\n  bypass = "None"\n}\n',
    });
    expect(diagnostics).toEqual([]);
    expect(args(blocks.flatMap((b) => b.body.attributes))).toEqual(['bypass=None@x_override.tf:3', 'sku=Premium@a.tf:3', 'name=acr2@x_override.tf:2']);
  });

  it('keeps a variable’s validation blocks and rejects depends_on in an override', () => {
    const { blocks, diagnostics } = merge({
      'main.tf': 'variable "v" {\n  type = string\n  validation {\n    condition = true\n    error_message = "x"\n  }\n}\noutput "o" {\n  value = 1\n}\n',
      'override.tf': 'variable "v" {\n  default = "a"\n  validation {\n    condition = false\n    error_message = "y"\n  }\n}\noutput "o" {\n  value = 2\n  depends_on = []\n}\n',
    });
    const [variable, output] = blocks;
    expect(args(variable!.body.attributes)).toEqual(['type=variable@main.tf:2', 'default=a@override.tf:2']);
    expect(variable!.body.blocks.map((b) => `${b.type}@${b.span.file}:${b.span.start.line}`)).toEqual(['validation@main.tf:3']);
    expect(args(output!.body.attributes)).toEqual(['value=2@override.tf:9']);
    expect(diagnostics).toEqual([expect.stringMatching(/^override\.tf:10 depends_on may not be overridden/)]);
  });

  it('reports an override block or local value with no original, and a moved block, and ignores them', () => {
    const { blocks, diagnostics } = merge({
      'main.tf': REGISTRY,
      'override.tf': 'resource "azurerm_container_registry" "other" {\n  sku = "Basic"\n}\nlocals {\n  nope = 1\n}\nvariable "missing" {\n  default = 1\n}\nmoved {\n  from = a.b\n  to = a.c\n}\n',
    });
    expect(args(only(blocks).body.attributes).map((a) => a.split('@')[0])).toEqual(['sku=Premium', 'public_network_access_enabled=false', 'network_rule_bypass_option=AzureServices']);
    expect(diagnostics).toEqual([
      expect.stringMatching(/^override\.tf:1 resource "azurerm_container_registry" "other" overrides nothing: .* this block is ignored$/),
      expect.stringMatching(/^override\.tf:5 local value "nope" overrides nothing: .* it is ignored$/),
      expect.stringMatching(/^override\.tf:7 variable "missing" overrides nothing: /),
      expect.stringMatching(/^override\.tf:10 a "moved" block cannot be in an override file/),
    ]);
  });

  it('reports a second definition naming the first, and keeps the first', () => {
    const { blocks, diagnostics } = merge({
      'a.tf': `${REGISTRY}locals {\n  x = 1\n}\n`,
      'b.tf': `locals {\n  x = 2\n}\n${REGISTRY.replace('"AzureServices"', '"None"')}module "m" {\n  source = "./m"\n}\nmodule "m" {\n  source = "./n"\n}\n`,
    });
    expect(diagnostics).toEqual([
      'b.tf:2 local value "x" is already defined at a.tf:7; Terraform refuses a second definition. tf-acr-lint keeps the first one and ignores this one',
      'b.tf:4 resource "azurerm_container_registry" "acr" is already defined at a.tf:1; Terraform refuses a second definition. tf-acr-lint keeps the first one and ignores this one',
      'b.tf:12 module "m" is already defined at b.tf:9; Terraform refuses a second definition. tf-acr-lint keeps the first one and ignores this one',
    ]);
    const acr = blocks.find((b) => b.type === 'resource')!;
    expect(args(acr.body.attributes)).toContain('network_rule_bypass_option=AzureServices@a.tf:4');
    expect(blocks.filter((b) => b.type === 'resource' || b.type === 'module').map((b) => `${b.type}@${b.span.file}:${b.span.start.line}`)).toEqual(['resource@a.tf:1', 'module@b.tf:9']);
    expect(args(blocks.filter((b) => b.type === 'locals').flatMap((b) => b.body.attributes))).toEqual(['x=1@a.tf:7']);
  });

  it('reports a JSON resource written as an array of two bodies, and keeps the first', () => {
    const json = '{"resource": {"azurerm_container_registry": {"acr": [\n  {"sku": "Premium"},\n  {"sku": "Basic"}\n]}}}\n';
    const { blocks, diagnostics } = merge({ 'main.tf.json': json });
    expect(args(only(blocks).body.attributes)).toEqual(['sku=Premium@main.tf.json:2']);
    expect(diagnostics).toEqual([expect.stringMatching(/^main\.tf\.json:3 resource "azurerm_container_registry" "acr" is already defined at main\.tf\.json:2;/)]);
  });

  it('merges a JSON-syntax override into a native-syntax block, and the other way round', () => {
    const { blocks, diagnostics } = merge({
      'main.tf': REGISTRY,
      'network.tf.json': '{"locals": {"sku": "Basic"}}\n',
      'override.tf.json': '{\n  "resource": {"azurerm_container_registry": {"acr": {\n    "network_rule_bypass_option": "None"\n  }}}\n}\n',
      'z_override.tf': 'locals {\n  sku = "Standard"\n}\n',
    });
    expect(diagnostics).toEqual([]);
    expect(args(blocks.flatMap((b) => b.body.attributes))).toEqual(['sku=Premium@main.tf:2', 'public_network_access_enabled=false@main.tf:3', 'network_rule_bypass_option=None@override.tf.json:3', 'sku=Standard@z_override.tf:2']);
  });

  it('replaces a nested block that JSON syntax writes as an argument, and the other way round', () => {
    const json = '{"resource": {"azurerm_container_registry": {"acr": {\n  "sku": "Premium",\n  "network_rule_set": {"default_action": "Deny"}\n}}}}\n';
    const native = merge({ 'main.tf.json': json, 'override.tf': 'resource "azurerm_container_registry" "acr" {\n  network_rule_set {\n    default_action = "Allow"\n  }\n}\n' });
    expect(native.diagnostics).toEqual([]);
    const registry = only(native.blocks);
    expect(args(registry.body.attributes)).toEqual(['sku=Premium@main.tf.json:2']);
    expect(registry.body.blocks.map((b) => `${b.type}@${b.span.file}`)).toEqual(['network_rule_set@override.tf']);
    const other = merge({ 'main.tf': 'resource "azurerm_container_registry" "acr" {\n  network_rule_set {\n    default_action = "Deny"\n  }\n}\n', 'override.tf.json': json });
    const overridden = only(other.blocks);
    expect(overridden.body.blocks).toEqual([]);
    expect(overridden.body.attributes.map((a) => `${a.name}@${a.span.file}`)).toEqual(['sku@override.tf.json', 'network_rule_set@override.tf.json']);
  });

  it('applies several override files in the lexical order of their names, the later one winning', () => {
    const set = (value: string): string => `resource "azurerm_container_registry" "acr" {\n  network_rule_bypass_option = "${value}"\n}\n`;
    // Given in lexical order, as the loader reads a directory: a_override.tf, b_override.tf, override.tf.
    const { blocks } = merge({ 'a_override.tf': set('None'), 'b_override.tf': `${set('AzureServices')}${set('None')}`, 'main.tf': REGISTRY, 'override.tf': set('AzureServices') });
    expect(args(only(blocks).body.attributes)).toEqual(['sku=Premium@main.tf:2', 'public_network_access_enabled=false@main.tf:3', 'network_rule_bypass_option=AzureServices@override.tf:2']);
    const { blocks: withoutLast } = merge({ 'a_override.tf': set('AzureServices'), 'b_override.tf': `${set('AzureServices')}${set('None')}`, 'main.tf': REGISTRY });
    // Within a file, the later block wins too.
    expect(args(only(withoutLast).body.attributes)).toEqual(['sku=Premium@main.tf:2', 'public_network_access_enabled=false@main.tf:3', 'network_rule_bypass_option=None@b_override.tf:5']);
  });
});

describe('override files in a lint', () => {
  function write(files: Record<string, string>): string {
    const root = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-override-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    return root;
  }

  it('reports a module’s duplicate once, however often the module is read, pruned or not', async () => {
    const cache = 'resource "azurerm_container_registry_cache_rule" "r" {\n  name = "r"\n  container_registry_id = azurerm_container_registry.acr.id\n  source_repo = "ghcr.io/a/b"\n  target_repo = "b"\n}\n';
    const root = write({
      'modules/acr/main.tf': `${REGISTRY.replace('"AzureServices"', '"None"')}${cache}`,
      'modules/acr/x-copy.tf': REGISTRY,
      'a/main.tf': 'module "acr" {\n  source = "../modules/acr"\n}\n',
      'b/main.tf': 'module "acr" {\n  source = "../modules/acr"\n}\n',
    });
    for (const prune of [true, false]) {
      const result = await lint([root], { root, commandLine: [], rules: ALL_RULES, prune });
      expect(result.diagnostics.map((d) => `${d.file}:${d.line}`)).toEqual(['modules/acr/x-copy.tf:1']);
      // The first definition (main.tf, bypass None) is the one linted, for each caller.
      expect(result.findings.filter((f) => f.ruleName === 'acr-cache-blocked-by-bypass-none').map((f) => `${f.address} ${f.location?.file}:${f.location?.start.line}`)).toEqual([
        'module.acr.azurerm_container_registry.acr modules/acr/main.tf:4',
        'module.acr.azurerm_container_registry.acr modules/acr/main.tf:4',
      ]);
    }
  });

  it('follows a module source set in an override file', async () => {
    const root = write({
      'modules/acr/main.tf': REGISTRY.replace('"AzureServices"', '"None"') + 'resource "azurerm_container_registry_cache_rule" "r" {\n  name = "r"\n  container_registry_id = azurerm_container_registry.acr.id\n  source_repo = "ghcr.io/a/b"\n  target_repo = "b"\n}\n',
      'modules/none/main.tf': 'variable "x" {\n  default = 1\n}\n',
      'stack/main.tf': 'module "acr" {\n  source = "../modules/none"\n}\n',
      'stack/override.tf': 'module "acr" {\n  source = "../modules/acr"\n}\n',
    });
    const result = await lint([path.join(root, 'stack')], { root, commandLine: [], rules: ALL_RULES });
    expect(result.diagnostics).toEqual([]);
    expect(result.findings.map((f) => f.ruleName)).toContain('acr-cache-blocked-by-bypass-none');
  });

  it('takes a module no longer called once an override file calls another for one of its own, pruned or not', async () => {
    // stack called modules/old until override.tf called modules/new instead: old is a root module of its own now.
    const root = write({
      'modules/old/main.tf': premiumAdmin('old'),
      'modules/new/main.tf': 'variable "x" {\n  default = 1\n}\n',
      'stack/main.tf': 'module "acr" {\n  source = "../modules/old"\n}\n',
      'stack/override.tf': 'module "acr" {\n  source = "../modules/new"\n}\n',
    });
    for (const prune of [true, false]) {
      const result = await lint([root], { root, commandLine: [], rules: ALL_RULES, prune });
      expect(result.findings.filter((f) => f.ruleName === 'acr-admin-user-enabled').map((f) => `${f.address} ${f.location?.file}`)).toEqual(['azurerm_container_registry.old modules/old/main.tf']);
    }
  });

  it('reads the whole directory of a file named in it when the directory has override files, as Terraform reads a module', async () => {
    // override.tf overrides a block of main.tf and one of other.tf: naming any one file must not cut either apart.
    const root = write({
      'main.tf': premiumAdmin('acr'),
      'other.tf': premiumAdmin('other'),
      'override.tf': 'resource "azurerm_container_registry" "acr" {\n  admin_enabled = false\n}\nresource "azurerm_container_registry" "other" {\n  sku = "Premium"\n}\n',
    });
    const options = { root, commandLine: [], rules: ALL_RULES };
    const admins = (result: Awaited<ReturnType<typeof lint>>): string[] => result.findings.filter((f) => f.ruleName === 'acr-admin-user-enabled').map((f) => f.address);
    for (const named of ['main.tf', 'other.tf', 'override.tf']) {
      const result = await lint([path.join(root, named)], options);
      expect({ named, admins: admins(result), diagnostics: result.diagnostics }).toEqual({ named, admins: ['azurerm_container_registry.other'], diagnostics: [] });
    }
    // Files named through two paths to the directory are one module, read once.
    symlinkSync(root, `${root}-link`);
    const twice = await lint([path.join(root, 'main.tf'), path.join(`${root}-link`, 'other.tf')], options);
    expect(twice.findings.filter((f) => f.ruleName === 'acr-admin-user-enabled').map((f) => f.location?.file)).toEqual(['other.tf']);
  });

  it('leaves out what the ignore patterns exclude when a file named in a directory takes it along', async () => {
    // The directory itself ignored; then one file, in a directory whose name starts with two dots (inside the root all the same).
    for (const [pattern, dir] of [['legacy', 'legacy'], ['**/other.tf', '..legacy']] as const) {
      const root = write({
        '.tf-acr-lint.yml': `ignore:\n  - "${pattern}"\n`,
        [`${dir}/main.tf`]: premiumAdmin('acr'),
        [`${dir}/other.tf`]: premiumAdmin('other'),
        [`${dir}/override.tf`]: 'resource "azurerm_container_registry" "acr" {\n  admin_enabled = false\n}\n',
      });
      const config = await loadConfig(path.join(root, '.tf-acr-lint.yml'), ALL_RULES, root);
      const result = await lint([path.join(root, dir, 'main.tf')], { root, commandLine: [], rules: ALL_RULES, ignore: ignoredPaths(config) });
      expect({ pattern, other: result.findings.filter((f) => f.location?.file === `${dir}/other.tf`) }).toEqual({ pattern, other: [] });
    }
  });
});

/** A Premium registry `name` with the admin user enabled (ACR013). */
function premiumAdmin(name: string): string {
  return `resource "azurerm_container_registry" "${name}" {\n  name                = "${name}"\n  resource_group_name = "rg"\n  location            = "westeurope"\n  sku                 = "Premium"\n  admin_enabled       = true\n}\n`;
}
