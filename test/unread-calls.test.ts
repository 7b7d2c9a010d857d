/**
 * Module calls tf-acr-lint does not read, linked to the registries they are given (adapt/unread-calls.ts)
 * and named by ACR012: what counts as being given the registry, what the note says, and what it costs.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALL_RULES } from '../rules/index.js';
import type { Registry } from '../src/adapt/acr-model.js';
import { UnreadCallLinks } from '../src/adapt/unread-calls.js';
import { lint } from '../src/lint.js';
import type { UnreadModuleCall } from '../src/model/graph.js';
import { known, literalOrigin, type Value } from '../src/model/value.js';

const REGISTRY = [
  'resource "azurerm_container_registry" "acr" {',
  '  name                          = "contosoacr"',
  '  resource_group_name           = "rg-registry"',
  '  location                      = "canadacentral"',
  '  sku                           = "Premium"',
  '  public_network_access_enabled = false',
  '}',
].join('\n');

async function lintTree(files: Record<string, string>, dirs: string[] = []): Promise<Awaited<ReturnType<typeof lint>>> {
  const root = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-unread-'));
  for (const dir of dirs) mkdirSync(path.join(root, dir), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
  return lint([root], { root, commandLine: [], rules: ALL_RULES });
}

const acr012 = (result: Awaited<ReturnType<typeof lint>>) => result.findings.filter((f) => f.ruleId === 'ACR012');

describe('unread module calls and ACR012', () => {
  it('a call given only the registry\'s resource group, location, tags or identity is not given the registry', async () => {
    const result = await lintTree({
      'main.tf': `${REGISTRY}
module "network" {
  source              = "Azure/network/azurerm"
  version             = "5.0.0"
  resource_group_name = azurerm_container_registry.acr.resource_group_name
  location            = azurerm_container_registry.acr.location
  tags                = azurerm_container_registry.acr.tags
  principal           = azurerm_container_registry.acr.identity
}
`,
    });
    const [finding] = acr012(result);
    expect(finding?.message).toContain('no private endpoint in the scanned configuration connects to it');
    expect(finding?.related).toEqual([]);
  });

  it('a call given the resource group and location of a registry whose name is unknown is not given the registry', async () => {
    // The name comes from a variable with no value: a known string read from the registry cannot hold it.
    const result = await lintTree({
      'main.tf': `variable "acr_name" {}
resource "azurerm_container_registry" "acr" {
  name                          = var.acr_name
  resource_group_name           = "rg-registry"
  location                      = "canadacentral"
  sku                           = "Premium"
  public_network_access_enabled = false
}
module "network" {
  source              = "Azure/network/azurerm"
  version             = "5.0.0"
  resource_group_name = azurerm_container_registry.acr.resource_group_name
  location            = azurerm_container_registry.acr.location
}
`,
    });
    const [finding] = acr012(result);
    expect(finding?.message).toContain('no private endpoint in the scanned configuration connects to it');
    expect(finding?.related).toEqual([]);
  });

  it('a call given the registry itself, its name in a longer string, or a value computed from its id is', async () => {
    const result = await lintTree({
      'main.tf': `${REGISTRY}
module "a" {
  source   = "git::https://example.com/a.git"
  registry = azurerm_container_registry.acr
}
module "b" {
  source = "git::https://example.com/b.git"
  name   = "pe-\${azurerm_container_registry.acr.name}"
}
module "c" {
  source = "git::https://example.com/c.git"
  scope  = "\${azurerm_container_registry.acr.id}/scopeMaps/x"
}
`,
    });
    const [finding] = acr012(result);
    expect(finding?.message).toContain('module.a ("git::https://example.com/a.git") is not read and receives azurerm_container_registry.acr in registry');
    expect(finding?.message).toContain('receives a value derived from azurerm_container_registry.acr in name');
    expect(finding?.message).toContain('receives a value derived from azurerm_container_registry.acr in scope');
  });

  it('says "terraform init" installs the module only when it would: not for a local directory without .tf files', async () => {
    const result = await lintTree(
      {
        'main.tf': `${REGISTRY}
module "pe" {
  source = "./empty"
  id     = azurerm_container_registry.acr.id
}
`,
      },
      ['empty'],
    );
    const [finding] = acr012(result);
    expect(finding?.message).toContain('module.pe ("./empty") is not read');
    expect(finding?.message).not.toContain('terraform init');
  });

  it('relates each argument once, however many instances the call has', async () => {
    const keys = Array.from({ length: 200 }, (_, i) => `    k${i} = { subnet = "subnet-${i}", target = azurerm_container_registry.acr.id }`).join('\n');
    const result = await lintTree({
      'main.tf': `${REGISTRY}
locals {
  subnets = {
${keys}
  }
}
module "pe" {
  source    = "git::https://example.com/pe.git"
  for_each  = local.subnets
  subnet_id = each.value.subnet
  target    = each.value.target
}
`,
    });
    const [finding] = acr012(result);
    expect(finding?.message).toContain('and 197 more unread module calls receive it');
    // The argument, and where the first instance's value was written.
    expect(finding?.related.map((r) => `${path.basename(r.span.file)}:${r.span.start.line}`)).toEqual(['main.tf:216', 'main.tf:10']);
  });

  it('looks each string of a list or map shared by many call instances up once', () => {
    const origin = literalOrigin(undefined);
    const ids = Array.from({ length: 1000 }, (_, i) => known(`/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/other${i}`, origin));
    const shared: Value = known(ids, origin);
    let lookups = 0;
    const links = new UnreadCallLinks({
      referred: () => [],
      byLiteralId: (): Registry | undefined => {
        lookups++;
        return undefined;
      },
    });
    for (let i = 0; i < 1000; i++) {
      const call: UnreadModuleCall = { root: '.', address: `module.x["${i}"]`, source: 'git::x', why: 'not installed', headerSpan: undefined as never, arguments: [{ name: 'ids', value: shared }] };
      expect(links.registriesGivenTo(call)).toEqual([]);
    }
    expect(lookups).toBe(1000);
  });
});
