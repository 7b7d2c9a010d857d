/**
 * Plan and state fixtures: each sits beside an `expected.json` listing its findings (rule, address,
 * attribute, level). Scenarios (fixtures/scenarios/*) also have `.tf` sources beside the plan; the
 * parity test checks those against the HCL front-end.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALL_RULES } from '../rules/index.js';
import { lint } from '../src/lint.js';
import { caseDirectories, REPO_ROOT } from './helpers/fixtures.js';
import { expectValidSarif } from './helpers/sarif-schema.js';
import { toSarif } from '../src/report/sarif.js';

interface Expected {
  ruleId: string;
  address: string;
  attribute?: string;
  level: string;
}

const DOCUMENT = /^(plan|state)\.json$/;

const cases = [...caseDirectories(path.join(REPO_ROOT, 'fixtures/plans'), 1), ...caseDirectories(path.join(REPO_ROOT, 'fixtures/scenarios'), 1)]
  .flatMap((dir) => readdirSync(dir).filter((f) => DOCUMENT.test(f)).map((f) => path.join(dir, f)))
  .filter((file) => existsSync(path.join(path.dirname(file), 'expected.json')));

function summary(findings: { ruleId: string; address: string; attribute?: string; level: string }[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.address} ${f.attribute ?? ''} ${f.level}`).sort();
}

describe('plan fixtures give the findings in their expected.json', () => {
  it('has plan fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases.map((c) => [path.relative(REPO_ROOT, c), c]))('%s', async (_name, file) => {
    const expected = JSON.parse(readFileSync(path.join(path.dirname(file), 'expected.json'), 'utf8')) as Expected[];
    const result = await lint([file], { root: REPO_ROOT, commandLine: [], rules: ALL_RULES });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(summary(result.findings)).toEqual(summary(expected));
  });

  it.each(cases.map((c) => [path.relative(REPO_ROOT, c), c]))('%s without its sources: findings point at the address in the plan, and the SARIF is valid', async (_name, file) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-plan-'));
    const copy = path.join(dir, path.basename(file));
    copyFileSync(file, copy);
    const result = await lint([copy], { root: dir, commandLine: [], rules: ALL_RULES });
    const lines = readFileSync(copy, 'utf8').split('\n');
    for (const finding of result.findings) {
      expect(finding.location?.file).toBe(path.basename(file));
      expect(lines[finding.location!.start.line - 1]).toContain(`"address": ${JSON.stringify(finding.address)}`);
    }
    const log = toSarif({ findings: result.findings, diagnostics: result.diagnostics, rules: ALL_RULES.map((r) => r.meta), tool: { name: 'tf-acr-lint', version: '0.0.0', informationUri: 'https://example.com' }, helpUri: () => 'https://example.com/rule' });
    expectValidSarif(log);
  });
});

describe('plans whose references lose an index', () => {
  it('do not take cache rules that name a registry resource of several instances for rules of one registry', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-plans-'));
    const registry = { name: 'acr', sku: 'Premium', public_network_access_enabled: true, network_rule_bypass_option: 'AzureServices' };
    const rule = { name: 'r', source_repo: 'mcr.microsoft.com/dotnet/runtime', target_repo: 'dotnet/runtime' };
    const change = (address: string, type: string, index: string, after: object): object => ({ address, mode: 'managed', type, name: address.split('.')[1]!.replace(/\[.*/, ''), index, change: { actions: ['create'], before: null, after, after_unknown: { id: true, container_registry_id: true } } });
    const changes = ['dev', 'prod'].flatMap((k) => [
      change(`azurerm_container_registry.env["${k}"]`, 'azurerm_container_registry', k, registry),
      change(`azurerm_container_registry_cache_rule.r["${k}"]`, 'azurerm_container_registry_cache_rule', k, rule),
    ]);
    // azurerm_container_registry.env[each.value.registry]: the index comes from each.value, and Terraform keeps only the resource.
    const configuration = {
      root_module: {
        resources: [
          { address: 'azurerm_container_registry.env', mode: 'managed', type: 'azurerm_container_registry', name: 'env', for_each_expression: { references: ['local.envs'] }, expressions: {} },
          { address: 'azurerm_container_registry_cache_rule.r', mode: 'managed', type: 'azurerm_container_registry_cache_rule', name: 'r', for_each_expression: { references: ['local.rules'] }, expressions: { container_registry_id: { references: ['azurerm_container_registry.env', 'each.value.registry', 'each.value'] } } },
        ],
      },
    };
    writeFileSync(path.join(dir, 'plan.json'), JSON.stringify({ format_version: '1.2', resource_changes: changes, configuration }));
    const result = await lint([path.join(dir, 'plan.json')], { root: dir, commandLine: [], rules: ALL_RULES });
    expect(result.findings.filter((f) => f.ruleId === 'ACR007')).toEqual([]);
  });
});

