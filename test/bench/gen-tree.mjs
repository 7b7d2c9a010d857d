/**
 * Generates a Terraform monorepo deterministically (seeded PRNG):
 *
 *   modules/<kind>-<nnn>/               shared modules (network, storage, keyvault, appservice),
 *                                       each called by several services
 *   services/<svc>-<nnn>/<env>/         root modules: resource group, vnet, storage, key vault,
 *                                       app service, log analytics, NSGs ...
 *   services/<svc>-<nnn>/<env>/<child>/ a module only its root calls (`source = "./<child>"`)
 *
 * A chosen fraction of the module directories (roots or their children, never the shared modules)
 * holds an `azurerm_container_registry` locked down behind a private endpoint
 * (public_network_access_enabled = false, network_rule_bypass_option = "None") with 2–4 Artifact
 * Cache rules. Each such directory is evaluated exactly once (a root, or a child called once), so
 * the lint must report exactly one ACR001 error per registry.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_RULES, ENVIRONMENTS, REGIONS, SERVICES, SHORT_REGION, SUBSCRIPTION, TENANT } from './catalog.mjs';
import { prng } from './prng.mjs';

const SHARED_KINDS = ['network', 'storage', 'keyvault', 'appservice'];

/**
 * @param {string} root  directory to write into (created)
 * @param {{ targetFiles: number, acrEvery: number, sharedFraction: number, seed: number }} options
 *   acrEvery: one module directory in `acrEvery` holds a locked-down registry (1: every one).
 * @returns {{ root: string, files: string[], bytes: number, modules: number, registries: number, cacheRules: number, sharedModules: number, roots: number, children: number }}
 */
export function generateTree(root, { targetFiles, acrEvery, sharedFraction, seed }) {
  const rng = prng(seed);
  const written = [];
  let bytes = 0;
  const writeModule = (dir, files) => {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      written.push(file);
      bytes += Buffer.byteLength(text);
    }
  };

  // Shared modules first, so that the services know what they can call.
  const estimatedDirs = Math.round(targetFiles / 4.5);
  const shared = [];
  const sharedCount = Math.round(estimatedDirs * sharedFraction);
  for (let i = 0; i < sharedCount; i++) {
    const kind = SHARED_KINDS[i % SHARED_KINDS.length];
    const name = `${kind}-${String(Math.floor(i / SHARED_KINDS.length)).padStart(3, '0')}`;
    shared.push({ kind, name });
    writeModule(path.join(root, 'modules', name), sharedModule(kind, rng));
  }
  const sharedOf = (kind) => shared.filter((s) => s.kind === kind);

  // Among service directories, one in `acrEveryService` holds a registry, so that overall one in
  // `acrEvery` module directories does.
  const acrEveryService = Math.max(1, Math.round(acrEvery * (1 - sharedFraction)));
  const phase = Math.floor(acrEveryService / 2);
  let serviceDirs = 0;
  const takesRegistry = () => serviceDirs++ % acrEveryService === phase % acrEveryService;

  let registries = 0;
  let cacheRules = 0;
  let roots = 0;
  let children = 0;
  for (let s = 0; written.length < targetFiles; s++) {
    const service = `${SERVICES[s % SERVICES.length]}-${String(Math.floor(s / SERVICES.length)).padStart(3, '0')}`;
    const envs = ENVIRONMENTS.slice(0, rng.int(2, 4));
    for (const env of envs) {
      if (written.length >= targetFiles) break;
      const dir = path.join(root, 'services', service, env);
      const ctx = {
        rng,
        service: service.replace(/-\d+$/, ''),
        serviceId: service,
        env,
        region: rng.pick(REGIONS),
        octet: (s * 4 + ENVIRONMENTS.indexOf(env)) % 250,
        calls: {},
      };
      for (const kind of SHARED_KINDS) {
        const candidates = sharedOf(kind);
        if (candidates.length > 0 && rng.chance(kind === 'network' ? 0.5 : 0.3)) ctx.calls[kind] = rng.pick(candidates).name;
      }
      const rootRegistry = takesRegistry() ? registrySpec(rng) : undefined;
      const hasChild = rng.chance(0.2);
      const childRegistry = hasChild && takesRegistry() ? registrySpec(rng) : undefined;
      const child = hasChild ? (childRegistry ? { name: 'registry', registry: childRegistry } : { name: 'app' }) : undefined;
      writeModule(dir, rootModule(ctx, rootRegistry, child));
      roots++;
      if (rootRegistry) {
        registries++;
        cacheRules += rootRegistry.rules.length;
      }
      if (child) {
        writeModule(path.join(dir, child.name), child.registry ? registryChildModule(child.registry) : appChildModule(rng));
        children++;
        if (child.registry) {
          registries++;
          cacheRules += child.registry.rules.length;
        }
      }
    }
  }
  return { root, files: written.sort(), bytes, modules: shared.length + roots + children, registries, cacheRules, sharedModules: shared.length, roots, children };
}

