/**
 * The resources the adapters read: managed resources and data sources of these types. `adapt` reads
 * no other, so a plan's other resources and data sources need not be built (lint.ts tells the plan
 * front-end).
 */
import type { Resource } from '../model/graph.js';

/** The types of the managed resources the adapters read. */
export const ADAPTED_TYPES: ReadonlySet<string> = new Set([
  'azurerm_container_registry',
  'azurerm_container_registry_cache_rule',
  'azurerm_container_registry_credential_set',
  'azurerm_private_endpoint',
  'azurerm_key_vault',
  'azurerm_key_vault_secret',
  'azurerm_key_vault_access_policy',
  'azurerm_role_assignment',
  // Registries, cache rules, credential sets and private endpoints by ARM type (`body` or `type`).
  'azapi_resource',
  'azapi_update_resource',
]);

/**
 * The types of the data sources the adapters read: a `data "azurerm_key_vault_secret"` a credential
 * set's secret id is read from, whose `key_vault_id` names the vault the secret is in.
 */
export const ADAPTED_DATA_TYPES: ReadonlySet<string> = new Set(['azurerm_key_vault_secret']);

/** Whether the adapters read a resource of this mode and type. */
export function isAdapted(resource: Pick<Resource, 'mode' | 'type'>): boolean {
  return resource.mode === 'managed' ? ADAPTED_TYPES.has(resource.type) : resource.mode === 'data' && ADAPTED_DATA_TYPES.has(resource.type);
}
