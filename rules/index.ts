import type { Rule } from '../src/engine/rule.js';
import { acrCacheBlockedByBypassNone } from './acr-cache-blocked-by-bypass-none.js';
import { acrTrustedServicesBlocked } from './acr-trusted-services-blocked.js';
import { acrCacheUpstreamNeedsCredentials } from './acr-cache-upstream-needs-credentials.js';
import { acrCacheCredentialsOnAnonymousUpstream } from './acr-cache-credentials-on-anonymous-upstream.js';
import { acrCacheUnsupportedUpstream } from './acr-cache-unsupported-upstream.js';
import { acrCacheMalformedRepository } from './acr-cache-malformed-repository.js';
import { acrCacheOverlappingRules } from './acr-cache-overlapping-rules.js';
import { acrCredentialSetNoKeyVaultAccess } from './acr-credential-set-no-key-vault-access.js';
import { acrCredentialSetVersionedSecret } from './acr-credential-set-versioned-secret.js';
import { acrPremiumFeatureOnLowerSku } from './acr-premium-feature-on-lower-sku.js';
import { acrExportPolicyNeedsPrivateAccess } from './acr-export-policy-needs-private-access.js';
import { acrPrivateWithoutEndpoint } from './acr-private-without-endpoint.js';
import { acrAdminUserEnabled } from './acr-admin-user-enabled.js';
import { acrAnonymousPullEnabled } from './acr-anonymous-pull-enabled.js';
import { acrAvmCacheRulesNeedPremium } from './acr-avm-cache-rules-need-premium.js';
import { acrDockerHubMissingNamespace } from './acr-docker-hub-missing-namespace.js';

/** Every rule, in id order. */
export const ALL_RULES: readonly Rule[] = [
  acrCacheBlockedByBypassNone,
  acrTrustedServicesBlocked,
  acrCacheUpstreamNeedsCredentials,
  acrCacheCredentialsOnAnonymousUpstream,
  acrCacheUnsupportedUpstream,
  acrCacheMalformedRepository,
  acrCacheOverlappingRules,
  acrCredentialSetNoKeyVaultAccess,
  acrCredentialSetVersionedSecret,
  acrPremiumFeatureOnLowerSku,
  acrExportPolicyNeedsPrivateAccess,
  acrPrivateWithoutEndpoint,
  acrAdminUserEnabled,
  acrAnonymousPullEnabled,
  acrAvmCacheRulesNeedPremium,
  acrDockerHubMissingNamespace,
];