/** Which cache rules a registry gets (2–4) and how it writes them. */
function registrySpec(rng) {
  const rules = rng.sample(CACHE_RULES, rng.int(2, 4));
  return { rules, forEach: rng.chance(0.5), dockerHub: rules.some((r) => r.dockerHub), geo: rng.chance(0.25) };
}

// ---------------------------------------------------------------------------------------------
// Root modules

function rootModule(ctx, registry, child) {
  const { rng } = ctx;
  const want = {
    storage: !ctx.calls.storage && rng.chance(0.6),
    keyVault: Boolean(registry?.dockerHub) || (!ctx.calls.keyvault && rng.chance(0.5)),
    app: !ctx.calls.appservice && rng.chance(0.5),
    logs: rng.chance(0.4),
    nsg: !ctx.calls.network && rng.chance(0.5),
  };
  const files = {
    'versions.tf': versionsTf(ctx),
    'variables.tf': rootVariablesTf(ctx),
    'locals.tf': rootLocalsTf(ctx, registry, child),
    'main.tf': rootMainTf(ctx, want, child),
    'outputs.tf': rootOutputsTf(ctx, want, registry, child),
  };
  if (registry) files['registry.tf'] = rootRegistryTf(ctx, registry);
  return files;
}

function versionsTf(ctx) {
  return `terraform {
  required_version = ">= 1.6.0"

  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.20"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
  }

  backend "azurerm" {
    resource_group_name  = "rg-tfstate-${ctx.env}"
    storage_account_name = "sttfstate${ctx.env}001"
    container_name       = "tfstate"
    key                  = "${ctx.serviceId}/${ctx.env}.tfstate"
    use_azuread_auth     = true
  }
}

provider "azurerm" {
  features {
    key_vault {
      purge_soft_delete_on_destroy = false
    }
    resource_group {
      prevent_deletion_if_contains_resources = true
    }
  }
  subscription_id     = var.subscription_id
  storage_use_azuread = true
}
`;
}

function rootVariablesTf(ctx) {
  const { rng } = ctx;
  return `variable "subscription_id" {
  type        = string
  description = "Subscription the ${ctx.service} ${ctx.env} environment is deployed to."
  default     = "${SUBSCRIPTION}"
}

variable "service" {
  type        = string
  description = "Short name of the service, used in resource names and tags."
  default     = "${ctx.service}"
}

variable "environment" {
  type        = string
  description = "Deployment environment."
  default     = "${ctx.env}"

  validation {
    condition     = contains(["dev", "test", "staging", "prod"], var.environment)
    error_message = "The environment must be one of dev, test, staging or prod."
  }
}

variable "location" {
  type    = string
  default = "${ctx.region}"
}

variable "address_space" {
  type        = string
  description = "Address space of the service's virtual network."
  default     = "10.${ctx.octet}.0.0/16"
}

variable "tags" {
  type    = map(string)
  default = {
    owner       = "team-${ctx.service}"
    cost_center = "cc-${rng.int(1000, 9999)}"
  }
}

variable "containers" {
  type    = list(string)
  default = [${rng.sample(['raw', 'curated', 'exports', 'uploads', 'archive', 'reports'], rng.int(1, 3)).map((c) => `"${c}"`).join(', ')}]
}

variable "app_settings" {
  type = map(string)
  default = {
    ASPNETCORE_ENVIRONMENT = "${ctx.env === 'prod' ? 'Production' : 'Development'}"
    WEBSITES_PORT          = "${rng.pick(['8080', '80', '3000', '5000'])}"
  }
}

variable "allowed_ip_ranges" {
  type        = list(string)
  description = "Office and VPN ranges allowed through the firewalls."
  default     = ["203.0.113.0/24", "198.51.100.${rng.int(0, 200)}/32"]
}

variable "enable_diagnostics" {
  type    = bool
  default = ${ctx.env === 'prod' ? 'true' : 'false'}
}

variable "sku" {
  type = object({
    app_service = string
    storage     = optional(string, "Standard_LRS")
  })
  default = {
    app_service = "${rng.pick(['P1v3', 'P0v3', 'S1', 'B2'])}"
  }
}
`;
}

