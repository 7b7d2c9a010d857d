import type { Registry } from '../src/adapt/acr-model.js';
import { originAside, originClause } from '../src/engine/describe.js';
import type { Rule, RuleContext } from '../src/engine/rule.js';
import { isFalse, isTrue } from '../src/model/value.js';

/**
 * ACR011: export policy disabled while public network access is enabled.
 * Facts: azure-facts §2.1 — azurerm `export_policy_enabled = false` requires Premium and
 * `public_network_access_enabled = false` (CustomizeDiff). For ARM, Azure's "Disable export of
 * artifacts" page (data-loss-prevention.md) says: "To disable export of artifacts, public access to
 * the registry must also be disabled (the registry's publicNetworkAccess property must be set to
 * disabled)".
 */
export const acrExportPolicyNeedsPrivateAccess: Rule = {
  meta: {
    id: 'ACR011',
    name: 'acr-export-policy-needs-private-access',
    defaultLevel: 'error',
    securitySeverity: 4.0,
    tags: ['security', 'azure', 'acr'],
    shortDescription: 'Export policy disabled while public network access is enabled',
    fullDescription:
      'export_policy_enabled = false requires public_network_access_enabled = false (and Premium): the azurerm provider rejects the combination at plan time, and Azure requires public network access to be disabled before exports can be disabled.',
  },
  check(ctx) {
    for (const registry of ctx.model.registries) checkRegistry(ctx, registry);
  },
};

function checkRegistry(ctx: RuleContext, registry: Registry): void {
  const exportPolicy = registry.settings.exportPolicyEnabled;
  const publicAccess = registry.settings.publicNetworkAccessEnabled;
  const exportPath = registry.paths.exportPolicyEnabled;
  const publicPath = registry.paths.publicNetworkAccessEnabled;
  // Known safe either way: exports stay enabled, or public access is off.
  if (isTrue(exportPolicy) || isFalse(publicAccess)) return;
  const address = registry.resource.address;
  const azapi = registry.spelling === 'azapi';
  const disabledExport = azapi ? '"disabled"' : 'false';
  const disabledPublic = azapi ? '"Disabled"' : 'false';
  const fix =
    `set ${publicPath} = ${disabledPublic} (clients then reach the registry through private endpoints; Premium only), ` +
    `or keep public access and remove ${exportPath}${azapi ? '' : ' (default true)'}`;
  const publicContext = [{ origin: publicAccess.origin, message: `public network access is enabled here${originClause(publicAccess.origin)}` }];

  if (isFalse(exportPolicy) && isTrue(publicAccess)) {
    ctx.report({
      subject: registry.resource,
      attribute: exportPath,
      value: exportPolicy,
      context: publicContext,
      message:
        `${address} disables the export policy (${exportPath} = ${disabledExport}${originClause(exportPolicy.origin)}) while public network access is enabled ` +
        `(${publicPath}${originAside(publicAccess.origin)}). Azure allows disabling exports only on a registry whose public network access is disabled` +
        `${azapi ? '' : ', and the azurerm provider rejects this at plan time'}. Fix: ${fix}.`,
    });
    return;
  }

  // One side is unknown and the other does not rule the problem out.
  const unknowns = [
    ...(!exportPolicy.known ? [`${exportPath} is unknown (${exportPolicy.why})`] : []),
    ...(!publicAccess.known ? [`${publicPath} is unknown (${publicAccess.why})`] : []),
  ];
  if (unknowns.length === 0) return;
  const decisive = !exportPolicy.known ? exportPolicy : publicAccess;
  ctx.report({
    subject: registry.resource,
    attribute: decisive === exportPolicy ? exportPath : publicPath,
    value: decisive,
    level: 'note',
    message:
      `Cannot check the export policy of ${address}: ${unknowns.join('; ')}. ` +
      `Disabling exports while public network access is enabled is rejected; if both end up that way: ${fix}.`,
  });
}
