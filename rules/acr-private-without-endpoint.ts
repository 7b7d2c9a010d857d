import type { Registry, UnreadCallGiven } from '../src/adapt/acr-model.js';
import { originAside } from '../src/engine/describe.js';
import type { Rule, RuleContext } from '../src/engine/rule.js';
import { isFalse, stringOf } from '../src/model/value.js';

/**
 * ACR012: public network access disabled and no private endpoint to the registry in this configuration.
 * Facts: azure-facts §2.5 (a private endpoint to a registry: `subresource_names = ["registry"]`,
 * Premium only) and §4.7 (allow-access-trusted-services.md: a registry's private endpoint is reachable
 * from the virtual network; other callers get through only as trusted services).
 * A module call tf-acr-lint does not read that is given the registry may create its endpoint: then
 * the note says it cannot tell, and names the call, instead of saying there is none.
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
      'With public network access disabled, clients reach the registry only through private endpoints. None targets it in the scanned configuration; one may be managed elsewhere, otherwise the registry is unreachable. When a module call tf-acr-lint cannot read (not installed, not modelled) is given the registry, it may create the endpoint, and the note says it cannot tell.',
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
  const disabled = `public network access to ${address} is disabled (${path}${originAside(publicAccess.origin)})`;
  if (registry.unreadCalls.length > 0) {
    // An unread module given the registry may create the endpoint: the absence is not known, and the note says why.
    const calls = byCall(registry.unreadCalls);
    const shown = calls.slice(0, MAX_CALLS_NAMED).map((given) => describeCall(ctx, given));
    const more = calls.length > MAX_CALLS_NAMED ? `; and ${calls.length - MAX_CALLS_NAMED} more unread module calls receive it` : '';
    ctx.report({
      subject: registry.resource,
      attribute: path,
      value: publicAccess,
      context: onePerArgument(registry.unreadCalls).map((given) => ({ origin: given.argument.value.origin, message: `${given.call.address} receives the registry here; tf-acr-lint does not read that module` })),
      message:
        `Cannot tell whether a private endpoint connects to ${address}: ${disabled}, and no private endpoint tf-acr-lint reads connects to it, but ` +
        `${shown.join('; ')}${more}. ` +
        `The diagnostic on ${calls.length > 1 ? 'each call' : 'the call'} says why it is not read${calls.some((c) => c[0]!.call.init) ? ' (a registry or git module is read once "terraform init" or "tofu init" installs it)' : ''}. If no endpoint is created there or managed elsewhere, ` +
        `clients have no way to reach the registry (trusted Azure services aside, when the bypass lets them through): ${endpointHint}.`,
    });
    return;
  }
  ctx.report({
    subject: registry.resource,
    attribute: path,
    value: publicAccess,
    message:
      `Public network access to ${address} is disabled (${path}${originAside(publicAccess.origin)}), and no private endpoint in the scanned configuration connects to it, ` +
      `so this configuration gives clients no way to reach it (trusted Azure services aside, when the bypass lets them through). ` +
      `If the endpoint is managed elsewhere (another configuration, a platform team, the portal), this is fine: suppress the note. Otherwise ${endpointHint}.`,
  });
}

/** How many unread calls a message names; the rest are counted (each is also a related location). */
const MAX_CALLS_NAMED = 3;

/** The arguments that receive the registry, grouped by the call they belong to, in the order given. */
function byCall(given: readonly UnreadCallGiven[]): UnreadCallGiven[][] {
  const groups = new Map<UnreadCallGiven['call'], UnreadCallGiven[]>();
  for (const g of given) groups.set(g.call, [...(groups.get(g.call) ?? []), g]);
  return [...groups.values()];
}

/**
 * The first instance of each argument as written: the instances of a `for_each` call share the
 * argument, and thousands of them would each add the same place.
 */
function onePerArgument(given: readonly UnreadCallGiven[]): UnreadCallGiven[] {
  const seen = new Set<string>();
  return given.filter((g) => {
    const span = g.call.headerSpan;
    const key = `${span.file}\u0000${span.start.line}\u0000${span.start.column}\u0000${g.argument.name}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}

/** `module.pe ("git::…") is not read and receives azurerm_container_registry.acr.id in private_connection_resource_id; it may create the private endpoint`. */
function describeCall(ctx: RuleContext, given: UnreadCallGiven[]): string {
  const call = given[0]!.call;
  const source = call.source === '' ? '' : ` (${ctx.quote(call.source)})`;
  const receives = given.map((g) => `${g.receives} in ${g.argument.name}`).join(' and ');
  const instances = call.unknownInstances === undefined ? '' : ` if it has any instances (${call.unknownInstances})`;
  return `${call.address}${source} is not read and receives ${receives}; it may create the private endpoint${instances}`;
}