describe('plans mapped to their sources', () => {
  const findings = (result: { findings: { ruleId: string; address: string; location?: { file: string } }[] }): string[] =>
    result.findings.map((f) => `${f.ruleId} ${f.address} ${path.basename(f.location?.file ?? '')}`).sort();

  it('links a mapped resource to an unmapped one of the same plan', async () => {
    const file = path.join(REPO_ROOT, 'fixtures/plans/partly-mapped-to-sources/plan.json');
    const result = await lint([file], { root: REPO_ROOT, commandLine: [], rules: ALL_RULES });
    // The cache rule maps to main.tf; the registry, in a module whose source is not installed, stays on the plan.
    expect(findings(result)).toEqual([
      'ACR001 module.acr.azurerm_container_registry.this plan.json',
      'ACR003 azurerm_container_registry_cache_rule.nginx main.tf',
      'ACR012 module.acr.azurerm_container_registry.this plan.json',
    ]);
  });

  it('lints two plans beside the same sources apart, whichever is named first', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-plans-'));
    const scenario = path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache');
    copyFileSync(path.join(scenario, 'main.tf'), path.join(dir, 'main.tf'));
    const prod = readFileSync(path.join(scenario, 'plan.json'), 'utf8');
    // The same plan with the trusted-services bypass on: ACR001 is prod's alone.
    const dev = JSON.parse(prod) as { resource_changes: { address: string; change: { after: Record<string, unknown> } }[] };
    dev.resource_changes.find((c) => c.address === 'azurerm_container_registry.acr')!.change.after['network_rule_bypass_option'] = 'AzureServices';
    writeFileSync(path.join(dir, 'prod.json'), prod);
    writeFileSync(path.join(dir, 'dev.json'), JSON.stringify(dev, null, 2));
    const options = { root: dir, commandLine: [], rules: ALL_RULES };
    const alone = [...(await lint([path.join(dir, 'prod.json')], options)).findings, ...(await lint([path.join(dir, 'dev.json')], options)).findings];
    const prodFirst = await lint([path.join(dir, 'prod.json'), path.join(dir, 'dev.json')], options);
    const devFirst = await lint([path.join(dir, 'dev.json'), path.join(dir, 'prod.json')], options);
    expect(findings(prodFirst)).toContain('ACR001 azurerm_container_registry.acr main.tf');
    expect(findings(prodFirst)).toEqual(findings({ findings: alone }));
    expect(findings(devFirst)).toEqual(findings({ findings: alone }));
    expect(new Set(prodFirst.findings.map((f) => f.fingerprint)).size).toBe(prodFirst.findings.length);
  });

  it('lends an instance HCL did not expand only what every instance of its block shares', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-plans-'));
    // HCL expands only env["dev"] (the variable's default); the plan has env["staging"], with the same values.
    writeFileSync(
      path.join(dir, 'main.tf'),
      [
        'variable "registries" {',
        '  default = { dev = { bypass = "None", public = false } }',
        '}',
        '',
        'resource "azurerm_container_registry" "env" {',
        '  for_each                      = var.registries',
        '  name                          = "acr${each.key}"',
        '  resource_group_name           = "rg"',
        '  location                      = "westeurope"',
        '  sku                           = "Premium"',
        '  public_network_access_enabled = each.value.public',
        '  network_rule_bypass_option    = each.value.bypass',
        '}',
        '',
        'resource "azurerm_container_registry_cache_rule" "mcr" {',
        '  for_each              = azurerm_container_registry.env',
        '  name                  = "mcr"',
        '  container_registry_id = each.value.id',
        '  source_repo           = "mcr.microsoft.com/dotnet/runtime"',
        '  target_repo           = "dotnet/runtime"',
        '}',
        '',
      ].join('\n'),
    );
    const registry = { name: 'acrstaging', sku: 'Premium', public_network_access_enabled: false, network_rule_bypass_option: 'None', location: 'westeurope', resource_group_name: 'rg' };
    const rule = { name: 'mcr', source_repo: 'mcr.microsoft.com/dotnet/runtime', target_repo: 'dotnet/runtime', credential_set_id: null };
    const change = (address: string, type: string, name: string, after: object, afterUnknown: object): object => ({ address, mode: 'managed', type, name, index: 'staging', change: { actions: ['create'], before: null, after, after_unknown: afterUnknown } });
    const configuration = {
      root_module: {
        resources: [
          { address: 'azurerm_container_registry.env', mode: 'managed', type: 'azurerm_container_registry', name: 'env', for_each_expression: { references: ['var.registries'] }, expressions: {} },
          {
            address: 'azurerm_container_registry_cache_rule.mcr',
            mode: 'managed',
            type: 'azurerm_container_registry_cache_rule',
            name: 'mcr',
            for_each_expression: { references: ['azurerm_container_registry.env'] },
            expressions: { container_registry_id: { references: ['each.value.id', 'each.value'] } },
          },
        ],
      },
    };
    const changes = [
      change('azurerm_container_registry.env["staging"]', 'azurerm_container_registry', 'env', registry, { id: true }),
      change('azurerm_container_registry_cache_rule.mcr["staging"]', 'azurerm_container_registry_cache_rule', 'mcr', rule, { id: true, container_registry_id: true }),
    ];
    writeFileSync(path.join(dir, 'plan.json'), JSON.stringify({ format_version: '1.2', resource_changes: changes, configuration }, null, 2));
    const result = await lint([path.join(dir, 'plan.json')], { root: dir, commandLine: [], rules: ALL_RULES });
    const acr001 = result.findings.find((f) => f.ruleId === 'ACR001');
    expect(acr001?.address).toBe('azurerm_container_registry.env["staging"]');
    // The attribute in the block is every instance's; the variable default on line 2 is env["dev"]'s alone.
    expect(acr001?.location).toMatchObject({ file: 'main.tf', start: { line: 12 } });
    for (const finding of result.findings) {
      expect(finding.message).not.toContain('variable "registries"');
      expect(finding.related.filter((r) => r.span.start.line < 5)).toEqual([]);
    }
  });

  it('lends no hop beyond the attribute where the sources compute another value than the plan', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-plans-'));
    // The sources take the other branch (var.locked defaults to false); the plan was made with locked = true.
    writeFileSync(
      path.join(dir, 'main.tf'),
      [
        'variable "locked" {',
        '  default = false',
        '}',
        'locals {',
        '  strict = "None"',
        '  open   = "AzureServices"',
        '}',
        'resource "azurerm_container_registry" "acr" {',
        '  name                          = "acr"',
        '  resource_group_name           = "rg"',
        '  location                      = "westeurope"',
        '  sku                           = "Premium"',
        '  public_network_access_enabled = false',
        '  network_rule_bypass_option    = var.locked ? local.strict : local.open',
        '}',
        'resource "azurerm_container_registry_cache_rule" "mcr" {',
        '  name                  = "mcr"',
        '  container_registry_id = azurerm_container_registry.acr.id',
        '  source_repo           = "mcr.microsoft.com/dotnet/runtime"',
        '  target_repo           = "dotnet/runtime"',
        '}',
        '',
      ].join('\n'),
    );
    const registry = { name: 'acr', sku: 'Premium', public_network_access_enabled: false, network_rule_bypass_option: 'None', location: 'westeurope', resource_group_name: 'rg' };
    const rule = { name: 'mcr', source_repo: 'mcr.microsoft.com/dotnet/runtime', target_repo: 'dotnet/runtime', credential_set_id: null };
    const change = (type: string, after: object, afterUnknown: object): object => ({ address: `${type}.${type.endsWith('rule') ? 'mcr' : 'acr'}`, mode: 'managed', type, name: type.endsWith('rule') ? 'mcr' : 'acr', change: { actions: ['create'], before: null, after, after_unknown: afterUnknown } });
    const configuration = {
      root_module: {
        resources: [
          { address: 'azurerm_container_registry.acr', mode: 'managed', type: 'azurerm_container_registry', name: 'acr', expressions: { network_rule_bypass_option: { references: ['var.locked', 'local.strict', 'local.open'] } } },
          { address: 'azurerm_container_registry_cache_rule.mcr', mode: 'managed', type: 'azurerm_container_registry_cache_rule', name: 'mcr', expressions: { container_registry_id: { references: ['azurerm_container_registry.acr.id', 'azurerm_container_registry.acr'] } } },
        ],
      },
    };
    const changes = [change('azurerm_container_registry', registry, { id: true }), change('azurerm_container_registry_cache_rule', rule, { id: true, container_registry_id: true })];
    writeFileSync(path.join(dir, 'plan.json'), JSON.stringify({ format_version: '1.2', resource_changes: changes, configuration }, null, 2));
    const result = await lint([path.join(dir, 'plan.json')], { root: dir, commandLine: [], rules: ALL_RULES });
    const acr001 = result.findings.find((f) => f.ruleId === 'ACR001');
    expect(acr001?.location).toMatchObject({ file: 'main.tf', start: { line: 14 } });
    // local.open (line 6) is where the sources' value came from, not the plan's "None".
    expect(acr001?.related.map((r) => r.span.start.line)).toEqual([13]);
  });

  it('say that a value known after apply is a secret id read as it is only where the plan refers to that secret too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-plans-'));
    const scenario = path.join(REPO_ROOT, 'fixtures/scenarios/versioned-secret-id');
    copyFileSync(path.join(scenario, 'main.tf'), path.join(dir, 'main.tf'));
    // A plan made from other sources: there the username is the token secret's versionless_id.
    const plan = JSON.parse(readFileSync(path.join(scenario, 'plan.json'), 'utf8')) as { configuration: { root_module: { resources: { address: string; expressions: Record<string, unknown> }[] } } };
    const set = plan.configuration.root_module.resources.find((r) => r.address === 'azurerm_container_registry_credential_set.dockerhub')!;
    (set.expressions['authentication_credentials'] as Record<string, unknown>[])[0]!['username_secret_id'] = { references: ['azurerm_key_vault_secret.token.versionless_id', 'azurerm_key_vault_secret.token'] };
    writeFileSync(path.join(dir, 'plan.json'), JSON.stringify(plan, null, 2));
    const options = { root: dir, commandLine: [], rules: ALL_RULES };
    expect((await lint([path.join(dir, 'plan.json')], options)).findings.filter((f) => f.ruleId === 'ACR009')).toEqual([]);
    // The same plan as made from these sources: the sources say which attribute of the secret it reads.
    copyFileSync(path.join(scenario, 'plan.json'), path.join(dir, 'plan.json'));
    const acr009 = (await lint([path.join(dir, 'plan.json')], options)).findings.filter((f) => f.ruleId === 'ACR009');
    expect(acr009.map((f) => [f.attribute, f.location?.file, f.location?.start.line])).toEqual([['authentication_credentials.username_secret_id', 'main.tf', 41]]);
  });
});

