/** What rules say, where the wording carries the reason: the checks of fixtures compare rules and lines only. */
import path from 'node:path';
import { ALL_RULES } from '../rules/index.js';
import { lint } from '../src/lint.js';
import { credentialSetLines, lintFiles } from './helpers/configs.js';
import { lintCase, REPO_ROOT } from './helpers/fixtures.js';

/** The ACR007 messages of a configuration of cache rules on one registry, by rule name and target. */
async function overlapMessages(targets: Record<string, string>): Promise<string[]> {
  const rules = Object.entries(targets).map(([name, target]) =>
    [
      `resource "azurerm_container_registry_cache_rule" "${name}" {`,
      `  name                  = "${name}"`,
      '  container_registry_id = azurerm_container_registry.acr.id',
      `  source_repo           = "mcr.microsoft.com/${name}/*"`,
      `  target_repo           = "${target}"`,
      '}',
    ].join('\n'),
  );
  const registry = 'resource "azurerm_container_registry" "acr" {\n  name                = "acr"\n  resource_group_name = "rg"\n  location            = "westeurope"\n  sku                 = "Premium"\n}';
  const result = await lintFiles({ 'main.tf': [registry, ...rules, ''].join('\n') });
  return result.findings.filter((f) => f.ruleId === 'ACR007').map((f) => f.message);
}

describe('acr-cache-overlapping-rules messages', () => {
  it('say "the same target" without quoting it again for each rule', async () => {
    const [message, ...rest] = await overlapMessages({ a: 'mirror/same', b: 'mirror/same', c: 'mirror/same' });
    expect(rest).toHaveLength(1);
    expect(message).toContain('has target "mirror/same"');
    expect(message).toContain('azurerm_container_registry_cache_rule.a (the same target)');
    expect(rest[0]).toContain('azurerm_container_registry_cache_rule.a (the same target), azurerm_container_registry_cache_rule.b (the same target)');
    expect(rest[0]!.match(/"mirror\/same"/g)).toHaveLength(1);
  });

  it('say whether the earlier wildcard contains the later one or is inside it', async () => {
    const [inside] = await overlapMessages({ a: 'mirror/dotnet/*', b: 'mirror/*' });
    expect(inside).toContain('has target "mirror/*"');
    expect(inside).toContain('azurerm_container_registry_cache_rule.a (its wildcard target "mirror/dotnet/*" is inside this one)');
    const [contains] = await overlapMessages({ a: 'mirror/*', b: 'mirror/dotnet/*' });
    expect(contains).toContain('azurerm_container_registry_cache_rule.a (its wildcard target "mirror/*" contains this one)');
  });
});

const fixture = (rule: string, name: string): string => path.join(REPO_ROOT, 'fixtures/rules', rule, name);

describe('acr-premium-feature-on-lower-sku messages', () => {
  it('blame the AVM module precondition, not the provider, for zone redundancy and network rules (0.8.0 sends zone redundancy to azurerm as false)', async () => {
    const result = await lintCase(fixture('acr-premium-feature-on-lower-sku', 'avm-standard'));
    const messages = result.findings.filter((f) => f.ruleName === 'acr-premium-feature-on-lower-sku').map((f) => f.message);
    expect(messages).toHaveLength(2);
    for (const message of messages) {
      expect(message).toContain('Azure/avm-res-containerregistry-registry/azurerm refuses it in a precondition');
      expect(message).not.toContain('azurerm provider rejects');
    }
  });

  it('still blame the provider for a feature the module passes through unchecked (retention in 0.4.0)', async () => {
    const result = await lintCase(fixture('acr-premium-feature-on-lower-sku', 'avm-0.4-standard-defaults'));
    const retention = result.findings.find((f) => f.ruleName === 'acr-premium-feature-on-lower-sku' && f.attribute === 'retention_policy_in_days');
    expect(retention?.message).toContain('The azurerm provider rejects it');
  });

  it('name the v3 retention_policy block as written, not retention_policy_in_days, and how to turn it off', async () => {
    const result = await lintCase(fixture('acr-premium-feature-on-lower-sku', 'v3-encryption-disabled'));
    const [retention, ...rest] = result.findings.filter((f) => f.ruleName === 'acr-premium-feature-on-lower-sku');
    expect(rest).toHaveLength(0);
    expect(retention?.attribute).toBe('retention_policy');
    expect(retention?.message).toContain('but retention_policy asks for a retention policy');
    expect(retention?.message).toContain('set enabled = false in the retention_policy block, or remove it');
    expect(retention?.message).not.toContain('retention_policy_in_days');
  });
});

