/**
 * Generates, deterministically, the `terraform show -json` output (format 1.2) of a plan that
 * creates a platform team's registries: one `module "registries_<region>"` call per region, each
 * `for_each` over that region's teams, with a locked-down Premium registry
 * (public_network_access_enabled = false, network_rule_bypass_option = "None" from the module's
 * variable default), 2–4 Artifact Cache rules (`for_each = var.cache_rules`), a Docker Hub
 * credential set with its Key Vault role assignment when a rule needs one (`count`), and a private
 * endpoint. The document has what Terraform writes: planned_values, resource_changes (after,
 * after_unknown, after_sensitive), prior_state, configuration (expressions with references,
 * module calls), relevant_attributes, output_changes. Like `terraform show -json`, it is written
 * on one line.
 */
import { writeFileSync } from 'node:fs';
import { CACHE_RULES, REGIONS, SERVICES, SHORT_REGION, SUBSCRIPTION, TENANT } from './catalog.mjs';
import { prng } from './prng.mjs';

const AZURERM = 'registry.terraform.io/hashicorp/azurerm';
const TF_VERSION = '1.9.8';
const RG = `/subscriptions/${SUBSCRIPTION}/resourceGroups`;

/**
 * @param {string} file  where to write the plan
 * @param {{ registries: number, seed: number, otherResources?: number }} options  `otherResources`:
 *   storage accounts of the rest of an estate, which no rule reads, added to the plan's changes
 * @returns {{ file: string, bytes: number, registries: number, cacheRules: number, resourceChanges: number }}
 */
