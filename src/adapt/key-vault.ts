/**
 * The Key Vault side of credential sets: vaults, secrets, role assignments and access policies,
 * as written, and the links between them: which vaults a secret id, a `key_vault_id` or a role
 * assignment scope names, and whether a principal id is a credential set's identity. Rules decide
 * what counts as read access; this only reads the resources and follows the links.
 */
import type { Resource } from '../model/graph.js';
import { addPosition, itemsAt } from '../model/positions.js';
import { known, stringOf, type Value } from '../model/value.js';
import { referredAmong, refersTo, type AcrModel, type CredentialSecret, type CredentialSet, type KeyVault, type KeyVaultAccessPolicy, type KeyVaultSecret, type RoleAssignment } from './acr-model.js';
import { orAbsent, unlisted } from './defaults.js';
import { onceFor } from './once-for.js';
import { written } from './values.js';

/** The permission-model arguments of `azurerm_key_vault`: the current name, then the deprecated one. */
const RBAC_ATTRIBUTES = ['rbac_authorization_enabled', 'enable_rbac_authorization'] as const;

/** An `azurerm_key_vault`. */
export function toKeyVault(resource: Resource): KeyVault | undefined {
  if (resource.type !== 'azurerm_key_vault') return undefined;
  const policies = resource.attributes.get('access_policy');
  const rbac = rbacAuthorizationOf(resource);
  return {
    resource,
    name: orAbsent(resource.attributes.get('name'), resource),
    accessPolicies: policies ?? unlisted(resource) ?? known([], { provenance: { kind: 'literal' }, via: [] }),
    rbacAuthorization: rbac.value,
    paths: { rbacAuthorization: rbac.path },
  };
}

/**
 * The vault's permission model and the argument it was read from: the first of the two arguments
 * that is a known boolean (a plan shows the one not written as unknown), else the first written one,
 * else a known `null`.
 */
function rbacAuthorizationOf(resource: Resource): { value: Value; path: string } {
  const read = RBAC_ATTRIBUTES.map((path) => ({ path, value: written(resource.attributes.get(path)) }));
  const chosen = read.find((r) => r.value?.known && typeof r.value.value === 'boolean') ?? read.find((r) => r.value !== undefined);
  return { path: chosen?.path ?? RBAC_ATTRIBUTES[0], value: orAbsent(chosen?.value, resource) };
}

/** An `azurerm_key_vault_secret`, resource or data source. */
export function toKeyVaultSecret(resource: Resource): KeyVaultSecret | undefined {
  if (resource.type !== 'azurerm_key_vault_secret') return undefined;
  return { resource, keyVaultId: orAbsent(resource.attributes.get('key_vault_id'), resource), name: orAbsent(resource.attributes.get('name'), resource) };
}

/** An `azurerm_role_assignment`. */
export function toRoleAssignment(resource: Resource): RoleAssignment | undefined {
  if (resource.type !== 'azurerm_role_assignment') return undefined;
  const a = resource.attributes;
  return {
    resource,
    principalId: orAbsent(a.get('principal_id'), resource),
    scope: orAbsent(a.get('scope'), resource),
    roleName: orAbsent(a.get('role_definition_name'), resource),
    roleId: orAbsent(a.get('role_definition_id'), resource),
  };
}

/** An `azurerm_key_vault_access_policy`. */
export function toAccessPolicy(resource: Resource): KeyVaultAccessPolicy | undefined {
  if (resource.type !== 'azurerm_key_vault_access_policy') return undefined;
  const a = resource.attributes;
  return { resource, keyVaultId: orAbsent(a.get('key_vault_id'), resource), objectId: orAbsent(a.get('object_id'), resource), secretPermissions: orAbsent(a.get('secret_permissions'), resource) };
}

/** Yes, no, or may be (with the inputs that could not be known or checked). */
export type Match = { tri: 'yes' } | { tri: 'no' } | { tri: 'maybe'; why: string };
/** A certain match. */
export const YES: Match = { tri: 'yes' };
/** A certain mismatch. */
export const NO: Match = { tri: 'no' };
/** A match that cannot be proved either way, and why. */
export const maybe = (why: string): Match => ({ tri: 'maybe', why });

