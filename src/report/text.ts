import path from 'node:path';
import pc from 'picocolors';
import type { Finding, Level, RelatedLocation } from '../engine/finding.js';
import type { Diagnostic } from '../model/graph.js';
import { formatPos } from '../model/span.js';
import { summarize, type ReportInput, type Summary } from './report-input.js';

type Colors = ReturnType<typeof pc.createColors>;

/** Options of {@link formatText}. */
export interface TextOptions {
  /** Emit ANSI colour codes. Decided by the caller (TTY, `NO_COLOR`, `--color`), never here. */
  color: boolean;
  /**
   * Where to write paths from, so that `file:line:col` opens from the terminal the report is read
   * in: `root` is the absolute directory the report's paths are relative to, `cwd` the absolute
   * directory to write them relative to instead. Paths stay as they are without it.
   */
  paths?: { root: string; cwd: string };
}

const INDENT = '  ';

/**
 * Control characters: C0, DEL and C1, the line and paragraph separators, and the marks that
 * reorder bidirectional text. Values from the input reach messages, addresses and file names;
 * printed as they are, a carriage return or line feed could start a line of its own (a GitHub
 * workflow command such as `::warning ...` in a CI log), ESC a terminal escape sequence, and a
 * bidirectional override could make a line read otherwise than it is.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with each control character written as its escape: `\n`, `\r`, `\t`, else `\u001b` and the like. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (ch) => NAMED_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Formats findings for people, in the style of ESLint / TFLint:
 *
 * ```text
 * envs/prod/main.tf:12:3  error  ACR001 acr-cache-blocked-by-bypass-none
 *   The cache rule can never store images …
 *   ↳ envs/prod/variables.tf:4:13  bypass set to "None" here
 * ```
 *
 * One block per finding (its address stands in for `file:line:col` when it has no location),
 * then the input diagnostics, then a one-line summary. Ends with a newline. Every line break is the
 * reporter's own: control characters in what the input supplies are escaped.
 *
 * The whole text, for the tests; the command writes {@link textPieces} as they come.
 */
export function formatText(input: ReportInput, options: TextOptions): string {
  return [...textPieces(input, options)].join('');
}

/** {@link formatText}'s text in pieces: one per finding (see pieces.ts). */
export function* textPieces(input: ReportInput, options: TextOptions): Generator<string> {
  const c = pc.createColors(options.color);
  const { paths } = options;
  const file = paths ? (f: string): string => path.relative(paths.cwd, path.resolve(paths.root, f)) || '.' : (f: string): string => f;
  for (const finding of input.findings) yield `${findingBlock(finding, file, c)}\n\n`;
  const diagnostics = input.diagnostics.map((diagnostic) => diagnosticLine({ ...diagnostic, file: file(diagnostic.file) }, c));
  if (diagnostics.length > 0) yield `${diagnostics.join('\n')}\n\n`;
  yield `${summaryLine(summarize(input), c)}\n`;
}

/** A path as the report writes it (see {@link TextOptions.paths}). */
type FilePath = (file: string) => string;

function findingBlock(finding: Finding, file: FilePath, c: Colors): string {
  const where = finding.location ? formatPos({ ...finding.location, file: file(finding.location.file) }) : finding.address;
  const header = [c.bold(escapeControls(lineStart(where))), levelLabel(finding.level, c), c.dim(`${finding.ruleId} ${finding.ruleName}`)];
  const lines = [header.join(INDENT), INDENT + escapeControls(finding.message)];
  lines.push(...finding.related.map((related) => relatedLine(related, file, c)));
  return lines.join('\n');
}

function relatedLine(related: RelatedLocation, file: FilePath, c: Colors): string {
  return c.dim(`${INDENT}↳ ${escapeControls(formatPos({ ...related.span, file: file(related.span.file) }))}${INDENT}${escapeControls(related.message)}`);
}

function diagnosticLine(diagnostic: Diagnostic, c: Colors): string {
  return [c.bold(escapeControls(lineStart(diagnosticPos(diagnostic)))), levelLabel(diagnostic.severity, c), escapeControls(diagnostic.message)].join(INDENT);
}

/**
 * A place that starts a line, made safe there: GitHub Actions reads a log line that starts with
 * `::` as a workflow command, so a directory named `::stop-commands::x` would switch the log's
 * commands off when the text report is printed in a `run:` step. Such a path is written `./::…`.
 */
function lineStart(where: string): string {
  // The runner trims the line first (.NET's whitespace: spaces, no-break spaces, ideographic spaces…).
  return /^\s*:/u.test(where) ? `./${where}` : where;
}

/** `file:line:col`, `file:line` or `file`, as far as the diagnostic knows. */
function diagnosticPos(diagnostic: Diagnostic): string {
  const parts: (string | number)[] = [diagnostic.file];
  if (diagnostic.line !== undefined) {
    parts.push(diagnostic.line);
    if (diagnostic.column !== undefined) parts.push(diagnostic.column);
  }
  return parts.join(':');
}

function levelLabel(level: Level, c: Colors): string {
  const paint = { error: c.red, warning: c.yellow, note: c.cyan }[level];
  return paint(level);
}

/** `2 errors, 1 warning, 0 notes; 1 input problem.` or `No findings.` */
function summaryLine(summary: Summary, c: Colors): string {
  const total = summary.error + summary.warning + summary.note;
  const findings =
    total === 0
      ? 'No findings'
      : [plural(summary.error, 'error'), plural(summary.warning, 'warning'), plural(summary.note, 'note')].join(', ');
  const problems = summary.diagnostics > 0 ? `; ${plural(summary.diagnostics, 'input problem')}` : '';
  const suppressed = summary.suppressed > 0 ? `; ${summary.suppressed} suppressed` : '';
  const paint = summary.error > 0 ? c.red : summary.warning + summary.diagnostics > 0 ? c.yellow : c.green;
  return c.bold(paint(`${findings}${problems}${suppressed}.`));
}

/** `1 file`, `2 files`: the count and the noun, plural unless the count is one. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
