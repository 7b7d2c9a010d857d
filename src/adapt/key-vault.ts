/**
 * The Key Vault side of credential sets: vaults, secrets, role assignments and access policies,
 * as written. Rules decide what counts as read access; this only reads the resources.
 */
import type { Resource } from '../model/graph.js';
import { known } from '../model/value.js';
import type { KeyVault, KeyVaultAccessPolicy, KeyVaultSecret, RoleAssignment } from './acr-model.js';
import { orAbsent } from './defaults.js';

/** An `azurerm_key_vault`. */
export function toKeyVault(resource: Resource): KeyVault | undefined {
  if (resource.type !== 'azurerm_key_vault') return undefined;
  const policies = resource.attributes.get('access_policy');
  return { resource, name: orAbsent(resource.attributes.get('name')), accessPolicies: policies ?? known([], { provenance: { kind: 'literal' }, via: [] }) };
}

/** An `azurerm_key_vault_secret`. */
export function toKeyVaultSecret(resource: Resource): KeyVaultSecret | undefined {
  if (resource.type !== 'azurerm_key_vault_secret') return undefined;
  return { resource, keyVaultId: orAbsent(resource.attributes.get('key_vault_id')) };
}

/** An `azurerm_role_assignment`. */
export function toRoleAssignment(resource: Resource): RoleAssignment | undefined {
  if (resource.type !== 'azurerm_role_assignment') return undefined;
  const a = resource.attributes;
  return {
    resource,
    principalId: orAbsent(a.get('principal_id')),
    scope: orAbsent(a.get('scope')),
    roleName: orAbsent(a.get('role_definition_name')),
    roleId: orAbsent(a.get('role_definition_id')),
  };
}

/** An `azurerm_key_vault_access_policy`. */
export function toAccessPolicy(resource: Resource): KeyVaultAccessPolicy | undefined {
  if (resource.type !== 'azurerm_key_vault_access_policy') return undefined;
  const a = resource.attributes;
  return { resource, keyVaultId: orAbsent(a.get('key_vault_id')), objectId: orAbsent(a.get('object_id')), secretPermissions: orAbsent(a.get('secret_permissions')) };
}
