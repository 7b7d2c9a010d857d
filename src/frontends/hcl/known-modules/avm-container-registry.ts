/**
 * The Azure Verified Module for Container Registry
 * (`Azure/avm-res-containerregistry-registry/azurerm`), modelled as data so a call can be linted
 * when its source is not installed (the usual CI case: nobody ran `terraform init`).
 *
 * Every fact here comes from the module's sources at each tag (`variables*.tf`, `main*.tf`,
 * `modules/*`), as recorded in azure-facts.md §1. A new release is one new row in `RELEASES`.
 */
import { instanceKeyText } from '../../../model/address.js';
import type { Resource } from '../../../model/graph.js';
import type { Span } from '../../../model/span.js';
import { attr, fromPlain, known, mapOf, unknown, type Origin, type Value, type ValueMap } from '../../../model/value.js';
import { UNKNOWN_KEY } from '../expansion.js';
import { stringify } from '../functions/index.js';
import type { KnownModuleCall, KnownModuleInstance, KnownModuleModel } from './known-module.js';

/** What changes between releases: input defaults and which resources the module creates. */
export interface AvmRelease {
  version: string;
  /** The tag's commit in Azure/terraform-azurerm-avm-res-containerregistry-registry. */
  commit: string;
  /** Inputs the release accepts, with their defaults (`null`: no value unless given). */
  defaults: Record<string, unknown>;
  /** `network_rule_set = {...}` without `default_action` means this (the object type's `optional(string, "Deny")`). */
  networkRuleSetDefaultAction: string;
  /** Resource name of the private endpoints, by the value of `private_endpoints_manage_dns_zone_group`. */
  privateEndpointResource: { managed: string; unmanaged: string };
  /** Inputs the module sends to the registry only when `sku` is Premium (otherwise null / false). */
  premiumOnly: Record<string, unknown>;
  /** Cache rules and credential sets exist (as azapi children in submodules). */
  cacheRules: boolean;
  /** Outputs callers can read. */
  outputs: string[];
}

/** Inputs and defaults unchanged since 0.1.0 (azure-facts §1.2). */
const BASE_DEFAULTS: Record<string, unknown> = {
  sku: 'Premium',
  public_network_access_enabled: true,
  network_rule_bypass_option: 'None',
  network_rule_set: null,
  admin_enabled: false,
  anonymous_pull_enabled: false,
  data_endpoint_enabled: false,
  export_policy_enabled: true,
  quarantine_policy_enabled: false,
  zone_redundancy_enabled: true,
  georeplications: [],
  private_endpoints: {},
  role_assignments: {},
  // Inputs that shape no registry setting the rules read, listed so that a call passing them is not
  // reported as one Terraform rejects: `managed_identities` (all tags, azure-facts §1.2) and
  // `enable_telemetry` (bool, default true; `variables.tf`@483a629, v0.3.1; the telemetry resources
  // it switches exist from 0.1.0, §1.4).
  managed_identities: {},
  enable_telemetry: true,
};

const BASE_OUTPUTS = ['name', 'resource_id', 'resource', 'private_endpoints', 'system_assigned_mi_principal_id'];

