import { allCredentialSets, type CredentialSecret, type CredentialSet } from '../src/adapt/acr-model.js';
import { originClause } from '../src/engine/describe.js';
import type { Rule, RuleContext } from '../src/engine/rule.js';
import { modulePrefix, parseAddress } from '../src/model/address.js';
import { stringOf } from '../src/model/value.js';

/**
 * ACR009: a credential set secret id with a version segment.
 * Fact: azure-facts §2.4 — azurerm validates `username_secret_id` / `password_secret_id` as
 * versionless Key Vault secret ids (`keyvault.ValidateNestedItemID(VersionTypeVersionless, …)`), so a
 * versioned id fails `terraform plan`. The azapi spelling is not validated by a provider schema; the
 * Azure CLI examples use versionless ids (§4.6), so there it is a warning. An `azurerm_key_vault_secret`'s
 * `id`, versioned (rules/facts-added.md), is known only after apply, so the provider cannot check it at
 * plan: a warning for every spelling.
 */
export const acrCredentialSetVersionedSecret: Rule = {
  meta: {
    id: 'ACR009',
    name: 'acr-credential-set-versioned-secret',
    defaultLevel: 'error',
    securitySeverity: 3.0,
    tags: ['reliability', 'artifact-cache', 'key-vault', 'azure', 'acr'],
    shortDescription: 'Credential set refers to a specific secret version',
    fullDescription:
      'Credential sets take versionless Key Vault secret ids (https://<vault>.vault.azure.net/secrets/<name>). The azurerm provider rejects a versioned id (…/secrets/<name>/<version>) when it validates the configuration; azapi_resource bodies are not validated that way, and Azure’s examples use versionless ids there too.',
  },
  check(ctx) {
    for (const set of allCredentialSets(ctx.model)) checkCredentialSet(ctx, set);
  },
};

function checkCredentialSet(ctx: RuleContext, set: CredentialSet): void {
  for (const secret of set.secrets) {
    const { value, path } = secret;
    const id = stringOf(value);
    if (id === undefined) {
      checkSecretResourceId(ctx, set, secret);
      continue;
    }
    const parsed = versioned(id);
    if (!parsed) continue;
    const where = `${describeField(set, secret)} is ${ctx.quote(id)}${originClause(value.origin)}`;
    const fix = `use the versionless id ${ctx.quoteDerived(parsed.versionless, id)} (for an azurerm_key_vault_secret, its versionless_id rather than its id)`;
    if (set.spelling === 'azurerm') {
      ctx.report({
        subject: set.resource,
        attribute: path,
        value,
        message:
          `${where}, a Key Vault secret id with a version (${ctx.quoteDerived(parsed.version, id)}). The azurerm provider accepts only versionless secret ids ` +
          `for credential sets and rejects this one, so terraform plan fails. Fix: ${fix}.`,
      });
    } else {
      ctx.report({
        subject: set.resource,
        attribute: path,
        value,
        level: 'warning',
        message: `${where}, a Key Vault secret id with a version (${ctx.quoteDerived(parsed.version, id)}). ${UNVALIDATED_SPELLING}. Fix: ${fix}.`,
      });
    }
  }
}

/**
 * An id known only after apply that is the `id` of an `azurerm_key_vault_secret`, read as it is:
 * the versioned id (facts-added: the provider documents `versionless_id` as the base id, and imports
 * a secret by `…/secrets/<name>/<version>`). The provider cannot check it at plan, so a warning.
 */
function checkSecretResourceId(ctx: RuleContext, set: CredentialSet, secret: CredentialSecret): void {
  const { value, path } = secret;
  const attribute = value.known ? undefined : value.resourceAttribute;
  if (attribute?.type !== 'azurerm_key_vault_secret' || attribute.name !== 'id') return;
  const rule =
    set.spelling === 'azurerm'
      ? 'The azurerm provider accepts only versionless secret ids for credential sets, but it cannot check this one at plan, because the id is known only after apply'
      : UNVALIDATED_SPELLING;
  // The id is read in the secret's module (or passed on from it): that is where to read versionless_id instead.
  const module = modulePrefix(parseAddress(attribute.address).modules);
  const read = `${attribute.address.slice(module.length)}.id${module ? ` in ${module.slice(0, -1)}` : ''}`;
  const fix = `read versionless_id instead of id where the configuration reads ${read}`;
  ctx.report({
    subject: set.resource,
    attribute: path,
    value,
    level: 'warning',
    message:
      `${describeField(set, secret)} is ${attribute.address}.id${originClause(value.origin)}: the id of a Key Vault secret with its version ` +
      `(…/secrets/<name>/<version>; the provider calls versionless_id the base id). ${rule}. Fix: ${fix}.`,
  });
}

/** Why a versioned id is a warning where no provider validates it (azapi, the AVM module). */
const UNVALIDATED_SPELLING =
  "Credential sets are meant to take versionless secret ids: the azurerm provider rejects versioned ones and Azure's examples use versionless ids; " +
  'what the service does with a pinned version when the secret is rotated is not documented';

/** The field in words: for the AVM module, the module input the caller wrote. */
function describeField(set: CredentialSet, secret: CredentialSecret): string {
  if (set.avm) return `${secret.kind}_secret_identifier of credential_sets[${set.avm.key}] in ${set.avm.call}`;
  return `${secret.path} of ${set.resource.address}`;
}

/** `https://<vault>…/secrets/<name>/<version>`: the version and the id without it; undefined when versionless or not a secret URL. */
function versioned(id: string): { version: string; versionless: string } | undefined {
  const m = /^(https:\/\/[^/]+\/secrets\/[^/?#]+)\/([^/?#]+)\/?(?:[?#].*)?$/i.exec(id.trim());
  return m ? { versionless: m[1]!, version: m[2]! } : undefined;
}
