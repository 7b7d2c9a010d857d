import path from 'node:path';
import type { Finding, Level } from '../engine/finding.js';
import type { Diagnostic } from '../model/graph.js';
import type { Span } from '../model/span.js';
import { summarize, type ReportInput, type Summary } from './report-input.js';
import { toRelativeUri } from './sarif.js';
import { clipText } from '../engine/output-text.js';
import { escapeControls, plural } from './text.js';

/** The level of a GitHub Actions annotation: the workflow command that creates it. */
export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** Annotations per level, in the order they are emitted. */
export type AnnotationTally = Record<AnnotationLevel, number>;

/** What {@link annotationCounts} returns: how many annotations of each level are emitted and how many are cut. */
export interface AnnotationCounts {
  shown: AnnotationTally;
  cut: AnnotationTally;
}

/**
 * GitHub shows at most this many annotations of each level per step (and 50 per job); the rest
 * are dropped silently. {@link formatAnnotations} emits no more than this many of each level.
 */
export const ANNOTATIONS_PER_LEVEL = 10;

/** The title of annotations about input problems (diagnostics). */
export const INPUT_PROBLEM_TITLE = 'tf-acr-lint input problem';

/** Options of {@link formatAnnotations}. */
export interface AnnotationOptions {
  /**
   * Path of the scan root relative to `GITHUB_WORKSPACE` (`infra/`), joined in front of every
   * file, which the engine gives relative to the scan root. Leave it out when they are the same.
   */
  workspacePrefix?: string;
}

/** Where the files of the scanned commit are browsable: builds `${serverUrl}/${repository}/blob/${sha}/…`. */
export interface BlobLink {
  /** `GITHUB_SERVER_URL`: `https://github.com`. */
  serverUrl: string;
  /** `GITHUB_REPOSITORY`: `owner/name`. */
  repository: string;
  /** `GITHUB_SHA`. */
  sha: string;
}

/** Options of {@link formatJobSummary}. */
export interface JobSummaryOptions extends AnnotationOptions {
  /** Link locations to the file on GitHub; plain text without it. */
  link?: BlobLink;
}

const ANNOTATION_LEVELS: readonly AnnotationLevel[] = ['error', 'warning', 'notice'];

const ANNOTATION_LEVEL: Record<Level, AnnotationLevel> = { error: 'error', warning: 'warning', note: 'notice' };

/** One annotation before it is written as a workflow command. Properties keep their order. */
interface Annotation {
  level: AnnotationLevel;
  properties: [name: string, value: string | number][];
  message: string;
}

/**
 * Formats findings and input problems as GitHub Actions workflow commands, one a line:
 *
 * ```text
 * ::error file=infra/main.tf,line=12,endLine=12,col=3,endColumn=45,title=ACR001 acr-cache-blocked-by-bypass-none::Cache rule …
 * ```
 *
 * Levels map `error` → `::error`, `warning` → `::warning`, `note` → `::notice`. Errors come
 * first, then warnings, then notices; within a level the findings in engine order, then the
 * diagnostics (titled {@link INPUT_PROBLEM_TITLE}). A finding without a location carries only a
 * title and its address leads the message; so does one in a file outside the workspace, whose
 * `path:line` leads the message instead. `col` and `endColumn` are left out of a range that
 * spans lines, which the runner would discard anyway.
 *
 * At most {@link ANNOTATIONS_PER_LEVEL} of each level are emitted; when some are cut, the last
 * one emitted of that level says how many. Values are escaped as `@actions/core` does. Ends
 * with a newline unless there is nothing to annotate.
 */
export function formatAnnotations(input: ReportInput, options: AnnotationOptions): string {
  const prefix = options.workspacePrefix ?? '';
  const annotations = [
    ...input.findings.map((finding) => findingAnnotation(finding, prefix)),
    ...input.diagnostics.map((diagnostic) => diagnosticAnnotation(diagnostic, prefix)),
  ];
  const lines = ANNOTATION_LEVELS.flatMap((level) => capped(annotations.filter((a) => a.level === level)).map(command));
  return lines.map((line) => `${line}\n`).join('');
}