describe('acr-credential-set-no-key-vault-access messages', () => {
  /** A credential set reading from `kv`, and a role assignment on it whose role_definition_id is `roleId`. */
  const grantWithRoleId = (roleId: string, extra = ''): string =>
    [
      'data "azurerm_client_config" "current" {}',
      'resource "azurerm_key_vault" "kv" {',
      '  name                      = "kv-registry"',
      '  location                  = "westeurope"',
      '  resource_group_name       = "rg"',
      '  tenant_id                 = "00000000-0000-0000-0000-000000000000"',
      '  sku_name                  = "standard"',
      '  rbac_authorization_enabled = true',
      '}',
      ...credentialSetLines('"https://kv-registry.vault.azure.net/secrets/user"', '"https://kv-registry.vault.azure.net/secrets/password"'),
      'resource "azurerm_role_assignment" "read" {',
      '  scope              = azurerm_key_vault.kv.id',
      `  role_definition_id = ${roleId}`,
      '  principal_id       = azurerm_container_registry_credential_set.c.identity[0].principal_id',
      '}',
      extra,
    ].join('\n');

  it('say that custom roles are not read only where the role is a custom role of the configuration', async () => {
    const builtIn = await lintFiles({ 'main.tf': grantWithRoleId('"/subscriptions/${data.azurerm_client_config.current.subscription_id}/providers/Microsoft.Authorization/roleDefinitions/4633458b-17de-408a-b874-0445c86b69e6"') });
    const [fromData] = builtIn.findings.filter((f) => f.ruleId === 'ACR008');
    expect(fromData?.message).toContain('role_definition_id is unknown');
    expect(fromData?.message).not.toContain('custom roles');
    const customRole = 'resource "azurerm_role_definition" "reader" {\n  name  = "secret-reader"\n  scope = azurerm_key_vault.kv.id\n}';
    const custom = await lintFiles({ 'main.tf': grantWithRoleId('azurerm_role_definition.reader.role_definition_resource_id', customRole) });
    expect(custom.findings.find((f) => f.ruleId === 'ACR008')?.message).toContain('tf-acr-lint does not read the permissions of custom roles');
  });

  it('suggest an access policy with every required argument, tenant_id included, which then silences the rule', async () => {
    // The vault's permission model is not written: the fix offers both forms.
    const noGrant = grantWithRoleId('null').replace('  rbac_authorization_enabled = true\n', '').replace(/resource "azurerm_role_assignment"[\s\S]*$/, '');
    const [finding] = (await lintFiles({ 'main.tf': noGrant })).findings.filter((f) => f.ruleId === 'ACR008');
    const suggested = /an azurerm_key_vault_access_policy with (.*) and secret_permissions = \["Get"\]/.exec(finding?.message ?? '');
    expect(suggested?.[1]).toContain('tenant_id = azurerm_key_vault.kv.tenant_id');
    // The fix applied literally, one argument per line.
    const policy = ['resource "azurerm_key_vault_access_policy" "fix" {', ...`${suggested![1]!}, secret_permissions = ["Get"]`.split(', '), '}'].join('\n');
    expect((await lintFiles({ 'main.tf': `${noGrant}\n${policy}\n` })).findings.filter((f) => f.ruleId === 'ACR008')).toHaveLength(0);
  });
});