function rootLocalsTf(ctx, registry, child) {
  const codes = REGIONS.map((r) => `    ${r.padEnd(18)} = "${SHORT_REGION[r]}"`).join('\n');
  const ruleMap = (name, rules) => `
  ${name} = {
${rules.map((r) => `    "${r.key}" = {\n      source    = "${r.source}"\n      target    = "${r.target}"\n      dockerhub = ${r.dockerHub}\n    }`).join('\n')}
  }
`;
  const cacheRules = (registry?.forEach ? ruleMap('cache_rules', registry.rules) : '') + (child?.registry ? ruleMap('registry_cache_rules', child.registry.rules) : '');
  return `locals {
  region_codes = {
${codes}
  }
  region      = lookup(local.region_codes, var.location, "xx")
  name_prefix = "\${var.service}-\${var.environment}-\${local.region}"
  compact     = replace(local.name_prefix, "-", "")

  tags = merge(var.tags, {
    service     = var.service
    environment = var.environment
    managed_by  = "terraform"
    repository  = "platform-infra"
  })

  subnets = {
    app = {
      address_prefixes  = ["10.${ctx.octet}.1.0/24"]
      service_endpoints = ["Microsoft.Storage", "Microsoft.KeyVault"]
      delegation        = "Microsoft.Web/serverFarms"
    }
    pe = {
      address_prefixes  = ["10.${ctx.octet}.2.0/24"]
      service_endpoints = []
      delegation        = null
    }
  }
${cacheRules}}
`;
}