/** How many annotations of each level {@link formatAnnotations} emits, and how many it cuts. */
export function annotationCounts(input: ReportInput): AnnotationCounts {
  const total: AnnotationTally = { error: 0, warning: 0, notice: 0 };
  for (const finding of input.findings) total[ANNOTATION_LEVEL[finding.level]] += 1;
  for (const diagnostic of input.diagnostics) total[ANNOTATION_LEVEL[diagnostic.severity]] += 1;
  const shown = mapTally(total, (count) => Math.min(count, ANNOTATIONS_PER_LEVEL));
  const cut = mapTally(total, (count) => Math.max(count - ANNOTATIONS_PER_LEVEL, 0));
  return { shown, cut };
}

/**
 * Formats a Markdown job summary (for `GITHUB_STEP_SUMMARY`): a `## tf-acr-lint` heading, the
 * counts, a table of every open finding, a table of the input problems, and a note when the
 * annotation caps hid some. Rules link to their documentation; locations inside the workspace
 * link to the file at the scanned commit when `options.link` is given. Ends with a newline.
 */
export function formatJobSummary(input: ReportInput, options: JobSummaryOptions): string {
  const ctx: CellContext = { prefix: options.workspacePrefix ?? '', link: options.link, budget: SUMMARY_TABLE_BUDGET, left: 0 };
  const blocks = ['## tf-acr-lint', countsLine(summarize(input))];
  blocks.push(input.findings.length > 0 ? findingsTable(input, ctx) : 'No findings.');
  if (input.diagnostics.length > 0) blocks.push('### Input problems', diagnosticsTable(input.diagnostics, ctx));
  if (ctx.left > 0) blocks.push(`${plural(ctx.left, 'row')} left out: GitHub refuses a job summary over 1 MiB. The SARIF and JSON reports list everything.`);
  const cut = cutLine(annotationCounts(input).cut);
  if (cut) blocks.push(ctx.left > 0 ? cut.replace('the tables above list everything', 'the SARIF report lists everything') : cut);
  return `${blocks.join('\n\n')}\n`;
}

/** Bytes the tables of a job summary may take: GitHub drops a step summary over 1 MiB whole. */
export const SUMMARY_TABLE_BUDGET = 1024 * 1024 - 16 * 1024;

/** Characters of a message kept in a summary cell. */
const CELL_MESSAGE_MAX = 2000;

// ---------------------------------------------------------------------------------------------
// Annotations

function findingAnnotation(finding: Finding, prefix: string): Annotation {
  const title: [string, string] = ['title', `${finding.ruleId} ${finding.ruleName}`];
  const level = ANNOTATION_LEVEL[finding.level];
  if (!finding.location) return { level, properties: [title], message: `${finding.address}: ${finding.message}` };
  const where = workspacePath(prefix, finding.location.file);
  if (isOutsideWorkspace(where)) return { level, properties: [title], message: `${where}:${finding.location.start.line}: ${finding.message}` };
  return { level, properties: [...spanProperties(finding.location, prefix), title], message: finding.message };
}

/** `file`, `line`, `endLine` and, when the span stays on one line, `col` and `endColumn`. */
function spanProperties(span: Span, prefix: string): Annotation['properties'] {
  const properties: Annotation['properties'] = [
    ['file', workspacePath(prefix, span.file)],
    ['line', span.start.line],
    ['endLine', span.end.line],
  ];
  if (span.start.line === span.end.line) properties.push(['col', span.start.column], ['endColumn', span.end.column]);
  return properties;
}

