/**
 * Turns the generic resource graph into the typed ACR view the rules read: registries with their
 * cache rules, credential sets and private endpoints, from either the azurerm resources or
 * `azapi_resource` with ARM types. Children are linked to their registry through the references
 * of the attribute that holds the registry id (`container_registry_id`, `parent_id`, ...).
 */
import type { Graph, Resource } from '../model/graph.js';
import { attr, fromPlain, known, listOf, mapOf, unknown, type Value } from '../model/value.js';
import type { AcrModel, CacheRule, CredentialSet, PrivateEndpoint, Registry } from './acr-model.js';
import { ABSENT, ARM_REGISTRY_DEFAULTS, AZURERM_REGISTRY_DEFAULTS, defaultValue } from './defaults.js';

const ARM_REGISTRY = 'microsoft.containerregistry/registries';
const ARM_CACHE_RULE = 'microsoft.containerregistry/registries/cacherules';
const ARM_CREDENTIAL_SET = 'microsoft.containerregistry/registries/credentialsets';

/** Builds the ACR model from a graph. */
export function adapt(graph: Graph): AcrModel {
  const managed = graph.resources.filter((r) => r.mode === 'managed');
  const registries = managed.map(toRegistry).filter((r): r is Registry => r !== undefined);
  const byAddress = new Map(registries.map((r) => [key(r.resource.root, r.resource.address), r]));
  // Existing registries in a plan or state have known ids; children of them may name the id literally.
  const byId = new Map(registries.flatMap((r) => registryIdKeys(r)));
  const orphanCacheRules: CacheRule[] = [];

  for (const resource of managed) {
    const cacheRule = toCacheRule(resource);
    if (cacheRule) {
      const registry = linkedRegistry(resource.root, cacheRule.link, byAddress, byId);
      if (registry) registry.cacheRules.push(cacheRule.rule);
      else orphanCacheRules.push(cacheRule.rule);
      continue;
    }
    const credentialSet = toCredentialSet(resource);
    if (credentialSet) {
      linkedRegistry(resource.root, credentialSet.link, byAddress, byId)?.credentialSets.push(credentialSet.set);
      continue;
    }
    for (const endpoint of toPrivateEndpoints(resource)) linkedRegistry(resource.root, endpoint.link, byAddress, byId)?.privateEndpoints.push(endpoint.endpoint);
    const update = toRegistryUpdate(resource);
    if (update) {
      const registry = linkedRegistry(resource.root, update.link, byAddress, byId);
      if (registry) applyUpdate(registry, resource.address, update.properties);
    }
  }
  return { registries, orphanCacheRules };
}

/** `azapi_update_resource` on a registry: the properties it PATCHes, and the id it targets. */
function toRegistryUpdate(resource: Resource): { link: Value | undefined; properties: Value | undefined } | undefined {
  if (resource.type !== 'azapi_update_resource') return undefined;
  const type = resource.attributes.get('type');
  if (!type?.known || typeof type.value !== 'string' || type.value.split('@')[0]!.toLowerCase() !== ARM_REGISTRY) return undefined;
  return { link: resource.attributes.get('resource_id') ?? resource.attributes.get('parent_id'), properties: readPath(azapiBody(resource), ['properties']) };
}

/**
 * An update resource overrides the registry's settings it names (azure-facts §3.4: bypass settings
 * can be changed out-of-band this way); the finding then points at the update.
 */
function applyUpdate(registry: Registry, update: string, properties: Value | undefined): void {
  const bypass = readPath(properties, ['networkRuleBypassOptions']);
  const publicAccess = readPath(properties, ['publicNetworkAccess']);
  const action = readPath(properties, ['networkRuleSet', 'defaultAction']);
  const path = (p: string): string => `body.properties.${p} of ${update}`;
  if (bypass) {
    registry.networkRuleBypass = bypass;
    registry.paths.networkRuleBypass = path('networkRuleBypassOptions');
  }
  if (publicAccess) {
    registry.publicNetworkAccessEnabled = enabledFlag(publicAccess);
    registry.paths.publicNetworkAccess = path('publicNetworkAccess');
  }
  if (action) {
    registry.networkRuleDefaultAction = action;
    registry.paths.networkRuleDefaultAction = path('networkRuleSet.defaultAction');
  }
}

/** Addresses are unique within one root module only. */
function key(root: string, address: string): string {
  return `${root}\u0000${address}`;
}

/**
 * The registry a child belongs to: the one in the same root module whose address the link value
 * refers to, or whose known id the link value equals (ARM ids compare case-insensitively). A
 * reference to several instances at once (an unknown index) links to none rather than guessing.
 */