const V0_1: AvmRelease = {
  version: '0.1.0',
  commit: '4fb495d',
  // `lock`: 0.1.0 object({name, kind=optional("None")}) with default {} (azure-facts §1.2).
  defaults: { ...BASE_DEFAULTS, retention_policy: {}, lock: {} },
  networkRuleSetDefaultAction: 'Deny',
  privateEndpointResource: { managed: 'this', unmanaged: 'this' },
  premiumOnly: {},
  cacheRules: false,
  outputs: BASE_OUTPUTS,
};
// ≥ 0.2.0: `lock` defaults to null (azure-facts §1.2); `diagnostic_settings` (map, default {}) feeds the
// diagnostic settings added in 0.2.0 (§1.4; `variables.tf`@483a629, v0.3.1).
const V0_2: AvmRelease = { ...V0_1, version: '0.2.0', commit: '5914fc3', defaults: { ...V0_1.defaults, enable_trust_policy: false, lock: null, diagnostic_settings: {} } };
const V0_3: AvmRelease = {
  ...V0_2,
  version: '0.3.0',
  commit: 'd1efca6',
  defaults: { ...V0_2.defaults, customer_managed_key: null, private_endpoints_manage_dns_zone_group: true },
  privateEndpointResource: { managed: 'this', unmanaged: 'this_unmanaged_dns_zone_groups' },
};
const V0_3_1: AvmRelease = { ...V0_3, version: '0.3.1', commit: '483a629' };
const { retention_policy: _retentionBlock, ...V0_3_DEFAULTS_WITHOUT_RETENTION_BLOCK } = V0_3.defaults;
const V0_4: AvmRelease = { ...V0_3_1, version: '0.4.0', commit: '54b3793', defaults: { ...V0_3_DEFAULTS_WITHOUT_RETENTION_BLOCK, retention_policy_in_days: 7 } };
const V0_5: AvmRelease = {
  ...V0_4,
  version: '0.5.0',
  commit: '964d853',
  defaults: { ...V0_4.defaults, scope_maps: {} },
  // zone_redundancy_enabled is sent as false on non-Premium too, but the module's precondition still
  // fails when it is true (its default) on a non-Premium sku (azure-facts §1.2, §1.6): not modelled as gated.
  premiumOnly: { retention_policy_in_days: null },
};
const V0_5_1: AvmRelease = { ...V0_5, version: '0.5.1', commit: 'a3f2ae1' };
const V0_6: AvmRelease = { ...V0_5_1, version: '0.6.0', commit: '927bd5b', defaults: { ...V0_5_1.defaults, network_rule_bypass_for_tasks_enabled: false } };
const V0_7: AvmRelease = { ...V0_6, version: '0.7.0', commit: 'c7820b2', outputs: BASE_OUTPUTS.filter((o) => o !== 'resource') };
const V0_8: AvmRelease = {
  ...V0_7,
  version: '0.8.0',
  commit: '4a032f5',
  defaults: {
    ...V0_7.defaults,
    cache_rules: {},
    credential_sets: {},
    role_assignment_mode: 'LegacyRegistryPermissions',
    private_endpoints_inherit_lock: true,
    // Applied to the azapi child resources (azure-facts §1.2).
    retry: null,
    timeouts: null,
    resource_types: {
      cache_rule: 'Microsoft.ContainerRegistry/registries/cacheRules@2025-11-01',
      credential_set: 'Microsoft.ContainerRegistry/registries/credentialSets@2025-11-01',
    },
  },
  cacheRules: true,
  outputs: [...V0_7.outputs, 'credential_sets', 'cache_rules'],
};

/** Every known release, oldest first. */
export const RELEASES: readonly AvmRelease[] = [V0_1, V0_2, V0_3, V0_3_1, V0_4, V0_5, V0_5_1, V0_6, V0_7, V0_8];

/**
 * The module's addresses. A `//` subdirectory after one names a submodule of the package
 * (`//modules/cache-rule`, `//modules/credential-set`, …), whose inputs and resources are its own:
 * the model is of the registry module alone.
 */
const REGISTRY_SOURCES = [/^(?:registry\.terraform\.io\/|registry\.opentofu\.org\/)?azure\/avm-(?:res-)?containerregistry-registry\/azurerm$/i];
const REPOSITORY_NAME = /terraform-azurerm-avm-res-containerregistry-registry(?:\.git)?(?:\?.*)?$/i;

const MODULE_NAME = 'Azure/avm-res-containerregistry-registry/azurerm';

/** The AVM registry module as a known-module model. */
export const AVM_CONTAINER_REGISTRY: KnownModuleModel<AvmRelease> = {
  name: MODULE_NAME,
  matches: (source) => REGISTRY_SOURCES.some((r) => r.test(source)) || REPOSITORY_NAME.test(source),
  releases: RELEASES,
  /** A git source pins its version with `?ref=v0.8.0`. */
  versionFromSource: (source) => /[?&]ref=v?(\d+\.\d+\.\d+)/.exec(source)?.[1],
  build: (call, release) => new AvmCall(call, release).build(),
};

/** Registry attributes the module sets from the input of the same name (azure-facts §1.5). */
export const REGISTRY_INPUTS = [
  'name',
  'location',
  'resource_group_name',
  'sku',
  'admin_enabled',
  'anonymous_pull_enabled',
  'data_endpoint_enabled',
  'export_policy_enabled',
  'quarantine_policy_enabled',
  'public_network_access_enabled',
  'network_rule_bypass_option',
  'network_rule_bypass_for_tasks_enabled',
  'zone_redundancy_enabled',
  'retention_policy_in_days',
  'role_assignment_mode',
  'georeplications',
  'tags',
];

