import type * as Sarif from 'sarif';
import type { Finding } from '../src/engine/finding.js';
import type { RuleMeta } from '../src/engine/rule.js';
import type { Diagnostic } from '../src/model/graph.js';
import type { Span } from '../src/model/span.js';
import { formatJson, type JsonReport } from '../src/report/json.js';
import type { ReportInput } from '../src/report/report-input.js';
import { addressName, formatSarif, toRelativeUri, toSarif } from '../src/report/sarif.js';
import { formatText } from '../src/report/text.js';
import { expectValidSarif } from './helpers/sarif-schema.js';

/** A span on one line; offsets are irrelevant to reporters. */
function span(file: string, line: number, column: number, endColumn: number): Span {
  return { file, start: { line, column, offset: 0 }, end: { line, column: endColumn, offset: 0 } };
}

const PROD = 'envs/prod/main.tf';
const SHARED = 'envs/shared modules/acr/main.tf';

const rules: RuleMeta[] = [
  {
    id: 'ACR001',
    name: 'acr-cache-blocked-by-bypass-none',
    defaultLevel: 'error',
    securitySeverity: 7.5,
    tags: ['security', 'reliability', 'acr'],
    shortDescription: 'Artifact Cache rule can never store images because trusted-services bypass is None.',
    fullDescription:
      'A cache rule on a registry with public network access disabled or default action Deny needs network_rule_bypass_option = "AzureServices".',
  },
  {
    id: 'ACR002',
    name: 'acr-admin-user-enabled',
    defaultLevel: 'warning',
    securitySeverity: 5,
    tags: ['security'],
    shortDescription: 'The registry admin user is enabled.',
    fullDescription: 'The admin user is a shared credential with push and pull rights; use Entra ID identities instead.',
  },
];

const cacheBlocked: Finding = {
  ruleId: 'ACR001',
  ruleName: 'acr-cache-blocked-by-bypass-none',
  level: 'error',
  message: 'Cache rule "dockerhub" can never store images: network_rule_bypass_option is "None".',
  address: 'module.acr.azurerm_container_registry.this["prod.eu"]',
  attribute: 'network_rule_bypass_option',
  location: span(PROD, 12, 3, 45),
  related: [
    { span: span(SHARED, 8, 32, 60), message: 'passed to network_rule_bypass_option here' },
    { span: span('envs/prod/variables.tf', 4, 13, 19), message: 'set to "None" here' },
  ],
  fingerprint: 'ACR001:module.acr.azurerm_container_registry.this["prod.eu"]:network_rule_bypass_option',
};

const adminEnabled: Finding = {
  ruleId: 'ACR002',
  ruleName: 'acr-admin-user-enabled',
  level: 'warning',
  message: 'admin_enabled is true.',
  address: 'azurerm_container_registry.shared',
  attribute: 'admin_enabled',
  location: span(SHARED, 20, 3, 23),
  related: [],
  fingerprint: 'ACR002:azurerm_container_registry.shared:admin_enabled',
};

/** From a plan without configuration: no source span at all. */
const adminEnabledNoSource: Finding = {
  ruleId: 'ACR002',
  ruleName: 'acr-admin-user-enabled',
  level: 'warning',
  message: 'admin_enabled is true.',
  address: 'azurerm_container_registry.legacy',
  related: [],
  fingerprint: 'ACR002:azurerm_container_registry.legacy',
};

const diagnostics: Diagnostic[] = [
  { severity: 'error', message: 'Unexpected token "}".', file: 'envs/dev/broken.tf', line: 3, column: 7, endLine: 3, endColumn: 8 },
  { severity: 'warning', message: 'File could not be read: EACCES.', file: 'envs/dev/secret vars.tfvars' },
];

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    findings: [cacheBlocked, adminEnabled, adminEnabledNoSource],
    diagnostics,
    rules,
    tool: { name: 'tf-acr-lint', version: '0.1.0', informationUri: 'https://github.com/example/tf-acr-lint' },
    helpUri: (rule) => `https://github.com/example/tf-acr-lint/blob/main/rules/${rule.name}.md`,
    ...overrides,
  };
}