/**
 * A vault outside this configuration: one a literal secret URL or the literal `key_vault_id` of a
 * `data "azurerm_key_vault_secret"` names (`vault`, read from `secretId`, that text, so that a rule
 * quoting the name can hide it when the text is sensitive; `secretName`, the data source's secret
 * when its name is known), or what the secret id is read through (data sources: those it refers to,
 * then the `data "azurerm_key_vault"` that the `key_vault_id` of a secret data source among them
 * names). `unresolved` lists the secret data sources among them whose `key_vault_id` names no vault
 * tf-acr-lint can tell (with why, when known): then no grant is certain to be on the vault, and whether
 * that vault is in this configuration is not known either.
 */
export type OutsideVault = { vault: string; secretId: string; secretName?: string; unread?: string } | { dataSources: string[]; unresolved?: UnresolvedSecret[] };

/** A secret data source whose vault cannot be told: its address and, when known, why (`its key_vault_id is unknown (…)`). */
export interface UnresolvedSecret {
  address: string;
  why?: string;
}

/** Where a secret id points: a vault in this configuration, a vault that is not, or cannot tell (and why). */
export type SecretTarget = { kind: 'vault'; vault: KeyVault } | { kind: 'outside'; outside: OutsideVault } | { kind: 'unknown'; why: string };

/** A credential set's written secrets, by where they point. */
export interface SecretVaults {
  /** Per vault in this configuration, in the order first named. */
  vaults: { vault: KeyVault; secrets: CredentialSecret[] }[];
  /** Secrets in a vault outside this configuration, with what names that vault. */
  outside: { secret: CredentialSecret; outside: OutsideVault }[];
  /** Secrets whose vault cannot be told, and why. */
  unknown: { secret: CredentialSecret; why: string }[];
}

/** Groups a credential set's secrets by vault; secrets not written (Terraform itself rejects those) are left out. */
export function secretVaults(model: AcrModel, set: CredentialSet): SecretVaults {
  const byVault = new Map<string, { vault: KeyVault; secrets: CredentialSecret[] }>();
  const outside: SecretVaults['outside'] = [];
  const unknown: SecretVaults['unknown'] = [];
  for (const secret of set.secrets) {
    if (secret.value.known && secret.value.value === null) continue;
    for (const target of vaultsOfSecretId(model, set, secret.value)) {
      if (target.kind === 'vault') {
        const entry = byVault.get(target.vault.resource.address) ?? { vault: target.vault, secrets: [] };
        entry.secrets.push(secret);
        byVault.set(target.vault.resource.address, entry);
      } else if (target.kind === 'outside') outside.push({ secret, outside: target.outside });
      else unknown.push({ secret, why: target.why });
    }
  }
  return { vaults: [...byVault.values()], outside, unknown };
}

/**
 * The vaults a credential set's secret id names: through its references (a vault, or a secret in a
 * vault, resource or data source), or the vault name in a literal secret URL. A vault name that no
 * vault here has, or a data source, points outside the configuration; a secret data source whose
 * `key_vault_id` names no vault here points to the vault that id names (see `outsideOfDataSources`).
 */
