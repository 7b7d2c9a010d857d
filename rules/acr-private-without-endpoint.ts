import type { Registry } from '../src/adapt/acr-model.js';
import { originClause } from '../src/engine/describe.js';
import type { Rule, RuleContext } from '../src/engine/rule.js';
import { isFalse, stringOf } from '../src/model/value.js';

/**
 * ACR012: public network access disabled and no private endpoint to the registry in this configuration.
 * Facts: azure-facts §2.5 (a private endpoint to a registry: `subresource_names = ["registry"]`,
 * Premium only) and §4.7 (allow-access-trusted-services.md: a registry's private endpoint is reachable
 * from the virtual network; other callers get through only as trusted services).
 */
export const acrPrivateWithoutEndpoint: Rule = {
  meta: {
    id: 'ACR012',
    name: 'acr-private-without-endpoint',
    defaultLevel: 'note',
    securitySeverity: 2.0,
    tags: ['networking', 'azure', 'acr'],
    shortDescription: 'Public network access is disabled and no private endpoint to the registry is in this configuration',
    fullDescription:
      'With public network access disabled, clients reach the registry only through private endpoints. None targets it in the scanned configuration; one may be managed elsewhere, otherwise the registry is unreachable.',
  },
  check(ctx) {
    for (const registry of ctx.model.registries) checkRegistry(ctx, registry);
  },
};

function checkRegistry(ctx: RuleContext, registry: Registry): void {
  const publicAccess = registry.settings.publicNetworkAccessEnabled;
  // Unknown public access: this rule is only a hint, so it says nothing it cannot see.
  if (!isFalse(publicAccess) || registry.privateEndpoints.length > 0) return;
  // On Basic/Standard, disabling public access is itself reported by ACR010, and private endpoints need Premium.
  const sku = stringOf(registry.settings.sku)?.toLowerCase();
  if (sku === 'basic' || sku === 'standard') return;
  const path = registry.paths.publicNetworkAccessEnabled;
  const address = registry.resource.address;
  const endpointHint =
    registry.knownModule !== undefined
      ? `add an entry to "private_endpoints" in ${registry.knownModule.call}`
      : `add an azurerm_private_endpoint whose private_service_connection has private_connection_resource_id = ${address}.id and subresource_names = ["registry"]`;
  ctx.report({
    subject: registry.resource,
    attribute: path,
    value: publicAccess,
    message:
      `Public network access to ${address} is disabled (${path}${originClause(publicAccess.origin)}), and no private endpoint in the scanned configuration connects to it, ` +
      `so this configuration gives clients no way to reach it (trusted Azure services aside, when the bypass lets them through). ` +
      `If the endpoint is managed elsewhere (another configuration, a platform team, the portal), this is fine: suppress the note. Otherwise ${endpointHint}.`,
  });
}