function rootMainTf(ctx, want, child) {
  const { rng } = ctx;
  const parts = [];
  parts.push(`data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "this" {
  name     = "rg-\${local.name_prefix}"
  location = var.location
  tags     = local.tags
}`);

  if (ctx.calls.network) {
    parts.push(`module "network" {
  source              = "../../../modules/${ctx.calls.network}"
  name                = local.name_prefix
  location            = azurerm_resource_group.this.location
  resource_group_name = azurerm_resource_group.this.name
  address_space       = [var.address_space]
  subnets             = local.subnets
  tags                = local.tags
}`);
  } else {
    parts.push(`resource "azurerm_virtual_network" "this" {
  name                = "vnet-\${local.name_prefix}"
  location            = azurerm_resource_group.this.location
  resource_group_name = azurerm_resource_group.this.name
  address_space       = [var.address_space]
  tags                = local.tags
}

resource "azurerm_subnet" "this" {
  for_each = local.subnets

  name                              = "snet-\${each.key}"
  resource_group_name               = azurerm_resource_group.this.name
  virtual_network_name              = azurerm_virtual_network.this.name
  address_prefixes                  = each.value.address_prefixes
  service_endpoints                 = each.value.service_endpoints
  private_endpoint_network_policies = "Disabled"

  dynamic "delegation" {
    for_each = each.value.delegation == null ? [] : [each.value.delegation]
    content {
      name = "delegation"
      service_delegation {
        name    = delegation.value
        actions = ["Microsoft.Network/virtualNetworks/subnets/action"]
      }
    }
  }
}`);
  }

  if (want.nsg) {
    const rules = rng.sample([
      ['allow-https', 100, 'Inbound', 'Allow', 'Tcp', '443'],
      ['allow-http', 110, 'Inbound', 'Allow', 'Tcp', '80'],
      ['allow-ssh-bastion', 120, 'Inbound', 'Allow', 'Tcp', '22'],
      ['deny-smb', 200, 'Inbound', 'Deny', 'Tcp', '445'],
      ['deny-rdp', 210, 'Inbound', 'Deny', 'Tcp', '3389'],
    ], rng.int(2, 4));
    parts.push(`resource "azurerm_network_security_group" "app" {
  name                = "nsg-\${local.name_prefix}-app"
  location            = azurerm_resource_group.this.location
  resource_group_name = azurerm_resource_group.this.name
  tags                = local.tags

  dynamic "security_rule" {
    for_each = {
${rules.map(([n, p, d, a, proto, port]) => `      "${n}" = { priority = ${p}, direction = "${d}", access = "${a}", protocol = "${proto}", port = "${port}" }`).join('\n')}
    }
    content {
      name                       = security_rule.key
      priority                   = security_rule.value.priority
      direction                  = security_rule.value.direction
      access                     = security_rule.value.access
      protocol                   = security_rule.value.protocol
      source_port_range          = "*"
      destination_port_range     = security_rule.value.port
      source_address_prefix      = "*"
      destination_address_prefix = "VirtualNetwork"
    }
  }
}

resource "azurerm_subnet_network_security_group_association" "app" {
  subnet_id                 = azurerm_subnet.this["app"].id
  network_security_group_id = azurerm_network_security_group.app.id
}`);
  }

  if (ctx.calls.storage) {
    parts.push(`module "storage" {
  source              = "../../../modules/${ctx.calls.storage}"
  name                = substr("st\${local.compact}", 0, 24)
  location            = azurerm_resource_group.this.location
  resource_group_name = azurerm_resource_group.this.name
  containers          = var.containers
  replication_type    = var.environment == "prod" ? "GRS" : "LRS"
  allowed_ip_ranges   = var.allowed_ip_ranges
  tags                = local.tags
}`);
  } else if (want.storage) {
    parts.push(`resource "azurerm_storage_account" "data" {
  name                            = substr("st\${local.compact}", 0, 24)
  resource_group_name             = azurerm_resource_group.this.name
  location                        = azurerm_resource_group.this.location
  account_tier                    = "Standard"
  account_replication_type        = var.environment == "prod" ? "GRS" : "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  shared_access_key_enabled       = false
  tags                            = local.tags

  blob_properties {
    versioning_enabled = true

    delete_retention_policy {
      days = ${rng.pick([7, 14, 30])}
    }
  }

  network_rules {
    default_action = "Deny"
    bypass         = ["AzureServices"]
    ip_rules       = [for r in var.allowed_ip_ranges : trimsuffix(r, "/32")]
  }
}

resource "azurerm_storage_container" "data" {
  for_each = toset(var.containers)

  name                  = each.key
  storage_account_id    = azurerm_storage_account.data.id
  container_access_type = "private"
}`);
  }

  if (ctx.calls.keyvault) {
    parts.push(`module "key_vault" {
  source              = "../../../modules/${ctx.calls.keyvault}"
  name                = substr("kv-\${local.name_prefix}", 0, 24)
  location            = azurerm_resource_group.this.location
  resource_group_name = azurerm_resource_group.this.name
  tenant_id           = data.azurerm_client_config.current.tenant_id
  readers             = [data.azurerm_client_config.current.object_id]
  tags                = local.tags
}`);
  }
  if (want.keyVault) {
    parts.push(`resource "azurerm_key_vault" "this" {
  name                          = substr("kv-\${local.name_prefix}", 0, 24)
  location                      = azurerm_resource_group.this.location
  resource_group_name           = azurerm_resource_group.this.name
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  rbac_authorization_enabled    = true
  purge_protection_enabled      = var.environment == "prod"
  soft_delete_retention_days    = 90
  public_network_access_enabled = false
  tags                          = local.tags

  network_acls {
    default_action = "Deny"
    bypass         = "AzureServices"
    ip_rules       = var.allowed_ip_ranges
  }
}

resource "azurerm_role_assignment" "deployer_secrets" {
  scope                = azurerm_key_vault.this.id
  role_definition_name = "Key Vault Secrets Officer"
  principal_id         = data.azurerm_client_config.current.object_id
}`);
  }

  if (ctx.calls.appservice) {
    parts.push(`module "app" {
  source              = "../../../modules/${ctx.calls.appservice}"
  name                = local.name_prefix
  location            = azurerm_resource_group.this.location
  resource_group_name = azurerm_resource_group.this.name
  sku_name            = var.sku.app_service
  app_settings        = var.app_settings
  tags                = local.tags
}`);
  } else if (want.app) {
    parts.push(`resource "azurerm_service_plan" "this" {
  name                = "asp-\${local.name_prefix}"
  location            = azurerm_resource_group.this.location
  resource_group_name = azurerm_resource_group.this.name
  os_type             = "Linux"
  sku_name            = var.sku.app_service
  tags                = local.tags
}

resource "azurerm_linux_web_app" "this" {
  name                      = "app-\${local.name_prefix}"
  location                  = azurerm_resource_group.this.location
  resource_group_name       = azurerm_resource_group.this.name
  service_plan_id           = azurerm_service_plan.this.id
  https_only                = true
  virtual_network_subnet_id = ${subnetRef(ctx, 'app')}
  tags                      = local.tags

  identity {
    type = "SystemAssigned"
  }

  site_config {
    always_on           = var.environment == "prod"
    minimum_tls_version = "1.2"
    ftps_state          = "Disabled"

    application_stack {
      docker_image_name   = "${ctx.service}/api:${rng.int(1, 9)}.${rng.int(0, 30)}.${rng.int(0, 99)}"
      docker_registry_url = "https://mcr.microsoft.com"
    }
  }

  app_settings = merge(var.app_settings, {
    SERVICE_NAME = var.service
    ENVIRONMENT  = upper(var.environment)
  })
}`);
  }

  if (want.logs) {
    parts.push(`resource "azurerm_log_analytics_workspace" "this" {
  name                = "log-\${local.name_prefix}"
  location            = azurerm_resource_group.this.location
  resource_group_name = azurerm_resource_group.this.name
  sku                 = "PerGB2018"
  retention_in_days   = var.environment == "prod" ? 90 : 30
  tags                = local.tags
}${want.keyVault ? `

resource "azurerm_monitor_diagnostic_setting" "key_vault" {
  count = var.enable_diagnostics ? 1 : 0

  name                       = "diag-kv"
  target_resource_id         = azurerm_key_vault.this.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.this.id

  enabled_log {
    category_group = "audit"
  }

  metric {
    category = "AllMetrics"
  }
}` : ''}`);
  }

  if (child && !child.registry) {
    parts.push(`module "worker" {
  source              = "./${child.name}"
  name                = "\${local.name_prefix}-worker"
  location            = azurerm_resource_group.this.location
  resource_group_name = azurerm_resource_group.this.name
  subnet_id           = ${subnetRef(ctx, 'app')}
  image               = "${ctx.service}/worker:${rng.int(1, 5)}.${rng.int(0, 20)}"
  tags                = local.tags
}`);
  }
  if (child?.registry) {
    parts.push(`module "registry" {
  source              = "./${child.name}"
  name                = "acr\${local.compact}"
  location            = azurerm_resource_group.this.location
  resource_group_name = azurerm_resource_group.this.name
  subnet_id           = ${subnetRef(ctx, 'pe')}
  cache_rules         = local.registry_cache_rules
  tags                = local.tags
}`);
  }
  return parts.join('\n\n') + '\n';
}