function diagnosticAnnotation(diagnostic: Diagnostic, prefix: string): Annotation {
  const level = ANNOTATION_LEVEL[diagnostic.severity];
  const where = workspacePath(prefix, diagnostic.file);
  const { line, endLine, column, endColumn } = diagnostic;
  if (isOutsideWorkspace(where)) return { level, properties: [['title', INPUT_PROBLEM_TITLE]], message: `${where}${line === undefined ? '' : `:${line}`}: ${diagnostic.message}` };
  const properties: Annotation['properties'] = [['file', where]];
  if (line !== undefined) {
    properties.push(['line', line]);
    if (endLine !== undefined) properties.push(['endLine', endLine]);
    if (column !== undefined && (endLine ?? line) === line) {
      properties.push(['col', column]);
      if (endColumn !== undefined) properties.push(['endColumn', endColumn]);
    }
  }
  properties.push(['title', INPUT_PROBLEM_TITLE]);
  return { level, properties, message: diagnostic.message };
}

/** The first {@link ANNOTATIONS_PER_LEVEL} annotations of one level; the last says how many were cut. */
function capped(annotations: Annotation[]): Annotation[] {
  const cut = annotations.length - ANNOTATIONS_PER_LEVEL;
  if (cut <= 0) return annotations;
  const shown = annotations.slice(0, ANNOTATIONS_PER_LEVEL);
  const last = shown[shown.length - 1];
  if (last) shown[shown.length - 1] = { ...last, message: `${last.message}${cutSentence(last.level, cut)}` };
  return shown;
}

function cutSentence(level: AnnotationLevel, cut: number): string {
  const noun = cut === 1 ? `${level} annotation was` : `${level} annotations were`;
  return ` (${cut} more ${noun} not shown: GitHub displays at most ${ANNOTATIONS_PER_LEVEL} per step; see the job summary or the SARIF report)`;
}

/**
 * The error annotation of a problem with the Action's own inputs, as a workflow command line. A
 * problem in a file of the workspace (a config file's line, `place.file` relative to the
 * workspace) is annotated on that file and line; one outside it, or in no file, on none.
 */
export function formatInputError(message: string, place?: { readonly file: string; readonly line?: number }): string {
  const properties: Annotation['properties'] = [];
  if (place && !isOutsideWorkspace(place.file) && !path.isAbsolute(place.file)) {
    properties.push(['file', place.file]);
    if (place.line !== undefined) properties.push(['line', place.line]);
  }
  properties.push(['title', 'tf-acr-lint']);
  return `${command({ level: 'error', properties, message })}\n`;
}

/** `::level name=value,…::message`, as `@actions/core` writes it. */
function command(annotation: Annotation): string {
  const properties = annotation.properties.map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(',');
  return `::${annotation.level} ${properties}::${escapeData(annotation.message)}`;
}

