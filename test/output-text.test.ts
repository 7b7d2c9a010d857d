/** What leaves lint() in text: no value Terraform marks sensitive, no message of megabytes. */
import { MAX_MESSAGE_LENGTH, MAX_QUOTED_LENGTH, outputText, REDACTED, redactor } from '../src/engine/output-text.js';
import { lint } from '../src/lint.js';
import { credentialSetLines, lintFiles } from './helpers/configs.js';

const SECRET_ID = 'https://kv.vault.azure.net/secrets/TOPSECRET-pw/0123456789abcdef';

/** Everything a lint result would print: messages of findings, related places and diagnostics. */
function printed(result: Awaited<ReturnType<typeof lint>>): string {
  return JSON.stringify([...result.findings, ...result.suppressed].map((f) => [f.message, f.related.map((r) => r.message)]).concat(result.diagnostics.map((d) => d.message)));
}

/** A cache rule whose `source_repo` and `target_repo` are as given, beside a variable `variable` declared sensitive with the default `value`. */
function cacheRuleWithSecret(variable: string, value: string, source: string, target: string): string {
  return [
    `variable "${variable}" {`,
    `  default   = "${value}"`,
    '  sensitive = true',
    '}',
    'resource "azurerm_container_registry_cache_rule" "r" {',
    '  name                  = "r"',
    '  container_registry_id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/acr"',
    `  source_repo           = "${source}"`,
    `  target_repo           = "${target}"`,
    '}',
    '',
  ].join('\n');
}

const credentialSet = (passwordSecretId: string): object => ({
  name: 'c',
  login_server: 'docker.io',
  container_registry_id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/acr',
  identity: [{ type: 'SystemAssigned', principal_id: 'p', tenant_id: 't' }],
  authentication_credentials: [{ username_secret_id: 'https://kv.vault.azure.net/secrets/user', password_secret_id: passwordSecretId }],
});

describe('redactor', () => {
  it('replaces every occurrence, longest value first, and a short value only where it is quoted whole', () => {
    const redact = redactor(['hunter2-long', 'hunter2-long-er', 'abc']);
    expect(redact('a is "hunter2-long-er", b is hunter2-long; "abc" but not abcd')).toBe(`a is "${REDACTED}", b is ${REDACTED}; "${REDACTED}" but not abcd`);
    expect(redactor([])('unchanged "abc"')).toBe('unchanged "abc"');
    expect(redactor(['a.b*c'])('a.b*c and axb*c')).toBe(`${REDACTED} and axb*c`);
    // Values of megabytes are searched on their own: one pattern of them all was more than V8 compiles.
    const long = 'x'.repeat(4 * 1024 * 1024);
    expect(redactor([long, `${long}y`, 'short-one'])(`a ${long}y b ${long} c short-one`)).toBe(`a ${REDACTED} b ${REDACTED} c ${REDACTED}`);
  });

  it('replaces a lower-cased value whatever mix of σ and ς its capital sigmas became', () => {
    const redact = redactor(['Σ12AΣ']);
    for (const mix of ['ς12aσ', 'σ12aς', 'σ12aσ', 'ς12aς', 'Σ12AΣ']) expect(redact(`"x${mix}y"`)).toBe(`"x${REDACTED}y"`);
  });

  it('replaces a value written all in lower or upper case too, as a fix suggested from it may be', () => {
    const redact = redactor(['mcr.microsoft.com/SecretTeam/Private-Image', 'Ab']);
    expect(redact('"mcr.microsoft.com/SecretTeam/Private-Image"; Fix: write "mcr.microsoft.com/secretteam/private-image" or MCR.MICROSOFT.COM/SECRETTEAM/PRIVATE-IMAGE')).toBe(
      `"${REDACTED}"; Fix: write "${REDACTED}" or ${REDACTED}`,
    );
    expect(redact('"ab" "AB" "Ab" but not about')).toBe(`"${REDACTED}" "${REDACTED}" "${REDACTED}" but not about`);
    // Other mixtures of case are not the value: only the forms lower() and upper() make are.
    expect(redact('mcr.microsoft.com/SECRETteam/private-image')).toBe('mcr.microsoft.com/SECRETteam/private-image');
  });
});

