/**
 * Generates, deterministically, "crowded" inputs for the bench's scaling check: everything hangs
 * off one registry or one Key Vault, in one module, which is where a lookup that compares every
 * pair of resources would show. Each shape is made at a size n; the bench lints it at n and 4n.
 *
 *   plan-rules-distinct  a plan: one registry, n cache rules with distinct wildcard targets (ACR007)
 *   plan-rules-same      a plan: one registry, n cache rules that all have one target (ACR007)
 *   plan-credentials     a plan: one registry and one vault, n credential sets, each with its
 *                        secret, cache rule and role assignment (the Key Vault links, ACR009/ACR012)
 *   hcl-credentials      the same as one main.tf file
 *   hcl-instance-refs    one main.tf: n identities and n role assignments on the registry, both
 *                        `for_each` over one set of n keys, each assignment naming its identity
 *                        by `each.key` (building the whole block's map per reference costs n × n)
 *   hcl-unclosed-modules a registry beside a file of n `module "m" {` headers that never close
 *                        (reading each header's source to the end of the text costs n × n)
 *   hcl-cycle-chain      n module directories in a chain of calls, below two that call each other,
 *                        one of which holds a registry (finding the roots by searching up and down
 *                        from each module costs n × n; the chain is deeper than calls are followed)
 *   plan-reference-cycle a damaged plan: n cache rule blocks reach the registry only through a
 *                        cycle of √n module outputs, each reading all √n of the call's arguments,
 *                        which read the outputs back (Terraform refuses it; a document may hold it).
 *                        A search per rule through the whole cycle would cost n × n.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const CROWDED_SHAPES = ['plan-rules-distinct', 'plan-rules-same', 'plan-credentials', 'hcl-credentials', 'hcl-instance-refs', 'hcl-unclosed-modules', 'hcl-cycle-chain', 'plan-reference-cycle'];

/**
 * Writes one shape at size `n` into `dir`; returns the path to lint.
 * @param {string} shape  one of CROWDED_SHAPES
 * @param {number} n
 * @param {string} dir
 */
export function generateCrowded(shape, n, dir) {
  mkdirSync(dir, { recursive: true });
  if (shape === 'hcl-unclosed-modules') {
    writeFileSync(path.join(dir, 'main.tf'), 'resource "azurerm_container_registry" "acr" {\n  name                = "acr"\n  resource_group_name = "rg"\n  location            = "westeurope"\n  sku                 = "Premium"\n}\n');
    writeFileSync(path.join(dir, 'broken.tf'), 'module "m" {\n'.repeat(n));
    return dir;
  }
  if (shape === 'hcl-cycle-chain') {
    writeCycleChain(n, dir);
    return dir;
  }
  if (shape === 'hcl-credentials' || shape === 'hcl-instance-refs') {
    writeFileSync(path.join(dir, 'main.tf'), shape === 'hcl-credentials' ? hclCredentials(n) : hclInstanceRefs(n));
    return dir;
  }
  const file = path.join(dir, 'plan.json');
  const { changes, root_module } = shape === 'plan-credentials' ? planCredentials(n) : shape === 'plan-reference-cycle' ? planReferenceCycle(n) : planRules(n, shape === 'plan-rules-same');
  writeFileSync(file, JSON.stringify({ format_version: '1.2', terraform_version: '1.9.8', resource_changes: changes, configuration: { root_module } }));
  return file;
}

const change = (type, name, after, afterUnknown) => ({ address: `${type}.${name}`, mode: 'managed', type, name, change: { actions: ['create'], before: null, after, after_unknown: afterUnknown } });
const configured = (type, name, expressions) => ({ address: `${type}.${name}`, mode: 'managed', type, name, expressions });
const ref = (address, attribute = 'id') => ({ references: [`${address}.${attribute}`, address] });
const REGISTRY = 'azurerm_container_registry.acr';
const VAULT = 'azurerm_key_vault.kv';

function registry(lockedDown) {
  return {
    change: change('azurerm_container_registry', 'acr', { name: 'acr', sku: 'Premium', public_network_access_enabled: !lockedDown, network_rule_bypass_option: lockedDown ? 'None' : 'AzureServices' }, { id: true }),
    config: configured('azurerm_container_registry', 'acr', {}),
  };
}