const empty = (): ReportInput => input({ findings: [], diagnostics: [] });

/** Every value stored under a key named `uri`, anywhere in `value`. */
function urisIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(urisIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'uri' && typeof v === 'string' ? [v] : urisIn(v)));
}

function onlyRun(log: Sarif.Log): Sarif.Run {
  expect(log.runs).toHaveLength(1);
  return log.runs[0]!;
}

function results(log: Sarif.Log): Sarif.Result[] {
  return onlyRun(log).results ?? [];
}

const ANSI = /\x1b\[[0-9;]*m/g;

describe('SARIF reporter', () => {
  const log = toSarif(input());

  it('is valid against both SARIF 2.1.0 schemas', () => {
    expectValidSarif(log);
    expectValidSarif(toSarif(empty()));
  });

  it('has a schema check that rejects broken logs', () => {
    expect(() => expectValidSarif({ ...log, version: '2.0.0' })).toThrow(/invalid SARIF/);
    const noRegionLine = JSON.parse(JSON.stringify(log).replace('"startLine":12', '"startLine":0')) as unknown;
    expect(() => expectValidSarif(noRegionLine)).toThrow(/startLine/);
  });

  it('has the header GitHub code scanning expects and no originalUriBaseIds', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    const run = onlyRun(log);
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run).not.toHaveProperty('originalUriBaseIds');
    expect(run.tool.driver).toMatchObject({
      name: 'tf-acr-lint',
      version: '0.1.0',
      semanticVersion: '0.1.0',
      informationUri: 'https://github.com/example/tf-acr-lint',
    });
  });

  it('writes a category as code scanning reads runAutomationDetails.id: up to its last slash, so it ends with one', () => {
    // Code scanning takes what follows the last "/" as a run id, not as part of the category:
    // "tf-acr-lint/hcl/infra" and "tf-acr-lint/hcl/apps" would be one category and replace each other's alerts.
    expect(onlyRun(toSarif(input(), { category: 'tf-acr-lint/hcl/infra' })).automationDetails).toEqual({ id: 'tf-acr-lint/hcl/infra/' });
    expect(onlyRun(toSarif(input(), { category: 'tf-acr-lint/plan/' })).automationDetails).toEqual({ id: 'tf-acr-lint/plan/' });
    // Without one, upload-sarif's category input (or its default, per workflow, job and matrix) applies.
    expect(onlyRun(log)).not.toHaveProperty('automationDetails');
  });

  it('describes every rule that ran', () => {
    const driverRules = onlyRun(log).tool.driver.rules ?? [];
    expect(driverRules.map((r) => r.id)).toEqual(['ACR001', 'ACR002']);
    const helpUri = 'https://github.com/example/tf-acr-lint/blob/main/rules/acr-cache-blocked-by-bypass-none.md';
    expect(driverRules[0]).toEqual({
      id: 'ACR001',
      name: 'acr-cache-blocked-by-bypass-none',
      shortDescription: { text: rules[0]!.shortDescription },
      fullDescription: { text: rules[0]!.fullDescription },
      helpUri,
      help: { text: `${rules[0]!.fullDescription}\n\nWhat it means and how to fix it: ${helpUri}`, markdown: expect.stringContaining(`[What it means and how to fix it](${helpUri})`) },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security', 'reliability', 'acr'], 'security-severity': '7.5', precision: 'high' },
    });
    // The Markdown help is the descriptions with their markup characters written literally.
    expect(driverRules[0]!.help!.markdown!.startsWith(`**${rules[0]!.shortDescription}**\n\n`)).toBe(true);
    const markdown = toSarif(input({ rules: [{ ...rules[0]!, fullDescription: 'Write docker.io/library/<image>, not *this* [x](y).' }, rules[1]!] }), {});
    expect(onlyRun(markdown).tool.driver.rules![0]!.help!.markdown).toContain('Write docker.io/library/\\<image\\>, not \\*this\\* \\[x\\]\\(y\\).');
    expect(driverRules[1]!.properties!['security-severity']).toBe('5.0');
    expect(driverRules[1]!.defaultConfiguration!.level).toBe('warning');
  });

  it('points ruleIndex at the rule of the result', () => {
    const driverRules = onlyRun(log).tool.driver.rules ?? [];
    expect(results(log).map((r) => [r.ruleId, r.ruleIndex])).toEqual([
      ['ACR001', 0],
      ['ACR002', 1],
      ['ACR002', 1],
    ]);
    for (const r of results(log)) expect(driverRules[r.ruleIndex!]!.id).toBe(r.ruleId);
  });

  it('places a result with a physical region and a logical location', () => {
    const first = results(log)[0]!;
    expect(first.level).toBe('error');
    expect(first.message.text).toBe(cacheBlocked.message);
    expect(first.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'envs/prod/main.tf', uriBaseId: '%SRCROOT%' },
          region: { startLine: 12, startColumn: 3, endLine: 12, endColumn: 45 },
        },
        logicalLocations: [
          {
            fullyQualifiedName: 'module.acr.azurerm_container_registry.this["prod.eu"]',
            name: 'this["prod.eu"]',
            kind: 'resource',
          },
        ],
      },
    ]);
  });

  it('emits only the logical location when a finding has no source', () => {
    const last = results(log)[2]!;
    expect(last.locations).toEqual([
      {
        logicalLocations: [
          { fullyQualifiedName: 'azurerm_container_registry.legacy', name: 'legacy', kind: 'resource' },
        ],
      },
    ]);
  });

  it('numbers related locations from 1 and percent-encodes their URIs', () => {
    expect(results(log)[0]!.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'envs/shared%20modules/acr/main.tf', uriBaseId: '%SRCROOT%' },
          region: { startLine: 8, startColumn: 32, endLine: 8, endColumn: 60 },
        },
        message: { text: 'passed to network_rule_bypass_option here' },
      },
      {
        id: 2,
        physicalLocation: {
          artifactLocation: { uri: 'envs/prod/variables.tf', uriBaseId: '%SRCROOT%' },
          region: { startLine: 4, startColumn: 13, endLine: 4, endColumn: 19 },
        },
        message: { text: 'set to "None" here' },
      },
    ]);
    expect(results(log)[1]!.relatedLocations).toEqual([]);
  });

  it('never writes an absolute or file:// URI', () => {
    const uris = urisIn(log);
    expect(uris).toContain('envs/shared%20modules/acr/main.tf');
    for (const uri of uris) {
      expect(uri).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
      expect(uri).not.toMatch(/^\//);
      expect(uri).not.toMatch(/[\s\\]/);
    }
  });

  it('carries the fingerprint as a partial fingerprint', () => {
    expect(results(log).map((r) => r.partialFingerprints)).toEqual([
      { 'tfAcrLint/v1': cacheBlocked.fingerprint },
      { 'tfAcrLint/v1': adminEnabled.fingerprint },
      { 'tfAcrLint/v1': adminEnabledNoSource.fingerprint },
    ]);
  });

  it('keeps the most severe results when some must be left out, in the order they came', () => {
    const log = toSarif(input({ findings: [adminEnabled, adminEnabledNoSource, cacheBlocked], diagnostics: [] }), { maxResults: 2 });
    expect(log.runs[0]!.results!.map((r) => `${r.level} ${r.ruleId}`)).toEqual(['warning ACR002', 'error ACR001']);
    expect(log.runs[0]!.invocations![0]!.toolExecutionNotifications!.map((n) => n.message.text)).toEqual([expect.stringMatching(/^1 result was left out/)]);
  });

  it('reports diagnostics as tool execution notifications', () => {
    const invocations = onlyRun(log).invocations ?? [];
    expect(invocations).toHaveLength(1);
    expect(invocations[0]!.executionSuccessful).toBe(true);
    expect(invocations[0]!.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'Unexpected token "}".' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'envs/dev/broken.tf', uriBaseId: '%SRCROOT%' },
              region: { startLine: 3, startColumn: 7, endLine: 3, endColumn: 8 },
            },
          },
        ],
      },
      {
        level: 'warning',
        message: { text: 'File could not be read: EACCES.' },
        locations: [
          { physicalLocation: { artifactLocation: { uri: 'envs/dev/secret%20vars.tfvars', uriBaseId: '%SRCROOT%' } } },
        ],
      },
    ]);
  });

  it('yields a valid log with no results when nothing was found', () => {
    const emptyLog = toSarif(empty());
    expect(results(emptyLog)).toEqual([]);
    expect(onlyRun(emptyLog).tool.driver.rules).toHaveLength(2);
    expect(onlyRun(emptyLog).invocations![0]!.toolExecutionNotifications).toEqual([]);
  });

  it('formats as pretty JSON with a trailing newline', () => {
    const text = formatSarif(input());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "version": "2.1.0"');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(log)));
  });

  it('refuses a finding whose rule did not run', () => {
    expect(() => toSarif(input({ rules: [rules[1]!] }))).toThrow(/ACR001/);
  });

  it('builds relative URI references', () => {
    expect(toRelativeUri('envs/prod/main.tf')).toBe('envs/prod/main.tf');
    expect(toRelativeUri('envs/shared modules/a#b%.tf')).toBe('envs/shared%20modules/a%23b%25.tf');
    expect(toRelativeUri('./envs/dev/main.tf')).toBe('envs/dev/main.tf');
    // A backslash is part of a file name on Linux (spans use / on every system).
    expect(toRelativeUri('bs/we\\ird.tf')).toBe('bs/we%5Cird.tf');
    expect(toRelativeUri('c:odd/main.tf')).toBe('c%3Aodd/main.tf');
    expect(toRelativeUri('envs/ü.tf')).toBe('envs/%C3%BC.tf');
  });

  it('names a resource by its last address segment, instance key included', () => {
    expect(addressName('azurerm_container_registry.acr')).toBe('acr');
    expect(addressName('data.azurerm_client_config.current')).toBe('current');
    expect(addressName('module.a["x.y"].azurerm_container_registry.r["k.\\"].z"]')).toBe('r["k.\\"].z"]');
  });
});