describe('quotes', () => {
  it('cut a long value, never inside a sensitive value, which the message then redacts whole', () => {
    const { quote, message } = outputText(['TOPSECRET-0123456789']);
    expect(quote('short')).toBe('"short"');
    expect(quote('x'.repeat(MAX_QUOTED_LENGTH))).toBe(`"${'x'.repeat(MAX_QUOTED_LENGTH)}"`);
    expect(quote('x'.repeat(MAX_QUOTED_LENGTH + 5))).toBe(`"${'x'.repeat(MAX_QUOTED_LENGTH)}..." (5 more characters)`);
    // The cut at 256 falls inside the secret: it moves to where the secret starts, and nothing of it is left.
    const spanning = `${'x'.repeat(MAX_QUOTED_LENGTH - 8)}TOPSECRET-0123456789${'y'.repeat(100)}`;
    expect(quote(spanning)).toBe(`"${'x'.repeat(MAX_QUOTED_LENGTH - 8)}..." (120 more characters)`);
    // Secrets before the cut are whole, and the message replaces them.
    const before = `a TOPSECRET-0123456789 ${'z'.repeat(1000)}`;
    expect(message(`value ${quote(before)}`)).toBe(`value "a ${REDACTED} ${'z'.repeat(MAX_QUOTED_LENGTH - 23)}..." (${before.length - MAX_QUOTED_LENGTH} more characters)`);
  });

  it('of what a rule made from a value holding a sensitive one hide it whole, and quote it otherwise', () => {
    const { quoteDerived } = outputText(['TOPSECRET', 'ab']);
    for (const from of ['TOPSECRET', 'docker.io/TOPSECRET:v1', 'docker.io/topsecret', 'ab']) expect(quoteDerived('docker.io', from)).toBe(`"${REDACTED}"`);
    // A value of 1–3 characters is sensitive where it is the whole value, not inside others.
    expect(quoteDerived('docker.io', 'docker.io/library/tab')).toBe('"docker.io"');
    expect(quoteDerived('x'.repeat(MAX_QUOTED_LENGTH + 1), 'y')).toBe(`"${'x'.repeat(MAX_QUOTED_LENGTH)}..." (1 more characters)`);
    expect(outputText([]).quoteDerived('docker.io', 'TOPSECRET')).toBe('"docker.io"');
  });
});

