import { originAside } from '../src/engine/describe.js';
import type { Rule } from '../src/engine/rule.js';
import { equals, isTrue } from '../src/model/value.js';

/**
 * ACR014: anonymous pull is enabled on the registry.
 * Source (not in azure-facts; checked with the docs): anonymous-pull-access.md — anonymous pull
 * "allows any user with internet access the ability to pull any content from the registry", "makes
 * all registry content publicly available for read (pull) actions", "currently applies to all
 * repositories in the registry" (repository-scoped tokens do not limit it), and is available in the
 * Standard and Premium tiers. Attribute facts: azure-facts §2.1 (`anonymous_pull_enabled`, Standard
 * or Premium), §3.1 (`anonymousPullEnabled`, default false), §1.2 (AVM default false).
 */
export const acrAnonymousPullEnabled: Rule = {
  meta: {
    id: 'ACR014',
    name: 'acr-anonymous-pull-enabled',
    defaultLevel: 'warning',
    securitySeverity: 7.0,
    tags: ['security', 'azure', 'acr'],
    shortDescription: 'Anonymous pull is enabled on the registry',
    fullDescription:
      'anonymous_pull_enabled lets anyone who can reach the registry pull any content in it without credentials: it applies to every repository, whatever repository-scoped tokens say. Enable it only for registries meant to be public.',
  },
  check(ctx) {
    for (const registry of ctx.model.registries) {
      const anonymous = registry.settings.anonymousPullEnabled;
      const path = registry.paths.anonymousPullEnabled;
      const address = registry.resource.address;
      if (isTrue(anonymous)) {
        const basic = equals(registry.settings.sku, 'Basic', true)
          ? ` Note also that Azure offers anonymous pull on the Standard and Premium tiers only, and ${address} is Basic.`
          : '';
        ctx.report({
          subject: registry.resource,
          attribute: path,
          value: anonymous,
          message:
            `Anonymous pull is enabled on ${address} (${path}${originAside(anonymous.origin)}): anyone who can reach the registry can pull any image or artifact in it ` +
            `without credentials, in every repository, whatever repository-scoped tokens allow.${basic} ` +
            `Fix: remove ${path} or set it to false, unless the registry is meant to publish public content; then keep private images in another registry.`,
        });
      } else if (!anonymous.known) {
        ctx.report({
          subject: registry.resource,
          attribute: path,
          value: anonymous,
          level: 'note',
          message: `Cannot tell whether anonymous pull is enabled on ${address}: ${path} is unknown (${anonymous.why}). If it ends up true, anyone who can reach the registry can pull all of its content without credentials.`,
        });
      }
    }
  },
};
