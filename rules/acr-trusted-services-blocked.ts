import type { Registry } from '../src/adapt/acr-model.js';
import { restrictionOf } from '../src/adapt/restriction.js';
import { moduleCallHint, originClause, describeUnknowns } from '../src/engine/describe.js';
import type { Report, Rule, RuleContext } from '../src/engine/rule.js';
import { equals, type Value } from '../src/model/value.js';

/**
 * ACR002: a network-restricted registry whose trusted-services bypass is `None`, without cache rules
 * (ACR001 covers registries with cache rules).
 * Fact: azure-facts §4.7 — allow-access-trusted-services.md: instances of Azure Container Instances,
 * Microsoft Defender for Cloud, Machine Learning and Azure Container Registry (import) reach a
 * network-restricted registry only when "allow trusted services" is enabled; §2.1 / §3.1: the
 * azurerm and ARM default is `AzureServices`; §1.2: the AVM module's default is `None`.
 */
export const acrTrustedServicesBlocked: Rule = {
  meta: {
    id: 'ACR002',
    name: 'acr-trusted-services-blocked',
    defaultLevel: 'warning',
    securitySeverity: 5.0,
    tags: ['security', 'networking', 'azure', 'acr'],
    shortDescription: 'Trusted Azure services cannot reach the network-restricted registry: its bypass is None',
    fullDescription:
      'A network-restricted registry (public network access disabled, or network rules that deny by default) with network_rule_bypass_option = "None" blocks the trusted Azure services that reach it through the firewall exception: Microsoft Defender for Cloud image scanning, ACR import, and Azure Container Instances or Machine Learning using a managed identity. Set network_rule_bypass_option = "AzureServices" unless blocking them is intended.',
  },
  check(ctx) {
    for (const registry of ctx.model.registries) checkRegistry(ctx, registry);
  },
};

/** What the trusted-services exception lets through (allow-access-trusted-services.md). */
const SERVICES =
  'Microsoft Defender for Cloud (vulnerability scanning of the images), ACR import to or from this registry, ' +
  'and Azure Container Instances or Azure Machine Learning pulling with a managed identity';

function checkRegistry(ctx: RuleContext, registry: Registry): void {
  // A registry with a cache rule that exists is ACR001's: there the same setting stops Artifact Cache, an error.
  if (registry.cacheRules.some((r) => r.resource.unknownInstances === undefined)) return;
  const restriction = restrictionOf(registry);
  const bypass = registry.settings.networkRuleBypass;
  const bypassIsNone = equals(bypass, 'None', true);
  if (restriction.kind === 'open' || (bypass.known && !bypassIsNone)) return;

  const path = registry.paths.networkRuleBypass;
  const address = registry.resource.address;
  const base: Pick<Report, 'subject' | 'attribute' | 'value' | 'context'> = {
    subject: registry.resource,
    attribute: path,
    value: bypass,
    ...(restriction.kind === 'restricted' ? { context: [{ origin: restriction.by.origin, message: `the registry is network-restricted here (${restriction.reason})` }] } : {}),
  };
  const fix = `set ${path} = "AzureServices"${moduleCallHint(bypass)}, or keep "None" and suppress this finding if blocking these services is intended`;

  if (restriction.kind === 'restricted' && bypassIsNone) {
    ctx.report({
      ...base,
      message:
        `Trusted Azure services cannot reach ${address}: the registry is network-restricted (${restriction.reason}) and ${path} is "None"` +
        `${bypass.origin.provenance.kind === 'module-default' ? '' : originClause(bypass.origin)}, which turns off the "Allow trusted Microsoft services" firewall exception. ` +
        `Blocked: ${SERVICES}.${moduleDefaultNote(bypass)} Fix: ${fix}.`,
    });
    return;
  }
  // With cache rules that may exist, ACR001's note already names what is unknown.
  if (registry.cacheRules.length > 0) return;

  const unknowns = [
    ...(!bypass.known ? [`${path} is unknown (${bypass.why})`] : []),
    ...(restriction.kind === 'unknown' ? [`whether the registry is network-restricted is unknown (${describeUnknowns(restriction.unknowns, bypass.known ? undefined : bypass.why)})`] : []),
  ];
  ctx.report({
    ...base,
    level: 'note',
    message:
      `Cannot tell whether trusted Azure services can reach ${address}: ${unknowns.join('; ')}. ` +
      `If the registry is network-restricted and ${path} is "None", ${SERVICES} are blocked.${moduleDefaultNote(bypass)} ` +
      `To let them through: set ${path} = "AzureServices"${moduleCallHint(bypass)}.`,
  });
}

/** When the `None` is the AVM module's default, say so: nobody wrote it, and it differs from azurerm and ARM. */
function moduleDefaultNote(bypass: Value): string {
  const p = bypass.origin.provenance;
  if (p.kind !== 'module-default') return '';
  const module = `${p.source ?? 'the module'}${p.version ? ` ${p.version}` : ''}`;
  return (
    ` Nobody wrote this "None": it is the default of ${module} for "${p.input}", which ${p.call} does not set` +
    ' (the azurerm provider and ARM default to "AzureServices"; the module has defaulted to "None" in every release from 0.1.0 to 0.8.0).'
  );
}
