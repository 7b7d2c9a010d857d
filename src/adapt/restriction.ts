/**
 * Whether a registry is network-restricted (azure-facts §8 "restricted(R)"): public network access
 * disabled, or a network rule set whose default action is Deny. Shared by the rules that depend on
 * it, so they agree on what "restricted" and "cannot tell" mean.
 */
import { equals, isFalse, type Value } from '../model/value.js';
import type { Registry } from './acr-model.js';

/** Restricted (and by what), known to be open, or not known: then each setting that is unknown, and why. */
export type Restriction = { kind: 'restricted'; reason: string; by: Value } | { kind: 'open' } | { kind: 'unknown'; unknowns: UnknownSetting[] };

/** A setting whose value is unknown: its attribute path, and the value's reason. */
export interface UnknownSetting {
  readonly path: string;
  readonly why: string;
}

/** Restricted when public access is disabled or the network rules deny by default; open only when both are known to allow. */
export function restrictionOf(r: Registry): Restriction {
  const publicAccess = r.settings.publicNetworkAccessEnabled;
  const action = r.settings.networkRuleDefaultAction;
  // Disabling public access and network rules are Premium-only (azure-facts §2.1): on a known Basic or
  // Standard registry the provider or Azure refuses them, so the registry is never restricted (ACR010
  // reports the setting instead).
  if (r.settings.sku.known && !equals(r.settings.sku, 'Premium', true)) return { kind: 'open' };
  if (isFalse(publicAccess)) {
    const written = r.paths.publicNetworkAccessEnabled.includes('publicNetworkAccess') ? '"Disabled"' : 'false';
    return { kind: 'restricted', reason: `${r.paths.publicNetworkAccessEnabled} = ${written}`, by: publicAccess };
  }
  if (equals(action, 'Deny', true)) return { kind: 'restricted', reason: `${r.paths.networkRuleDefaultAction} = "Deny"`, by: action };
  const unknowns: UnknownSetting[] = [
    ...(!publicAccess.known ? [{ path: r.paths.publicNetworkAccessEnabled, why: publicAccess.why }] : []),
    ...(!action.known ? [{ path: r.paths.networkRuleDefaultAction, why: action.why }] : []),
  ];
  return unknowns.length === 0 ? { kind: 'open' } : { kind: 'unknown', unknowns };
}
