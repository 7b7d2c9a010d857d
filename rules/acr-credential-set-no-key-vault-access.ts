import { allCredentialSets, type AcrModel, type CredentialSet, type KeyVault, type KeyVaultAccessPolicy, type RoleAssignment } from '../src/adapt/acr-model.js';
import { IdentityIndex, isIdentityOf, maybe, namesOutsideVault, namesVault, NO, outsideVaultsToGrant, scopeCoversVault, secretVaults, YES, type Match, type OutsideVault, type UnresolvedSecret } from '../src/adapt/key-vault.js';
import { originClause } from '../src/engine/describe.js';
import type { Report, Rule, RuleContext } from '../src/engine/rule.js';
import type { Resource } from '../src/model/graph.js';
import { attr, listOf, stringOf, type Origin, type Value } from '../src/model/value.js';
import { appendAll } from '../src/model/append.js';

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
    const grantors: Grantors = {
      roleAssignments: new IdentityIndex(ctx.model.roleAssignments, (ra) => ({ id: ra.principalId, from: ra.resource })),
      accessPolicies: new IdentityIndex(ctx.model.accessPolicies, (p) => ({ id: p.objectId, from: p.resource })),
    };
    for (const set of allCredentialSets(ctx.model)) checkCredentialSet(ctx, grantors, set);
  },
};

