/** The AVM registry module's model, seen through the HCL front-end as a user's call reaches it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readHclModules } from '../src/frontends/hcl/index.js';
import { discover } from '../src/load/discover.js';
import type { Graph, Resource } from '../src/model/graph.js';
import { attr, listOf, toPlain, type Value } from '../src/model/value.js';

function graphOf(hcl: string): Graph {
  const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-avm-'));
  writeFileSync(path.join(dir, 'main.tf'), hcl);
  const discovery = discover([dir], dir);
  return readHclModules(discovery.modules, { root: dir, commandLine: [] });
}

function call(version: string, body: string, name = 'acr'): string {
  return `module "${name}" {\n  source = "Azure/avm-res-containerregistry-registry/azurerm"\n  version = "${version}"\n  name = "x"\n  location = "westeurope"\n  resource_group_name = "rg"\n${body}\n}\n`;
}

function byAddress(graph: Graph, address: string): Resource {
  const r = graph.resources.find((x) => x.address === address);
  if (!r) throw new Error(`no ${address} in ${graph.resources.map((x) => x.address).join(', ')}`);
  return r;
}

const plain = (v: Value | undefined): unknown => (v ? toPlain(v) : undefined);

describe('AVM container registry model', () => {
  it('fills defaults per release, marked as the module default with the version', async () => {
    const graph = await graphOf(call('0.8.0', ''));
    const registry = byAddress(graph, 'module.acr.azurerm_container_registry.this');
    const bypass = registry.attributes.get('network_rule_bypass_option')!;
    expect(plain(bypass)).toBe('None');
    expect(bypass.origin.provenance).toMatchObject({ kind: 'module-default', call: 'module.acr', input: 'network_rule_bypass_option', version: '0.8.0' });
    expect(registry.headerSpan?.start.line).toBe(1);
  });

  it('sends retention only on Premium from 0.5.0 on; zone redundancy keeps its input, which the precondition checks', async () => {
    const basic = 'sku = "Basic"';
    const v04 = byAddress(await graphOf(call('0.4.0', basic)), 'module.acr.azurerm_container_registry.this');
    const v05 = byAddress(await graphOf(call('0.5.0', basic)), 'module.acr.azurerm_container_registry.this');
    expect(plain(v04.attributes.get('retention_policy_in_days'))).toBe(7);
    expect(plain(v04.attributes.get('zone_redundancy_enabled'))).toBe(true);
    expect(plain(v05.attributes.get('retention_policy_in_days'))).toBeNull();
    expect(plain(v05.attributes.get('zone_redundancy_enabled'))).toBe(true);
  });

  it('gives network_rule_set without default_action the module default Deny, pointing at the argument', async () => {
    const graph = await graphOf(call('0.5.1', '  network_rule_set = {\n    ip_rule = []\n  }'));
    const ruleSet = listOf(byAddress(graph, 'module.acr.azurerm_container_registry.this').attributes.get('network_rule_set'))!;
    const action = attr(ruleSet[0], 'default_action')!;
    expect(plain(action)).toBe('Deny');
    expect(action.origin.provenance).toMatchObject({ kind: 'module-default', input: 'network_rule_set.default_action' });
    expect(action.origin.via[0]?.start.line).toBe(7);
  });

  it('builds cache rules and credential sets as azapi children from 0.8.0, linked by credential_set_key', async () => {
    const body = [
      '  credential_sets = { hub = { name = "hubcreds", login_server = "docker.io", auth_credentials = [] } }',
      '  cache_rules = {',
      '    nginx = { name = "nginx", source_repository = "docker.io/library/nginx", target_repository = "nginx", credential_set_key = "hub" }',
      '  }',
    ].join('\n');
    const graph = await graphOf(call('0.8.0', body));
    const rule = byAddress(graph, 'module.acr.module.cache_rule["nginx"].azapi_resource.this');
    const properties = attr(rule.attributes.get('body'), 'properties');
    expect(plain(attr(properties, 'sourceRepository'))).toBe('docker.io/library/nginx');
    expect(attr(properties, 'credentialSetResourceId')?.refs).toEqual(['module.acr.module.credential_set["hub"].azapi_resource.this']);
    expect(rule.attributes.get('parent_id')?.refs).toEqual(['module.acr.azurerm_container_registry.this']);
    expect(plain(rule.attributes.get('type'))).toBe('Microsoft.ContainerRegistry/registries/cacheRules@2025-11-01');
    expect(rule.headerSpan?.start.line).toBe(9);
    const set = byAddress(graph, 'module.acr.module.credential_set["hub"].azapi_resource.this');
    expect(plain(attr(attr(set.attributes.get('body'), 'properties'), 'loginServer'))).toBe('docker.io');
  });

  it('turns customer_managed_key into the registry encryption block from 0.3.0', async () => {
    const cmk = '  customer_managed_key = { key_vault_resource_id = "/kv", key_name = "k" }';
    const registry = byAddress(await graphOf(call('0.8.0', cmk)), 'module.acr.azurerm_container_registry.this');
    expect(plain(attr(listOf(registry.attributes.get('encryption'))![0], 'key_name'))).toBe('k');
    expect(byAddress(await graphOf(call('0.8.0', '')), 'module.acr.azurerm_container_registry.this').attributes.has('encryption')).toBe(false);
  });

  it('warns about inputs the pinned release does not have', async () => {
    const graph = await graphOf(call('0.5.0', '  cache_rules = {}'));
    expect(graph.diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([['warning', 7, expect.stringMatching(/"cache_rules" is not an input of .* 0\.5\.0/)]]);
    expect(graph.resources.some((r) => r.address.includes('cache_rule'))).toBe(false);
  });

  it('accepts the inputs the releases have besides the registry settings (telemetry, identities, lock, diagnostics, retry)', async () => {
    const common = '  enable_telemetry = false\n  managed_identities = { system_assigned = true }\n  lock = { kind = "CanNotDelete" }';
    expect((await graphOf(call('0.1.0', common))).diagnostics).toEqual([]);
    expect((await graphOf(call('0.3.1', `${common}\n  diagnostic_settings = {}`))).diagnostics).toEqual([]);
    expect((await graphOf(call('0.8.0', `${common}\n  diagnostic_settings = {}\n  retry = null\n  timeouts = null`))).diagnostics).toEqual([]);
  });

  it('does not say Terraform rejects an input when the call may get a release newer than the model knows', async () => {
    const open = await graphOf(call('~> 0.8', '  webhooks = {}'));
    expect(open.diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([['note', 7, expect.stringMatching(/"webhooks" is not an input of .* 0\.8\.0, the newest release tf-acr-lint knows; .*allows releases after 0\.8\.0/)]]);
    const unknownVersion = await graphOf(call('0.9.0', '  webhooks = {}'));
    expect(unknownVersion.diagnostics.map((d) => [d.severity, d.message])).toEqual([['note', expect.stringMatching(/may get a newer release \(version "0\.9\.0" matches no release/)]]);
    expect((await graphOf(call('0.8.0', '  webhooks = {}'))).diagnostics.map((d) => d.severity)).toEqual(['warning']);
  });

  it('does not call the release a constraint resolves to the newest known when a newer known one is excluded', async () => {
    const excluded = await graphOf(call('>= 0.7.0, != 0.8.0', '  webhooks = {}'));
    expect(excluded.diagnostics.map((d) => [d.severity, d.message])).toEqual([['note', expect.stringContaining('"webhooks" is not an input of Azure/avm-res-containerregistry-registry/azurerm 0.7.0, the newest release tf-acr-lint knows that the constraint allows;')]]);
  });

  it('names private endpoints as the release does, by the DNS zone group setting', async () => {
    const pe = '  private_endpoints = { one = { subnet_resource_id = "/subnets/pe" } }';
    const managed = await graphOf(call('0.8.0', pe));
    const unmanaged = await graphOf(call('0.8.0', `${pe}\n  private_endpoints_manage_dns_zone_group = false`));
    expect(managed.resources.map((r) => r.address)).toContain('module.acr.azurerm_private_endpoint.this["one"]');
    expect(unmanaged.resources.map((r) => r.address)).toContain('module.acr.azurerm_private_endpoint.this_unmanaged_dns_zone_groups["one"]');
  });

  it('resolves outputs in the caller, so root resources link to the modelled registry', async () => {
    const graph = await graphOf(
      `${call('0.8.0', '  credential_sets = { hub = { name = "hubcreds", login_server = "docker.io", auth_credentials = [] } }')}\n` +
        'resource "azurerm_container_registry_cache_rule" "r" {\n  container_registry_id = module.acr.resource_id\n}\n' +
        'resource "azurerm_role_assignment" "kv" {\n  principal_id = module.acr.credential_sets["hub"].principal_id\n}\n',
    );
    expect(byAddress(graph, 'azurerm_container_registry_cache_rule.r').attributes.get('container_registry_id')?.refs).toEqual(['module.acr.azurerm_container_registry.this']);
    expect(byAddress(graph, 'azurerm_role_assignment.kv').attributes.get('principal_id')?.refs).toEqual(['module.acr.module.credential_set["hub"].azapi_resource.this']);
  });

  it('expands a call with for_each into one registry per instance, and says when the version is assumed', async () => {
    const graph = await graphOf(
      'module "acr" {\n  for_each = toset(["a", "b"])\n  source = "Azure/avm-res-containerregistry-registry/azurerm"\n  name = each.key\n  location = "westeurope"\n  resource_group_name = "rg"\n}\n',
    );
    const registries = graph.resources.filter((r) => r.type === 'azurerm_container_registry');
    expect(registries.map((r) => r.address)).toEqual(['module.acr["a"].azurerm_container_registry.this', 'module.acr["b"].azurerm_container_registry.this']);
    expect(registries[0]!.attributes.get('network_rule_bypass_option')?.origin.provenance).toMatchObject({ version: expect.stringMatching(/^0\.8\.0 \(assumed: the call pins no version/) });
    expect(plain(registries[1]!.attributes.get('name'))).toBe('b');
  });
});
