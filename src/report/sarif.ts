import type * as Sarif from 'sarif';
import type { Finding, RelatedLocation } from '../engine/finding.js';
import type { RuleMeta } from '../engine/rule.js';
import type { Diagnostic } from '../model/graph.js';
import type { Span } from '../model/span.js';
import { jsonPieces } from './pieces.js';
import type { ReportInput } from './report-input.js';

/** The `uriBaseId` every artifact location is relative to: the root of the scanned repository. */
export const SRCROOT = '%SRCROOT%';

/** The key of the fingerprint in `result.partialFingerprints`. */
export const FINGERPRINT_KEY = 'tfAcrLint/v1';

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** GitHub code scanning accepts at most 25,000 results per run; stay below it. */
export const MAX_RESULTS = 20_000;

/** Options of a SARIF log. */
export interface SarifOptions {
  /**
   * The category of the analysis, so several runs (HCL, plan) do not replace each other's alerts.
   * Written as `runAutomationDetails.id` with a trailing `/`: code scanning reads the id up to its
   * last `/` as the category and the rest as a run id. Leave it out to let the upload choose one
   * (upload-sarif's `category` input fills the id only when the log has none).
   */
  category?: string;
  /** Results kept at most (default {@link MAX_RESULTS}); a notification says how many were left out. */
  maxResults?: number;
}

/**
 * Builds a SARIF 2.1.0 log with one run, as GitHub code scanning accepts it.
 *
 * URIs are relative to {@link SRCROOT} and percent-encoded; `originalUriBaseIds` is left out
 * on purpose, so the log is portable and consumers resolve it against the repository root.
 * Diagnostics become `toolExecutionNotifications` of the single invocation.
 *
 * @throws Error when a finding names a rule that is not in `input.rules` (an engine bug).
 */
export function toSarif(input: ReportInput, options: SarifOptions = {}): Sarif.Log {
  const ruleIndex = new Map(input.rules.map((rule, index) => [rule.id, index]));
  const max = options.maxResults ?? MAX_RESULTS;
  // Keep the most severe findings when some must go, in the engine's order.
  const rank = (finding: Finding): number => (finding.level === 'error' ? 0 : finding.level === 'warning' ? 1 : 2);
  const chosen = new Set([...input.findings].sort((a, b) => rank(a) - rank(b)).slice(0, max));
  const kept = input.findings.length <= max ? input.findings : input.findings.filter((finding) => chosen.has(finding));
  const cut = input.findings.length - kept.length;
  const notifications = input.diagnostics.map(notification);
  if (cut > 0) {
    notifications.push({ level: 'warning', message: { text: `${cut} ${cut === 1 ? 'result was' : 'results were'} left out: GitHub code scanning accepts at most 25,000 per run. See the text or JSON report for all of them.` } });
  }
  return {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: input.tool.name,
            version: input.tool.version,
            semanticVersion: input.tool.version,
            informationUri: input.tool.informationUri,
            rules: input.rules.map((rule) => reportingDescriptor(rule, input.helpUri(rule))),
          },
        },
        ...(options.category ? { automationDetails: { id: options.category.endsWith('/') ? options.category : `${options.category}/` } } : {}),
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: notifications,
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: kept.map((finding) => result(finding, indexOf(ruleIndex, finding.ruleId))),
      },
    ],
  };
}

/** Formats {@link toSarif}'s log as JSON, pretty-printed with two spaces and a trailing newline. */
export function formatSarif(input: ReportInput, options: SarifOptions = {}): string {
  return [...sarifPieces(input, options)].join('');
}

/** {@link formatSarif}'s text in pieces: one per result and notification (see pieces.ts). */
export function* sarifPieces(input: ReportInput, options: SarifOptions = {}): Generator<string> {
  // The log, its runs, the run, and the run's lists are opened: every result is a piece.
  yield* jsonPieces(toSarif(input, options), 4);
  yield '\n';
}