function planRules(n, sameTarget) {
  const acr = registry(false);
  const changes = [acr.change];
  const resources = [acr.config];
  for (let i = 0; i < n; i++) {
    const name = `r${i}`;
    changes.push(change('azurerm_container_registry_cache_rule', name, { name, source_repo: `mcr.microsoft.com/${name}`, target_repo: sameTarget ? 'mirror/same' : `mirror/${name}/*` }, { id: true, container_registry_id: true }));
    resources.push(configured('azurerm_container_registry_cache_rule', name, { container_registry_id: ref(REGISTRY) }));
  }
  return { changes, root_module: { resources } };
}

function planReferenceCycle(n) {
  const acr = registry(false);
  const changes = [acr.change];
  const resources = [acr.config];
  const k = Math.ceil(Math.sqrt(n));
  const variables = Array.from({ length: k }, (_, i) => `var.v${i}`);
  const outputs = Object.fromEntries(Array.from({ length: k }, (_, i) => [`o${i}`, { expression: { references: variables } }]));
  // The call passes each output back in as an argument; v0 also passes the registry's id.
  const expressions = Object.fromEntries(Array.from({ length: k }, (_, i) => [`v${i}`, { references: [`module.a.o${(i + 1) % k}`, 'module.a', ...(i === 0 ? ref(REGISTRY).references : [])] }]));
  for (let i = 0; i < n; i++) {
    const name = `r${i}`;
    changes.push(change('azurerm_container_registry_cache_rule', name, { name, source_repo: `mcr.microsoft.com/${name}`, target_repo: `mirror/${name}` }, { id: true, container_registry_id: true }));
    resources.push(configured('azurerm_container_registry_cache_rule', name, { container_registry_id: { references: [`module.a.o${i % k}`, 'module.a'] } }));
  }
  return { changes, root_module: { resources, module_calls: { a: { source: './a', expressions, module: { outputs } } } } };
}

function planCredentials(n) {
  const acr = registry(true);
  const changes = [acr.change, change('azurerm_key_vault', 'kv', { name: 'kv', rbac_authorization_enabled: true }, { id: true })];
  const resources = [acr.config, configured('azurerm_key_vault', 'kv', {})];
  for (let i = 0; i < n; i++) {
    const secret = `azurerm_key_vault_secret.s${i}`;
    const set = `azurerm_container_registry_credential_set.c${i}`;
    changes.push(change('azurerm_key_vault_secret', `s${i}`, { name: `s${i}` }, { id: true, key_vault_id: true, versionless_id: true }));
    resources.push(configured('azurerm_key_vault_secret', `s${i}`, { key_vault_id: ref(VAULT) }));
    changes.push(
      change('azurerm_container_registry_credential_set', `c${i}`, { name: `c${i}`, login_server: 'docker.io', authentication_credentials: [{}], identity: [{ type: 'SystemAssigned' }] }, { id: true, container_registry_id: true, authentication_credentials: [{ username_secret_id: true, password_secret_id: true }], identity: [{ principal_id: true }] }),
    );
    resources.push(configured('azurerm_container_registry_credential_set', `c${i}`, { container_registry_id: ref(REGISTRY), authentication_credentials: [{ username_secret_id: ref(secret, 'versionless_id'), password_secret_id: ref(secret, 'versionless_id') }] }));
    changes.push(change('azurerm_container_registry_cache_rule', `r${i}`, { name: `r${i}`, source_repo: `docker.io/library/r${i}`, target_repo: `r${i}` }, { id: true, container_registry_id: true, credential_set_id: true }));
    resources.push(configured('azurerm_container_registry_cache_rule', `r${i}`, { container_registry_id: ref(REGISTRY), credential_set_id: ref(set) }));
    changes.push(change('azurerm_role_assignment', `a${i}`, { role_definition_name: 'Key Vault Secrets User' }, { id: true, scope: true, principal_id: true }));
    resources.push(configured('azurerm_role_assignment', `a${i}`, { scope: ref(VAULT), principal_id: { references: [`${set}.identity[0].principal_id`, `${set}.identity[0]`, `${set}.identity`, set] } }));
  }
  return { changes, root_module: { resources } };
}