function linkedRegistry(root: string, link: Value | undefined, byAddress: Map<string, Registry>, byId: Map<string, Registry>): Registry | undefined {
  const matches = new Set((link?.refs ?? []).map((ref) => byAddress.get(key(root, ref))).filter((r): r is Registry => r !== undefined));
  if (matches.size === 1) return [...matches][0];
  const id = link?.known && typeof link.value === 'string' ? byId.get(key(root, link.value.toLowerCase())) : undefined;
  return matches.size === 0 ? id : undefined;
}

/** The registry under its known id, if it has one. */
function registryIdKeys(r: Registry): [string, Registry][] {
  const id = r.resource.attributes.get('id');
  return id?.known && typeof id.value === 'string' ? [[key(r.resource.root, id.value.toLowerCase()), r]] : [];
}

/** The ARM type of an `azapi_resource`, lower-cased and without the API version. */
function armType(resource: Resource): string | undefined {
  if (resource.type !== 'azapi_resource') return undefined;
  const type = resource.attributes.get('type');
  if (!type?.known || typeof type.value !== 'string') return undefined;
  return type.value.split('@')[0]!.toLowerCase();
}

/**
 * The azapi `body` as an object: azapi v2 takes an object, v1 a `jsonencode(...)` string (whose
 * encoded value is kept with its spans) or a JSON string from a plan.
 */
function azapiBody(resource: Resource): Value | undefined {
  const body = resource.attributes.get('body');
  if (body?.encodedFrom) return body.encodedFrom;
  if (!body?.known || typeof body.value !== 'string') return body;
  try {
    return fromPlain(JSON.parse(body.value), body.origin);
  } catch {
    return unknown('body is a string that is not valid JSON', body.origin, body.refs);
  }
}

/** Reads a nested path of an object value; unknown when a step on the way is unknown. */
function readPath(value: Value | undefined, path: string[]): Value | undefined {
  let current = value;
  for (const key of path) {
    if (current === undefined) return undefined;
    if (!current.known) return unknown(current.why, current.origin, current.refs);
    current = attr(firstBlock(current), key);
  }
  return current;
}

/**
 * A nested block's object: blocks evaluate to lists of objects (as in plan JSON); JSON syntax
 * may give the object itself. Undefined when the block is absent; the value itself when unknown.
 */
function firstBlock(value: Value | undefined): Value | undefined {
  if (value === undefined || !value.known) return value;
  if (value.value === null) return undefined;
  const list = listOf(value);
  return list ? list[0] : value;
}

/** An argument as written; a known `null` counts as not written, as in Terraform (the default applies). */
function setting(attributes: Map<string, Value>, name: string): Value | undefined {
  const v = attributes.get(name);
  return v && !(v.known && v.value === null) ? v : undefined;
}

function toRegistry(resource: Resource): Registry | undefined {
  if (resource.type === 'azurerm_container_registry') return azurermRegistry(resource);
  if (armType(resource) === ARM_REGISTRY) return azapiRegistry(resource);
  return undefined;
}

function azurermRegistry(resource: Resource): Registry {
  const a = resource.attributes;
  const ruleSet = firstBlock(a.get('network_rule_set'));
  const defaultAction =
    ruleSet === undefined
      ? defaultValue(AZURERM_REGISTRY_DEFAULTS.default_action)
      : ruleSet.known
        ? (setting(mapOf(ruleSet) ?? new Map(), 'default_action') ?? defaultValue(AZURERM_REGISTRY_DEFAULTS.default_action))
        : ruleSet;
  return {
    resource,
    spelling: 'azurerm',
    sku: a.get('sku') ?? unknown('sku is not set', { provenance: { kind: 'literal' }, via: [] }),
    publicNetworkAccessEnabled: asBool(setting(a, 'public_network_access_enabled')) ?? defaultValue(AZURERM_REGISTRY_DEFAULTS.public_network_access_enabled),
    networkRuleDefaultAction: defaultAction,
    networkRuleBypass: setting(a, 'network_rule_bypass_option') ?? defaultValue(AZURERM_REGISTRY_DEFAULTS.network_rule_bypass_option),
    paths: {
      publicNetworkAccess: 'public_network_access_enabled',
      networkRuleDefaultAction: 'network_rule_set.default_action',
      networkRuleBypass: 'network_rule_bypass_option',
    },
    cacheRules: [],
    credentialSets: [],
    privateEndpoints: [],
  };
}