/** The built-in roles that can read secret values, by name and by role definition GUID. */
const READ_ROLES: { name: string; guid: string }[] = [
  { name: 'Key Vault Secrets User', guid: '4633458b-17de-408a-b874-0445c86b69e6' },
  { name: 'Key Vault Secrets Officer', guid: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7' },
  { name: 'Key Vault Administrator', guid: '00482a5a-887f-4fb3-b363-3b7fe8e74483' },
];

/** All parts must hold; the first doubtful part says why. */
function all(...parts: Match[]): Match {
  if (parts.some((p) => p.tri === 'no')) return NO;
  const doubts = parts.filter((p): p is { tri: 'maybe'; why: string } => p.tri === 'maybe');
  return doubts.length === 0 ? YES : maybe(doubts.map((d) => d.why).join('; '));
}

/** The role assignments and access policies, indexed by the identity they grant to. */
interface Grantors {
  roleAssignments: IdentityIndex<RoleAssignment>;
  accessPolicies: IdentityIndex<KeyVaultAccessPolicy>;
}

/** A possible grant of read access, with the place that explains it. */
interface Grant {
  match: Match;
  resource: Resource;
  origin: Origin;
}

function checkCredentialSet(ctx: RuleContext, grantors: Grantors, set: CredentialSet): void {
  const { vaults, outside, unknown: unknowns } = secretVaults(ctx.model, set);
  const principal = principalExpression(set);
  const mayNotExist = set.resource.unknownInstances;

  for (const { vault, secrets } of vaults) {
    const first = secrets[0]!;
    const vaultName = stringOf(vault.name) ?? vault.resource.address;
    const { grant: best, ignored } = bestGrant(ctx.model, grantors, set, vault);
    if (best?.match.tri === 'yes') continue;
    const fix = fixFor(vault, principal);
    const base: Pick<Report, 'subject' | 'attribute' | 'value' | 'context'> = {
      subject: set.resource,
      attribute: first.path,
      value: first.value,
      context: [
        { origin: vault.name.origin, message: `the Key Vault ${ctx.quote(vaultName)} the secrets are read from` },
        ...(best ? [{ origin: best.origin, message: `${best.resource.address} may grant read access` }] : []),
      ],
    };
    const names = secrets.map((i) => i.path).join(' and ');
    if (best?.match.tri === 'maybe') {
      ctx.report({
        ...base,
        level: 'note',
        message:
          `Cannot prove that credential set ${set.resource.address} can read its secrets (${names}) in Key Vault ${ctx.quote(vaultName)} ` +
          `(${vault.resource.address}): ${best.resource.address} may grant it, but ${best.match.why}. ` +
          `Without read access Azure reports the credentials as Unhealthy and the cache cannot log in upstream. To be sure: ${fix}.`,
      });
      continue;
    }
    ctx.report({
      ...base,
      ...(mayNotExist ? { level: 'note' as const } : {}),
      message:
        `Credential set ${set.resource.address} reads ${names}${originClause(first.value.origin)} from Key Vault ${ctx.quote(vaultName)} ` +
        `(${vault.resource.address}), but nothing in this configuration grants its system-assigned identity read access to secrets there ` +
        `(no Key Vault Secrets User / Secrets Officer / Administrator role assignment on the vault or its secrets, and no access policy with Get on secrets)` +
        `${ignored.length > 0 ? `; ${ignored.join('; ')}` : ''}` +
        `${mayNotExist ? `; the credential set may not exist (${mayNotExist})` : ''}. ` +
        `Azure then reports the credentials as Unhealthy and cache rules using this set cannot log in upstream. Fix: ${fix}.`,
    });
  }

  // A vault outside the configuration cannot be checked, unless the grant names it as the secret ids do.
  const unchecked = outside.filter(({ outside: o }) => !grantedOutside(grantors, set, o));
  if (unchecked.length > 0) {
    const first = unchecked[0]!;
    // The vault name is a part of the secret URL: hidden whole when the URL is sensitive, which redaction of the message would not catch.
    // Data sources shared by the secret ids (one `data "azurerm_key_vault"` for both) are named once.
    const named = [...new Set(unchecked.flatMap(({ outside: o }) => ('vault' in o ? [`vault ${ctx.quoteDerived(o.vault, o.secretId)}`] : [])))];
    // A secret data source whose key_vault_id names no vault that can be told may read a vault of this configuration or
    // another: said apart, so the note does not call that vault outside.
    const unresolved = new Map<string, UnresolvedSecret>();
    for (const { outside: o } of unchecked) if (!('vault' in o)) for (const u of o.unresolved ?? []) if (!unresolved.has(u.address)) unresolved.set(u.address, u);
    const through = [...new Set(unchecked.flatMap(({ outside: o }) => ('vault' in o ? [] : o.dataSources)))].filter((ref) => !unresolved.has(ref));
    const labels = [...named, ...(through.length > 0 ? [`the one read through ${through.join(', ')}`] : [])];
    // What the labels name: a secret read only through data sources whose vault cannot be told is in the clause of its own.
    const labelled = unchecked.filter(({ outside: o }) => 'vault' in o || o.dataSources.some((ref) => !unresolved.has(ref)));
    // A vault declared as an azapi_resource is in the configuration, but its access policies and role assignments are not read.
    const unread = [...new Set(labelled.flatMap(({ outside: o }) => ('unread' in o && o.unread !== undefined ? [o.unread] : [])))];
    const outsideWhere =
      labels.length === 0
        ? undefined
        : labelled.every(({ outside: o }) => 'unread' in o && o.unread !== undefined)
          ? `their Key Vault (${labels.join('; ')}) is declared as ${unread.join(', ')}, whose access policies and role assignments tf-acr-lint does not read`
          : `their Key Vault (${labels.join('; ')}) is not in this configuration`;
    const where = [...(outsideWhere !== undefined ? [outsideWhere] : []), ...unresolvedClause([...unresolved.values()])].join('; ');
    ctx.report({
      subject: set.resource,
      attribute: first.secret.path,
      value: first.secret.value,
      level: 'note',
      message:
        `Cannot check whether credential set ${set.resource.address} can read its secrets (${unchecked.map((o) => o.secret.path).join(' and ')}): ` +
        `${where}. Make sure its system-assigned identity (${principal}) has ` +
        `Key Vault Secrets User on that vault or the secrets, or an access policy with Get on secrets; otherwise Azure reports the credentials as Unhealthy.`,
    });
  }

  if (unknowns.length > 0) {
    const first = unknowns[0]!;
    ctx.report({
      subject: set.resource,
      attribute: first.secret.path,
      value: first.secret.value,
      level: 'note',
      message:
        `Cannot tell which Key Vault credential set ${set.resource.address} reads its secrets from: ` +
        `${unknowns.map((u) => `${u.secret.path} is unknown (${u.why})`).join('; ')}. ` +
        `Make sure its system-assigned identity (${principal}) can read secrets in that vault (Key Vault Secrets User, or an access policy with Get on secrets).`,
    });
  }
}

/**
 * The strongest grant of read access to secrets in `vault` for the credential set's identity, and
 * the grants that would match but do not apply under the vault's permission model.
 */
function bestGrant(model: AcrModel, grantors: Grantors, set: CredentialSet, vault: KeyVault): { grant?: Grant; ignored: string[] } {
  const permissions = permissionModel(vault);
  const rbac = permissions?.rbac;
  const grants: Grant[] = [];
  const ignored: string[] = [];
  // The index leaves out the assignments whose identity cannot match; the scope test walks vaults and secrets.
  for (const ra of grantors.roleAssignments.candidates(set)) {
    const identity = isIdentityOf(ra.principalId, ra.resource, set);
    if (identity.tri === 'no') continue;
    const match = all(
      identity,
      roleMatches(ra.roleName, ra.roleId),
      scopeCoversVault(model, ra.scope, ra.resource, vault),
      ra.resource.unknownInstances ? maybe(`whether ${ra.resource.address} exists is unknown (${ra.resource.unknownInstances})`) : YES,
    );
    if (match.tri === 'no') continue;
    if (rbac === false) ignored.push(`${ra.resource.address} does not apply: the vault uses access policies (${permissions?.attribute} = false), and the Key Vault roles only work with the Azure RBAC permission model`);
    else grants.push({ match, resource: ra.resource, origin: ra.principalId.origin });
  }
  const policies: Grant[] = [];
  for (const policy of grantors.accessPolicies.candidates(set)) {
    const identity = isIdentityOf(policy.objectId, policy.resource, set);
    if (identity.tri === 'no') continue;
    const match = all(
      namesVault(model, policy.keyVaultId, policy.resource, vault),
      identity,
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
      const match = all(isIdentityOf(objectId, vault.resource, set), hasGet(attr(policy, 'secret_permissions')));
      if (match.tri !== 'no') policies.push({ match, resource: vault.resource, origin: objectId.origin });
    }
  }
  if (rbac === true) {
    for (const p of policies) ignored.push(`the access policy in ${p.resource.address} does not apply: the vault uses the Azure RBAC permission model (${permissions?.attribute} = true), which ignores access policies`);
  } else appendAll(grants, policies);
  const grant = grants.find((g) => g.match.tri === 'yes') ?? grants[0];
  return { ...(grant ? { grant } : {}), ignored };
}

/**
 * Whether this configuration certainly grants the credential set's identity read access to secrets
 * in a vault it does not hold: a role assignment with a reading role whose scope names that vault
 * as the secret ids do, or an access policy on it with Get. Its permission model is not known here,
 * so either counts, as for a vault of the configuration whose model is not written.
 */
function grantedOutside(grantors: Grantors, set: CredentialSet, outside: OutsideVault): boolean {
  const certain = (m: Match): boolean => m.tri === 'yes';
  const granted = (vault: OutsideVault): boolean =>
    grantors.roleAssignments
      .candidates(set)
      .some((ra) => !ra.resource.unknownInstances && namesOutsideVault(ra.scope, vault) && certain(all(isIdentityOf(ra.principalId, ra.resource, set), roleMatches(ra.roleName, ra.roleId)))) ||
    grantors.accessPolicies
      .candidates(set)
      .some((p) => !p.resource.unknownInstances && namesOutsideVault(p.keyVaultId, vault) && certain(all(isIdentityOf(p.objectId, p.resource, set), hasGet(p.secretPermissions))));
  // Every vault the secret id may be read from.
  const vaults = outsideVaultsToGrant(outside);
  return vaults.length > 0 && vaults.every(granted);
}

/**
 * For secret data sources whose vault cannot be told (their `key_vault_id` is unknown or names none):
 * which, and why when known. Whether that vault is in this configuration is not known either, so no
 * grant is matched to it and the note does not call it outside.
 */
function unresolvedClause(unresolved: readonly UnresolvedSecret[]): string[] {
  if (unresolved.length === 0) return [];
  const whys = unresolved.filter((u) => u.why !== undefined);
  const because =
    whys.length === 0 ? '' : unresolved.length === 1 ? ` (${whys[0]!.why})` : ` (${whys.map((u) => `${u.address}: ${u.why}`).join('; ')})`;
  const one = unresolved.length === 1;
  return [
    `tf-acr-lint cannot tell which Key Vault ${unresolved.map((u) => u.address).join(', ')} ${one ? 'reads' : 'read'} from${because}, ` +
      `so whether ${one ? 'that vault is' : 'those vaults are'} in this configuration is unknown`,
  ];
}

/**
 * The vault's permission model when known: `true` (Azure RBAC: access policies are ignored),
 * `false` (access policies: the Key Vault data-plane roles do not apply); with the attribute that says so.
 */
function permissionModel(vault: KeyVault): { rbac: boolean; attribute: string } | undefined {
  const v = vault.rbacAuthorization;
  return v.known && typeof v.value === 'boolean' ? { rbac: v.value, attribute: vault.paths.rbacAuthorization } : undefined;
}

/** The grant to add, in the vault's permission model (both forms when it is not known). */
function fixFor(vault: KeyVault, principal: string): string {
  const id = `${vault.resource.address}.id`;
  const role = `an azurerm_role_assignment with scope = ${id}, role_definition_name = "Key Vault Secrets User" and principal_id = ${principal}`;
  // tenant_id is a required argument of azurerm_key_vault_access_policy; the vault's own tenant is the one its policies use.
  const policy = `an azurerm_key_vault_access_policy with key_vault_id = ${id}, tenant_id = ${vault.resource.address}.tenant_id, object_id = ${principal} and secret_permissions = ["Get"]`;
  const model = permissionModel(vault);
  if (model?.rbac === true) return `add ${role}`;
  if (model?.rbac === false) return `add ${policy} (the vault uses access policies: ${model.attribute} = false)`;
  return `add ${role} (vault using Azure RBAC), or ${policy} (vault using access policies)`;
}

/** Whether the role is one of the built-in roles that read secret values. */
function roleMatches(name: Value, id: Value): Match {
  const n = stringOf(name);
  if (n !== undefined) return READ_ROLES.some((r) => r.name.toLowerCase() === n.trim().toLowerCase()) ? YES : NO;
  if (!name.known) return maybe(`role_definition_name is unknown (${name.why})`);
  const i = stringOf(id);
  if (i !== undefined) return READ_ROLES.some((r) => i.trim().toLowerCase().endsWith(r.guid)) ? YES : NO;
  if (!id.known) {
    // A custom role's id is known after apply; a built-in role's id built from a data source is not one.
    const custom = (id.refs ?? []).some((ref) => /(^|\.)azurerm_role_definition\./.test(ref));
    return maybe(`role_definition_id is unknown (${id.why})${custom ? '; tf-acr-lint does not read the permissions of custom roles' : ''}`);
  }
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

/** How to refer to the credential set's principal id in a fix: for the AVM module, its `credential_sets` output. */
function principalExpression(set: CredentialSet): string {
  return set.avm ? `${set.avm.call}.credential_sets[${set.avm.key}].principal_id` : `${set.resource.address}.identity[0].principal_id`;
}