/** Inputs declared `nullable = false`: a null argument means the default (azure-facts §1.2). */
const NON_NULLABLE = new Set(['cache_rules', 'network_rule_bypass_for_tasks_enabled', 'role_assignment_mode', 'private_endpoints_inherit_lock']);

/** Meta-arguments of a module call, never inputs. */
const META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/** Builds the resources and outputs of one call, the way the module's code would. */
class AvmCall {
  private readonly prefix: string;
  private readonly registryAddress: string;
  private readonly problems: KnownModuleInstance['problems'] = [];

  constructor(
    private readonly call: KnownModuleCall,
    private readonly release: AvmRelease,
  ) {
    this.prefix = `${call.address}.`;
    this.registryAddress = `${this.prefix}azurerm_container_registry.this`;
  }

  build(): KnownModuleInstance {
    // Only a call held to the modelled releases is known to be rejected: an unpinned call, one pinned to
    // a release the model does not have, or one whose constraint allows newer releases may get an input
    // that the newest modelled release lacks.
    const mayBeNewer = this.call.assumed !== undefined || this.call.newerAllowed === true;
    for (const [name, value] of this.call.args) {
      if (META.has(name) || name in this.release.defaults || REQUIRED_INPUTS.has(name)) continue;
      const span = value.origin.via[0] ?? this.call.header;
      if (!mayBeNewer) {
        this.problems.push({ message: `"${name}" is not an input of ${MODULE_NAME} ${this.release.version}; Terraform rejects this call`, span });
        continue;
      }
      this.problems.push({
        severity: 'note',
        message:
          `"${name}" is not an input of ${MODULE_NAME} ${this.release.version}, the newest release tf-acr-lint knows${this.release === RELEASES[RELEASES.length - 1] ? '' : ' that the constraint allows'}; ` +
          `${this.call.address} may get a newer release (${this.call.assumed ?? `its version constraint allows releases after ${this.release.version}`}), which tf-acr-lint does not model, so it does not read "${name}"`,
        span,
      });
    }
    const registry = this.registry();
    const credentialSets = this.children('credential_sets', 'credential_set', (item) => this.credentialSet(item));
    const cacheRules = this.children('cache_rules', 'cache_rule', (item) => this.cacheRule(item));
    const endpoints = this.privateEndpoints();
    return {
      resources: [registry, ...endpoints, ...credentialSets, ...cacheRules],
      outputs: this.outputs(registry, endpoints, credentialSets, cacheRules),
      problems: this.problems,
    };
  }

  /** The argument, or the release's default (marked as the module's default, with the version). */
  private input(name: string): Value {
    const given = this.call.args.get(name);
    const isNull = given?.known && given.value === null;
    if (given && !(isNull && NON_NULLABLE.has(name))) return given;
    if (name in this.release.defaults) return fromPlain(this.release.defaults[name], this.defaultOrigin(name));
    return unknown(`input "${name}" of ${this.call.address} is required but not given`, { provenance: { kind: 'literal' }, via: [] });
  }

  private defaultOrigin(input: string): Origin {
    return { provenance: { kind: 'module-default', call: this.call.address, input, version: this.versionLabel(), source: MODULE_NAME }, via: [] };
  }

  private versionLabel(): string {
    return this.call.assumed ? `${this.release.version} (assumed: ${this.call.assumed})` : this.release.version;
  }

  private resource(address: string, type: string, attributes: Map<string, Value>, header: Span = this.call.header): Resource {
    return {
      root: this.call.root,
      address,
      mode: 'managed',
      type,
      name: 'this',
      attributes,
      span: header,
      headerSpan: header,
      callSpans: this.call.callSpans,
      knownModule: { name: MODULE_NAME, call: this.call.address, ...(this.call.assumed ? {} : { version: this.release.version }) },
    };
  }

  private registry(): Resource {
    const attributes = new Map<string, Value>();
    const sku = this.input('sku');
    for (const name of REGISTRY_INPUTS) {
      if (!(name in this.release.defaults) && !REQUIRED_INPUTS.has(name) && !this.call.args.has(name)) continue;
      attributes.set(name, this.premiumGate(name, sku) ?? this.input(name));
    }
    const ruleSet = this.input('network_rule_set');
    if (!ruleSet.known) attributes.set('network_rule_set', ruleSet);
    else if (ruleSet.value !== null) attributes.set('network_rule_set', known([this.networkRuleSet(ruleSet)], ruleSet.origin, ruleSet.refs));
    // A customer-managed key becomes the registry's `encryption` block (≥ 0.3.0, azure-facts §1.5).
    if ('customer_managed_key' in this.release.defaults) {
      const key = this.input('customer_managed_key');
      if (!key.known || key.value !== null) attributes.set('encryption', key.known ? known([key], key.origin, key.refs) : key);
    }
    return this.resource(this.registryAddress, 'azurerm_container_registry', attributes);
  }