function subnetRef(ctx, key) {
  return ctx.calls.network ? `module.network.subnet_ids["${key}"]` : `azurerm_subnet.this["${key}"].id`;
}

function rootOutputsTf(ctx, want, registry, child) {
  const outs = [
    ['resource_group_name', 'azurerm_resource_group.this.name', 'Name of the resource group.'],
    ['location', 'azurerm_resource_group.this.location', null],
    ['vnet_id', ctx.calls.network ? 'module.network.vnet_id' : 'azurerm_virtual_network.this.id', 'Id of the virtual network.'],
  ];
  if (ctx.calls.storage) outs.push(['storage_account_id', 'module.storage.id', null]);
  else if (want.storage) outs.push(['storage_account_id', 'azurerm_storage_account.data.id', null], ['container_ids', '{ for k, c in azurerm_storage_container.data : k => c.id }', null]);
  if (want.keyVault) outs.push(['key_vault_uri', 'azurerm_key_vault.this.vault_uri', 'URI of the key vault.']);
  if (ctx.calls.keyvault) outs.push(['shared_key_vault_id', 'module.key_vault.id', null]);
  if (want.app) outs.push(['app_hostname', 'azurerm_linux_web_app.this.default_hostname', null], ['app_principal_id', 'azurerm_linux_web_app.this.identity[0].principal_id', null]);
  if (ctx.calls.appservice) outs.push(['app_hostname', 'module.app.default_hostname', null]);
  if (registry) outs.push(['registry_login_server', 'azurerm_container_registry.acr.login_server', 'Login server of the registry.']);
  if (child?.registry) outs.push(['registry_id', 'module.registry.id', null]);
  return outs
    .map(([name, value, description]) => `output "${name}" {\n${description ? `  description = "${description}"\n` : ''}  value       = ${value}\n}`)
    .join('\n\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// The locked-down registry

/** The registry of a root module, with its cache rules, credential set and private endpoint. */
function rootRegistryTf(ctx, spec) {
  return registryBlocks(spec, {
    name: '"acr${local.compact}"',
    rg: 'azurerm_resource_group.this.name',
    location: 'azurerm_resource_group.this.location',
    subnet: subnetRef(ctx, 'pe'),
    tags: 'local.tags',
    rulesExpr: 'local.cache_rules',
    keyVault: 'azurerm_key_vault.this',
    geo: spec.geo ? REGIONS.find((r) => r !== ctx.region) : undefined,
  });
}

function registryBlocks(spec, at) {
  const parts = [];
  parts.push(`# Locked down: reachable only through the private endpoint below.
resource "azurerm_container_registry" "acr" {
  name                          = ${at.name}
  resource_group_name           = ${at.rg}
  location                      = ${at.location}
  sku                           = "Premium"
  admin_enabled                 = false
  public_network_access_enabled = false
  network_rule_bypass_option    = "None"
  zone_redundancy_enabled       = true
  tags                          = ${at.tags}
${at.geo ? `
  georeplications {
    location                = "${at.geo}"
    zone_redundancy_enabled = true
  }
` : ''}
  identity {
    type = "SystemAssigned"
  }
}`);

  if (spec.dockerHub) {
    parts.push(`resource "azurerm_key_vault_secret" "dockerhub_user" {
  name         = "dockerhub-user"
  value        = "platform-bot"
  key_vault_id = ${at.keyVault}.id
}

resource "azurerm_key_vault_secret" "dockerhub_token" {
  name         = "dockerhub-token"
  value        = "replaced-by-pipeline"
  key_vault_id = ${at.keyVault}.id
}

resource "azurerm_container_registry_credential_set" "dockerhub" {
  name                  = "dockerhub"
  container_registry_id = azurerm_container_registry.acr.id
  login_server          = "docker.io"

  identity {
    type = "SystemAssigned"
  }

  authentication_credentials {
    username_secret_id = azurerm_key_vault_secret.dockerhub_user.versionless_id
    password_secret_id = azurerm_key_vault_secret.dockerhub_token.versionless_id
  }
}

resource "azurerm_role_assignment" "dockerhub_secrets" {
  scope                = ${at.keyVault}.id
  role_definition_name = "Key Vault Secrets User"
  principal_id         = azurerm_container_registry_credential_set.dockerhub.identity[0].principal_id
}`);
  }

  if (spec.forEach) {
    parts.push(`resource "azurerm_container_registry_cache_rule" "this" {
  for_each = ${at.rulesExpr}

  name                  = each.key
  container_registry_id = azurerm_container_registry.acr.id
  source_repo           = each.value.source
  target_repo           = each.value.target
${spec.dockerHub ? '  credential_set_id     = each.value.dockerhub ? azurerm_container_registry_credential_set.dockerhub.id : null\n' : ''}}`);
  } else {
    for (const rule of spec.rules) {
      parts.push(`resource "azurerm_container_registry_cache_rule" "${rule.key.replace(/-/g, '_')}" {
  name                  = "${rule.key}"
  container_registry_id = azurerm_container_registry.acr.id
  source_repo           = "${rule.source}"
  target_repo           = "${rule.target}"${rule.dockerHub ? '\n  credential_set_id     = azurerm_container_registry_credential_set.dockerhub.id' : ''}
}`);
    }
  }

  parts.push(`resource "azurerm_private_endpoint" "acr" {
  name                = "pe-\${azurerm_container_registry.acr.name}"
  location            = ${at.location}
  resource_group_name = ${at.rg}
  subnet_id           = ${at.subnet}
  tags                = ${at.tags}

  private_service_connection {
    name                           = "psc-\${azurerm_container_registry.acr.name}"
    private_connection_resource_id = azurerm_container_registry.acr.id
    subresource_names              = ["registry"]
    is_manual_connection           = false
  }

  private_dns_zone_group {
    name                 = "acr"
    private_dns_zone_ids = ["/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/privatelink.azurecr.io"]
  }
}`);
  return parts.join('\n\n') + '\n';
}

/** A child module holding only the registry; its root calls it once. */
function registryChildModule(spec) {
  const variables = `variable "name" {
  type        = string
  description = "Registry name (alphanumeric, globally unique)."
}

variable "location" {
  type = string
}

variable "resource_group_name" {
  type = string
}

variable "subnet_id" {
  type        = string
  description = "Subnet for the registry's private endpoint."
}

variable "cache_rules" {
  type = map(object({
    source    = string
    target    = string
    dockerhub = optional(bool, false)
  }))
  default = {}
}

variable "tags" {
  type    = map(string)
  default = {}
}
`;
  const keyVault = spec.dockerHub
    ? `data "azurerm_client_config" "current" {}

resource "azurerm_key_vault" "registry" {
  name                          = substr("kv-\${var.name}", 0, 24)
  location                      = var.location
  resource_group_name           = var.resource_group_name
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  rbac_authorization_enabled    = true
  public_network_access_enabled = false
  tags                          = var.tags
}

`
    : '';
  const main = keyVault + registryBlocks(spec, {
    name: 'var.name',
    rg: 'var.resource_group_name',
    location: 'var.location',
    subnet: 'var.subnet_id',
    tags: 'var.tags',
    rulesExpr: 'var.cache_rules',
    keyVault: 'azurerm_key_vault.registry',
  });
  const outputs = `output "id" {
  value = azurerm_container_registry.acr.id
}

output "login_server" {
  value = azurerm_container_registry.acr.login_server
}

output "cache_rule_ids" {
  value = ${spec.forEach ? '{ for k, r in azurerm_container_registry_cache_rule.this : k => r.id }' : `[${spec.rules.map((r) => `azurerm_container_registry_cache_rule.${r.key.replace(/-/g, '_')}.id`).join(', ')}]`}
}
`;
  return { 'variables.tf': variables, 'main.tf': main, 'outputs.tf': outputs };
}

/** A child module with a container app worker; its root calls it once. */
function appChildModule(rng) {
  return {
    'variables.tf': `variable "name" {
  type = string
}

variable "location" {
  type = string
}

variable "resource_group_name" {
  type = string
}

variable "subnet_id" {
  type = string
}

variable "image" {
  type = string
}

variable "replicas" {
  type    = number
  default = ${rng.int(1, 3)}
}

variable "tags" {
  type    = map(string)
  default = {}
}
`,
    'main.tf': `resource "azurerm_log_analytics_workspace" "worker" {
  name                = "log-\${var.name}"
  location            = var.location
  resource_group_name = var.resource_group_name
  sku                 = "PerGB2018"
  retention_in_days   = 30
  tags                = var.tags
}

resource "azurerm_container_app_environment" "worker" {
  name                       = "cae-\${var.name}"
  location                   = var.location
  resource_group_name        = var.resource_group_name
  log_analytics_workspace_id = azurerm_log_analytics_workspace.worker.id
  infrastructure_subnet_id   = var.subnet_id
  tags                       = var.tags
}

resource "azurerm_container_app" "worker" {
  name                         = "ca-\${var.name}"
  container_app_environment_id = azurerm_container_app_environment.worker.id
  resource_group_name          = var.resource_group_name
  revision_mode                = "Single"
  tags                         = var.tags

  template {
    min_replicas = var.replicas
    max_replicas = var.replicas * ${rng.int(2, 5)}

    container {
      name   = "worker"
      image  = "mcr.microsoft.com/\${var.image}"
      cpu    = ${rng.pick(['0.25', '0.5', '1.0'])}
      memory = "${rng.pick(['0.5Gi', '1Gi', '2Gi'])}"

      env {
        name  = "QUEUE_NAME"
        value = "\${var.name}-jobs"
      }
    }
  }
}
`,
    'outputs.tf': `output "id" {
  value = azurerm_container_app.worker.id
}

output "fqdn" {
  value = azurerm_container_app.worker.latest_revision_fqdn
}
`,
  };
}

// ---------------------------------------------------------------------------------------------
// Shared modules

function sharedModule(kind, rng) {
  const common = `variable "name" {
  type        = string
  description = "Base name of the resources."
}

variable "location" {
  type = string
}

variable "resource_group_name" {
  type = string
}

variable "tags" {
  type    = map(string)
  default = {}
}
`;
  const files = SHARED[kind](rng, common);
  if (rng.chance(0.5)) {
    files['versions.tf'] = `terraform {
  required_version = ">= 1.6.0"

  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = ">= 4.0, < 5.0"
    }
  }
}
`;
  }
  return files;
}

const SHARED = {
  network: (rng, common) => ({
    'variables.tf': `${common}
variable "address_space" {
  type = list(string)
}

variable "subnets" {
  type = map(object({
    address_prefixes  = list(string)
    service_endpoints = optional(list(string), [])
    delegation        = optional(string)
  }))
}

variable "dns_servers" {
  type    = list(string)
  default = []
}
`,
    'main.tf': `resource "azurerm_virtual_network" "this" {
  name                = "vnet-\${var.name}"
  location            = var.location
  resource_group_name = var.resource_group_name
  address_space       = var.address_space
  dns_servers         = var.dns_servers
  tags                = var.tags
}

resource "azurerm_subnet" "this" {
  for_each = var.subnets

  name                              = "snet-\${each.key}"
  resource_group_name               = var.resource_group_name
  virtual_network_name              = azurerm_virtual_network.this.name
  address_prefixes                  = each.value.address_prefixes
  service_endpoints                 = each.value.service_endpoints
  private_endpoint_network_policies = "Disabled"

  dynamic "delegation" {
    for_each = each.value.delegation == null ? [] : [each.value.delegation]
    content {
      name = "delegation"
      service_delegation {
        name    = delegation.value
        actions = ["Microsoft.Network/virtualNetworks/subnets/action"]
      }
    }
  }
}

resource "azurerm_network_security_group" "this" {
  for_each = var.subnets

  name                = "nsg-\${var.name}-\${each.key}"
  location            = var.location
  resource_group_name = var.resource_group_name
  tags                = var.tags

  security_rule {
    name                       = "deny-internet-inbound"
    priority                   = ${rng.int(3000, 4000)}
    direction                  = "Inbound"
    access                     = "Deny"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }
}

resource "azurerm_subnet_network_security_group_association" "this" {
  for_each = var.subnets

  subnet_id                 = azurerm_subnet.this[each.key].id
  network_security_group_id = azurerm_network_security_group.this[each.key].id
}
`,
    'outputs.tf': `output "vnet_id" {
  value = azurerm_virtual_network.this.id
}

output "subnet_ids" {
  value = { for k, s in azurerm_subnet.this : k => s.id }
}
`,
  }),

  storage: (rng, common) => ({
    'variables.tf': `${common}
variable "containers" {
  type    = list(string)
  default = []
}

variable "replication_type" {
  type    = string
  default = "LRS"
}

variable "allowed_ip_ranges" {
  type    = list(string)
  default = []
}
`,
    'main.tf': `resource "azurerm_storage_account" "this" {
  name                            = var.name
  resource_group_name             = var.resource_group_name
  location                        = var.location
  account_tier                    = "Standard"
  account_kind                    = "StorageV2"
  account_replication_type        = var.replication_type
  min_tls_version                 = "TLS1_2"
  https_traffic_only_enabled      = true
  allow_nested_items_to_be_public = false
  tags                            = var.tags

  blob_properties {
    versioning_enabled  = true
    change_feed_enabled = ${rng.chance(0.5)}

    container_delete_retention_policy {
      days = ${rng.pick([7, 14])}
    }
  }

  network_rules {
    default_action = "Deny"
    bypass         = ["AzureServices", "Logging", "Metrics"]
    ip_rules       = [for r in var.allowed_ip_ranges : trimsuffix(r, "/32")]
  }
}

resource "azurerm_storage_container" "this" {
  for_each = toset(var.containers)

  name                  = each.value
  storage_account_id    = azurerm_storage_account.this.id
  container_access_type = "private"
}

resource "azurerm_storage_management_policy" "this" {
  storage_account_id = azurerm_storage_account.this.id

  rule {
    name    = "tiering"
    enabled = true
    filters {
      blob_types = ["blockBlob"]
    }
    actions {
      base_blob {
        tier_to_cool_after_days_since_modification_greater_than    = ${rng.pick([30, 60])}
        tier_to_archive_after_days_since_modification_greater_than = ${rng.pick([180, 365])}
      }
    }
  }
}
`,
    'outputs.tf': `output "id" {
  value = azurerm_storage_account.this.id
}

output "primary_blob_endpoint" {
  value = azurerm_storage_account.this.primary_blob_endpoint
}
`,
  }),

  keyvault: (rng, common) => ({
    'variables.tf': `${common}
variable "tenant_id" {
  type    = string
  default = "${TENANT}"
}

variable "readers" {
  type        = list(string)
  description = "Object ids that may read secrets."
  default     = []
}
`,
    'main.tf': `resource "azurerm_key_vault" "this" {
  name                       = var.name
  location                   = var.location
  resource_group_name        = var.resource_group_name
  tenant_id                  = var.tenant_id
  sku_name                   = "${rng.pick(['standard', 'premium'])}"
  rbac_authorization_enabled = true
  purge_protection_enabled   = true
  soft_delete_retention_days = ${rng.pick([30, 90])}
  tags                       = var.tags

  network_acls {
    default_action = "Deny"
    bypass         = "AzureServices"
  }
}

resource "azurerm_role_assignment" "readers" {
  for_each = toset(var.readers)

  scope                = azurerm_key_vault.this.id
  role_definition_name = "Key Vault Secrets User"
  principal_id         = each.value
}
`,
    'outputs.tf': `output "id" {
  value = azurerm_key_vault.this.id
}

output "vault_uri" {
  value = azurerm_key_vault.this.vault_uri
}
`,
  }),

  appservice: (rng, common) => ({
    'variables.tf': `${common}
variable "sku_name" {
  type    = string
  default = "P1v3"
}

variable "app_settings" {
  type    = map(string)
  default = {}
}

variable "health_check_path" {
  type    = string
  default = "${rng.pick(['/healthz', '/health', '/ready'])}"
}
`,
    'main.tf': `resource "azurerm_service_plan" "this" {
  name                = "asp-\${var.name}"
  location            = var.location
  resource_group_name = var.resource_group_name
  os_type             = "Linux"
  sku_name            = var.sku_name
  tags                = var.tags
}

resource "azurerm_linux_web_app" "this" {
  name                = "app-\${var.name}"
  location            = var.location
  resource_group_name = var.resource_group_name
  service_plan_id     = azurerm_service_plan.this.id
  https_only          = true
  tags                = var.tags

  identity {
    type = "SystemAssigned"
  }

  site_config {
    always_on                         = startswith(var.sku_name, "P")
    health_check_path                 = var.health_check_path
    health_check_eviction_time_in_min = 5
    minimum_tls_version               = "1.2"
  }

  app_settings = merge({
    WEBSITE_RUN_FROM_PACKAGE = "1"
  }, var.app_settings)
}
`,
    'outputs.tf': `output "default_hostname" {
  value = azurerm_linux_web_app.this.default_hostname
}

output "principal_id" {
  value = azurerm_linux_web_app.this.identity[0].principal_id
}
`,
  }),
};