export function generatePlan(file, { registries, seed, otherResources = 0 }) {
  const rng = prng(seed);
  const regions = REGIONS.slice(0, Math.max(1, Math.min(REGIONS.length, Math.ceil(registries / 500))));
  const perRegion = Math.ceil(registries / regions.length);

  const rootResources = platformResources();
  const changes = rootResources.map((r) => r.change);
  const childModules = [];
  const relevant = [];
  let made = 0;
  let cacheRules = 0;
  for (const region of regions) {
    const short = SHORT_REGION[region];
    const teams = {};
    for (let t = 0; t < perRegion && made < registries; t++, made++) {
      const team = `${SERVICES[t % SERVICES.length]}-${String(Math.floor(t / SERVICES.length)).padStart(2, '0')}`;
      const rules = rng.sample(CACHE_RULES, rng.int(2, 4));
      teams[team] = { rules, sku: 'Premium', geo: rng.chance(0.2) ? REGIONS.find((r) => r !== region) : null };
      const instance = registryInstance(rng, `module.registries_${short}[${JSON.stringify(team)}]`, region, short, team, teams[team]);
      childModules.push({ address: instance.moduleAddress, resources: instance.resources.map((r) => r.planned) });
      changes.push(...instance.resources.map((r) => r.change));
      relevant.push({ resource: `${instance.moduleAddress}.azurerm_container_registry.this`, attribute: ['id'] });
      if (instance.dockerHub) relevant.push({ resource: `${instance.moduleAddress}.azurerm_container_registry_credential_set.dockerhub[0]`, attribute: ['id'] });
      cacheRules += rules.length;
    }
  }

  for (let i = 0; i < otherResources; i++) changes.push(storageAccount(i).change);

  const document = {
    format_version: '1.2',
    terraform_version: TF_VERSION,
    variables: {
      environment: { value: 'prod' },
      subscription_id: { value: SUBSCRIPTION },
    },
    planned_values: {
      outputs: { registry_ids: { sensitive: false }, hub_vnet_id: { sensitive: false } },
      root_module: { resources: rootResources.map((r) => r.planned), child_modules: childModules },
    },
    resource_changes: changes,
    output_changes: {
      hub_vnet_id: { actions: ['create'], before: null, after_unknown: true, before_sensitive: false, after_sensitive: false },
      registry_ids: { actions: ['create'], before: null, after_unknown: true, before_sensitive: false, after_sensitive: false },
    },
    prior_state: {
      format_version: '1.0',
      terraform_version: TF_VERSION,
      values: {
        root_module: {
          resources: [
            {
              address: 'data.azurerm_client_config.current',
              mode: 'data',
              type: 'azurerm_client_config',
              name: 'current',
              provider_name: AZURERM,
              schema_version: 0,
              values: { client_id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46', id: 'Y2xpZW50Q29uZmlncy9jbGllbnRJZD0wNGIwNzc5NQ==', object_id: 'a1b2c3d4-0000-4000-8000-00000000beef', subscription_id: SUBSCRIPTION, tenant_id: TENANT, timeouts: null },
              sensitive_values: {},
            },
          ],
        },
      },
    },
    configuration: configuration(regions),
    relevant_attributes: relevant,
    timestamp: '2026-08-24T09:12:41Z',
    applyable: true,
    complete: true,
    errored: false,
  };
  const text = JSON.stringify(document) + '\n';
  writeFileSync(file, text);
  return { file, bytes: Buffer.byteLength(text), registries: made, cacheRules, resourceChanges: changes.length };
}

/** One resource as planned_values and resource_changes show it. */
function resource({ address, moduleAddress, type, name, index, after, afterUnknown, afterSensitive = {}, schemaVersion = 0 }) {
  const common = {
    address,
    ...(moduleAddress ? { module_address: moduleAddress } : {}),
    mode: 'managed',
    type,
    name,
    ...(index !== undefined ? { index } : {}),
    provider_name: AZURERM,
  };
  return {
    planned: { address, mode: 'managed', type, name, ...(index !== undefined ? { index } : {}), provider_name: AZURERM, schema_version: schemaVersion, values: after, sensitive_values: afterSensitive },
    change: { ...common, change: { actions: ['create'], before: null, after, after_unknown: afterUnknown, before_sensitive: false, after_sensitive: afterSensitive } },
  };
}

const TAGS = { environment: 'prod', managed_by: 'terraform', owner: 'platform', repository: 'platform-infra' };

/** A storage account of the rest of the estate, `azurerm_storage_account.estate["st…"]`, as azurerm plans one. */
function storageAccount(i) {
  const key = `st${String(i).padStart(6, '0')}`;
  return resource({
    address: `azurerm_storage_account.estate[${JSON.stringify(key)}]`,
    type: 'azurerm_storage_account',
    name: 'estate',
    index: key,
    after: {
      access_tier: 'Hot', account_kind: 'StorageV2', account_replication_type: 'ZRS', account_tier: 'Standard', allow_nested_items_to_be_public: false,
      allowed_copy_scope: null, azure_files_authentication: [], blob_properties: [{ change_feed_enabled: false, container_delete_retention_policy: [{ days: 7 }], cors_rule: [], delete_retention_policy: [{ days: 7, permanent_delete_enabled: false }], last_access_time_enabled: false, restore_policy: [], versioning_enabled: true }],
      cross_tenant_replication_enabled: false, custom_domain: [], customer_managed_key: [], default_to_oauth_authentication: true, edge_zone: null, https_traffic_only_enabled: true, identity: [], immutability_policy: [],
      infrastructure_encryption_enabled: true, is_hns_enabled: false, large_file_share_enabled: null, local_user_enabled: false, location: 'westeurope', min_tls_version: 'TLS1_2', name: key, network_rules: [{ bypass: ['AzureServices'], default_action: 'Deny', ip_rules: [], private_link_access: [], virtual_network_subnet_ids: [] }],
      nfsv3_enabled: false, public_network_access_enabled: false, queue_encryption_key_type: 'Service', resource_group_name: 'rg-estate', routing: [], sas_policy: [], sftp_enabled: false, share_properties: [], shared_access_key_enabled: false, static_website: [], table_encryption_key_type: 'Service', tags: TAGS, timeouts: null,
    },
    afterUnknown: { id: true, primary_access_key: true, primary_blob_endpoint: true, primary_connection_string: true, secondary_access_key: true, secondary_blob_endpoint: true, secondary_connection_string: true, tags: {} },
    afterSensitive: { primary_access_key: true, primary_connection_string: true, secondary_access_key: true, secondary_connection_string: true, tags: {} },
  });
}

function platformResources() {
  return [
    resource({
      address: 'azurerm_resource_group.platform',
      type: 'azurerm_resource_group',
      name: 'platform',
      after: { location: 'westeurope', managed_by: null, name: 'rg-platform-registries', tags: TAGS, timeouts: null },
      afterUnknown: { id: true, tags: {} },
      afterSensitive: { tags: {} },
    }),
    resource({
      address: 'azurerm_virtual_network.hub',
      type: 'azurerm_virtual_network',
      name: 'hub',
      after: { address_space: ['10.0.0.0/16'], bgp_community: null, ddos_protection_plan: [], dns_servers: [], edge_zone: null, encryption: [], flow_timeout_in_minutes: null, location: 'westeurope', name: 'vnet-hub-weu', private_endpoint_vnet_policies: 'Disabled', resource_group_name: 'rg-platform-registries', tags: TAGS, timeouts: null },
      afterUnknown: { address_space: [false], ddos_protection_plan: [], dns_servers: [], encryption: [], guid: true, id: true, subnet: true, tags: {} },
      afterSensitive: { address_space: [], ddos_protection_plan: [], dns_servers: [], encryption: [], subnet: [], tags: {} },
    }),
    resource({
      address: 'azurerm_subnet.pe',
      type: 'azurerm_subnet',
      name: 'pe',
      after: { address_prefixes: ['10.0.8.0/21'], default_outbound_access_enabled: true, delegation: [], name: 'snet-private-endpoints', private_endpoint_network_policies: 'Disabled', private_link_service_network_policies_enabled: true, resource_group_name: 'rg-platform-registries', service_endpoint_policy_ids: null, service_endpoints: null, sharing_scope: null, timeouts: null, virtual_network_name: 'vnet-hub-weu' },
      afterUnknown: { address_prefixes: [false], delegation: [], id: true },
      afterSensitive: { address_prefixes: [], delegation: [] },
    }),
    resource({
      address: 'azurerm_private_dns_zone.acr',
      type: 'azurerm_private_dns_zone',
      name: 'acr',
      after: { name: 'privatelink.azurecr.io', resource_group_name: 'rg-platform-registries', tags: TAGS, timeouts: null },
      afterUnknown: { id: true, max_number_of_record_sets: true, max_number_of_virtual_network_links: true, max_number_of_virtual_network_links_with_registration: true, number_of_record_sets: true, soa_record: true, tags: {} },
      afterSensitive: { soa_record: [], tags: {} },
    }),
    resource({
      address: 'azurerm_key_vault.platform',
      type: 'azurerm_key_vault',
      name: 'platform',
      schemaVersion: 2,
      after: { enable_rbac_authorization: true, enabled_for_deployment: false, enabled_for_disk_encryption: false, enabled_for_template_deployment: false, location: 'westeurope', name: 'kv-platform-registries', network_acls: [{ bypass: 'AzureServices', default_action: 'Deny', ip_rules: null, virtual_network_subnet_ids: null }], public_network_access_enabled: false, purge_protection_enabled: true, resource_group_name: 'rg-platform-registries', sku_name: 'standard', soft_delete_retention_days: 90, tags: TAGS, tenant_id: TENANT, timeouts: null },
      afterUnknown: { access_policy: true, contact: true, id: true, network_acls: [{}], rbac_authorization_enabled: true, tags: {}, vault_uri: true },
      afterSensitive: { access_policy: [], contact: [], network_acls: [{}], tags: {} },
    }),
    ...['user', 'token'].map((what) =>
      resource({
        address: `azurerm_key_vault_secret.dockerhub_${what}`,
        type: 'azurerm_key_vault_secret',
        name: `dockerhub_${what}`,
        after: { content_type: null, expiration_date: null, name: `dockerhub-${what}`, not_before_date: null, tags: null, timeouts: null, value: 'sensitive', value_wo: null, value_wo_version: null },
        afterUnknown: { id: true, key_vault_id: true, resource_id: true, resource_versionless_id: true, version: true, versionless_id: true },
        afterSensitive: { value: true, value_wo: true },
      }),
    ),
  ];
}

/** The resources of one `module.registries_<region>["<team>"]` instance. */
function registryInstance(rng, moduleAddress, region, short, team, spec) {
  const name = `acr${team.replace(/-/g, '')}${short}`;
  const dockerHub = spec.rules.some((r) => r.dockerHub);
  const at = (local) => `${moduleAddress}.${local}`;
  const resources = [];
  resources.push(
    resource({
      address: at('azurerm_container_registry.this'),
      moduleAddress,
      type: 'azurerm_container_registry',
      name: 'this',
      schemaVersion: 2,
      after: {
        admin_enabled: false,
        anonymous_pull_enabled: null,
        azuread_authentication_as_arm_policy_enabled: true,
        data_endpoint_enabled: null,
        export_policy_enabled: true,
        georeplications: spec.geo ? [{ location: spec.geo, regional_endpoint_enabled: false, tags: null, zone_redundancy_enabled: true }] : [],
        identity: [{ identity_ids: null, type: 'SystemAssigned' }],
        location: region,
        name,
        network_rule_bypass_for_tasks_enabled: false,
        network_rule_bypass_option: 'None',
        public_network_access_enabled: false,
        quarantine_policy_enabled: null,
        resource_group_name: 'rg-platform-registries',
        retention_policy_in_days: rng.pick([null, 7, 30]),
        role_assignment_mode: 'LegacyRegistryPermissions',
        sku: spec.sku,
        tags: { ...TAGS, team },
        timeouts: null,
        trust_policy_enabled: false,
        zone_redundancy_enabled: true,
      },
      afterUnknown: {
        admin_password: true,
        admin_username: true,
        data_endpoint_host_names: true,
        encryption: true,
        georeplications: spec.geo ? [{}] : [],
        id: true,
        identity: [{ principal_id: true, tenant_id: true }],
        login_server: true,
        network_rule_set: true,
        tags: {},
      },
      afterSensitive: { admin_password: true, data_endpoint_host_names: [], encryption: [], georeplications: spec.geo ? [{}] : [], identity: [{}], network_rule_set: [], tags: {} },
    }),
  );
  if (dockerHub) {
    resources.push(
      resource({
        address: at('azurerm_container_registry_credential_set.dockerhub[0]'),
        moduleAddress,
        type: 'azurerm_container_registry_credential_set',
        name: 'dockerhub',
        index: 0,
        after: { authentication_credentials: [{}], identity: [{ type: 'SystemAssigned' }], login_server: 'docker.io', name: 'dockerhub', timeouts: null },
        afterUnknown: { authentication_credentials: [{ password_secret_id: true, username_secret_id: true }], container_registry_id: true, id: true, identity: [{ principal_id: true, tenant_id: true }] },
        afterSensitive: { authentication_credentials: [{}], identity: [{}] },
      }),
      resource({
        address: at('azurerm_role_assignment.credential_set_secrets[0]'),
        moduleAddress,
        type: 'azurerm_role_assignment',
        name: 'credential_set_secrets',
        index: 0,
        after: { condition: null, condition_version: null, delegated_managed_identity_resource_id: null, description: null, role_definition_name: 'Key Vault Secrets User', skip_service_principal_aad_check: false, timeouts: null },
        afterUnknown: { id: true, name: true, principal_id: true, principal_type: true, role_definition_id: true, scope: true },
      }),
    );
  }
  for (const rule of spec.rules) {
    resources.push(
      resource({
        address: at(`azurerm_container_registry_cache_rule.this[${JSON.stringify(rule.key)}]`),
        moduleAddress,
        type: 'azurerm_container_registry_cache_rule',
        name: 'this',
        index: rule.key,
        after: { ...(rule.dockerHub ? {} : { credential_set_id: null }), name: rule.key, source_repo: rule.source, target_repo: rule.target, timeouts: null },
        afterUnknown: { container_registry_id: true, ...(rule.dockerHub ? { credential_set_id: true } : {}), id: true },
      }),
    );
  }
  resources.push(
    resource({
      address: at('azurerm_private_endpoint.this'),
      moduleAddress,
      type: 'azurerm_private_endpoint',
      name: 'this',
      after: {
        custom_network_interface_name: `nic-pe-${name}`,
        edge_zone: null,
        ip_configuration: [],
        location: region,
        name: `pe-${name}`,
        private_dns_zone_group: [{ name: 'acr' }],
        private_service_connection: [{ is_manual_connection: false, name: `psc-${name}`, private_connection_resource_alias: null, request_message: null, subresource_names: ['registry'] }],
        resource_group_name: 'rg-platform-registries',
        tags: { ...TAGS, team },
        timeouts: null,
      },
      afterUnknown: {
        custom_dns_configs: true,
        id: true,
        ip_configuration: [],
        network_interface: true,
        private_dns_zone_configs: true,
        private_dns_zone_group: [{ id: true, private_dns_zone_ids: true }],
        private_service_connection: [{ private_connection_resource_id: true, private_ip_address: true, subresource_names: [false] }],
        subnet_id: true,
        tags: {},
      },
      afterSensitive: { custom_dns_configs: [], ip_configuration: [], network_interface: [], private_dns_zone_configs: [], private_dns_zone_group: [{ private_dns_zone_ids: [] }], private_service_connection: [{ subresource_names: [false] }], tags: {} },
    }),
  );
  return { moduleAddress, resources, dockerHub };
}

const refs = (...references) => ({ references });
const constant = (value) => ({ constant_value: value });

function configuration(regions) {
  const registryModule = {
    outputs: {
      id: { expression: refs('azurerm_container_registry.this.id', 'azurerm_container_registry.this') },
      login_server: { expression: refs('azurerm_container_registry.this.login_server', 'azurerm_container_registry.this') },
    },
    resources: [
      {
        address: 'azurerm_container_registry.this',
        mode: 'managed',
        type: 'azurerm_container_registry',
        name: 'this',
        provider_config_key: 'azurerm',
        expressions: {
          admin_enabled: constant(false),
          georeplications: [{ location: refs('var.geo_replica'), zone_redundancy_enabled: constant(true) }],
          identity: [{ type: constant('SystemAssigned') }],
          location: refs('var.location'),
          name: refs('var.name'),
          network_rule_bypass_option: refs('var.network_rule_bypass_option'),
          public_network_access_enabled: constant(false),
          resource_group_name: refs('var.resource_group_name'),
          retention_policy_in_days: refs('var.retention_days'),
          sku: refs('var.sku'),
          tags: refs('var.tags'),
          zone_redundancy_enabled: constant(true),
        },
        schema_version: 2,
      },
      {
        address: 'azurerm_container_registry_cache_rule.this',
        mode: 'managed',
        type: 'azurerm_container_registry_cache_rule',
        name: 'this',
        provider_config_key: 'azurerm',
        expressions: {
          container_registry_id: refs('azurerm_container_registry.this.id', 'azurerm_container_registry.this'),
          credential_set_id: refs('each.value.dockerhub', 'azurerm_container_registry_credential_set.dockerhub[0].id', 'azurerm_container_registry_credential_set.dockerhub[0]', 'azurerm_container_registry_credential_set.dockerhub'),
          name: refs('each.key'),
          source_repo: refs('each.value.source', 'each.value'),
          target_repo: refs('each.value.target', 'each.value'),
        },
        schema_version: 0,
        for_each_expression: refs('var.cache_rules'),
      },
      {
        address: 'azurerm_container_registry_credential_set.dockerhub',
        mode: 'managed',
        type: 'azurerm_container_registry_credential_set',
        name: 'dockerhub',
        provider_config_key: 'azurerm',
        expressions: {
          authentication_credentials: [{ password_secret_id: refs('var.dockerhub_password_secret_id'), username_secret_id: refs('var.dockerhub_username_secret_id') }],
          container_registry_id: refs('azurerm_container_registry.this.id', 'azurerm_container_registry.this'),
          identity: [{ type: constant('SystemAssigned') }],
          login_server: constant('docker.io'),
          name: constant('dockerhub'),
        },
        schema_version: 0,
        count_expression: refs('local.needs_dockerhub'),
      },
      {
        address: 'azurerm_role_assignment.credential_set_secrets',
        mode: 'managed',
        type: 'azurerm_role_assignment',
        name: 'credential_set_secrets',
        provider_config_key: 'azurerm',
        expressions: {
          principal_id: refs('azurerm_container_registry_credential_set.dockerhub[0].identity[0].principal_id', 'azurerm_container_registry_credential_set.dockerhub[0].identity[0]', 'azurerm_container_registry_credential_set.dockerhub[0].identity', 'azurerm_container_registry_credential_set.dockerhub[0]', 'azurerm_container_registry_credential_set.dockerhub'),
          role_definition_name: constant('Key Vault Secrets User'),
          scope: refs('var.key_vault_id'),
        },
        schema_version: 0,
        count_expression: refs('local.needs_dockerhub'),
      },
      {
        address: 'azurerm_private_endpoint.this',
        mode: 'managed',
        type: 'azurerm_private_endpoint',
        name: 'this',
        provider_config_key: 'azurerm',
        expressions: {
          custom_network_interface_name: refs('var.name'),
          location: refs('var.location'),
          name: refs('var.name'),
          private_dns_zone_group: [{ name: constant('acr'), private_dns_zone_ids: refs('var.private_dns_zone_id') }],
          private_service_connection: [
            {
              is_manual_connection: constant(false),
              name: refs('var.name'),
              private_connection_resource_id: refs('azurerm_container_registry.this.id', 'azurerm_container_registry.this'),
              subresource_names: constant(['registry']),
            },
          ],
          resource_group_name: refs('var.resource_group_name'),
          subnet_id: refs('var.subnet_id'),
          tags: refs('var.tags'),
        },
        schema_version: 0,
      },
    ],
    variables: {
      cache_rules: { description: 'Artifact Cache rules: key => { source, target, dockerhub }.' },
      dockerhub_password_secret_id: { default: null },
      dockerhub_username_secret_id: { default: null },
      geo_replica: { default: null },
      key_vault_id: { default: null },
      location: {},
      name: {},
      network_rule_bypass_option: { default: 'None', description: 'Trusted-services bypass of the registry firewall.' },
      private_dns_zone_id: {},
      resource_group_name: {},
      retention_days: { default: null },
      sku: { default: 'Premium' },
      subnet_id: {},
      tags: { default: {} },
    },
  };

  const moduleCalls = {};
  for (const region of regions) {
    const short = SHORT_REGION[region];
    moduleCalls[`registries_${short}`] = {
      source: './modules/registry',
      expressions: {
        cache_rules: refs('each.value.cache_rules', 'each.value'),
        dockerhub_password_secret_id: refs('azurerm_key_vault_secret.dockerhub_token.versionless_id', 'azurerm_key_vault_secret.dockerhub_token'),
        dockerhub_username_secret_id: refs('azurerm_key_vault_secret.dockerhub_user.versionless_id', 'azurerm_key_vault_secret.dockerhub_user'),
        geo_replica: refs('each.value.geo'),
        key_vault_id: refs('azurerm_key_vault.platform.id', 'azurerm_key_vault.platform'),
        location: constant(region),
        name: refs('each.key'),
        private_dns_zone_id: refs('azurerm_private_dns_zone.acr.id', 'azurerm_private_dns_zone.acr'),
        resource_group_name: refs('azurerm_resource_group.platform.name', 'azurerm_resource_group.platform'),
        subnet_id: refs('azurerm_subnet.pe.id', 'azurerm_subnet.pe'),
        tags: refs('local.tags', 'each.key'),
      },
      for_each_expression: refs(`local.teams_${short}`),
      module: registryModule,
    };
  }

  return {
    provider_config: {
      azurerm: { name: 'azurerm', full_name: AZURERM, version_constraint: '~> 4.20', expressions: { features: [{}], subscription_id: refs('var.subscription_id') } },
    },
    root_module: {
      outputs: {
        hub_vnet_id: { expression: refs('azurerm_virtual_network.hub.id', 'azurerm_virtual_network.hub') },
        registry_ids: { expression: refs(...regions.map((r) => `module.registries_${SHORT_REGION[r]}`)) },
      },
      resources: [
        { address: 'azurerm_resource_group.platform', mode: 'managed', type: 'azurerm_resource_group', name: 'platform', provider_config_key: 'azurerm', expressions: { location: constant('westeurope'), name: constant('rg-platform-registries'), tags: refs('local.tags') }, schema_version: 0 },
        { address: 'azurerm_virtual_network.hub', mode: 'managed', type: 'azurerm_virtual_network', name: 'hub', provider_config_key: 'azurerm', expressions: { address_space: constant(['10.0.0.0/16']), location: refs('azurerm_resource_group.platform.location', 'azurerm_resource_group.platform'), name: constant('vnet-hub-weu'), resource_group_name: refs('azurerm_resource_group.platform.name', 'azurerm_resource_group.platform'), tags: refs('local.tags') }, schema_version: 0 },
        { address: 'azurerm_subnet.pe', mode: 'managed', type: 'azurerm_subnet', name: 'pe', provider_config_key: 'azurerm', expressions: { address_prefixes: constant(['10.0.8.0/21']), name: constant('snet-private-endpoints'), private_endpoint_network_policies: constant('Disabled'), resource_group_name: refs('azurerm_resource_group.platform.name', 'azurerm_resource_group.platform'), virtual_network_name: refs('azurerm_virtual_network.hub.name', 'azurerm_virtual_network.hub') }, schema_version: 0 },
        { address: 'azurerm_private_dns_zone.acr', mode: 'managed', type: 'azurerm_private_dns_zone', name: 'acr', provider_config_key: 'azurerm', expressions: { name: constant('privatelink.azurecr.io'), resource_group_name: refs('azurerm_resource_group.platform.name', 'azurerm_resource_group.platform'), tags: refs('local.tags') }, schema_version: 0 },
        { address: 'azurerm_key_vault.platform', mode: 'managed', type: 'azurerm_key_vault', name: 'platform', provider_config_key: 'azurerm', expressions: { enable_rbac_authorization: constant(true), location: refs('azurerm_resource_group.platform.location', 'azurerm_resource_group.platform'), name: constant('kv-platform-registries'), network_acls: [{ bypass: constant('AzureServices'), default_action: constant('Deny') }], public_network_access_enabled: constant(false), purge_protection_enabled: constant(true), resource_group_name: refs('azurerm_resource_group.platform.name', 'azurerm_resource_group.platform'), sku_name: constant('standard'), soft_delete_retention_days: constant(90), tags: refs('local.tags'), tenant_id: refs('data.azurerm_client_config.current.tenant_id', 'data.azurerm_client_config.current') }, schema_version: 2 },
        ...['user', 'token'].map((what) => ({ address: `azurerm_key_vault_secret.dockerhub_${what}`, mode: 'managed', type: 'azurerm_key_vault_secret', name: `dockerhub_${what}`, provider_config_key: 'azurerm', expressions: { key_vault_id: refs('azurerm_key_vault.platform.id', 'azurerm_key_vault.platform'), name: constant(`dockerhub-${what}`), value: refs(`var.dockerhub_${what}`) }, schema_version: 0 })),
        { address: 'data.azurerm_client_config.current', mode: 'data', type: 'azurerm_client_config', name: 'current', provider_config_key: 'azurerm', schema_version: 0 },
      ],
      module_calls: moduleCalls,
      variables: {
        dockerhub_token: { sensitive: true },
        dockerhub_user: { default: 'platform-bot' },
        environment: { default: 'prod' },
        subscription_id: {},
      },
    },
  };
}