  /** ≥ 0.5.0 sends some inputs only on Premium: `var.sku == "Premium" ? var.x : null`. */
  private premiumGate(name: string, sku: Value): Value | undefined {
    if (!(name in this.release.premiumOnly)) return undefined;
    if (!sku.known) return unknown(`${name} depends on sku, which is unknown: ${sku.why}`, sku.origin, sku.refs);
    if (sku.value === 'Premium') return undefined;
    return fromPlain(this.release.premiumOnly[name], this.defaultOrigin(name));
  }

  /** The module's `network_rule_set` object: `default_action` defaults to Deny inside it. */
  private networkRuleSet(given: Value & { known: true }): Value {
    const out: ValueMap = new Map(mapOf(given) ?? []);
    const action = attr(given, 'default_action');
    if (!action || (action.known && action.value === null)) {
      // The default applies where the rule set is given: that argument is the place to point at.
      const origin = { ...this.defaultOrigin('network_rule_set.default_action'), via: given.origin.via };
      out.set('default_action', known(this.release.networkRuleSetDefaultAction, origin));
    }
    return known(out, given.origin, given.refs);
  }

  /** One child resource per entry of a map input (`cache_rules`, `credential_sets`), from the release that has them. */
  private children(input: string, submodule: string, make: (item: Value) => Map<string, Value>): Resource[] {
    if (!this.release.cacheRules) return [];
    const entries = this.input(input);
    if (!entries.known) {
      // Unknown entries: one child stands for all of them (maybe none), as for an unknown for_each.
      const address = `${this.prefix}module.${submodule}[${JSON.stringify(UNKNOWN_KEY)}].azapi_resource.this`;
      const stand = unknown(`${input} is unknown: ${entries.why}`, entries.origin, entries.refs);
      return [{ ...this.resource(address, 'azapi_resource', make(stand)), unknownInstances: stand.why }];
    }
    const map = mapOf(entries);
    if (!map) return [];
    return [...map].map(([key, item]) => {
      const address = `${this.prefix}module.${submodule}[${instanceKeyText(key)}].azapi_resource.this`;
      return this.resource(address, 'azapi_resource', make(item), item.origin.via[0] ?? this.call.header);
    });
  }

  private credentialSet(item: Value): Map<string, Value> {
    const credentials = attr(item, 'auth_credentials');
    const authCredentials = mapList(credentials, (c) =>
      objectOf({
        name: attr(c, 'name') ?? known('Credential1', this.defaultOrigin('credential_sets.auth_credentials.name')),
        usernameSecretIdentifier: field(c, 'username_secret_identifier'),
        passwordSecretIdentifier: field(c, 'password_secret_identifier'),
      }),
    );
    return new Map<string, Value>([
      ['type', this.resourceType('credential_set')],
      ['name', field(item, 'name')],
      ['parent_id', this.registryId()],
      ['body', objectOf({ properties: objectOf({ loginServer: field(item, 'login_server'), authCredentials }) })],
      ['identity', known([objectOf({ type: known('SystemAssigned', this.defaultOrigin('credential_sets.identity')) })], this.defaultOrigin('credential_sets.identity'))],
    ]);
  }

  private cacheRule(item: Value): Map<string, Value> {
    const setKey = attr(item, 'credential_set_key');
    let credentialSetId: Value = field(item, 'credential_set_resource_id');
    if (setKey && !(setKey.known && setKey.value === null)) {
      const keyText = setKey.known ? stringify(setKey) : undefined;
      const address = keyText !== undefined ? `${this.prefix}module.credential_set[${instanceKeyText(keyText)}].azapi_resource.this` : undefined;
      credentialSetId = address
        ? unknown(`${address}.id is known only after apply`, setKey.origin, [address])
        : unknown(setKey.known ? 'credential_set_key is not a string, so it names no credential set' : `credential_set_key is unknown: ${setKey.why}`, setKey.origin, setKey.refs);
    }
    return new Map<string, Value>([
      ['type', this.resourceType('cache_rule')],
      ['name', field(item, 'name')],
      ['parent_id', this.registryId()],
      ['body', objectOf({ properties: objectOf({ sourceRepository: field(item, 'source_repository'), targetRepository: field(item, 'target_repository'), credentialSetResourceId: credentialSetId }) })],
    ]);
  }