export function vaultsOfSecretId(model: AcrModel, set: CredentialSet, secretId: Value): SecretTarget[] {
  const from = set.resource;
  const vaults = new Map<string, KeyVault>();
  for (const vault of referredAmong(secretId, from, model.keyVaults)) vaults.set(vault.resource.address, vault);
  const unresolvedSecrets: string[] = [];
  const secretDataSources: KeyVaultSecret[] = [];
  for (const secret of referredAmong(secretId, from, model.keyVaultSecrets)) {
    const found = vaultsOfId(model, secret.keyVaultId, secret.resource);
    for (const v of found) vaults.set(v.resource.address, v);
    if (found.length > 0) continue;
    if (secret.resource.mode === 'data') secretDataSources.push(secret);
    else unresolvedSecrets.push(secret.resource.address);
  }
  const url = stringOf(secretId);
  if (url !== undefined) {
    const name = secretUrlParts(url)?.vault;
    if (name === undefined) {
      if (vaults.size === 0) return [{ kind: 'unknown', why: `"${url}" is not a Key Vault secret URL (https://<vault>.vault.azure.net/secrets/<name>)` }];
    } else {
      const named = vaultsNamed(model, from.root, name);
      for (const v of named) vaults.set(v.resource.address, v);
      if (named.length === 0 && vaults.size === 0) {
        const unread = unreadVaultNamed(model, from.root, name);
        return [{ kind: 'outside', outside: { vault: name, secretId: url, ...(unread ? { unread: unread.address } : {}) } }];
      }
    }
  }
  if (vaults.size > 0) return [...vaults.values()].map((vault) => ({ kind: 'vault', vault }));
  if (unresolvedSecrets.length > 0) return [{ kind: 'unknown', why: `the key_vault_id of ${unresolvedSecrets.join(', ')} does not name a vault in this configuration` }];
  const dataSources = (secretId.refs ?? []).filter(isDataSourceRef);
  if (dataSources.length > 0) return outsideOfDataSources(model, dataSources, secretDataSources).map((outside) => ({ kind: 'outside', outside }));
  if (!secretId.known) return [{ kind: 'unknown', why: secretId.why }];
  return [{ kind: 'unknown', why: 'it is not a string' }];
}

/**
 * The vaults outside this configuration a secret id read through `dataSources` may be in, each to be
 * granted on its own: the vault each secret data source among them (`secrets`: those read whose
 * `key_vault_id` names no vault here) names by a literal resource id, and, in one entry, the
 * `data "azurerm_key_vault"` the secret id is built from or a secret data source's `key_vault_id`
 * refers to (and refers to nothing else). A secret data source whose `key_vault_id` is neither, or
 * one not read, is `unresolved` in that entry, which no grant then covers. The entry is left out when
 * the secret id is read through secret data sources with literal vault ids only.
 */
function outsideOfDataSources(model: AcrModel, dataSources: readonly string[], secrets: readonly KeyVaultSecret[]): OutsideVault[] {
  const literal: OutsideVault[] = [];
  const viaSecrets: string[] = [];
  const unresolved: UnresolvedSecret[] = [];
  const byLiteral = new Set<string>();
  for (const secret of secrets) {
    const id = secret.keyVaultId;
    const text = stringOf(id);
    const vault = text === undefined ? undefined : vaultNameOfResourceId(text);
    const refs = id.refs ?? [];
    if (text !== undefined && vault !== undefined) {
      // A plan knows the id a `data "azurerm_key_vault"` read: the vault is the one it names.
      const name = stringOf(secret.name);
      const unread = unreadVaultNamed(model, secret.resource.root, vault);
      literal.push({ vault, secretId: text, ...(name !== undefined ? { secretName: name } : {}), ...(unread ? { unread: unread.address } : {}) });
      byLiteral.add(secret.resource.address);
    } else if (text === undefined && refs.length > 0 && refs.every((ref) => isDataSourceRef(ref) && resourceType(ref) === 'azurerm_key_vault')) {
      // Read as written (`var.x ? data.azurerm_key_vault.a.id : data.azurerm_key_vault.b.id` may be either).
      viaSecrets.push(...refs);
    } else unresolved.push({ address: secret.resource.address, why: unresolvedWhy(id) });
  }
  const read = new Set(secrets.map((s) => s.resource.address));
  for (const ref of dataSources) if (resourceType(ref) === 'azurerm_key_vault_secret' && !read.has(ref)) unresolved.push({ address: ref });
  const literalOnly = dataSources.length > 0 && dataSources.every((ref) => byLiteral.has(ref));
  if (literalOnly) return literal;
  return [...literal, { dataSources: [...new Set([...dataSources, ...viaSecrets])], ...(unresolved.length > 0 ? { unresolved } : {}) }];
}

