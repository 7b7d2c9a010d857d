/**
 * A registry's children: cache rules, credential sets and private endpoints, from azurerm resources
 * or `azapi_resource` with the ARM child types. Each comes with the value that links it to its
 * registry (`container_registry_id`, `parent_id`, `private_connection_resource_id` / `privateLinkServiceId`). Children the
 * AVM registry module creates also name the module call and the key of the input entry behind them.
 */
import { modulePrefix, parseAddress } from '../model/address.js';
import type { Resource } from '../model/graph.js';
import { attr, listOf, literalOrigin, mapOf, unknown, withRefs, type Value } from '../model/value.js';
import type { AvmEntry, CacheRule, CredentialSecret, CredentialSet, PrivateEndpoint } from './acr-model.js';
import { ABSENT, defaultValue, orAbsent } from './defaults.js';
import { armType, azapiBody, firstBlock, readPath, written } from './values.js';

const ARM_CACHE_RULE = 'microsoft.containerregistry/registries/cacherules';
const ARM_CREDENTIAL_SET = 'microsoft.containerregistry/registries/credentialsets';
const ARM_PRIVATE_ENDPOINT = 'microsoft.network/privateendpoints';

/** A child and the value that names its registry. */
export interface Linked<T> {
  child: T;
  link: Value | undefined;
}

/** A cache rule, in either spelling. */
export function toCacheRule(resource: Resource): Linked<CacheRule> | undefined {
  const a = resource.attributes;
  if (resource.type === 'azurerm_container_registry_cache_rule') {
    const link = a.get('container_registry_id');
    return {
      link,
      child: {
        resource,
        spelling: 'azurerm',
        ...(link ? { registryId: link } : {}),
        name: orAbsent(a.get('name'), resource),
        sourceRepository: orAbsent(a.get('source_repo'), resource),
        targetRepository: orAbsent(a.get('target_repo'), resource),
        credentialSetId: orAbsent(a.get('credential_set_id'), resource),
        identity: defaultValue(ABSENT),
        paths: { name: 'name', sourceRepository: 'source_repo', targetRepository: 'target_repo', credentialSetId: 'credential_set_id', registryId: 'container_registry_id' },
      },
    };
  }
  if (resource.type !== 'azapi_resource' || armType(resource) !== ARM_CACHE_RULE) return undefined;
  const props = readPath(azapiBody(resource), ['properties']);
  const link = a.get('parent_id');
  const avm = avmEntry(resource, 'cache_rule');
  return {
    link,
    child: {
      resource,
      spelling: 'azapi',
      ...(link ? { registryId: link } : {}),
      name: orAbsent(a.get('name'), resource),
      sourceRepository: orAbsent(readPath(props, ['sourceRepository']), resource),
      targetRepository: orAbsent(readPath(props, ['targetRepository']), resource),
      credentialSetId: orAbsent(readPath(props, ['credentialSetResourceId']), resource),
      identity: orAbsent(written(firstBlock(a.get('identity'))) ?? written(readPath(azapiBody(resource), ['identity'])), resource),
      ...(avm ? { avm } : {}),
      paths: {
        name: 'name',
        sourceRepository: 'body.properties.sourceRepository',
        targetRepository: 'body.properties.targetRepository',
        credentialSetId: 'body.properties.credentialSetResourceId',
        registryId: 'parent_id',
      },
    },
  };
}

/** A credential set, in either spelling, with its Key Vault secret ids. */
export function toCredentialSet(resource: Resource): Linked<CredentialSet> | undefined {
  const a = resource.attributes;
  if (resource.type === 'azurerm_container_registry_credential_set') {
    const credentials = listOrOne(a.get('authentication_credentials'));
    return {
      link: a.get('container_registry_id'),
      child: {
        resource,
        spelling: 'azurerm',
        loginServer: orAbsent(a.get('login_server'), resource),
        secrets: secretsOf(credentials, 'authentication_credentials', { username: 'username_secret_id', password: 'password_secret_id' }, resource),
        principalId: principalIdOf(resource),
        paths: { loginServer: 'login_server' },
      },
    };
  }
  if (resource.type !== 'azapi_resource' || armType(resource) !== ARM_CREDENTIAL_SET) return undefined;
  const props = readPath(azapiBody(resource), ['properties']);
  const credentials = listOrOne(readPath(props, ['authCredentials']));
  const avm = avmEntry(resource, 'credential_set');
  return {
    link: a.get('parent_id'),
    child: {
      resource,
      spelling: 'azapi',
      loginServer: orAbsent(readPath(props, ['loginServer']), resource),
      secrets: secretsOf(credentials, 'body.properties.authCredentials', { username: 'usernameSecretIdentifier', password: 'passwordSecretIdentifier' }, resource),
      principalId: principalIdOf(resource),
      ...(avm ? { avm } : {}),
      paths: { loginServer: 'body.properties.loginServer' },
    },
  };
}

