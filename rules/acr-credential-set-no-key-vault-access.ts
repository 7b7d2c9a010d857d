import type { AcrModel, CredentialSet, KeyVault } from '../src/adapt/acr-model.js';
import { allCredentialSets, refersTo } from '../src/adapt/acr-model.js';
import { firstBlock, readPath } from '../src/adapt/values.js';
import { originClause } from '../src/engine/describe.js';
import type { Report, Rule, RuleContext } from '../src/engine/rule.js';
import type { Resource } from '../src/model/graph.js';
import { attr, listOf, stringOf, type Origin, type Value } from '../src/model/value.js';

/**
 * ACR008: a credential set whose identity has no read access to its Key Vault secrets here.
 * Facts: azure-facts §4.6 (the credential set's system-assigned identity needs
 * `Microsoft.KeyVault/vaults/secrets/getSecret/action`: Key Vault Secrets User on the vault or the
 * secret, or an access policy with get on secrets; missing access makes the credentials Unhealthy),
 * §2.4 (azurerm doc note: the identity needs `get` on secrets), §1.6 (the AVM module leaves the grant
 * to the caller). Built-in role ids and "only works for key vaults that use the Azure RBAC permission
 * model": https://learn.microsoft.com/azure/role-based-access-control/built-in-roles/security;
 * "setting the RBAC permission model invalidates all access policies permissions" and role
 * assignments at management group / subscription / resource group scope:
 * https://learn.microsoft.com/azure/key-vault/general/rbac-guide.
 */
export const acrCredentialSetNoKeyVaultAccess: Rule = {
  meta: {
    id: 'ACR008',
    name: 'acr-credential-set-no-key-vault-access',
    defaultLevel: 'warning',
    securitySeverity: 4.0,
    tags: ['reliability', 'artifact-cache', 'key-vault', 'azure', 'acr'],
    shortDescription: 'Credential set identity has no read access to its Key Vault secrets in this configuration',
    fullDescription:
      "A credential set's system-assigned identity reads the username and password secrets from Key Vault. It needs the Key Vault Secrets User role (or Officer / Administrator) on the vault or the secrets, or an access policy with Get on secrets; nothing in this configuration grants it, and Azure lists missing Key Vault access as a cause of Unhealthy credentials.",
  },
  check(ctx) {
    for (const set of allCredentialSets(ctx.model)) checkCredentialSet(ctx, set);
  },
};