/** Why the `key_vault_id` of a secret data source names no vault tf-acr-lint can tell. The id's text is not quoted: it may be sensitive. */
function unresolvedWhy(id: Value): string {
  if (!id.known) return `its key_vault_id is unknown: ${id.why}`;
  if (typeof id.value === 'string') return 'its key_vault_id is not a Key Vault resource id';
  return 'its key_vault_id is not a string';
}

/** The vaults a `key_vault_id`-like argument of `from` names, by reference or by a literal resource id. */
export function vaultsOfId(model: AcrModel, id: Value, from: Resource): readonly KeyVault[] {
  const byRef = referredAmong(id, from, model.keyVaults);
  if (byRef.length > 0) return byRef;
  const literal = stringOf(id);
  const name = literal === undefined ? undefined : vaultNameOfResourceId(literal);
  return name === undefined ? [] : vaultsNamed(model, from.root, name);
}

/** Whether an id-valued argument of `from` (`key_vault_id`) names `vault`. */
export function namesVault(model: AcrModel, id: Value, from: Resource, vault: KeyVault): Match {
  if (vaultsOfId(model, id, from).includes(vault)) return YES;
  if (!id.known && (id.refs ?? []).length === 0) return maybe(`its vault id is unknown (${id.why})`);
  return NO;
}

/** Whether a role assignment `scope` (an argument of `from`) is the vault, a secret in it, or a scope that may contain it. */
export function scopeCoversVault(model: AcrModel, scope: Value, from: Resource, vault: KeyVault): Match {
  if (vaultsOfScope(model, scope, from).includes(vault)) return YES;
  const literal = stringOf(scope);
  if (literal !== undefined) {
    const name = vaultNameOfResourceId(literal);
    if (name !== undefined) return name.toLowerCase() === stringOf(vault.name)?.toLowerCase() ? YES : NO;
    if (isContainerScopeId(literal)) return maybe(`its scope "${literal}" is inherited by the vaults in it, and tf-acr-lint cannot tell whether the vault is one of them`);
    return NO;
  }
  const containers = containerScopeRefs(scope);
  if (containers.length > 0) return maybe(`its scope (${containers.join(', ')}) is inherited by the vaults in it, and tf-acr-lint cannot tell whether the vault is one of them`);
  // Data sources are read from Azure at plan time: a scope built from them (`/subscriptions/${data.azurerm_client_config.current.subscription_id}`) may be any scope.
  if (!scope.known && (scope.refs ?? []).every(isDataSourceRef)) return maybe(`its scope is unknown (${scope.why})`);
  return NO;
}

/**
 * The vaults outside this configuration a grant must name, each on its own, for a secret id read
 * from `outside`: the vault a literal secret URL names, or each `data "azurerm_key_vault"` the secret
 * id is built from (`var.x ? data.azurerm_key_vault.a.vault_uri : data.azurerm_key_vault.b.vault_uri`
 * may read either). None when it is read through no such data source.
 */
export function outsideVaultsToGrant(outside: OutsideVault): OutsideVault[] {
  if ('vault' in outside) return [outside];
  if (outside.unresolved !== undefined && outside.unresolved.length > 0) return [];
  return outside.dataSources.filter((ref) => resourceType(ref) === 'azurerm_key_vault').map((ref) => ({ dataSources: [ref] }));
}

/**
 * Whether a role assignment `scope` or a `key_vault_id` names a vault outside this configuration as
 * a secret id does: the same `data "azurerm_key_vault"` it is read through (`data.azurerm_key_vault.x.id`
 * beside `data.azurerm_key_vault.x.vault_uri`), or, beside a literal secret URL, the literal resource
 * id of the vault it names or of that very secret (a role on another secret of the vault is no grant
 * on this one). For a secret id read through several such data sources, see `outsideVaultsToGrant`.
 */
export function namesOutsideVault(id: Value, outside: OutsideVault): boolean {
  if ('vault' in outside) {
    const literal = stringOf(id);
    const named = literal === undefined ? undefined : keyVaultIdParts(literal);
    // The vault's own id or that very secret's, nothing below them.
    if (named === undefined || named.below || named.vault.toLowerCase() !== outside.vault.toLowerCase()) return false;
    return named.secret === undefined || named.secret === (outside.secretName ?? secretUrlParts(outside.secretId)?.secret);
  }
  const vaults = outside.dataSources.filter((ref) => resourceType(ref) === 'azurerm_key_vault');
  return (id.refs ?? []).some((ref) => vaults.includes(ref));
}