/** Escapes a workflow command's message as `@actions/core` does: `%`, CR and LF. */
export function escapeData(text: string): string {
  // Other control characters (ESC, NUL, line separators, bidirectional marks) as the text reporter writes them, so
  // that values cannot colour, clear or reorder the log and the annotation; line breaks stay line breaks.
  return text.replace(/[^\r\n]+/g, escapeControls).replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a property value as `@actions/core` does: the data escapes plus `:` and `,`. */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** A scan-root-relative path made relative to the workspace; `..` segments are resolved. */
function workspacePath(prefix: string, file: string): string {
  return path.posix.join(prefix, file);
}

/**
 * Whether a workspace-relative path leaves the workspace (a plan written to `runner.temp`): GitHub
 * can neither place an annotation on it nor show it at the scanned commit.
 */
function isOutsideWorkspace(file: string): boolean {
  return file === '..' || file.startsWith('../');
}

function mapTally(tally: AnnotationTally, f: (count: number) => number): AnnotationTally {
  return { error: f(tally.error), warning: f(tally.warning), notice: f(tally.notice) };
}

// ---------------------------------------------------------------------------------------------
// Job summary

/** What building a table cell needs besides the value. */
interface CellContext {
  prefix: string;
  link: BlobLink | undefined;
  /** Bytes the table rows may still take. */
  budget: number;
  /** Rows left out for want of budget. */
  left: number;
}

/** `2 errors, 1 warning, 0 notes, 1 suppressed, 0 input problems.` */
function countsLine(summary: Summary): string {
  const counts = [
    plural(summary.error, 'error'),
    plural(summary.warning, 'warning'),
    plural(summary.note, 'note'),
    `${summary.suppressed} suppressed`,
    plural(summary.diagnostics, 'input problem'),
  ];
  return `${counts.join(', ')}.`;
}

function findingsTable(input: ReportInput, ctx: CellContext): string {
  const helpUris = new Map(input.rules.map((rule) => [rule.id, input.helpUri(rule)]));
  const rows = input.findings.map((finding) => [
    finding.level,
    ruleCell(finding.ruleId, helpUris.get(finding.ruleId)),
    finding.location ? locationCell(finding.location.file, finding.location.start.line, ctx) : escapeCell(finding.address),
    escapeCell(clipText(finding.message, CELL_MESSAGE_MAX)),
  ]);
  return table(['Level', 'Rule', 'Location', 'Message'], rows, ctx);
}

function diagnosticsTable(diagnostics: Diagnostic[], ctx: CellContext): string {
  const rows = diagnostics.map((diagnostic) => [
    diagnostic.severity,
    locationCell(diagnostic.file, diagnostic.line, ctx),
    escapeCell(clipText(diagnostic.message, CELL_MESSAGE_MAX)),
  ]);
  return table(['Level', 'Location', 'Message'], rows, ctx);
}

/** The rule id, linked to its documentation when the rule is known. */
function ruleCell(ruleId: string, helpUri: string | undefined): string {
  return helpUri ? `[${escapeCell(ruleId)}](${escapeUrl(helpUri)})` : escapeCell(ruleId);
}

/** `file:line` (or `file`), linked to the file at the scanned commit when a link is configured. */
function locationCell(file: string, line: number | undefined, ctx: CellContext): string {
  const where = workspacePath(ctx.prefix, file);
  const text = escapeCell(line === undefined ? where : `${where}:${line}`);
  if (!ctx.link || isOutsideWorkspace(where)) return text;
  const { serverUrl, repository, sha } = ctx.link;
  const url = `${serverUrl}/${repository}/blob/${sha}/${toRelativeUri(where)}${line === undefined ? '' : `#L${line}`}`;
  return `[${text}](${escapeUrl(url)})`;
}

/** A note on the annotations the caps cut, or undefined when none were. */
function cutLine(cut: AnnotationTally): string | undefined {
  const parts = ANNOTATION_LEVELS.filter((level) => cut[level] > 0).map((level) => plural(cut[level], level));
  if (parts.length === 0) return undefined;
  return `Not shown as annotations: ${parts.join(', ')}. GitHub displays at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step; the tables above list everything.`;
}

function table(header: string[], rows: string[][], ctx: CellContext): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const lines = [line(header), line(header.map(() => '---'))];
  for (const row of rows) {
    const text = line(row);
    const size = Buffer.byteLength(text, 'utf8') + 1;
    if (size > ctx.budget) {
      ctx.left += 1;
      ctx.budget = 0;
      continue;
    }
    ctx.budget -= size;
    lines.push(text);
  }
  return lines.join('\n');
}


/**
 * Makes text literal inside a Markdown table cell: backslash-escapes the characters Markdown or
 * HTML would interpret (`|` included, which would end the cell) and turns line breaks into `<br>`.
 */
function escapeCell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeControls(line).replace(/[\\`*_[\]<>|&~]/g, '\\$&'))
    .join('<br>');
}

/** Keeps a URL inside a Markdown link destination: parentheses, spaces and `|` are percent-encoded. */
function escapeUrl(url: string): string {
  return url.replaceAll('(', '%28').replaceAll(')', '%29').replaceAll(' ', '%20').replaceAll('|', '%7C');
}
