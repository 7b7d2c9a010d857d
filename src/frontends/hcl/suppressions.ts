/**
 * Finds inline suppressions in a native-syntax file: a comment `# tf-acr-lint:ignore <rules> -- <reason>`
 * (or `//`) on the line before a block, an attribute or a `module` call, whose target is the
 * construct that starts on the next line that is not blank or a comment; or at the end of an
 * attribute's last line or of a block's header, whose target is that attribute or block (TFLint
 * reads its annotations on the line itself as well). A directive followed by nothing it can cover (a
 * closing brace, the end of the file) has no target, and is reported. Block comments that open a
 * line (`/* … *\/`, over one line or several) are comments too: one between a directive and its
 * construct is passed over, and a directive inside one is commented out. (In the JSON syntax, a block's
 * `"//"` key holds one: see json-syntax.ts.)
 */
import type { Suppression } from '../../model/graph.js';
import type { Span } from '../../model/span.js';
import { SourceText } from './source-text.js';
import type { Body, ConfigFile } from './syntax.js';

const DIRECTIVE = /^[ \t]*(?:#|\/\/)[ \t]*tf-acr-lint:ignore\b(.*)$/;
const COMMENT_OR_BLANK = /^[ \t]*(?:(?:#|\/\/).*)?$/;
const BLOCK_COMMENT_START = /^[ \t]*\/\*/;

/**
 * The suppressions written in `text`, each tied to the construct after it; without a target when
 * nothing it can cover follows. A line inside a multi-line string (a heredoc) is text: what looks
 * like a directive there is kept only when a construct follows it. A comment between the items of a
 * multi-line list or object is a comment, and covers nothing.
 */
export function findSuppressions(config: ConfigFile, text: string): Suppression[] {
  if (!text.includes('tf-acr-lint:ignore')) return [];
  const source = new SourceText(config.path, text);
  const starts = constructStarts(config.body);
  const inside = linesInsideStrings(config.body);
  const out: Suppression[] = [];
  // Directives waiting for the next line that is neither blank nor a comment: one pass, however
  // many directives and comments follow each other.
  let waiting: { directive: Omit<Suppression, 'target'>; line: number }[] = [];
  const flush = (target: Span | undefined): void => {
    for (const { directive, line } of waiting) {
      if (target) out.push({ ...directive, target });
      else if (!inside.has(line)) out.push(directive);
    }
    waiting = [];
  };
  let offset = 0;
  // Inside a block comment that opened at the start of an earlier line: commented-out text, neither directive nor construct.
  let inBlockComment = false;
  text.split('\n').forEach((rawLine, i) => {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const line = rawLine.replace(/\r$/, '');
    // A block comment opening a line (never inside a heredoc) is a comment line, and may run on over the next ones.
    const opened = inBlockComment ? 0 : BLOCK_COMMENT_START.exec(line) && !inside.has(i + 1) ? line.indexOf('/*') + 2 : -1;
    if (opened !== -1) {
      const close = line.indexOf('*/', opened);
      inBlockComment = close === -1;
      // What follows the comment on its line, if anything, is read as the line.
      if (close === -1 || line.slice(close + 2).trim() === '') return;
    }
    const m = DIRECTIVE.exec(line);
    // The comment's place: from its "#" or "//", as a trailing directive's is, not from the line's indentation.
    const indent = m ? /^[ \t]*/.exec(line)![0].length : 0;
    if (m) waiting.push({ directive: { ...ignoreDirective(m[1]!), span: source.span(lineStart + indent, lineStart + line.length) }, line: i + 1 });
    if (!m && !COMMENT_OR_BLANK.test(line)) flush(starts.get(i + 1));
  });
  flush(undefined);
  return [...out, ...trailingSuppressions(config.body, text, source)];
}

/**
 * The lines (1-based) after the first of each string written over several lines (a heredoc), which
 * are text whatever they read. Syntax the reader kept unread (`unsupported`, `invalid`) may hold one.
 */
function linesInsideStrings(body: Body): Set<number> {
  const out = new Set<number>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const expr = node as { kind?: unknown; span?: Span; value?: unknown };
    const text = expr.kind === 'template' || expr.kind === 'unsupported' || expr.kind === 'invalid' || (expr.kind === 'literal' && typeof expr.value === 'string');
    if (text && expr.span) {
      for (let line = expr.span.start.line + 1; line <= expr.span.end.line; line++) out.add(line);
      return;
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'span') visit(value);
  };
  const visitBody = (b: Body): void => {
    for (const a of b.attributes) visit(a.expr);
    for (const block of b.blocks) visitBody(block.body);
  };
  visitBody(body);
  return out;
}

/** A directive comment after a construct on its line: what is left of the line once the construct ends. */
const TRAILING_DIRECTIVE = /^([ \t]*)(?:#|\/\/)[ \t]*tf-acr-lint:ignore\b(.*?)\r?$/;

/**
 * The directives written after an attribute (after its value, on its last line) or after a block's
 * opening brace, each covering that attribute or block. What follows a construct's end on its line
 * is outside any string of it, so a directive quoted in a value is never read as one.
 */
function trailingSuppressions(body: Body, text: string, source: SourceText): Suppression[] {
  const out: Suppression[] = [];
  const after = (end: number, target: Span): void => {
    const lineEnd = text.indexOf('\n', end);
    const m = TRAILING_DIRECTIVE.exec(text.slice(end, lineEnd === -1 ? text.length : lineEnd));
    if (!m) return;
    const start = end + m[1]!.length;
    out.push({ ...ignoreDirective(m[2]!), span: source.span(start, start + m[0].replace(/\r$/, '').length - m[1]!.length), target });
  };
  const visit = (b: Body): void => {
    for (const a of b.attributes) after(a.span.end.offset, a.span);
    for (const block of b.blocks) {
      after(block.headerSpan.end.offset, block.span);
      visit(block.body);
    }
  };
  visit(body);
  return out;
}

/** The rules and the reason of what follows `tf-acr-lint:ignore`: `ACR001, ACR002 -- why`. */
export function ignoreDirective(rest: string): Pick<Suppression, 'rules' | 'reason'> {
  const [list, ...reason] = rest.split(/\s--\s?/);
  const rules = (list ?? '').split(/[\s,]+/).filter(Boolean);
  const text = reason.join(' -- ').trim();
  return { rules, ...(text ? { reason: text } : {}) };
}

/** The outermost block or attribute starting on each line (1-based). */
function constructStarts(body: Body): Map<number, Span> {
  const out = new Map<number, Span>();
  const visit = (b: Body): void => {
    for (const a of b.attributes) if (!out.has(a.span.start.line)) out.set(a.span.start.line, a.span);
    for (const block of b.blocks) {
      if (!out.has(block.span.start.line)) out.set(block.span.start.line, block.span);
      visit(block.body);
    }
  };
  visit(body);
  return out;
}