  private privateEndpoints(): Resource[] {
    const map = mapOf(this.input('private_endpoints'));
    if (!map) return [];
    const managed = this.input('private_endpoints_manage_dns_zone_group');
    const name = managed.known && managed.value === false ? this.release.privateEndpointResource.unmanaged : this.release.privateEndpointResource.managed;
    return [...map].map(([key, item]) => {
      const address = `${this.prefix}azurerm_private_endpoint.${name}[${instanceKeyText(key)}]`;
      const origin = this.defaultOrigin('private_endpoints');
      const connection = objectOf({
        private_connection_resource_id: this.registryId(),
        subresource_names: known([known('registry', origin)], origin),
        is_manual_connection: known(false, origin),
      });
      const attributes = new Map<string, Value>([
        ['subnet_id', field(item, 'subnet_resource_id')],
        ['private_service_connection', known([connection], origin)],
      ]);
      return this.resource(address, 'azurerm_private_endpoint', attributes, item.origin.via[0] ?? this.call.header);
    });
  }

  /** `var.resource_types.<kind>`: the ARM type and API version the submodule creates. */
  private resourceType(kind: 'cache_rule' | 'credential_set'): Value {
    const types = this.input('resource_types');
    return attr(types, kind) ?? fromPlain((this.release.defaults['resource_types'] as Record<string, string>)[kind], this.defaultOrigin(`resource_types.${kind}`));
  }

  private registryId(): Value {
    return unknown(`${this.registryAddress}.id is known only after apply`, { provenance: { kind: 'literal' }, via: [] }, [this.registryAddress]);
  }

  private outputs(registry: Resource, endpoints: Resource[], credentialSets: Resource[], cacheRules: Resource[]): Map<string, Value> {
    const origin: Origin = { provenance: { kind: 'literal' }, via: [] };
    const idOf = (r: Resource): Value => unknown(`${r.address}.id is known only after apply`, origin, [r.address]);
    const byKey = (resources: Resource[], fields: (r: Resource) => Record<string, Value>): Value =>
      known(new Map(resources.map((r) => [keyOf(r.address), objectOf(fields(r))])), origin);
    const all: Record<string, () => Value> = {
      name: () => this.input('name'),
      resource_id: () => idOf(registry),
      resource: () => known(new Map([...registry.attributes, ['id', idOf(registry)]]), origin, [registry.address]),
      private_endpoints: () => byKey(endpoints, (r) => ({ id: idOf(r) })),
      system_assigned_mi_principal_id: () => unknown(`${registry.address}.identity is known only after apply`, origin, [registry.address]),
      credential_sets: () => byKey(credentialSets, (r) => ({ resource_id: idOf(r), principal_id: unknown(`${r.address}.identity is known only after apply`, origin, [r.address]) })),
      cache_rules: () => byKey(cacheRules, (r) => ({ resource_id: idOf(r) })),
    };
    return new Map(this.release.outputs.filter((o) => o in all).map((o) => [o, all[o]!()]));
  }
}

/** Inputs with no default that every release requires. */
const REQUIRED_INPUTS = new Set(['name', 'location', 'resource_group_name', 'tags']);

/** An object value from named fields (the module builds these objects itself). */
function objectOf(fields: Record<string, Value>): Value {
  return known(new Map(Object.entries(fields)), { provenance: { kind: 'literal' }, via: [] });
}

/** An attribute of an object-typed input; absent optional attributes are null, as Terraform's type conversion makes them. */
function field(item: Value, name: string): Value {
  if (!item.known) return unknown(item.why, item.origin, item.refs);
  return attr(item, name) ?? known(null, item.origin);
}

function mapList(list: Value | undefined, each: (v: Value) => Value): Value {
  if (!list) return known([], { provenance: { kind: 'literal' }, via: [] });
  if (!list.known) return list;
  return Array.isArray(list.value) ? known(list.value.map(each), list.origin, list.refs) : list;
}

/** `"k"` from `...["k"].azapi_resource.this` or `...this["k"]`. */
function keyOf(address: string): string {
  const m = /\["((?:[^"\\]|\\.)*)"\](?!.*\[")/.exec(address);
  return m ? (JSON.parse(`"${m[1]}"`) as string) : address;
}
