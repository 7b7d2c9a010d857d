import type { Finding, Level } from '../src/engine/finding.js';
import type { RuleMeta } from '../src/engine/rule.js';
import type { Diagnostic } from '../src/model/graph.js';
import type { Span } from '../src/model/span.js';
import { ANNOTATIONS_PER_LEVEL, annotationCounts, formatAnnotations, formatJobSummary } from '../src/report/github.js';
import type { ReportInput } from '../src/report/report-input.js';

/** A span on one line, or across lines when `endLine` is given; offsets are irrelevant to reporters. */
function span(file: string, line: number, column: number, endColumn: number, endLine = line): Span {
  return { file, start: { line, column, offset: 0 }, end: { line: endLine, column: endColumn, offset: 0 } };
}

const rules: RuleMeta[] = [
  {
    id: 'ACR001',
    name: 'acr-cache-blocked-by-bypass-none',
    defaultLevel: 'error',
    securitySeverity: 7.5,
    tags: ['security'],
    shortDescription: 'Artifact Cache rule can never store images.',
    fullDescription: 'Set network_rule_bypass_option = "AzureServices".',
  },
  {
    id: 'ACR002',
    name: 'acr-admin-user-enabled',
    defaultLevel: 'warning',
    securitySeverity: 5,
    tags: ['security'],
    shortDescription: 'The registry admin user is enabled.',
    fullDescription: 'Use Entra ID identities instead.',
  },
];

const RULE_NAMES: Record<string, string> = { ACR001: 'acr-cache-blocked-by-bypass-none', ACR002: 'acr-admin-user-enabled' };

function finding(ruleId: string, level: Level, message: string, location?: Span, address = 'azurerm_container_registry.this'): Finding {
  return {
    ruleId,
    ruleName: RULE_NAMES[ruleId] ?? ruleId,
    level,
    message,
    address,
    ...(location && { location }),
    related: [],
    fingerprint: `${ruleId}:${address}`,
  };
}