function azapiRegistry(resource: Resource): Registry {
  const body = azapiBody(resource);
  const props = readPath(body, ['properties']);
  const publicAccess = readPath(props, ['publicNetworkAccess']) ?? defaultValue(ARM_REGISTRY_DEFAULTS.publicNetworkAccess);
  return {
    resource,
    spelling: 'azapi',
    sku: readPath(body, ['sku', 'name']) ?? unknown('sku.name is not set', { provenance: { kind: 'literal' }, via: [] }),
    publicNetworkAccessEnabled: enabledFlag(publicAccess),
    networkRuleDefaultAction: readPath(props, ['networkRuleSet', 'defaultAction']) ?? defaultValue(ARM_REGISTRY_DEFAULTS.defaultAction),
    networkRuleBypass: readPath(props, ['networkRuleBypassOptions']) ?? defaultValue(ARM_REGISTRY_DEFAULTS.networkRuleBypassOptions),
    paths: {
      publicNetworkAccess: 'body.properties.publicNetworkAccess',
      networkRuleDefaultAction: 'body.properties.networkRuleSet.defaultAction',
      networkRuleBypass: 'body.properties.networkRuleBypassOptions',
    },
    cacheRules: [],
    credentialSets: [],
    privateEndpoints: [],
  };
}

/** The provider schema makes a bool of `"true"` / `"false"` (a `--var` on an untyped variable is a string). */
function asBool(v: Value | undefined): Value | undefined {
  if (!v?.known || typeof v.value !== 'string') return v;
  if (v.value === 'true' || v.value === 'false') return known(v.value === 'true', v.origin, v.refs);
  return unknown(`"${v.value}" is not a bool`, v.origin, v.refs);
}

/** ARM's `Enabled` / `Disabled` as the boolean the azurerm spelling uses, keeping the origin. */
function enabledFlag(v: Value): Value {
  if (!v.known || typeof v.value !== 'string') return v;
  const s = v.value.toLowerCase();
  if (s !== 'enabled' && s !== 'disabled') return unknown(`"${v.value}" is not Enabled or Disabled`, v.origin, v.refs);
  return known(s === 'enabled', v.origin, v.refs);
}

function toCacheRule(resource: Resource): { rule: CacheRule; link: Value | undefined } | undefined {
  const a = resource.attributes;
  if (resource.type === 'azurerm_container_registry_cache_rule') {
    const link = a.get('container_registry_id');
    return {
      link,
      rule: {
        resource,
        spelling: 'azurerm',
        ...(link ? { registryId: link } : {}),
        name: a.get('name') ?? defaultValue(ABSENT),
        sourceRepository: a.get('source_repo') ?? defaultValue(ABSENT),
        targetRepository: a.get('target_repo') ?? defaultValue(ABSENT),
        credentialSetId: a.get('credential_set_id') ?? defaultValue(ABSENT),
        paths: { sourceRepository: 'source_repo', targetRepository: 'target_repo', credentialSetId: 'credential_set_id', registryId: 'container_registry_id' },
      },
    };
  }
  if (armType(resource) !== ARM_CACHE_RULE) return undefined;
  const props = readPath(azapiBody(resource), ['properties']);
  const link = a.get('parent_id');
  return {
    link,
    rule: {
      resource,
      spelling: 'azapi',
      ...(link ? { registryId: link } : {}),
      name: a.get('name') ?? defaultValue(ABSENT),
      sourceRepository: readPath(props, ['sourceRepository']) ?? defaultValue(ABSENT),
      targetRepository: readPath(props, ['targetRepository']) ?? defaultValue(ABSENT),
      credentialSetId: readPath(props, ['credentialSetResourceId']) ?? defaultValue(ABSENT),
      paths: {
        sourceRepository: 'body.properties.sourceRepository',
        targetRepository: 'body.properties.targetRepository',
        credentialSetId: 'body.properties.credentialSetResourceId',
        registryId: 'parent_id',
      },
    },
  };
}

function toCredentialSet(resource: Resource): { set: CredentialSet; link: Value | undefined } | undefined {
  const a = resource.attributes;
  if (resource.type === 'azurerm_container_registry_credential_set') {
    return { link: a.get('container_registry_id'), set: { resource, spelling: 'azurerm', loginServer: a.get('login_server') ?? defaultValue(ABSENT) } };
  }
  if (armType(resource) !== ARM_CREDENTIAL_SET) return undefined;
  const loginServer = readPath(azapiBody(resource), ['properties', 'loginServer']) ?? defaultValue(ABSENT);
  return { link: a.get('parent_id'), set: { resource, spelling: 'azapi', loginServer } };
}

/** Each `private_service_connection` of an `azurerm_private_endpoint`, with the id it connects to. */
function toPrivateEndpoints(resource: Resource): { endpoint: PrivateEndpoint; link: Value | undefined }[] {
  if (resource.type !== 'azurerm_private_endpoint') return [];
  const connections = resource.attributes.get('private_service_connection');
  const list = listOf(connections) ?? (mapOf(connections) ? [connections!] : []);
  return list.map((connection) => ({
    link: attr(connection, 'private_connection_resource_id'),
    endpoint: { resource, subresourceNames: attr(connection, 'subresource_names') ?? defaultValue(ABSENT) },
  }));
}