/** The built-in roles that can read secret values, by name and by role definition GUID. */
const READ_ROLES: { name: string; guid: string }[] = [
  { name: 'Key Vault Secrets User', guid: '4633458b-17de-408a-b874-0445c86b69e6' },
  { name: 'Key Vault Secrets Officer', guid: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7' },
  { name: 'Key Vault Administrator', guid: '00482a5a-887f-4fb3-b363-3b7fe8e74483' },
];

/** Resource types whose id is a scope that contains other resources (role assignments are inherited). */
const CONTAINER_TYPES = new Set(['azurerm_resource_group', 'azurerm_subscription', 'azurerm_management_group']);

/** One username or password secret id of a credential set. */
interface SecretId {
  value: Value;
  path: string;
}

/** Where a secret id points: a vault in this configuration, a vault that is not, or cannot tell. */
type Target = { kind: 'vault'; vault: KeyVault } | { kind: 'outside'; label: string } | { kind: 'unknown'; why: string };

/** Yes, no, or may be (with the inputs that could not be known or checked). */
type Match = { tri: 'yes' } | { tri: 'no' } | { tri: 'maybe'; why: string };
const YES: Match = { tri: 'yes' };
const NO: Match = { tri: 'no' };
const maybe = (why: string): Match => ({ tri: 'maybe', why });

/** All parts must hold; the first doubtful part says why. */
function all(...parts: Match[]): Match {
  if (parts.some((p) => p.tri === 'no')) return NO;
  const doubts = parts.filter((p): p is { tri: 'maybe'; why: string } => p.tri === 'maybe');
  return doubts.length === 0 ? YES : maybe(doubts.map((d) => d.why).join('; '));
}

/** A possible grant of read access, with the place that explains it. */
interface Grant {
  match: Match;
  resource: Resource;
  origin: Origin;
}

function checkCredentialSet(ctx: RuleContext, set: CredentialSet): void {
  const byVault = new Map<string, { vault: KeyVault; ids: SecretId[] }>();
  const outside: { id: SecretId; label: string }[] = [];
  const unknowns: { id: SecretId; why: string }[] = [];
  for (const id of secretIds(set)) {
    if (id.value.known && id.value.value === null) continue; // not written: Terraform itself rejects that
    for (const target of targetsOf(ctx.model, set, id.value)) {
      if (target.kind === 'vault') {
        const entry = byVault.get(target.vault.resource.address) ?? { vault: target.vault, ids: [] };
        entry.ids.push(id);
        byVault.set(target.vault.resource.address, entry);
      } else if (target.kind === 'outside') outside.push({ id, label: target.label });
      else unknowns.push({ id, why: target.why });
    }
  }
  const principal = principalExpression(set);
  const mayNotExist = set.resource.unknownInstances;

  for (const { vault, ids } of byVault.values()) {
    const first = ids[0]!;
    const vaultName = stringOf(vault.name) ?? vault.resource.address;
    const { grant: best, ignored } = bestGrant(ctx.model, set, vault);
    if (best?.match.tri === 'yes') continue;
    const fix = fixFor(vault, principal);
    const base: Pick<Report, 'subject' | 'attribute' | 'value' | 'context'> = {
      subject: set.resource,
      attribute: first.path,
      value: first.value,
      context: [
        { origin: vault.name.origin, message: `the Key Vault "${vaultName}" the secrets are read from` },
        ...(best ? [{ origin: best.origin, message: `${best.resource.address} may grant read access` }] : []),
      ],
    };
    const names = ids.map((i) => i.path).join(' and ');
    if (best?.match.tri === 'maybe') {
      ctx.report({
        ...base,
        level: 'note',
        message:
          `Cannot prove that credential set ${set.resource.address} can read its secrets (${names}) in Key Vault "${vaultName}" ` +
          `(${vault.resource.address}): ${best.resource.address} may grant it, but ${best.match.why}. ` +
          `Without read access Azure reports the credentials as Unhealthy and the cache cannot log in upstream. To be sure: ${fix}.`,
      });
      continue;
    }
    ctx.report({
      ...base,
      ...(mayNotExist ? { level: 'note' as const } : {}),
      message:
        `Credential set ${set.resource.address} reads ${names}${originClause(first.value.origin)} from Key Vault "${vaultName}" ` +
        `(${vault.resource.address}), but nothing in this configuration grants its system-assigned identity read access to secrets there ` +
        `(no Key Vault Secrets User / Secrets Officer / Administrator role assignment on the vault or its secrets, and no access policy with Get on secrets)` +
        `${ignored.length > 0 ? `; ${ignored.join('; ')}` : ''}` +
        `${mayNotExist ? `; the credential set may not exist (${mayNotExist})` : ''}. ` +
        `Azure then reports the credentials as Unhealthy and cache rules using this set cannot log in upstream. Fix: ${fix}.`,
    });
  }

  if (outside.length > 0) {
    const first = outside[0]!;
    const labels = [...new Set(outside.map((o) => o.label))];
    ctx.report({
      subject: set.resource,
      attribute: first.id.path,
      value: first.id.value,
      level: 'note',
      message:
        `Cannot check whether credential set ${set.resource.address} can read its secrets (${outside.map((o) => o.id.path).join(' and ')}): ` +
        `their Key Vault (${labels.join('; ')}) is not in this configuration. Make sure its system-assigned identity (${principal}) has ` +
        `Key Vault Secrets User on that vault or the secrets, or an access policy with Get on secrets; otherwise Azure reports the credentials as Unhealthy.`,
    });
  }

  if (unknowns.length > 0) {
    const first = unknowns[0]!;
    ctx.report({
      subject: set.resource,
      attribute: first.id.path,
      value: first.id.value,
      level: 'note',
      message:
        `Cannot tell which Key Vault credential set ${set.resource.address} reads its secrets from: ` +
        `${unknowns.map((u) => `${u.id.path} is unknown (${u.why})`).join('; ')}. ` +
        `Make sure its system-assigned identity (${principal}) can read secrets in that vault (Key Vault Secrets User, or an access policy with Get on secrets).`,
    });
  }
}

/** The username and password secret ids, each with its attribute path (indexed when there are several credentials). */
function secretIds(set: CredentialSet): SecretId[] {
  const many = Math.max(set.usernameSecretIds.length, set.passwordSecretIds.length) > 1;
  const at = (path: string, i: number): string => (many ? path.replace(/^(authentication_credentials|body\.properties\.authCredentials)\./, `$1[${i}].`) : path);
  return [
    ...set.usernameSecretIds.map((value, i) => ({ value, path: at(set.paths.usernameSecretId, i) })),
    ...set.passwordSecretIds.map((value, i) => ({ value, path: at(set.paths.passwordSecretId, i) })),
  ];
}

/** The vaults a secret id names: through its references (a vault, or a secret in a vault), or the vault name in a literal URL. */
function targetsOf(model: AcrModel, set: CredentialSet, value: Value): Target[] {
  const from = set.resource;
  const vaults = new Map<string, KeyVault>();
  for (const vault of model.keyVaults) if (refersTo(value, from, vault.resource)) vaults.set(vault.resource.address, vault);
  const unresolvedSecrets: string[] = [];
  for (const secret of model.keyVaultSecrets) {
    if (!refersTo(value, from, secret.resource)) continue;
    const found = vaultsOfId(model, secret.keyVaultId, secret.resource);
    for (const v of found) vaults.set(v.resource.address, v);
    if (found.length === 0) unresolvedSecrets.push(secret.resource.address);
  }
  const url = stringOf(value);
  if (url !== undefined) {
    const name = vaultNameOfSecretUrl(url);
    if (name === undefined) {
      if (vaults.size === 0) return [{ kind: 'unknown', why: `"${url}" is not a Key Vault secret URL (https://<vault>.vault.azure.net/secrets/<name>)` }];
    } else {
      const named = vaultsNamed(model, from.root, name);
      for (const v of named) vaults.set(v.resource.address, v);
      if (named.length === 0 && vaults.size === 0) return [{ kind: 'outside', label: `vault "${name}"` }];
    }
  }
  if (vaults.size > 0) return [...vaults.values()].map((vault) => ({ kind: 'vault', vault }));
  if (unresolvedSecrets.length > 0) return [{ kind: 'unknown', why: `the key_vault_id of ${unresolvedSecrets.join(', ')} does not name a vault in this configuration` }];
  const dataSources = (value.refs ?? []).filter((r) => /(^|\.)data\./.test(r));
  if (dataSources.length > 0) return [{ kind: 'outside', label: `read through ${dataSources.join(', ')}` }];
  if (!value.known) return [{ kind: 'unknown', why: value.why }];
  return [{ kind: 'unknown', why: 'it is not a string' }];
}

/** `https://<name>.vault.azure.net/secrets/...` (any cloud's `vault.` suffix): the vault name. */
function vaultNameOfSecretUrl(url: string): string | undefined {
  const m = /^https:\/\/([a-z0-9-]+)\.vault\.[^/]+\/secrets\//i.exec(url.trim());
  return m?.[1];
}

/** `/subscriptions/…/providers/Microsoft.KeyVault/vaults/<name>[/secrets/<s>…]`: the vault name. */
function vaultNameOfResourceId(id: string): string | undefined {
  return /\/providers\/Microsoft\.KeyVault\/vaults\/([^/]+)(?:\/|$)/i.exec(id)?.[1];
}

function vaultsNamed(model: AcrModel, root: string, name: string): KeyVault[] {
  return model.keyVaults.filter((v) => v.resource.root === root && stringOf(v.name)?.toLowerCase() === name.toLowerCase());
}

/** The vaults a `key_vault_id`-like value names, by reference or by a literal resource id. */
function vaultsOfId(model: AcrModel, id: Value, from: Resource): KeyVault[] {
  const byRef = model.keyVaults.filter((v) => refersTo(id, from, v.resource));
  if (byRef.length > 0) return byRef;
  const literal = stringOf(id);
  const name = literal === undefined ? undefined : vaultNameOfResourceId(literal);
  return name === undefined ? [] : vaultsNamed(model, from.root, name);
}

/** Whether an id-valued argument (`key_vault_id`) names `vault`. */
function namesVault(model: AcrModel, id: Value, from: Resource, vault: KeyVault): Match {
  if (vaultsOfId(model, id, from).includes(vault)) return YES;
  if (!id.known && (id.refs ?? []).length === 0) return maybe(`its vault id is unknown (${id.why})`);
  return NO;
}

/**
 * The strongest grant of read access to secrets in `vault` for the credential set's identity, and
 * the grants that would match but do not apply under the vault's permission model.
 */
function bestGrant(model: AcrModel, set: CredentialSet, vault: KeyVault): { grant?: Grant; ignored: string[] } {
  const permissions = permissionModel(vault);
  const rbac = permissions?.rbac;
  const grants: Grant[] = [];
  const ignored: string[] = [];
  for (const ra of model.roleAssignments) {
    if (ra.resource.root !== set.resource.root) continue;
    const match = all(
      principalMatches(ra.principalId, ra.resource, set),
      roleMatches(ra.roleName, ra.roleId),
      scopeMatches(model, ra.scope, ra.resource, vault),
      ra.resource.unknownInstances ? maybe(`whether ${ra.resource.address} exists is unknown (${ra.resource.unknownInstances})`) : YES,
    );
    if (match.tri === 'no') continue;
    if (rbac === false) ignored.push(`${ra.resource.address} does not apply: the vault uses access policies (${permissions?.attribute} = false), and the Key Vault roles only work with the Azure RBAC permission model`);
    else grants.push({ match, resource: ra.resource, origin: ra.principalId.origin });
  }
  const policies: Grant[] = [];
  for (const policy of model.accessPolicies) {
    if (policy.resource.root !== set.resource.root) continue;
    const match = all(
      namesVault(model, policy.keyVaultId, policy.resource, vault),
      principalMatches(policy.objectId, policy.resource, set),
      hasGet(policy.secretPermissions),
      policy.resource.unknownInstances ? maybe(`whether ${policy.resource.address} exists is unknown (${policy.resource.unknownInstances})`) : YES,
    );
    if (match.tri !== 'no') policies.push({ match, resource: policy.resource, origin: policy.objectId.origin });
  }
  const inline = vault.accessPolicies;
  if (!inline.known) {
    // Unknown inline policies (computed in a plan) only matter where access policies apply at all.
    if (rbac !== true) policies.push({ match: maybe(`its access_policy blocks are unknown (${inline.why})`), resource: vault.resource, origin: inline.origin });
  } else {
    for (const policy of listOf(inline) ?? []) {
      const objectId = attr(policy, 'object_id');
      if (!objectId) continue;
      const match = all(principalMatches(objectId, vault.resource, set), hasGet(attr(policy, 'secret_permissions')));
      if (match.tri !== 'no') policies.push({ match, resource: vault.resource, origin: objectId.origin });
    }
  }
  if (rbac === true) {
    for (const p of policies) ignored.push(`the access policy in ${p.resource.address} does not apply: the vault uses the Azure RBAC permission model (${permissions?.attribute} = true), which ignores access policies`);
  } else grants.push(...policies);
  const grant = grants.find((g) => g.match.tri === 'yes') ?? grants[0];
  return { ...(grant ? { grant } : {}), ignored };
}

/**
 * The vault's permission model when written: `true` (Azure RBAC: access policies are ignored),
 * `false` (access policies: the Key Vault data-plane roles do not apply), undefined when not known;
 * with the attribute that says so.
 */
function permissionModel(vault: KeyVault): { rbac: boolean; attribute: string } | undefined {
  for (const attribute of ['rbac_authorization_enabled', 'enable_rbac_authorization']) {
    const v = vault.resource.attributes.get(attribute);
    if (v?.known && typeof v.value === 'boolean') return { rbac: v.value, attribute };
  }
  return undefined;
}

/** The grant to add, in the vault's permission model (both forms when it is not known). */
function fixFor(vault: KeyVault, principal: string): string {
  const id = `${vault.resource.address}.id`;
  const role = `an azurerm_role_assignment with scope = ${id}, role_definition_name = "Key Vault Secrets User" and principal_id = ${principal}`;
  const policy = `an azurerm_key_vault_access_policy with key_vault_id = ${id}, object_id = ${principal} and secret_permissions = ["Get"]`;
  const model = permissionModel(vault);
  if (model?.rbac === true) return `add ${role}`;
  if (model?.rbac === false) return `add ${policy} (the vault uses access policies: ${model.attribute} = false)`;
  return `add ${role} (vault using Azure RBAC), or ${policy} (vault using access policies)`;
}

/** Whether a principal or object id is the credential set's identity. */
function principalMatches(id: Value, from: Resource, set: CredentialSet): Match {
  if (refersTo(id, from, set.resource)) return YES;
  const own = stringOf(readPath(firstBlock(set.resource.attributes.get('identity')), ['principal_id']));
  const given = stringOf(id);
  if (own !== undefined && given !== undefined) return own.toLowerCase() === given.toLowerCase() ? YES : NO;
  if (!id.known && (id.refs ?? []).length === 0) {
    return maybe(id.error ? `tf-acr-lint could not evaluate its principal (${id.why})` : `its principal is unknown (${id.why})`);
  }
  return NO;
}

/** Whether the role is one of the built-in roles that read secret values. */
function roleMatches(name: Value, id: Value): Match {
  const n = stringOf(name);
  if (n !== undefined) return READ_ROLES.some((r) => r.name.toLowerCase() === n.trim().toLowerCase()) ? YES : NO;
  if (!name.known) return maybe(`role_definition_name is unknown (${name.why})`);
  const i = stringOf(id);
  if (i !== undefined) return READ_ROLES.some((r) => i.trim().toLowerCase().endsWith(r.guid)) ? YES : NO;
  if (!id.known) return maybe(`role_definition_id is unknown (${id.why}); tf-acr-lint does not read the permissions of custom roles`);
  return NO;
}

/** Whether the scope is the vault, a secret in it, or a scope that may contain it. */
function scopeMatches(model: AcrModel, scope: Value, from: Resource, vault: KeyVault): Match {
  if (refersTo(scope, from, vault.resource)) return YES;
  for (const secret of model.keyVaultSecrets) {
    if (refersTo(scope, from, secret.resource) && vaultsOfId(model, secret.keyVaultId, secret.resource).includes(vault)) return YES;
  }
  const literal = stringOf(scope);
  if (literal !== undefined) {
    const name = vaultNameOfResourceId(literal);
    if (name !== undefined) return name.toLowerCase() === stringOf(vault.name)?.toLowerCase() ? YES : NO;
    if (/^\/subscriptions\/[^/]+(\/resourceGroups\/[^/]+)?\/?$/i.test(literal) || /^\/providers\/Microsoft\.Management\/managementGroups\/[^/]+\/?$/i.test(literal)) {
      return maybe(`its scope "${literal}" is inherited by the vaults in it, and tf-acr-lint cannot tell whether the vault is one of them`);
    }
    return NO;
  }
  const refs = scope.refs ?? [];
  const containers = refs.filter((r) => CONTAINER_TYPES.has(resourceType(r)));
  if (containers.length > 0) return maybe(`its scope (${containers.join(', ')}) is inherited by the vaults in it, and tf-acr-lint cannot tell whether the vault is one of them`);
  if (!scope.known && refs.length === 0) return maybe(`its scope is unknown (${scope.why})`);
  return NO;
}

/** `Get` (any case) among the secret permissions. */
function hasGet(permissions: Value | undefined): Match {
  if (permissions === undefined || (permissions.known && permissions.value === null)) return NO;
  if (!permissions.known) return maybe(`its secret_permissions are unknown (${permissions.why})`);
  const list = listOf(permissions);
  if (!list) return NO;
  if (list.some((p) => stringOf(p)?.toLowerCase() === 'get')) return YES;
  for (const p of list) if (!p.known) return maybe(`an entry of its secret_permissions is unknown (${p.why})`);
  return NO;
}

/** `azurerm_resource_group` from `module.x.azurerm_resource_group.rg` or `data.azurerm_subscription.current`. */
function resourceType(address: string): string {
  const parts = address.replace(/^(module\.[^.[]+(\[[^\]]*\])?\.)+/, '').split('.');
  return parts[0] === 'data' ? (parts[1] ?? '') : (parts[0] ?? '');
}

/** How to refer to the credential set's principal id in a fix. */
function principalExpression(set: CredentialSet): string {
  const avm = /^(.*)\.module\.credential_set\[("(?:[^"\\]|\\.)*")\]\.azapi_resource\.this$/.exec(set.resource.address);
  if (avm && set.resource.knownModule) return `${avm[1]}.credential_sets[${avm[2]}].principal_id`;
  return `${set.resource.address}.identity[0].principal_id`;
}