describe('sensitive values', () => {
  it('of a plan (after_sensitive) are not printed, though the rules still read them', async () => {
    const plan = {
      format_version: '1.2',
      resource_changes: [
        {
          address: 'azurerm_container_registry_credential_set.c',
          mode: 'managed',
          type: 'azurerm_container_registry_credential_set',
          name: 'c',
          change: { actions: ['create'], after: credentialSet(SECRET_ID), after_unknown: { id: true }, after_sensitive: { authentication_credentials: [{ password_secret_id: true }] } },
        },
      ],
    };
    const result = await lintFiles({ 'plan.json': JSON.stringify(plan) });
    // ACR009 still sees the versioned id, and says so without printing it, or the parts it quotes: its version, the id without it.
    expect(result.findings.map((f) => f.ruleId)).toContain('ACR009');
    for (const part of [SECRET_ID, 'TOPSECRET', '0123456789abcdef']) expect(printed(result)).not.toContain(part);
    expect(printed(result)).toContain(REDACTED);
  });

  it('of a raw state (sensitive_attributes, in the old and the typed index spelling) are not printed', async () => {
    for (const index of [0, { value: 0, type: 'number' }]) {
      const instance = { attributes: credentialSet(SECRET_ID), sensitive_attributes: [[{ type: 'get_attr', value: 'authentication_credentials' }, { type: 'index', value: index }, { type: 'get_attr', value: 'password_secret_id' }]] };
      const state = { version: 4, lineage: 'l', resources: [{ mode: 'managed', type: 'azurerm_container_registry_credential_set', name: 'c', instances: [instance] }] };
      const result = await lintFiles({ 'terraform.tfstate.json': JSON.stringify(state) });
      expect(result.findings.map((f) => f.ruleId)).toContain('ACR009');
      for (const part of [SECRET_ID, 'TOPSECRET', '0123456789abcdef']) expect(printed(result)).not.toContain(part);
    }
  });

  it('of a variable declared sensitive are not printed, nor where a template writes them into another value', async () => {
    const config = [
      'variable "upstream" {',
      '  default   = "evil.example.com/team/secret-image"',
      '  sensitive = true',
      '}',
      'resource "azurerm_container_registry_cache_rule" "r" {',
      '  name                  = "r"',
      '  container_registry_id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/acr"',
      '  source_repo           = var.upstream',
      '  target_repo           = "mirror/${var.upstream}"',
      '}',
      '',
    ].join('\n');
    const result = await lintFiles({ 'main.tf': config });
    expect(result.findings.map((f) => f.ruleId)).toContain('ACR005');
    // Nor the host ACR005 names, a part of the value.
    expect(printed(result)).not.toContain('evil.example');
    const open = await lintFiles({ 'main.tf': config.replace('  sensitive = true\n', '') });
    expect(printed(open)).toContain('evil.example.com/team/secret-image');
  });

  /** A cache rule of an outside registry whose source is `source`, with `meta` (count, for_each) as its first line. */
  const rule = (source: string, meta = ''): string =>
    [
      'resource "azurerm_container_registry_cache_rule" "r" {',
      meta,
      '  name                  = "r"',
      '  container_registry_id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/acr"',
      `  source_repo           = ${source}`,
      '  target_repo           = "mirror"',
      '}',
      '',
    ].join('\n');

  it('passed through sensitive() are not printed, written in the argument or in a local; nonsensitive() leaves a value as it is', async () => {
    const hidden = await lintFiles({ 'main.tf': rule('sensitive("evil.example.com/team/secret-image")') });
    expect(hidden.findings.map((f) => f.ruleId)).toContain('ACR005');
    expect(printed(hidden)).not.toContain('evil.example');
    const local = await lintFiles({ 'main.tf': `locals {\n  upstream = sensitive({ repo = "evil.example.com/team/secret-image" })\n}\n${rule('local.upstream.repo')}` });
    expect(local.findings.map((f) => f.ruleId)).toContain('ACR005');
    expect(printed(local)).not.toContain('evil.example');
    const open = await lintFiles({ 'main.tf': rule('nonsensitive("evil.example.com/team/secret-image")') });
    expect(printed(open)).toContain('evil.example.com/team/secret-image');
  });

  it('include the keys of a sensitive map, where a message quotes them whole (keys(), a for expression over it)', async () => {
    const map = '{ "evil.example.com/team/secret-image" = "x" }';
    for (const config of [
      rule(`keys(sensitive(${map}))[0]`),
      rule(`[for k, v in sensitive(${map}) : k][0]`),
      `variable "upstreams" {\n  default   = ${map}\n  sensitive = true\n}\n${rule('keys(var.upstreams)[0]')}`,
    ]) {
      const result = await lintFiles({ 'main.tf': config });
      expect(result.findings.map((f) => f.ruleId)).toContain('ACR005');
      expect(printed(result)).not.toContain('evil.example');
    }
    // An object's attribute names are keys too: hidden only where quoted whole, so the words stay readable elsewhere.
    const object = await lintFiles({ 'main.tf': rule('sensitive({ source_repo = "evil.example.com/team/secret-image" }).source_repo') });
    expect(printed(object)).toContain('source_repo = ');
    expect(printed(object)).not.toContain('evil.example');
  });

  it('are not printed in part where ACR008 names the vault a sensitive secret id points to', async () => {
    const config = (sensitive: boolean): string =>
      [
        'variable "secret_id" {',
        `  default   = "${SECRET_ID.replace('kv.vault', 'kv-s3cr3t.vault')}"`,
        ...(sensitive ? ['  sensitive = true'] : []),
        '}',
        ...credentialSetLines('var.secret_id', 'var.secret_id'),
        '',
      ].join('\n');
    const result = await lintFiles({ 'main.tf': config(true) });
    expect(result.findings.find((f) => f.ruleId === 'ACR008')?.message).toContain(`their Key Vault (vault "${REDACTED}") is not in this configuration`);
    expect(printed(result)).not.toContain('s3cr3t');
    const open = await lintFiles({ 'main.tf': config(false) });
    expect(open.findings.find((f) => f.ruleId === 'ACR008')?.message).toContain('their Key Vault (vault "kv-s3cr3t") is not in this configuration');
  });

  it('are not printed in part where a rule quotes a part of them, or a fix made from them', async () => {
    // ACR006 names the tag and suggests the path without it; ACR016 suggests the path with library/; ACR003 names the host.
    for (const [secret, rule, part] of [
      ['docker.io/library/nginx:s3cr3t-tag', 'ACR006', 's3cr3t'],
      ['docker.io/library/nginx@sha256:5ec3e7', 'ACR006', '5ec3e7'],
      ['docker.io/library/s3cr3t-image:1', 'ACR006', 's3cr3t'],
      ['docker.io/s3cr3t-image', 'ACR016', 's3cr3t'],
      ['s3cr3t.azurecr.io/team/app', 'ACR003', 's3cr3t'],
    ]) {
      const config = cacheRuleWithSecret('upstream', secret!, '${var.upstream}', 'mirror');
      const result = await lintFiles({ 'main.tf': config });
      expect(result.findings.map((f) => f.ruleId)).toContain(rule);
      expect(printed(result)).not.toContain(part);
      const open = await lintFiles({ 'main.tf': config.replace('  sensitive = true\n', '') });
      expect(printed(open)).toContain(part);
    }
  });
});