describe('text reporter', () => {
  const text = formatText(input(), { color: false });

  it('writes a path that starts with a colon as ./…, so that a line never starts a GitHub workflow command', () => {
    const hostile: Finding = { ...adminEnabled, location: span('::stop-commands::x/a.tf', 1, 1, 2), related: [] };
    const diagnostic: Diagnostic = { severity: 'error', message: 'the file is binary', file: '::error::owned.tf', line: 1, column: 1 };
    const text = formatText(input({ findings: [hostile], diagnostics: [diagnostic] }), { color: false });
    expect(text.split('\n').filter((line) => line.trimStart().startsWith('::'))).toEqual([]);
    expect(text).toContain('./::stop-commands::x/a.tf:1:1');
    expect(text).toContain('./::error::owned.tf:1:1');
    // The runner trims a line before it looks for "::".
    const spaced = formatText(input({ findings: [{ ...hostile, location: span(' \u00a0::stop-commands::x/a.tf', 1, 1, 2) }], diagnostics: [] }), { color: false });
    expect(spaced.split('\n').filter((line) => line.trimStart().startsWith('::'))).toEqual([]);
  });

  it('prints one block per finding: position, level, rule, message, provenance', () => {
    expect(text).toContain(
      [
        'envs/prod/main.tf:12:3  error  ACR001 acr-cache-blocked-by-bypass-none',
        `  ${cacheBlocked.message}`,
        '  ↳ envs/shared modules/acr/main.tf:8:32  passed to network_rule_bypass_option here',
        '  ↳ envs/prod/variables.tf:4:13  set to "None" here',
      ].join('\n'),
    );
    expect(text).toContain('envs/shared modules/acr/main.tf:20:3  warning  ACR002 acr-admin-user-enabled\n  admin_enabled is true.');
  });

  it('writes paths relative to the working directory when given one, so that file:line:col opens from the terminal', () => {
    const fromProd = formatText(input(), { color: false, paths: { root: '/repo', cwd: '/repo/envs/prod' } });
    expect(fromProd).toContain('main.tf:12:3  error  ACR001');
    expect(fromProd).toContain('  ↳ ../shared modules/acr/main.tf:8:32  passed to network_rule_bypass_option here');
    expect(fromProd).toContain('../dev/broken.tf:3:7  error  Unexpected token');
    expect(formatText(input(), { color: false, paths: { root: '/repo', cwd: '/' } })).toContain('repo/envs/prod/main.tf:12:3  error');
  });

  it('shows the address when a finding has no location', () => {
    expect(text).toContain('azurerm_container_registry.legacy  warning  ACR002 acr-admin-user-enabled\n');
  });

  it('lists diagnostics, with as much position as they have', () => {
    expect(text).toContain('envs/dev/broken.tf:3:7  error  Unexpected token "}".\n');
    expect(text).toContain('envs/dev/secret vars.tfvars  warning  File could not be read: EACCES.\n');
  });

  it('ends with a correctly pluralised summary', () => {
    expect(text.endsWith('\n\n1 error, 2 warnings, 0 notes; 2 input problems.\n')).toBe(true);
    const oneNote = formatText(
      input({ findings: [{ ...adminEnabled, level: 'note' }], diagnostics: [diagnostics[1]!] }),
      { color: false },
    );
    expect(oneNote.endsWith('\n0 errors, 0 warnings, 1 note; 1 input problem.\n')).toBe(true);
  });

  it('says "No findings." when there is nothing to report', () => {
    expect(formatText(empty(), { color: false })).toBe('No findings.\n');
    expect(formatText(input({ findings: [] }), { color: false })).toMatch(/\n\nNo findings; 2 input problems\.\n$/);
  });

  it('escapes control characters from the input, so that every line break is its own', () => {
    const injected = 'nginx\r\n::warning file=x::INJECTED \u001b[31m\u0085\u0000\t\u007f';
    const escaped = 'nginx\\r\\n::warning file=x::INJECTED \\u001b[31m\\u0085\\u0000\\t\\u007f';
    const out = formatText(
      input({
        findings: [
          { ...cacheBlocked, message: `source_repo = "${injected}"`, location: span(`main${injected}.tf`, 1, 1, 2), related: [{ span: span(`vars${injected}.tf`, 2, 1, 2), message: `set to "${injected}" here` }] },
          { ...adminEnabledNoSource, address: `azurerm_container_registry.r["${injected}"]` },
        ],
        diagnostics: [{ severity: 'warning', message: `odd key ${injected}`, file: `plan${injected}.json` }],
      }),
      { color: false },
    );
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(out.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
    expect(out).toContain(`main${escaped}.tf:1:1  error  ACR001 acr-cache-blocked-by-bypass-none\n  source_repo = "${escaped}"\n`);
    expect(out).toContain(`  ↳ vars${escaped}.tf:2:1  set to "${escaped}" here\n`);
    expect(out).toContain(`azurerm_container_registry.r["${escaped}"]  warning  ACR002`);
    expect(out).toContain(`plan${escaped}.json  warning  odd key ${escaped}\n`);
    // So are the line and paragraph separators and the marks that reorder bidirectional text; other characters beyond C1 are printed as they are.
    const reordering = formatText(input({ findings: [{ ...adminEnabled, message: 'a\u2028b\u2029c \u202eevil\u202c \u2066x\u2069 \u200f' }] }), { color: false });
    expect(reordering).toContain('  a\\u2028b\\u2029c \\u202eevil\\u202c \\u2066x\\u2069 \\u200f\n');
    expect(formatText(input({ findings: [{ ...adminEnabled, message: 'é → ü \u00a0' }] }), { color: false })).toContain('  é → ü \u00a0\n');
  });

  it('colours only when asked to', () => {
    expect(text).not.toMatch(ANSI);
    const coloured = formatText(input(), { color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, '')).toBe(text);
  });
});

describe('JSON reporter', () => {
  const text = formatJson(input());
  const report = JSON.parse(text) as JsonReport;

  it('is pretty-printed with two spaces and a trailing newline', () => {
    expect(text.startsWith('{\n  "version": 1,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('has the documented top-level shape', () => {
    expect(Object.keys(report)).toEqual(['version', 'tool', 'findings', 'suppressed', 'diagnostics', 'summary']);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'tf-acr-lint', version: '0.1.0' });
    expect(report.summary).toEqual({ error: 1, warning: 2, note: 0, diagnostics: 2, suppressed: 0 });
  });

  it('writes a finding with its location and provenance', () => {
    expect(report.findings[0]).toEqual({
      ruleId: 'ACR001',
      ruleName: 'acr-cache-blocked-by-bypass-none',
      level: 'error',
      message: cacheBlocked.message,
      address: 'module.acr.azurerm_container_registry.this["prod.eu"]',
      attribute: 'network_rule_bypass_option',
      location: { file: 'envs/prod/main.tf', startLine: 12, startColumn: 3, endLine: 12, endColumn: 45 },
      related: [
        {
          file: 'envs/shared modules/acr/main.tf',
          startLine: 8,
          startColumn: 32,
          endLine: 8,
          endColumn: 60,
          message: 'passed to network_rule_bypass_option here',
        },
        {
          file: 'envs/prod/variables.tf',
          startLine: 4,
          startColumn: 13,
          endLine: 4,
          endColumn: 19,
          message: 'set to "None" here',
        },
      ],
      fingerprint: cacheBlocked.fingerprint,
    });
  });

  it('uses null, never a missing key, for absent values', () => {
    expect(report.findings[2]).toMatchObject({ attribute: null, location: null, related: [] });
    expect(report.diagnostics).toEqual([
      {
        severity: 'error',
        message: 'Unexpected token "}".',
        file: 'envs/dev/broken.tf',
        line: 3,
        column: 7,
        endLine: 3,
        endColumn: 8,
      },
      {
        severity: 'warning',
        message: 'File could not be read: EACCES.',
        file: 'envs/dev/secret vars.tfvars',
        line: null,
        column: null,
        endLine: null,
        endColumn: null,
      },
    ]);
  });

  it('writes a suppressed finding with the suppression that covers it: its comment and reason, null when not known', () => {
    const by = { span: span(PROD, 11, 3, 40), reason: 'PLAT-512' };
    const suppressed = (JSON.parse(formatJson(input({ findings: [], suppressed: [{ ...adminEnabled, suppressedBy: by }, adminEnabled] }))) as JsonReport).suppressed;
    expect(suppressed[0]).toEqual({ ...report.findings.find((f) => f.ruleId === adminEnabled.ruleId), suppression: { file: PROD, startLine: 11, startColumn: 3, endLine: 11, endColumn: 40, reason: 'PLAT-512' } });
    expect(suppressed.map((f) => f.suppression?.reason ?? null)).toEqual(['PLAT-512', null]);
    expect(suppressed[1]!.suppression).toBeNull();
    // The findings list keeps its keys.
    expect(Object.keys(report.findings[0]!)).not.toContain('suppression');
  });

  it('writes empty lists and a zero summary when nothing was found', () => {
    expect(JSON.parse(formatJson(empty()))).toEqual({
      version: 1,
      tool: { name: 'tf-acr-lint', version: '0.1.0' },
      findings: [],
      suppressed: [],
      diagnostics: [],
      summary: { error: 0, warning: 0, note: 0, diagnostics: 0, suppressed: 0 },
    });
  });
});
