import { originAside } from '../src/engine/describe.js';
import type { Rule } from '../src/engine/rule.js';
import { isTrue } from '../src/model/value.js';

/**
 * ACR013: the registry's admin user is enabled.
 * Source (not in azure-facts; checked with the docs): container-registry-authentication.md, "Admin
 * account": the admin account "has full permissions to the registry", is "designed for a single user
 * to access the registry, mainly for testing purposes"; "All users authenticating with the admin
 * account appear as a single user with push and pull access"; individual identities and service
 * principals are recommended. The attribute facts: azure-facts §2.1 (`admin_enabled`, default false),
 * §1.2 (AVM `admin_enabled`, default false).
 */
export const acrAdminUserEnabled: Rule = {
  meta: {
    id: 'ACR013',
    name: 'acr-admin-user-enabled',
    defaultLevel: 'warning',
    securitySeverity: 7.0,
    tags: ['security', 'azure', 'acr'],
    shortDescription: 'The registry admin user is enabled',
    fullDescription:
      'The admin user is a single shared account with full permissions to the registry: everyone who uses its credentials appears as one user with push and pull access. Azure designs it for a single user, mainly for testing, and recommends Microsoft Entra identities (individual logins, service principals, managed identities) instead; repository-scoped tokens are another option.',
  },
  check(ctx) {
    for (const registry of ctx.model.registries) {
      const admin = registry.settings.adminEnabled;
      const path = registry.paths.adminEnabled;
      const address = registry.resource.address;
      const off = registry.spelling === 'azapi' ? `remove ${path} or set it to false` : `remove ${path} or set it to false (the default)`;
      if (isTrue(admin)) {
        ctx.report({
          subject: registry.resource,
          attribute: path,
          value: admin,
          message:
            `The admin user of ${address} is enabled (${path}${originAside(admin.origin)}). It is one shared account with full permissions to the registry: ` +
            `everyone using its credentials appears as a single user with push and pull access, and Azure designs it for a single user, mainly for testing. ` +
            `Fix: ${off}, and give people and workloads Microsoft Entra identities with a registry role (for example AcrPull / AcrPush through azurerm_role_assignment, ` +
            `managed identities for Azure services) or repository-scoped tokens.`,
        });
      } else if (!admin.known) {
        ctx.report({
          subject: registry.resource,
          attribute: path,
          value: admin,
          level: 'note',
          message: `Cannot tell whether the admin user of ${address} is enabled: ${path} is unknown (${admin.why}). If it ends up true, everyone using the admin credentials shares one account with full permissions; prefer Microsoft Entra identities.`,
        });
      }
    }
  },
};