describe('plans of a module tf-acr-lint cannot read from source', () => {
  // The sources call a git module that is not installed and give it the registry's id. From the sources alone,
  // ACR012 cannot tell whether that module creates the endpoint; a plan expands the module, so it can.
  const SOURCES = [
    'resource "azurerm_container_registry" "registry" {',
    '  name                          = "contosoplannedacr"',
    '  resource_group_name           = "rg-registry"',
    '  location                      = "canadacentral"',
    '  sku                           = "Premium"',
    '  public_network_access_enabled = false',
    '}',
    '',
    'module "private_endpoint" {',
    '  source                         = "git::https://github.com/contoso/terraform-azurerm-private-endpoint.git"',
    '  private_connection_resource_id = azurerm_container_registry.registry.id',
    '}',
    '',
  ].join('\n');
  const registryChange = {
    address: 'azurerm_container_registry.registry',
    mode: 'managed',
    type: 'azurerm_container_registry',
    name: 'registry',
    provider_name: 'registry.terraform.io/hashicorp/azurerm',
    change: {
      actions: ['create'],
      before: null,
      after: { name: 'contosoplannedacr', sku: 'Premium', public_network_access_enabled: false, network_rule_bypass_option: 'AzureServices', location: 'canadacentral', resource_group_name: 'rg-registry' },
      after_unknown: { id: true },
    },
  };
  const endpointChange = {
    address: 'module.private_endpoint.azurerm_private_endpoint.this',
    module_address: 'module.private_endpoint',
    mode: 'managed',
    type: 'azurerm_private_endpoint',
    name: 'this',
    provider_name: 'registry.terraform.io/hashicorp/azurerm',
    change: {
      actions: ['create'],
      before: null,
      after: { name: 'pe', location: 'canadacentral', resource_group_name: 'rg-registry', private_service_connection: [{ name: 'psc', subresource_names: ['registry'], is_manual_connection: false }] },
      after_unknown: { id: true, private_service_connection: [{ private_connection_resource_id: true }] },
    },
  };
  const configuration = {
    root_module: {
      resources: [{ address: 'azurerm_container_registry.registry', mode: 'managed', type: 'azurerm_container_registry', name: 'registry', expressions: { name: { constant_value: 'contosoplannedacr' } } }],
      module_calls: {
        private_endpoint: {
          source: 'git::https://github.com/contoso/terraform-azurerm-private-endpoint.git',
          expressions: { private_connection_resource_id: { references: ['azurerm_container_registry.registry.id', 'azurerm_container_registry.registry'] } },
          module: {
            resources: [
              {
                address: 'azurerm_private_endpoint.this',
                mode: 'managed',
                type: 'azurerm_private_endpoint',
                name: 'this',
                expressions: { private_service_connection: [{ private_connection_resource_id: { references: ['var.private_connection_resource_id'] } }] },
              },
            ],
            variables: { private_connection_resource_id: {} },
          },
        },
      },
    },
  };

  async function lintPlan(changes: unknown[]): Promise<string[]> {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-unread-module-'));
    writeFileSync(path.join(dir, 'main.tf'), SOURCES);
    writeFileSync(path.join(dir, 'plan.json'), JSON.stringify({ format_version: '1.2', terraform_version: '1.9.8', resource_changes: changes, configuration }));
    const result = await lint([path.join(dir, 'plan.json')], { root: dir, commandLine: [], rules: ALL_RULES });
    return result.findings.filter((f) => f.ruleId === 'ACR012').map((f) => f.message);
  }

  it('finds the endpoint the module creates: no ACR012', async () => {
    expect(await lintPlan([registryChange, endpointChange])).toEqual([]);
  });

  it('says there is none when the module creates none: the plan holds every resource, nothing is unread', async () => {
    const [message, ...rest] = await lintPlan([registryChange]);
    expect(rest).toEqual([]);
    expect(message).toContain('no private endpoint in the scanned configuration connects to it');
    expect(message).not.toContain('Cannot tell');
  });
});
