/**
 * A registry's children: cache rules, credential sets and private endpoints, from azurerm resources
 * or `azapi_resource` with the ARM child types. Each comes with the value that links it to its
 * registry (`container_registry_id`, `parent_id`, `private_connection_resource_id`).
 */
import type { Resource } from '../model/graph.js';
import { attr, listOf, mapOf, type Value } from '../model/value.js';
import type { CacheRule, CredentialSet, PrivateEndpoint } from './acr-model.js';
import { orAbsent } from './defaults.js';
import { armType, azapiBody, firstBlock, readPath } from './values.js';

const ARM_CACHE_RULE = 'microsoft.containerregistry/registries/cacherules';
const ARM_CREDENTIAL_SET = 'microsoft.containerregistry/registries/credentialsets';

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
        name: orAbsent(a.get('name')),
        sourceRepository: orAbsent(a.get('source_repo')),
        targetRepository: orAbsent(a.get('target_repo')),
        credentialSetId: orAbsent(a.get('credential_set_id')),
        paths: { name: 'name', sourceRepository: 'source_repo', targetRepository: 'target_repo', credentialSetId: 'credential_set_id', registryId: 'container_registry_id' },
      },
    };
  }
  if (resource.type !== 'azapi_resource' || armType(resource) !== ARM_CACHE_RULE) return undefined;
  const props = readPath(azapiBody(resource), ['properties']);
  const link = a.get('parent_id');
  return {
    link,
    child: {
      resource,
      spelling: 'azapi',
      ...(link ? { registryId: link } : {}),
      name: orAbsent(a.get('name')),
      sourceRepository: orAbsent(readPath(props, ['sourceRepository'])),
      targetRepository: orAbsent(readPath(props, ['targetRepository'])),
      credentialSetId: orAbsent(readPath(props, ['credentialSetResourceId'])),
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
        loginServer: orAbsent(a.get('login_server')),
        usernameSecretIds: credentials.map((c) => orAbsent(attr(c, 'username_secret_id'))),
        passwordSecretIds: credentials.map((c) => orAbsent(attr(c, 'password_secret_id'))),
        paths: { loginServer: 'login_server', usernameSecretId: 'authentication_credentials.username_secret_id', passwordSecretId: 'authentication_credentials.password_secret_id' },
      },
    };
  }
  if (resource.type !== 'azapi_resource' || armType(resource) !== ARM_CREDENTIAL_SET) return undefined;
  const props = readPath(azapiBody(resource), ['properties']);
  const credentials = listOrOne(readPath(props, ['authCredentials']));
  return {
    link: a.get('parent_id'),
    child: {
      resource,
      spelling: 'azapi',
      loginServer: orAbsent(readPath(props, ['loginServer'])),
      usernameSecretIds: credentials.map((c) => orAbsent(attr(c, 'usernameSecretIdentifier'))),
      passwordSecretIds: credentials.map((c) => orAbsent(attr(c, 'passwordSecretIdentifier'))),
      paths: {
        loginServer: 'body.properties.loginServer',
        usernameSecretId: 'body.properties.authCredentials.usernameSecretIdentifier',
        passwordSecretId: 'body.properties.authCredentials.passwordSecretIdentifier',
      },
    },
  };
}

/** Each `private_service_connection` of an `azurerm_private_endpoint`, with the id it connects to. */
export function toPrivateEndpoints(resource: Resource): Linked<PrivateEndpoint>[] {
  if (resource.type !== 'azurerm_private_endpoint') return [];
  return listOrOne(resource.attributes.get('private_service_connection')).map((connection) => ({
    link: attr(connection, 'private_connection_resource_id'),
    child: { resource, subresourceNames: orAbsent(attr(connection, 'subresource_names')) },
  }));
}

/** The elements of a block list (or the one object JSON syntax may give). */
function listOrOne(v: Value | undefined): Value[] {
  const list = listOf(v);
  if (list) return list;
  const one = firstBlock(v);
  return one && mapOf(one) ? [one] : [];
}
