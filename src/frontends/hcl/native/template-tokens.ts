/**
 * Templates as HCL's parser sees them: a flat sequence of literal text and `${…}` / `%{…}`
 * sequences. Strip markers (`~`) and `<<-` indentation act on that sequence; `nestTemplate` then
 * builds the nested parts of the syntax tree. Text is unescaped here: quoted strings take
 * backslash escapes, heredocs and JSON strings only `$${` / `%%{`.
 */
import type { Span } from '../../../model/span.js';
import type { Expr, TemplatePart } from '../syntax.js';

/** White space as HCL (Go's `unicode.IsSpace`) counts it: JavaScript's `\s` differs (U+0085, U+FEFF). */
const SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const LEADING_SPACE = new RegExp(`^${SPACE}+`);
const TRAILING_SPACE = new RegExp(`${SPACE}+$`);

/** Strip markers of one `${…}` or `%{…}`: `~` after the opener, `~` before the closing brace. */
export interface Strip {
  stripBefore: boolean;
  stripAfter: boolean;
}

/**
 * A template as the flat token sequence HCL's parser works on: literal text and the `${…}` /
 * `%{…}` sequences, directives still open/close pairs. Strip markers and `<<-` indentation act on
 * this sequence; `nestTemplate` then builds the parts.
 */
export type TemplateToken =
  | { kind: 'text'; text: string; span: Span }
  | ({ kind: 'interpolation'; expr: Expr; span: Span } & Strip)
  | ({ kind: 'if'; cond: Expr; span: Span } & Strip)
  | ({ kind: 'for'; keyVar?: string; valueVar: string; collection: Expr; span: Span } & Strip)
  | ({ kind: 'else' | 'endif' | 'endfor' } & Strip);

/** `${~` / `%{~` trims the whitespace ending the text token just before; `~}` that starting the one just after. */
export function stripTemplate(tokens: TemplateToken[]): TemplateToken[] {
  tokens.forEach((t, i) => {
    if (t.kind === 'text') return;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (t.stripBefore && before?.kind === 'text') before.text = before.text.replace(TRAILING_SPACE, '');
    if (t.stripAfter && after?.kind === 'text') after.text = after.text.replace(LEADING_SPACE, '');
  });
  return tokens;
}

/**
 * `<<-` heredocs, as HCL does it after strip markers: the smallest indentation of the text tokens
 * that start a line is removed from each of them. A line starting with `${` or `%{` counts as
 * unindented; whitespace-only lines are neither counted nor changed.
 */
export function flushHeredoc(tokens: TemplateToken[]): void {
  const adjust: { text: string }[] = [];
  let min = Infinity;
  let lineStart = true;
  for (const t of tokens) {
    if (lineStart) {
      lineStart = false;
      if (t.kind !== 'text') min = 0;
      else {
        const indent = LEADING_SPACE.exec(t.text)?.[0].length ?? 0;
        if (indent < t.text.length || !t.text.endsWith('\n')) {
          min = Math.min(min, indent);
          adjust.push(t);
        }
      }
    }
    if (t.kind === 'text' && t.text.endsWith('\n')) lineStart = true;
  }
  if (!Number.isFinite(min) || min === 0) return;
  for (const t of adjust) t.text = t.text.slice(min);
}

/** Builds template parts from tokens: adjacent text joined, empty text dropped, directives nested. */
export function nestTemplate(tokens: TemplateToken[]): TemplatePart[] {
  let i = 0;
  const parts = (stop: ReadonlySet<string>): TemplatePart[] => {
    const out: TemplatePart[] = [];
    while (i < tokens.length && !stop.has(tokens[i]!.kind)) {
      const t = tokens[i++]!;
      if (t.kind === 'text') {
        const last = out[out.length - 1];
        if (t.text === '') continue;
        if (last?.kind === 'text') {
          last.text += t.text;
          last.span = { ...last.span, end: t.span.end };
        } else out.push({ kind: 'text', text: t.text, span: t.span });
      } else if (t.kind === 'interpolation') out.push({ kind: 'interpolation', expr: t.expr, span: t.span });
      else if (t.kind === 'if') {
        const then = parts(IF_BRANCH_END);
        const otherwise = tokens[i]?.kind === 'else' ? (i++, parts(IF_END)) : [];
        i++;
        out.push({ kind: 'if', cond: t.cond, then, else: otherwise, span: t.span });
      } else if (t.kind === 'for') {
        const body = parts(FOR_END);
        i++;
        out.push({ kind: 'for', ...(t.keyVar !== undefined ? { keyVar: t.keyVar } : {}), valueVar: t.valueVar, collection: t.collection, body, span: t.span });
      }
    }
    return out;
  };
  return parts(new Set());
}

const IF_BRANCH_END = new Set(['else', 'endif']);
const IF_END = new Set(['endif']);
const FOR_END = new Set(['endfor']);

const QUOTED_ESCAPE = /\\(?:n|r|t|"|\\|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})|\$\$\{|%%\{/g;

/** The text of a quoted string between its sequences, with its escapes decoded (they are valid: the parser checked them). */
export function unescapeQuoted(raw: string): string {
  return raw.replace(QUOTED_ESCAPE, (m) => {
    switch (m[1]) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case '"':
        return '"';
      case '\\':
        return '\\';
      case 'u':
      case 'U': {
        // An escape beyond U+10FFFF names no character; keep it as written rather than fail.
        const code = parseInt(m.slice(2), 16);
        return code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      default:
        return m.slice(1);
    }
  });
}

/** Heredoc and JSON-string template text: only `$${` and `%%{` are escapes there. */
export function unescapeTemplate(raw: string): string {
  return raw.replace(/\$\$\{|%%\{/g, (m) => m.slice(1));
}

/** A template of nothing but literal text is a string literal. */
export function simplifyTemplate(t: Expr & { kind: 'template' }): Expr {
  if (t.parts.length === 0) return { kind: 'literal', value: '', span: t.span };
  if (t.parts.length === 1 && t.parts[0]!.kind === 'text') return { kind: 'literal', value: t.parts[0]!.text, span: t.span };
  return t;
}