describe('sensitive values longer than a quote', () => {
  it('are not printed in part, whole or written into a longer value', async () => {
    // Lower case: a rule's suggestion lower-cases what it quotes, and a transformed value is not caught (see output-text.ts).
    const secret = `topsecret${'s'.repeat(400)}`;
    const config = (source: string) => cacheRuleWithSecret('upstream', secret, source, '${var.upstream}');
    // The secret alone (no registry host: ACR006), past the quote's 256 characters; then behind a
    // host and a prefix (not an upstream: ACR005), so that the cut at 256 falls inside it.
    for (const [source, rule] of [['${var.upstream}', 'ACR006'], [`evil.example.com/${'p'.repeat(200)}/\${var.upstream}`, 'ACR005']] as const) {
      const result = await lintFiles({ 'main.tf': config(source) });
      expect(result.findings.map((f) => f.ruleId)).toContain(rule);
      // The cut moves to where the secret starts: of the quote, only what comes before it is left.
      expect(printed(result)).toMatch(/(= \\"|\/)\.\.\.\\" \(409 more characters\)/);
      expect(printed(result)).not.toContain('topsecret');
      expect(printed(result)).not.toContain('sssss');
    }
  });
});

describe('sensitive values in another case', () => {
  it('are not printed lower-cased within a longer value, where a final sigma lowers otherwise than alone', async () => {
    const config = (secret: string) => cacheRuleWithSecret('secret', secret, 'docker.io/library/x${var.secret}y', 'mirror');
    for (const secret of ['TOPSECRETΣ', 'ΣTOPSECRET', 'Σ12AΣ']) {
      const result = await lintFiles({ 'main.tf': config(secret) });
      expect(result.findings.map((f) => f.ruleId)).toContain('ACR006');
      expect(printed(result)).not.toMatch(/topsecret|12a/i);
    }
  });

  it('are not printed in an address or an attribute path, where a for_each key may write them, escaped or not', async () => {
    const config = (secret: string) => [
      'variable "secret" {',
      `  default   = "${secret}"`,
      '  sensitive = true',
      '}',
      'variable "user" {',
      '  default   = "admin"',
      '  sensitive = true',
      '}',
      'locals {',
      '  tags = { user = var.user }',
      '}',
      'resource "azurerm_container_registry" "acr" {',
      '  for_each            = toset([var.secret])',
      '  name                = "acr"',
      '  resource_group_name = "rg"',
      '  location            = "westeurope"',
      '  sku                 = "Premium"',
      '  admin_enabled       = true',
      '}',
      '',
    ].join('\n');
    // A count index made from a sensitive value is a key too.
    const counted = await lintFiles({ 'main.tf': config('x').replace('for_each            = toset([var.secret])', 'count               = tonumber(var.pin) + 1').replace('locals {', 'variable "pin" {\n  default   = "4820"\n  sensitive = true\n}\nlocals {') });
    expect(counted.findings.filter((f) => f.ruleId === 'ACR013').map((f) => f.address)).toContain('azurerm_container_registry.acr[(sensitive value)]');
    // Plain, and with what an address escapes: a quote, a backslash, an interpolation.
    for (const secret of ['topsecretvalue', 'top\\"secret\\\\value', 'top$${secret}value']) {
      const result = await lintFiles({ 'main.tf': config(secret) });
      const admin = result.findings.find((f) => f.ruleId === 'ACR013')!;
      // Only the key is redacted: a sensitive "admin" elsewhere leaves the attribute's own name alone.
      expect([admin.address, admin.attribute]).toEqual(['azurerm_container_registry.acr["(sensitive value)"]', 'admin_enabled']);
      expect(JSON.stringify(result)).not.toContain("secret");
    }
  });

  it('are not printed in part where a quote is cut inside them, nor in the lower-cased suggestion made from them', async () => {
    // Upper case in it (ACR006), and long enough that the source's quote is cut at 256 characters, inside the secret.
    const config = cacheRuleWithSecret('secret', 'TOPSECRETVALUEXYZ', `docker.io/${'a'.repeat(240)}/\${var.secret}`, 'mirror');
    const result = await lintFiles({ 'main.tf': config });
    expect(result.findings.map((f) => f.ruleId)).toContain('ACR006');
    expect(printed(result)).toMatch(/source_repo = \\"docker\.io\/a+\/\.\.\.\\" \(17 more characters\)/);
    expect(printed(result)).toContain(`Fix: write \\"${REDACTED}\\"`);
    for (const part of ['TOPSE', 'topse', 'XYZ', 'xyz']) expect(printed(result)).not.toContain(part);
  });
});

describe('messages', () => {
  it('are cut to 10,000 characters, and the values they quote to 256, saying how many more there were', async () => {
    const repo = `evil.example.com/${'a'.repeat(3_000_000)}`;
    const config = `resource "azurerm_container_registry_cache_rule" "r" {\n  name = "r"\n  container_registry_id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/acr"\n  source_repo = "${repo}"\n  target_repo = "x"\n}\n`;
    const result = await lintFiles({ 'main.tf': config });
    const acr005 = result.findings.find((f) => f.ruleId === 'ACR005')!;
    // The rule quotes the value: the quote is cut, and the message stays short.
    expect(acr005.message.length).toBeLessThan(2_000);
    expect(acr005.message).toContain(`"evil.example.com/${'a'.repeat(MAX_QUOTED_LENGTH - 17)}..." (2999761 more characters)`);
    // Whatever a rule writes unquoted is cut with the message.
    expect(outputText([]).message('m'.repeat(3 * MAX_MESSAGE_LENGTH))).toBe(`${'m'.repeat(MAX_MESSAGE_LENGTH)}… (${2 * MAX_MESSAGE_LENGTH} more characters)`);
    const keyed = await lintFiles({ 'main.tf': config.replace('"r" {', '"r" {\n  for_each = toset(["' + 'k'.repeat(20_000) + '"])') });
    expect(keyed.findings.every((f) => f.address.length < MAX_MESSAGE_LENGTH + 40)).toBe(true);
    expect(keyed.findings.length).toBeGreaterThan(0);
  });
});