describe('acr-cache-upstream-needs-credentials messages', () => {
  /** A cache rule from another Azure registry, with no credential set, in the given spelling. */
  const acrToAcr = (rule: string): Record<string, string> => ({
    'main.tf': [
      'resource "azurerm_container_registry" "acr" {',
      '  name                = "contosoacr"',
      '  resource_group_name = "rg"',
      '  location            = "westeurope"',
      '  sku                 = "Basic"',
      '}',
      rule,
      '',
    ].join('\n'),
  });
  const messages = async (rule: string): Promise<string[]> =>
    (await lintFiles(acrToAcr(rule))).findings.filter((f) => f.ruleId === 'ACR003').map((f) => f.message);

  it('do not tell an azurerm cache rule to take an identity it has no argument for', async () => {
    const [message, ...rest] = await messages(
      [
        'resource "azurerm_container_registry_cache_rule" "up" {',
        '  name                  = "upstream-app"',
        '  container_registry_id = azurerm_container_registry.acr.id',
        '  source_repo           = "upstreamacr.azurecr.io/app"',
        '  target_repo           = "app"',
        '}',
      ].join('\n'),
    );
    expect(rest).toHaveLength(0);
    expect(message).not.toContain('give the cache rule');
    expect(message).toContain('azurerm_container_registry_cache_rule has no argument for it');
  });

  it('suggest an identity block for an azapi cache rule, and an identity block silences the rule', async () => {
    const azapiRule = (identity: string): string =>
      [
        'resource "azapi_resource" "up" {',
        '  type      = "Microsoft.ContainerRegistry/registries/cacheRules@2025-11-01"',
        '  name      = "upstream-app"',
        '  parent_id = azurerm_container_registry.acr.id',
        identity,
        '  body = {',
        '    properties = {',
        '      sourceRepository = "upstreamacr.azurecr.io/app"',
        '      targetRepository = "app"',
        '    }',
        '  }',
        '}',
      ].join('\n');
    const [message] = await messages(azapiRule(''));
    expect(message).toContain('give the cache rule an identity block with a user-assigned identity');
    const identity = '  identity {\n    type         = "UserAssigned"\n    identity_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/cache"]\n  }';
    expect(await messages(azapiRule(identity))).toHaveLength(0);
  });
});

