import type { Finding, Level, RelatedLocation } from '../engine/finding.js';
import type { Diagnostic } from '../model/graph.js';
import type { Span } from '../model/span.js';
import { jsonPieces } from './pieces.js';
import { summarize, type ReportInput, type Summary } from './report-input.js';

/**
 * A source range in the JSON report. Lines and columns are 1-based, columns count UTF-16 code
 * units; the end is exclusive. `file` is relative to the scan root, with `/` separators.
 */
export interface JsonLocation {
  file: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** A related location: a place that explains the finding, with what happens there. */
export interface JsonRelated extends JsonLocation {
  message: string;
}

/** One finding. Absent values are `null`, so every key is always present. */
export interface JsonFinding {
  ruleId: string;
  ruleName: string;
  level: Level;
  message: string;
  /** Terraform address of the resource the finding is about. */
  address: string;
  attribute: string | null;
  location: JsonLocation | null;
  related: JsonRelated[];
  /** Stable across line moves; use it to track a finding over time. */
  fingerprint: string;
}

/** Where the inline suppression that covers a finding is written (the comment), and its reason. */
export interface JsonSuppression extends JsonLocation {
  /** `null` when the comment gives none. */
  reason: string | null;
}

/** A finding an inline suppression covers. */
export interface JsonSuppressedFinding extends JsonFinding {
  /** The suppression that covers it; `null` only when the report input does not say. */
  suppression: JsonSuppression | null;
}

/** One input problem. Position fields are `null` when the problem concerns the whole file. */
export interface JsonDiagnostic {
  severity: 'error' | 'warning' | 'note';
  message: string;
  file: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
}

/**
 * The JSON report, version 1. Within a version keys are only added, never removed, renamed or
 * given another meaning, so a script that reads the keys it knows keeps working; any other change
 * comes with a new version.
 */
export interface JsonReport {
  version: 1;
  tool: { name: string; version: string };
  findings: JsonFinding[];
  /** Findings covered by an inline suppression. */
  suppressed: JsonSuppressedFinding[];
  diagnostics: JsonDiagnostic[];
  summary: Summary;
}

/** Builds the {@link JsonReport} value. */
export function toJsonReport(input: ReportInput): JsonReport {
  return {
    version: 1,
    tool: { name: input.tool.name, version: input.tool.version },
    findings: input.findings.map(jsonFinding),
    suppressed: (input.suppressed ?? []).map(jsonSuppressedFinding),
    diagnostics: input.diagnostics.map(jsonDiagnostic),
    summary: summarize(input),
  };
}

/** Formats the {@link JsonReport}, pretty-printed with two spaces and a trailing newline: the whole text, for the tests; the command writes {@link jsonReportPieces} as they come. */
export function formatJson(input: ReportInput): string {
  return [...jsonReportPieces(input)].join('');
}

/** {@link formatJson}'s text in pieces: one per finding, suppressed finding and diagnostic (see pieces.ts). */
export function* jsonReportPieces(input: ReportInput): Generator<string> {
  // The report object, then its lists, opened: every entry of them is a piece.
  yield* jsonPieces(toJsonReport(input), 2);
  yield '\n';
}

function jsonFinding(finding: Finding): JsonFinding {
  return {
    ruleId: finding.ruleId,
    ruleName: finding.ruleName,
    level: finding.level,
    message: finding.message,
    address: finding.address,
    attribute: finding.attribute ?? null,
    location: finding.location ? jsonLocation(finding.location) : null,
    related: finding.related.map(jsonRelated),
    fingerprint: finding.fingerprint,
  };
}

function jsonSuppressedFinding(finding: Finding): JsonSuppressedFinding {
  const by = finding.suppressedBy;
  return { ...jsonFinding(finding), suppression: by ? { ...jsonLocation(by.span), reason: by.reason ?? null } : null };
}

function jsonLocation(span: Span): JsonLocation {
  return {
    file: span.file,
    startLine: span.start.line,
    startColumn: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
  };
}

function jsonRelated(related: RelatedLocation): JsonRelated {
  return { ...jsonLocation(related.span), message: related.message };
}

function jsonDiagnostic(diagnostic: Diagnostic): JsonDiagnostic {
  return {
    severity: diagnostic.severity,
    message: diagnostic.message,
    file: diagnostic.file,
    line: diagnostic.line ?? null,
    column: diagnostic.column ?? null,
    endLine: diagnostic.endLine ?? null,
    endColumn: diagnostic.endColumn ?? null,
  };
}
