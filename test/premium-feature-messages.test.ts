/** ACR010 says who refuses a Premium-only feature: the provider, Azure, or the AVM module's own precondition. */
import path from 'node:path';
import { lintCase, REPO_ROOT } from './helpers/fixtures.js';

const fixture = (name: string): string => path.join(REPO_ROOT, 'fixtures/rules/acr-premium-feature-on-lower-sku', name);

describe('ACR010 messages', () => {
  it('blames the AVM module precondition, not the provider, for zone redundancy and network rules (0.8.0 sends zone redundancy to azurerm as false)', async () => {
    const result = await lintCase(fixture('avm-standard'));
    const messages = result.findings.filter((f) => f.ruleName === 'acr-premium-feature-on-lower-sku').map((f) => f.message);
    expect(messages).toHaveLength(2);
    for (const message of messages) {
      expect(message).toContain('Azure/avm-res-containerregistry-registry/azurerm refuses it in a precondition');
      expect(message).not.toContain('azurerm provider rejects');
    }
  });

  it('still blames the provider for a feature the module passes through unchecked (retention in 0.4.0)', async () => {
    const result = await lintCase(fixture('avm-0.4-standard-defaults'));
    const retention = result.findings.find((f) => f.ruleName === 'acr-premium-feature-on-lower-sku' && f.attribute === 'retention_policy_in_days');
    expect(retention?.message).toContain('The azurerm provider rejects it');
  });
});