/**
 * Turns a scan-root-relative path (`/`-separated, as every span is) into a relative URI reference:
 * no leading `./`, each segment percent-encoded as by `encodeURIComponent` (space → `%20`,
 * `#` → `%23`, `%` → `%25`, `\\` → `%5C`: on Linux it is part of a file name). That encodes `:`
 * too, so a first segment never reads as a scheme.
 */
export function toRelativeUri(file: string): string {
  const path = file.replace(/^(?:\.\/)+/, '');
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** The last segment of a Terraform address, with its instance key: `acr["prod"]`. */
export function addressName(address: string): string {
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (quoted) {
      if (ch === '\\') i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === '[') depth++;
    else if (ch === ']') depth--;
    else if (ch === '.' && depth === 0) start = i + 1;
  }
  return address.slice(start);
}

function indexOf(ruleIndex: Map<string, number>, ruleId: string): number {
  const index = ruleIndex.get(ruleId);
  if (index === undefined) throw new Error(`finding for rule ${ruleId}, which is not among the rules that ran`);
  return index;
}

function reportingDescriptor(rule: RuleMeta, helpUri: string): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.shortDescription },
    fullDescription: { text: rule.fullDescription },
    helpUri,
    // Code scanning shows the help of an alert's rule beside it, the Markdown where there is one.
    help: {
      text: `${rule.fullDescription}\n\nWhat it means and how to fix it: ${helpUri}`,
      markdown: `**${escapeMarkdown(rule.shortDescription)}**\n\n${escapeMarkdown(rule.fullDescription)}\n\n[What it means and how to fix it](${helpUri})`,
    },
    defaultConfiguration: { level: rule.defaultLevel },
    properties: {
      tags: [...new Set(rule.tags)],
      'security-severity': rule.securitySeverity.toFixed(1),
      precision: 'high',
    },
  };
}

/** `text` with the characters Markdown would read as markup (`docker.io/<image>` as an HTML tag) written literally. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#|!~]/g, '\\$&');
}

function result(finding: Finding, ruleIndex: number): Sarif.Result {
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.level,
    message: { text: finding.message },
    locations: [
      {
        ...(finding.location && { physicalLocation: physicalLocation(finding.location) }),
        logicalLocations: [{ fullyQualifiedName: finding.address, name: addressName(finding.address), kind: 'resource' }],
      },
    ],
    relatedLocations: finding.related.map(relatedLocation),
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
  };
}

function relatedLocation(related: RelatedLocation, index: number): Sarif.Location {
  return { id: index + 1, physicalLocation: physicalLocation(related.span), message: { text: related.message } };
}

function physicalLocation(span: Span): Sarif.PhysicalLocation {
  return {
    artifactLocation: artifactLocation(span.file),
    region: {
      startLine: span.start.line,
      startColumn: span.start.column,
      endLine: span.end.line,
      endColumn: span.end.column,
    },
  };
}

function artifactLocation(file: string): Sarif.ArtifactLocation {
  return { uri: toRelativeUri(file), uriBaseId: SRCROOT };
}

function notification(diagnostic: Diagnostic): Sarif.Notification {
  const region = diagnosticRegion(diagnostic);
  return {
    level: diagnostic.severity,
    message: { text: diagnostic.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(diagnostic.file), ...(region && { region }) } }],
  };
}

/** The region a diagnostic knows, or undefined when it concerns the whole file. */
function diagnosticRegion(diagnostic: Diagnostic): Sarif.Region | undefined {
  if (diagnostic.line === undefined) return undefined;
  const region: Sarif.Region = { startLine: diagnostic.line };
  if (diagnostic.column !== undefined) region.startColumn = diagnostic.column;
  if (diagnostic.endLine !== undefined) region.endLine = diagnostic.endLine;
  if (diagnostic.endColumn !== undefined) region.endColumn = diagnostic.endColumn;
  return region;
}