/** Whether a principal or object id (an argument of `from`) is the credential set's identity. */
export function isIdentityOf(id: Value, from: Resource, set: CredentialSet): Match {
  if (refersTo(id, from, set.resource)) return YES;
  const own = stringOf(set.principalId);
  const given = stringOf(id);
  if (own !== undefined && given !== undefined) return own.toLowerCase() === given.toLowerCase() ? YES : NO;
  if (!id.known && (id.refs ?? []).length === 0) {
    return maybe(id.error ? `tf-acr-lint could not evaluate its principal (${id.why})` : `its principal is unknown (${id.why})`);
  }
  return NO;
}

/**
 * Finds, for a credential set, the items (role assignments, access policies) whose principal or
 * object id `isIdentityOf` may not rule out, without testing every item: those in the set's root
 * module whose id refers to the set, equals its known principal id (case-insensitively), or is
 * unknown without references. Built once per model, it makes a check over all credential sets
 * linear rather than sets × items.
 */
export class IdentityIndex<T> {
  /** Item positions by root module and referenced address or lower-cased literal id. */
  private readonly byKey = new Map<string, number[]>();
  /** Item positions by root module, for ids that are unknown and have no references. */
  private readonly unresolved = new Map<string, number[]>();

  constructor(
    private readonly items: readonly T[],
    idOf: (item: T) => { id: Value; from: Resource },
  ) {
    items.forEach((item, i) => {
      const { id, from } = idOf(item);
      const literal = stringOf(id);
      if (literal !== undefined) addPosition(this.byKey, identityKey(from.root, 'id', literal.toLowerCase()), i);
      for (const ref of new Set(id.refs ?? [])) addPosition(this.byKey, identityKey(from.root, 'ref', ref), i);
      if (!id.known && (id.refs ?? []).length === 0) addPosition(this.unresolved, from.root, i);
    });
  }

  /** The candidate items for `set`, in their original order; each still needs `isIdentityOf`. */
  candidates(set: CredentialSet): T[] {
    const { root, address } = set.resource;
    const own = stringOf(set.principalId);
    return itemsAt(this.items, [
      ...(this.byKey.get(identityKey(root, 'ref', address)) ?? []),
      ...(own === undefined ? [] : (this.byKey.get(identityKey(root, 'id', own.toLowerCase())) ?? [])),
      ...(this.unresolved.get(root) ?? []),
    ]);
  }
}

function identityKey(root: string, kind: 'ref' | 'id', key: string): string {
  return `${root}\u0000${kind}\u0000${key}`;
}

/**
 * The vaults a role assignment `scope` of `from` refers to: a vault itself, or a secret in it (a
 * secret this configuration manages; a scope built from a secret data source is not followed).
 */
function vaultsOfScope(model: AcrModel, scope: Value, from: Resource): KeyVault[] {
  const direct = referredAmong(scope, from, model.keyVaults);
  const viaSecrets = referredAmong(scope, from, model.keyVaultSecrets)
    .filter((s) => s.resource.mode === 'managed')
    .flatMap((s) => vaultsOfId(model, s.keyVaultId, s.resource));
  return [...direct, ...viaSecrets];
}

/** `/subscriptions/…/providers/Microsoft.KeyVault/vaults/<name>[/secrets/<s>…]`: the vault name. */
function vaultNameOfResourceId(id: string): string | undefined {
  return keyVaultIdParts(id)?.vault;
}

/**
 * A resource id in a Key Vault taken apart: the vault's name; the secret's, when it is a secret's id
 * (`…/vaults/<vault>/secrets/<secret>`); and `below`, set when the id goes further than the vault or
 * that secret (a version, a key) — a trailing `/` does not.
 */