function input(findings: Finding[], diagnostics: Diagnostic[] = [], suppressed: Finding[] = []): ReportInput {
  return {
    findings,
    diagnostics,
    suppressed,
    rules,
    tool: { name: 'tf-acr-lint', version: '0.1.0', informationUri: 'https://example.test/tf-acr-lint' },
    helpUri: (rule) => `https://example.test/rules/${rule.name}.md`,
  };
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

const cacheBlocked = finding('ACR001', 'error', 'Cache rule "dockerhub" can never store images.', span('envs/prod/main.tf', 12, 3, 45));
const adminEnabled = finding('ACR002', 'warning', 'admin_enabled is true.', span('main.tf', 20, 3, 23));
const noSource = finding('ACR002', 'note', 'admin_enabled is unknown.', undefined, 'azurerm_container_registry.legacy');
const parseError: Diagnostic = { severity: 'error', message: 'unexpected "}"', file: 'broken.tf', line: 3, column: 1 };
const unreadable: Diagnostic = { severity: 'warning', message: 'a variables file holds only assignments', file: 'vars.tfvars' };

describe('formatAnnotations', () => {
  it('writes one workflow command per finding, with the properties in a fixed order', () => {
    expect(formatAnnotations(input([cacheBlocked]), {})).toBe(
      '::error file=envs/prod/main.tf,line=12,endLine=12,col=3,endColumn=45,title=ACR001 acr-cache-blocked-by-bypass-none::Cache rule "dockerhub" can never store images.\n',
    );
  });

  it('maps error, warning and note to ::error, ::warning and ::notice, errors first', () => {
    const out = lines(formatAnnotations(input([noSource, adminEnabled, cacheBlocked]), {}));
    expect(out.map((line) => line.slice(0, line.indexOf(' ')))).toEqual(['::error', '::warning', '::notice']);
  });

  it('gives a finding without a location only a title and leads its message with the address', () => {
    expect(formatAnnotations(input([noSource]), {})).toBe(
      '::notice title=ACR002 acr-admin-user-enabled::azurerm_container_registry.legacy: admin_enabled is unknown.\n',
    );
  });

  it('leaves out the columns of a range that spans lines', () => {
    const multiLine = finding('ACR001', 'error', 'm', span('main.tf', 4, 1, 2, 9));
    expect(formatAnnotations(input([multiLine]), {})).toBe(
      '::error file=main.tf,line=4,endLine=9,title=ACR001 acr-cache-blocked-by-bypass-none::m\n',
    );
    const diagnostic: Diagnostic = { severity: 'error', message: 'm', file: 'main.tf', line: 4, column: 1, endLine: 9, endColumn: 2 };
    expect(formatAnnotations(input([], [diagnostic]), {})).toBe('::error file=main.tf,line=4,endLine=9,title=tf-acr-lint input problem::m\n');
  });

  it('escapes %, CR and LF in the message', () => {
    const out = formatAnnotations(input([finding('ACR001', 'error', '100% sure\r\nsecond line\nthird: a, b', span('main.tf', 1, 1, 2))]), {});
    expect(out).toBe(
      '::error file=main.tf,line=1,endLine=1,col=1,endColumn=2,title=ACR001 acr-cache-blocked-by-bypass-none::100%25 sure%0D%0Asecond line%0Athird: a, b\n',
    );
    expect(lines(out)).toHaveLength(1);
  });

  it('writes other control characters, line separators and bidirectional marks as escapes, in messages and file names', () => {
    const out = formatAnnotations(input([finding('ACR001', 'error', 'repo X\u001b[2J\u202eabc\u0000\u2028end', span('we\u202eird.tf', 1, 1, 2))]), {});
    expect(out).toBe('::error file=we\\u202eird.tf,line=1,endLine=1,col=1,endColumn=2,title=ACR001 acr-cache-blocked-by-bypass-none::repo X\\u001b[2J\\u202eabc\\u0000\\u2028end\n');
  });

  it('escapes %, CR, LF, : and , in property values', () => {
    const located = finding('ACR001', 'error', 'm', span('envs/a,b/c:d/50%\n.tf', 1, 1, 2));
    expect(formatAnnotations(input([located]), {})).toBe(
      '::error file=envs/a%2Cb/c%3Ad/50%25%0A.tf,line=1,endLine=1,col=1,endColumn=2,title=ACR001 acr-cache-blocked-by-bypass-none::m\n',
    );
  });

  it('prepends the workspace prefix to every file, with or without a trailing slash', () => {
    const withSlash = formatAnnotations(input([cacheBlocked], [unreadable]), { workspacePrefix: 'infra/' });
    expect(withSlash).toContain('::error file=infra/envs/prod/main.tf,line=12,');
    expect(withSlash).toContain('::warning file=infra/vars.tfvars,title=');
    expect(formatAnnotations(input([cacheBlocked]), { workspacePrefix: 'infra' })).toContain('file=infra/envs/prod/main.tf,');
  });

  it('resolves a path that leaves the scan root against the prefix', () => {
    const outside = finding('ACR001', 'error', 'm', span('../modules/acr/main.tf', 1, 1, 2));
    expect(formatAnnotations(input([outside]), { workspacePrefix: 'infra/' })).toContain('file=modules/acr/main.tf,');
  });

  it('puts a file outside the workspace (a plan in runner.temp) in the message, not in a file property GitHub cannot place', () => {
    const plan: Diagnostic = { severity: 'error', message: 'invalid JSON', file: '../../_temp/plan.json', line: 3, column: 1 };
    const outside = finding('ACR001', 'error', 'm', span('../shared/main.tf', 4, 1, 2));
    expect(lines(formatAnnotations(input([outside], [plan]), {}))).toEqual([
      '::error title=ACR001 acr-cache-blocked-by-bypass-none::../shared/main.tf:4: m',
      '::error title=tf-acr-lint input problem::../../_temp/plan.json:3: invalid JSON',
    ]);
  });

  it('annotates input problems after the findings of the same level', () => {
    const note: Diagnostic = { severity: 'note', message: 'count is unknown', file: 'main.tf', line: 2, column: 5, endLine: 2, endColumn: 9 };
    expect(lines(formatAnnotations(input([noSource, adminEnabled, cacheBlocked], [note, unreadable, parseError]), {}))).toEqual([
      '::error file=envs/prod/main.tf,line=12,endLine=12,col=3,endColumn=45,title=ACR001 acr-cache-blocked-by-bypass-none::Cache rule "dockerhub" can never store images.',
      '::error file=broken.tf,line=3,col=1,title=tf-acr-lint input problem::unexpected "}"',
      '::warning file=main.tf,line=20,endLine=20,col=3,endColumn=23,title=ACR002 acr-admin-user-enabled::admin_enabled is true.',
      '::warning file=vars.tfvars,title=tf-acr-lint input problem::a variables file holds only assignments',
      '::notice title=ACR002 acr-admin-user-enabled::azurerm_container_registry.legacy: admin_enabled is unknown.',
      '::notice file=main.tf,line=2,endLine=2,col=5,endColumn=9,title=tf-acr-lint input problem::count is unknown',
    ]);
  });

  it('emits at most 10 annotations per level; the last one says how many were cut', () => {
    const errors = Array.from({ length: 13 }, (_, i) => finding('ACR001', 'error', `error ${i + 1}`, span('main.tf', i + 1, 1, 2)));
    const warnings = [1, 2].map((i) => finding('ACR002', 'warning', `warning ${i}`, span('main.tf', 100 + i, 1, 2)));
    const out = lines(formatAnnotations(input([...errors, ...warnings]), {}));

    expect(out.filter((line) => line.startsWith('::error '))).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(out).toHaveLength(12);
    expect(out[9]).toMatch(/^::error file=main\.tf,line=10,.*::error 10 \(3 more error annotations were not shown: /);
    expect(out.slice(0, 9).join('\n')).not.toContain('more error');
    expect(out.slice(10)).toEqual([
      '::warning file=main.tf,line=101,endLine=101,col=1,endColumn=2,title=ACR002 acr-admin-user-enabled::warning 1',
      '::warning file=main.tf,line=102,endLine=102,col=1,endColumn=2,title=ACR002 acr-admin-user-enabled::warning 2',
    ]);
  });

  it('counts input problems against the cap of their level', () => {
    const errors = Array.from({ length: 10 }, (_, i) => finding('ACR001', 'error', `error ${i + 1}`, span('main.tf', i + 1, 1, 2)));
    const out = lines(formatAnnotations(input(errors, [parseError]), {}));
    expect(out).toHaveLength(10);
    expect(out[9]).toContain('::error 10 (1 more error annotation was not shown: ');
    expect(out.join('\n')).not.toContain('input problem');
  });

  it('writes nothing when there is nothing to annotate', () => {
    expect(formatAnnotations(input([]), {})).toBe('');
  });
});

describe('annotationCounts', () => {
  it('counts shown and cut annotations per level, input problems included', () => {
    const errors = Array.from({ length: 12 }, () => cacheBlocked);
    expect(annotationCounts(input([...errors, adminEnabled, noSource], [parseError, unreadable]))).toEqual({
      shown: { error: 10, warning: 2, notice: 1 },
      cut: { error: 3, warning: 0, notice: 0 },
    });
  });
});

describe('formatJobSummary', () => {
  const link = { serverUrl: 'https://github.com', repository: 'octo/infra', sha: 'abc123' };

  it('has a heading, the counts and a row per finding', () => {
    const summary = formatJobSummary(input([cacheBlocked, adminEnabled, noSource], [], [adminEnabled]), {});
    expect(summary).toBe(
      [
        '## tf-acr-lint',
        '',
        '1 error, 1 warning, 1 note, 1 suppressed, 0 input problems.',
        '',
        '| Level | Rule | Location | Message |',
        '| --- | --- | --- | --- |',
        '| error | [ACR001](https://example.test/rules/acr-cache-blocked-by-bypass-none.md) | envs/prod/main.tf:12 | Cache rule "dockerhub" can never store images. |',
        '| warning | [ACR002](https://example.test/rules/acr-admin-user-enabled.md) | main.tf:20 | admin\\_enabled is true. |',
        '| note | [ACR002](https://example.test/rules/acr-admin-user-enabled.md) | azurerm\\_container\\_registry.legacy | admin\\_enabled is unknown. |',
        '',
      ].join('\n'),
    );
  });

  it('shows the id of a rule that did not run without a link', () => {
    const unknown = finding('ACR999', 'error', 'm', span('main.tf', 1, 1, 2));
    expect(formatJobSummary(input([unknown]), {})).toContain('| error | ACR999 | main.tf:1 | m |');
  });

  it('says so when there are no findings', () => {
    expect(formatJobSummary(input([]), {})).toBe('## tf-acr-lint\n\n0 errors, 0 warnings, 0 notes, 0 suppressed, 0 input problems.\n\nNo findings.\n');
  });

  it('links locations to the file at the scanned commit, under the workspace prefix', () => {
    const spaced = finding('ACR001', 'error', 'm', span('shared modules/acr (v2).tf', 7, 1, 2));
    const summary = formatJobSummary(input([cacheBlocked, spaced]), { link, workspacePrefix: 'infra/' });
    expect(summary).toContain('| [infra/envs/prod/main.tf:12](https://github.com/octo/infra/blob/abc123/infra/envs/prod/main.tf#L12) |');
    expect(summary).toContain('| [infra/shared modules/acr (v2).tf:7](https://github.com/octo/infra/blob/abc123/infra/shared%20modules/acr%20%28v2%29.tf#L7) |');
  });

  it('does not link a file outside the workspace, which is in no repository', () => {
    const plan: Diagnostic = { severity: 'error', message: 'invalid JSON', file: '../../_temp/plan.json', line: 3 };
    expect(formatJobSummary(input([], [plan]), { link })).toContain('| error | ../../\\_temp/plan.json:3 | invalid JSON |');
  });

  it('escapes | and line breaks in cells', () => {
    const piped = finding('ACR001', 'error', 'either a | b\nor c', span('main.tf', 1, 1, 2));
    expect(formatJobSummary(input([piped]), {})).toContain('| main.tf:1 | either a \\| b<br>or c |');
  });

  it('lists input problems in their own table', () => {
    const summary = formatJobSummary(input([], [parseError, unreadable]), { link });
    expect(summary).toContain('0 errors, 0 warnings, 0 notes, 0 suppressed, 2 input problems.');
    expect(summary).toContain(
      [
        '### Input problems',
        '',
        '| Level | Location | Message |',
        '| --- | --- | --- |',
        '| error | [broken.tf:3](https://github.com/octo/infra/blob/abc123/broken.tf#L3) | unexpected "}" |',
        '| warning | [vars.tfvars](https://github.com/octo/infra/blob/abc123/vars.tfvars) | a variables file holds only assignments |',
      ].join('\n'),
    );
  });

  it('stays under the 1 MiB GitHub accepts: long messages are cut in their cell, and rows past the budget are left out, saying how many', () => {
    const long = finding('ACR001', 'error', `pulls from ${'x'.repeat(3_000_000)}|end`, span('main.tf', 1, 1, 2));
    const clipped = formatJobSummary(input([long]), {});
    expect(clipped.length).toBeLessThan(10_000);
    expect(clipped).toContain(`x… (${long.message.length - 2000} more characters) |`);
    const many = Array.from({ length: 5000 }, (_, i) => finding('ACR002', 'warning', `message ${i} ${'y'.repeat(300)}`, span('main.tf', i + 1, 1, 2)));
    const summary = formatJobSummary(input(many), {});
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(1024 * 1024);
    const shown = summary.match(/^\| warning \|/gm)!.length;
    expect(shown).toBeGreaterThan(2000);
    expect(summary).toContain(`${5000 - shown} rows left out: GitHub refuses a job summary over 1 MiB. The SARIF and JSON reports list everything.`);
    expect(summary).toContain('the SARIF report lists everything');
    expect(summary).not.toContain('the tables above list everything');
  });

  it('escapes control characters in cells', () => {
    expect(formatJobSummary(input([finding('ACR001', 'error', 'a\u001b[2Jb\u202ec', span('main.tf', 1, 1, 2))]), {})).toContain('a\\\\u001b\\[2Jb\\\\u202ec');
  });

  it('says how many annotations the caps cut', () => {
    const errors = Array.from({ length: 13 }, (_, i) => finding('ACR001', 'error', `error ${i + 1}`, span('main.tf', i + 1, 1, 2)));
    const notes = Array.from({ length: 11 }, () => noSource);
    const summary = formatJobSummary(input([...errors, ...notes]), {});
    expect(summary.match(/^\| error \|/gm)).toHaveLength(13);
    expect(summary).toContain('Not shown as annotations: 3 errors, 1 notice. GitHub displays at most 10 annotations of each level per step');
    expect(formatJobSummary(input([cacheBlocked]), {})).not.toContain('Not shown');
  });
});