/**
 * Each connection of a private endpoint, with the id it connects to: the `private_service_connection`
 * blocks of an `azurerm_private_endpoint`, or the `privateLinkServiceConnections` and
 * `manualPrivateLinkServiceConnections` of an `azapi_resource` of type `Microsoft.Network/privateEndpoints`
 * (each `properties.privateLinkServiceId`; facts-added.md).
 */
export function toPrivateEndpoints(resource: Resource): Linked<PrivateEndpoint>[] {
  if (resource.type === 'azurerm_private_endpoint') {
    return listOrOne(resource.attributes.get('private_service_connection')).map((connection) => {
      // Unknown connections still link through the references that wrote them.
      const link = connection.known ? attr(connection, 'private_connection_resource_id') : connection;
      return { link, child: { resource, registryId: orAbsent(link, resource), path: 'private_service_connection.private_connection_resource_id' } };
    });
  }
  if (resource.type !== 'azapi_resource' || armType(resource) !== ARM_PRIVATE_ENDPOINT) return [];
  const props = readPath(azapiBody(resource), ['properties']);
  // Unknown properties link through the references that wrote them, once.
  if (props && !props.known) return [{ link: props, child: { resource, registryId: props, path: 'body.properties' } }];
  return ['privateLinkServiceConnections', 'manualPrivateLinkServiceConnections'].flatMap((list) =>
    listOrOne(readPath(props, [list])).map((connection, i, all) => {
      const at = all.length > 1 ? `body.properties.${list}[${i}]` : `body.properties.${list}`;
      const link = connection.known ? readPath(connection, ['properties', 'privateLinkServiceId']) : connection;
      return { link, child: { resource, registryId: orAbsent(link, resource), path: `${at}.properties.privateLinkServiceId` } };
    }),
  );
}

/**
 * The username and password secret ids of a credential set's credentials (usernames first), each with
 * its attribute path below `block`; the path names the credential's index when there are several.
 */
function secretsOf(credentials: Value[], block: string, fields: Record<CredentialSecret['kind'], string>, resource: Resource): CredentialSecret[] {
  const at = (i: number): string => (credentials.length > 1 ? `${block}[${i}]` : block);
  const valueOf = (c: Value, field: string): Value => (c.known ? orAbsent(attr(c, field), resource) : c);
  return (['username', 'password'] as const).flatMap((kind) => credentials.map((c, i) => ({ kind, value: valueOf(c, fields[kind]), path: `${at(i)}.${fields[kind]}` })));
}

/**
 * The principal id of a credential set's system-assigned identity (`identity[0].principal_id`): as
 * read when a plan or state has it, otherwise unknown and derived from the credential set itself.
 */
function principalIdOf(resource: Resource): Value {
  const identity = firstBlock(resource.attributes.get('identity'));
  const read = readPath(identity, ['principal_id']);
  if (read?.known && read.value !== null) return read;
  if (read && !read.known) return withRefs(read, [resource.address]);
  return unknown(`${resource.address}.identity[0].principal_id is known only after apply`, identity?.origin ?? literalOrigin(undefined), [resource.address]);
}

/**
 * The entry of the AVM registry module a child comes from: its resource sits in the
 * `module.<submodule>[key]` instance right below the module call (`module.registry.module.cache_rule["nginx"]`).
 */
function avmEntry(resource: Resource, submodule: 'cache_rule' | 'credential_set'): AvmEntry | undefined {
  const call = resource.knownModule?.call;
  if (call === undefined) return undefined;
  const { modules } = parseAddress(resource.address);
  const step = modules[modules.length - 1];
  if (step?.name !== submodule || step.key === undefined || modulePrefix(modules.slice(0, -1)) !== `${call}.`) return undefined;
  return { call, key: step.key };
}

/** The elements of a block list (or the one object JSON syntax may give); an unknown list is one unknown element standing for all. */
function listOrOne(v: Value | undefined): Value[] {
  if (v && !v.known) return [v];
  const list = listOf(v);
  if (list) return list;
  const one = firstBlock(v);
  return one && mapOf(one) ? [one] : [];
}