function keyVaultIdParts(id: string): { vault: string; secret?: string; below: boolean } | undefined {
  const m = /\/providers\/Microsoft\.KeyVault\/vaults\/([^/]+)(?:\/secrets\/([^/]+))?(\/.*)?$/i.exec(id);
  if (!m) return undefined;
  const below = m[3] !== undefined && m[3] !== '/';
  return m[2] === undefined ? { vault: m[1]!, below } : { vault: m[1]!, secret: m[2], below };
}

/** True for the id of a scope that contains vaults: a subscription, a resource group or a management group. */
function isContainerScopeId(id: string): boolean {
  return /^\/subscriptions\/[^/]+(\/resourceGroups\/[^/]+)?\/?$/i.test(id) || /^\/providers\/Microsoft\.Management\/managementGroups\/[^/]+\/?$/i.test(id);
}

/** Resource types whose id is a scope that contains other resources (role assignments there are inherited). */
const CONTAINER_TYPES = new Set(['azurerm_resource_group', 'azurerm_subscription', 'azurerm_management_group']);

/** The references of a scope value to resources or data sources that contain vaults (resource groups, subscriptions, management groups). */
function containerScopeRefs(scope: Value): string[] {
  return (scope.refs ?? []).filter((r) => CONTAINER_TYPES.has(resourceType(r)));
}

/**
 * `https://<vault>.vault.azure.net/secrets/<name>[/<version>]` (any cloud's `vault.` suffix) taken
 * apart: the vault name, and the secret name when the URL has one.
 */
function secretUrlParts(url: string): { vault: string; secret?: string } | undefined {
  const m = /^https:\/\/([a-z0-9-]+)\.vault\.[^/]+\/secrets\/([^/?#]*)/i.exec(url.trim());
  if (!m) return undefined;
  return m[2] ? { vault: m[1]!, secret: m[2] } : { vault: m[1]! };
}

/** The model's vaults by root module and name, lower-cased (see `nameKey`): the read ones, and the first unread one. */
interface VaultsByName {
  read: Map<string, KeyVault[]>;
  unread: Map<string, Resource>;
}

const vaultsByName = new WeakMap<AcrModel, VaultsByName>();

/** The vaults by name, gathered once per model: each secret URL written literally looks its vault up by name. */
function namedVaults(model: AcrModel): VaultsByName {
  return onceFor(vaultsByName, model, () => {
    const read = new Map<string, KeyVault[]>();
    for (const vault of model.keyVaults) {
      const name = stringOf(vault.name);
      if (name === undefined) continue;
      const key = nameKey(vault.resource.root, name);
      const list = read.get(key);
      if (list) list.push(vault);
      else read.set(key, [vault]);
    }
    const unread = new Map<string, Resource>();
    for (const resource of model.unreadKeyVaults) {
      const name = stringOf(resource.attributes.get('name'));
      if (name !== undefined && !unread.has(nameKey(resource.root, name))) unread.set(nameKey(resource.root, name), resource);
    }
    return { read, unread };
  });
}

function nameKey(root: string, name: string): string {
  return `${root}\u0000${name.toLowerCase()}`;
}

/** The first vault of that name (case-insensitively) in root module `root` that tf-acr-lint does not read (`model.unreadKeyVaults`). */
function unreadVaultNamed(model: AcrModel, root: string, name: string): Resource | undefined {
  return namedVaults(model).unread.get(nameKey(root, name));
}

/** The vaults named `name` (case-insensitively) in root module `root`. */
function vaultsNamed(model: AcrModel, root: string, name: string): readonly KeyVault[] {
  return namedVaults(model).read.get(nameKey(root, name)) ?? [];
}

/** True for the address of a data source (`data.azurerm_client_config.current`, `module.x.data.azurerm_subscription.this`). */
function isDataSourceRef(address: string): boolean {
  return /(^|\.)data\./.test(address);
}

/** `azurerm_resource_group` from `module.x.azurerm_resource_group.rg` or `data.azurerm_subscription.current`. */
function resourceType(address: string): string {
  const parts = address.replace(/^(module\.[^.[]+(\[[^\]]*\])?\.)+/, '').split('.');
  return parts[0] === 'data' ? (parts[1] ?? '') : (parts[0] ?? '');
}
