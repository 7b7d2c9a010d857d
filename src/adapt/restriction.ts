/**
 * Whether a registry is network-restricted (azure-facts §8 "restricted(R)"): public network access
 * disabled, or a network rule set whose default action is Deny. Shared by the rules that depend on
 * it, so they agree on what "restricted" and "cannot tell" mean.
 */
import { equals, isFalse, type Value } from '../model/value.js';
import type { Registry } from './acr-model.js';

/** Restricted (and by what), known to be open, or not known. */
export type Restriction = { kind: 'restricted'; reason: string; by: Value } | { kind: 'open' } | { kind: 'unknown'; why: string };

/** Restricted when public access is disabled or the network rules deny by default; open only when both are known to allow. */
export function restrictionOf(r: Registry): Restriction {
  const publicAccess = r.settings.publicNetworkAccessEnabled;
  const action = r.settings.networkRuleDefaultAction;
  if (isFalse(publicAccess)) {
    const written = r.paths.publicNetworkAccessEnabled.includes('publicNetworkAccess') ? '"Disabled"' : 'false';
    return { kind: 'restricted', reason: `${r.paths.publicNetworkAccessEnabled} = ${written}`, by: publicAccess };
  }
  if (equals(action, 'Deny', true)) return { kind: 'restricted', reason: `${r.paths.networkRuleDefaultAction} = "Deny"`, by: action };
  // Network rules exist only on Premium (azure-facts §2.1: azurerm refuses network_rule_set on other
  // tiers), so on a known Basic/Standard registry an unknown rule set cannot deny.
  const rulesPossible = !r.settings.sku.known || equals(r.settings.sku, 'Premium', true);
  const whys = [
    ...(!publicAccess.known ? [`${r.paths.publicNetworkAccessEnabled}: ${publicAccess.why}`] : []),
    ...(!action.known && rulesPossible ? [`${r.paths.networkRuleDefaultAction}: ${action.why}`] : []),
  ];
  return whys.length === 0 ? { kind: 'open' } : { kind: 'unknown', why: whys.join('; ') };
}