describe('acr-credential-set-no-key-vault-access messages', () => {
  // The azapi example for credentialSets@2023-07-01 (Azure/terraform-provider-azapi) declares the vault as an azapi_resource.
  const credentialSet = (vault: string): string =>
    [
      vault,
      'resource "azapi_resource" "credentialSet" {',
      '  type      = "Microsoft.ContainerRegistry/registries/credentialSets@2023-07-01"',
      '  parent_id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/acr"',
      '  name      = "cs"',
      '  identity {',
      '    type = "SystemAssigned"',
      '  }',
      '  body = {',
      '    properties = {',
      '      authCredentials = [{',
      '        name                     = "Credential1"',
      '        passwordSecretIdentifier = "https://kvcache.vault.azure.net/secrets/password"',
      '        usernameSecretIdentifier = "https://kvcache.vault.azure.net/secrets/username"',
      '      }]',
      '      loginServer = "docker.io"',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');

  it('do not call a vault declared as an azapi_resource "not in this configuration"', async () => {
    const vault = 'resource "azapi_resource" "vault" {\n  type      = "Microsoft.KeyVault/vaults@2023-02-01"\n  parent_id = "/subscriptions/s/resourceGroups/rg"\n  name      = "kvcache"\n  body      = {}\n}';
    const declared = (await lintFiles({ 'main.tf': credentialSet(vault) })).findings.filter((f) => f.ruleId === 'ACR008');
    expect(declared.map((f) => [f.level, f.message])).toEqual([
      ['note', expect.stringContaining('their Key Vault (vault "kvcache") is declared as azapi_resource.vault, whose access policies and role assignments tf-acr-lint does not read')],
    ]);
    const outside = (await lintFiles({ 'main.tf': credentialSet('') })).findings.filter((f) => f.ruleId === 'ACR008');
    expect(outside.map((f) => f.message)).toEqual([expect.stringContaining('their Key Vault (vault "kvcache") is not in this configuration')]);
  });

  /** A credential set whose username secret id is `username`, its password read through `data.azurerm_key_vault_secret.pw`, beside `extra`. */
  const throughDataSources = (username: string, extra: string): string =>
    [
      'variable "vault_id" {',
      '  type = string',
      '}',
      'data "azurerm_key_vault" "shared" {',
      '  name                = "kv-shared"',
      '  resource_group_name = "rg"',
      '}',
      'data "azurerm_key_vault_secret" "pw" {',
      '  name         = "pw"',
      '  key_vault_id = var.vault_id',
      '}',
      extra,
      ...credentialSetLines(username, 'data.azurerm_key_vault_secret.pw.versionless_id'),
      '',
    ].join('\n');

  it('do not call the vault of a secret data source whose key_vault_id is unknown "not in this configuration", and say why it is unknown', async () => {
    const only = (await lintFiles({ 'main.tf': throughDataSources('data.azurerm_key_vault_secret.pw.id', '') })).findings.filter((f) => f.ruleId === 'ACR008');
    expect(only.map((f) => f.message)).toEqual([
      expect.stringContaining(
        '(authentication_credentials.username_secret_id and authentication_credentials.password_secret_id): tf-acr-lint cannot tell which Key Vault data.azurerm_key_vault_secret.pw reads from (its key_vault_id is unknown: variable "vault_id" has no default and was given no value; set it in a .tfvars file or with --var), so whether that vault is in this configuration is unknown. ',
      ),
    ]);
    expect(only[0]!.message).not.toContain('not in this configuration');
  });

  it('call a vault declared as an azapi_resource so beside a secret data source whose vault cannot be told', async () => {
    const vault = 'resource "azapi_resource" "vault" {\n  type      = "Microsoft.KeyVault/vaults@2023-02-01"\n  parent_id = "/subscriptions/s/resourceGroups/rg"\n  name      = "kvcache"\n  body      = {}\n}';
    const mixed = (await lintFiles({ 'main.tf': throughDataSources('"https://kvcache.vault.azure.net/secrets/username"', vault) })).findings.filter((f) => f.ruleId === 'ACR008');
    expect(mixed.map((f) => f.message)).toEqual([
      expect.stringContaining(
        'their Key Vault (vault "kvcache") is declared as azapi_resource.vault, whose access policies and role assignments tf-acr-lint does not read; ' +
          'tf-acr-lint cannot tell which Key Vault data.azurerm_key_vault_secret.pw reads from (its key_vault_id is unknown: ',
      ),
    ]);
    expect(mixed[0]!.message).not.toContain('not in this configuration');
  });

  it('keep a vault known to be outside apart from one that cannot be told', async () => {
    const user = 'data "azurerm_key_vault_secret" "user" {\n  name         = "user"\n  key_vault_id = data.azurerm_key_vault.shared.id\n}';
    const mixed = (await lintFiles({ 'main.tf': throughDataSources('data.azurerm_key_vault_secret.user.versionless_id', user) })).findings.filter((f) => f.ruleId === 'ACR008');
    expect(mixed.map((f) => f.message)).toEqual([
      expect.stringContaining(
        '(authentication_credentials.username_secret_id and authentication_credentials.password_secret_id): ' +
          'their Key Vault (the one read through data.azurerm_key_vault_secret.user, data.azurerm_key_vault.shared) is not in this configuration; ' +
          'tf-acr-lint cannot tell which Key Vault data.azurerm_key_vault_secret.pw reads from (its key_vault_id is unknown: ',
      ),
    ]);
  });
});

describe('related locations', () => {
  it('do not call a variable with no default and no value "the default of variable" (found in equinor/radix-platform terraform/subscriptions/modules/acr)', async () => {
    const result = await lintFiles({
      'main.tf': [
        'variable "keyvault_name" {',
        '  type = string',
        '}',
        ...credentialSetLines('"https://${var.keyvault_name}.vault.azure.net/secrets/user"', '"https://${var.keyvault_name}.vault.azure.net/secrets/token"'),
        '',
      ].join('\n'),
    });
    const related = result.findings.filter((f) => f.ruleId === 'ACR008').flatMap((f) => f.related.map((r) => r.message));
    expect(related).toEqual(['the value comes from here: variable "keyvault_name", which has no default and was given no value']);
  });
});

describe('where a value came from, in messages', () => {
  it('name a planned resource once: no "the plan\'s value for <address>" after an address the message already gives', async () => {
    const file = path.join(REPO_ROOT, 'fixtures/plans/registry-settings-lower-sku-and-locked/plan.json');
    const result = await lint([file], { root: REPO_ROOT, commandLine: [], rules: ALL_RULES });
    const sku = result.findings.find((f) => f.ruleId === 'ACR010' && f.address === 'azurerm_container_registry.edge');
    expect(sku?.message).toMatch(/^azurerm_container_registry\.edge is Standard, but public_network_access_enabled asks for disabled public network access/);
    for (const finding of result.findings) {
      expect(finding.message).not.toContain("the plan's value");
      expect(finding.message.split(finding.address).length - 1).toBeLessThanOrEqual(2);
    }
  });

  it('say where a value came from inside the parenthesis that names the attribute, not in a second one', async () => {
    const result = await lintCase(fixture('acr-export-policy-needs-private-access', 'tfvars-export'));
    const [message] = result.findings.filter((f) => f.ruleId === 'ACR011').map((f) => f.message);
    expect(message).toContain('while public network access is enabled (public_network_access_enabled: not set, so the default applies).');
    expect(message).not.toContain('((');
    expect(message).not.toContain('azurerm azurerm_container_registry');
  });

  it('explain a variable with no value once when it decides both the bypass and the restriction (ACR001 note)', async () => {
    // Without the fixture's --var: what a run that forgot it prints.
    const result = await lint([fixture('acr-cache-blocked-by-bypass-none', 'cli-var-type-any')], { root: REPO_ROOT, commandLine: [], rules: ALL_RULES });
    const [message] = result.findings.filter((f) => f.ruleId === 'ACR001').map((f) => f.message);
    expect(message).toContain('network_rule_bypass_option is unknown (variable "network" has no default and was given no value; set it in a .tfvars file or with --var)');
    expect(message).toContain('whether the registry is network-restricted is unknown (public_network_access_enabled: for the same reason)');
    expect(message!.match(/has no default/g)).toHaveLength(1);
  });

  it('explain a variable once when it decides the bypass through a condition and the restriction directly', async () => {
    const result = await lintFiles({
      'main.tf': [
        'variable "locked" { type = bool }',
        'resource "azurerm_container_registry" "acr" {',
        '  name                          = "acr"',
        '  resource_group_name           = "rg"',
        '  location                      = "westeurope"',
        '  sku                           = "Premium"',
        '  public_network_access_enabled = !var.locked',
        '  network_rule_bypass_option    = var.locked ? "None" : "AzureServices"',
        '}',
        'resource "azurerm_container_registry_cache_rule" "hub" {',
        '  name                  = "hub"',
        '  container_registry_id = azurerm_container_registry.acr.id',
        '  source_repo           = "mcr.microsoft.com/dotnet/runtime"',
        '  target_repo           = "dotnet/runtime"',
        '}',
        '',
      ].join('\n'),
    });
    const [message] = result.findings.filter((f) => f.ruleId === 'ACR001').map((f) => f.message);
    expect(message).toContain('network_rule_bypass_option is unknown (it depends on a condition, and variable "locked" has no default');
    expect(message).toContain('whether the registry is network-restricted is unknown (public_network_access_enabled: for the same reason)');
  });

  it('label the place a context value comes from by what it is, not a bare "set here"', async () => {
    const result = await lintCase(fixture('acr-premium-feature-on-lower-sku', 'variable-sku-tfvars'));
    const related = result.findings.filter((f) => f.ruleId === 'ACR010').flatMap((f) => f.related.map((r) => r.message));
    expect(related).toEqual(['the sku is set to Standard here', 'that value comes from here: variable "sku" set in a variables file']);
  });
});

describe('acr-cache-malformed-repository messages', () => {
  it('list every problem in one clause and give each reason once', async () => {
    const result = await lintCase(fixture('acr-cache-malformed-repository', 'hostless-source'));
    const messages = result.findings.filter((f) => f.ruleId === 'ACR006').map((f) => f.message);
    const bare = messages.find((m) => m.includes('"alpine:3.20"'));
    expect(bare).toContain('source_repo = "alpine:3.20" has a tag (":3.20") and no registry host. A cache rule names a repository, not an image: the tag is given when pulling.');
    const hostless = messages.find((m) => m.includes('"library/redis"'));
    expect(hostless).toContain('has no registry host. The source is the full repository path, starting with the upstream\'s login server');
    for (const m of messages) {
      expect(m).not.toContain('(azurerm, ARM sourceRepository)');
      expect(m.match(/full repository path|full path/g)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });
});