function hclInstanceRefs(n) {
  const keys = Array.from({ length: n }, (_, i) => `"id${i}"`).join(', ');
  return (
    'resource "azurerm_container_registry" "acr" {\n  name                = "acr"\n  resource_group_name = "rg"\n  location            = "westeurope"\n  sku                 = "Premium"\n}\n' +
    `locals {\n  ids = toset([${keys}])\n}\n` +
    'resource "azurerm_user_assigned_identity" "id" {\n  for_each            = local.ids\n  name                = each.key\n  resource_group_name = "rg"\n  location            = "westeurope"\n}\n' +
    'resource "azurerm_role_assignment" "pull" {\n  for_each             = local.ids\n  scope                = azurerm_container_registry.acr.id\n  role_definition_name = "AcrPull"\n  principal_id         = azurerm_user_assigned_identity.id[each.key].principal_id\n}\n'
  );
}

function hclCredentials(n) {
  const out = [
    'resource "azurerm_container_registry" "acr" {\n  name                          = "acr"\n  resource_group_name           = "rg"\n  location                      = "westeurope"\n  sku                           = "Premium"\n  public_network_access_enabled = false\n  network_rule_bypass_option    = "None"\n}\n',
    'resource "azurerm_key_vault" "kv" {\n  name                       = "kv"\n  resource_group_name        = "rg"\n  location                   = "westeurope"\n  tenant_id                  = "00000000-0000-0000-0000-000000000000"\n  sku_name                   = "standard"\n  rbac_authorization_enabled = true\n}\n',
  ];
  for (let i = 0; i < n; i++) {
    out.push(`resource "azurerm_key_vault_secret" "s${i}" {\n  name         = "s${i}"\n  value        = "x"\n  key_vault_id = azurerm_key_vault.kv.id\n}\n`);
    out.push(
      `resource "azurerm_container_registry_credential_set" "c${i}" {\n  name                  = "c${i}"\n  container_registry_id = azurerm_container_registry.acr.id\n  login_server          = "docker.io"\n  identity {\n    type = "SystemAssigned"\n  }\n  authentication_credentials {\n    username_secret_id = azurerm_key_vault_secret.s${i}.versionless_id\n    password_secret_id = azurerm_key_vault_secret.s${i}.versionless_id\n  }\n}\n`,
    );
    out.push(`resource "azurerm_container_registry_cache_rule" "r${i}" {\n  name                  = "r${i}"\n  container_registry_id = azurerm_container_registry.acr.id\n  source_repo           = "docker.io/library/r${i}"\n  target_repo           = "r${i}"\n  credential_set_id     = azurerm_container_registry_credential_set.c${i}.id\n}\n`);
    out.push(`resource "azurerm_role_assignment" "a${i}" {\n  scope                = azurerm_key_vault.kv.id\n  role_definition_name = "Key Vault Secrets User"\n  principal_id         = azurerm_container_registry_credential_set.c${i}.identity[0].principal_id\n}\n`);
  }
  return out.join('');
}

/** Modules c000001 … cN, each calling the next, the first called by z1; z1 and z2 call each other; z1 holds a registry. */
function writeCycleChain(n, dir) {
  const name = (i) => `c${String(i).padStart(6, '0')}`;
  const write = (sub, text) => {
    mkdirSync(path.join(dir, sub), { recursive: true });
    writeFileSync(path.join(dir, sub, 'main.tf'), text);
  };
  for (let i = 1; i < n; i++) write(name(i), `module "next" {\n  source = "../${name(i + 1)}"\n}\n`);
  write(name(n), 'variable "end" {\n  default = true\n}\n');
  const registry = 'resource "azurerm_container_registry" "acr" {\n  name                = "acr"\n  resource_group_name = "rg"\n  location            = "westeurope"\n  sku                 = "Premium"\n  admin_enabled       = true\n}\n';
  write('z1', `${registry}module "z2" {\n  source = "../z2"\n}\nmodule "chain" {\n  source = "../${name(1)}"\n}\n`);
  write('z2', 'module "z1" {\n  source = "../z1"\n}\n');
}
