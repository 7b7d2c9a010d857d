/**
 * The `source` of each top-level `module` block, read from the text without parsing it: a small
 * scanner that skips strings (templates with their interpolations included), comments and heredocs
 * while it matches braces. Used only to decide which directories are called by others before
 * anything is parsed; evaluation reads the real tree. Where the text uses what the scanner does not
 * read exactly, it says so, and the caller parses instead.
 */

/** A top-level `module "name" {` (or `module name {`; Terraform refuses more labels, the parser does not) at the start of a line. */
const MODULE_HEADER = /module(?:[ \t]*"[^"\\\n]*"|[ \t]+[A-Za-z_][A-Za-z0-9_-]*)(?:[ \t]*"[^"\\\n]*"|[ \t]+[A-Za-z_][A-Za-z0-9_-]*)*[ \t]*\{/y;
/** The keyword `module` itself, not the start of a longer name. */
const MODULE_KEYWORD = /module(?![A-Za-z0-9_-]|[^\x00-\x7f])/y;
/**
 * Where a `module` block can start: the keyword at the start of a line or after a comment (`module.x`
 * references do not count). A text without one needs no scan.
 */
const MAY_HAVE_MODULE_BLOCK = /(?:^|\/)[ \t]*module(?![\w.-])/m;
/** An argument named `source`. */
const SOURCE_NAME = /source[ \t]*=(?!=)/y;
/**
 * `source = "…"` written as a plain literal, ending its line (or the block). Of escapes, only `\\` is
 * read here: a Windows-style local source (`".\\modules\\acr"`) writes one per backslash.
 */
const SOURCE_ARGUMENT = /source[ \t]*=[ \t]*"((?:[^"\\\n]|\\\\)*)"[ \t]*(?=#|\/\/|\/\*|\r?\n|\}|$)/y;
/** A heredoc's opening: `<<EOT` or `<<-EOT` directly followed by a line break, as the parser reads it. */
const HEREDOC_OPEN = /<<-?([\p{ID_Start}_][\p{ID_Continue}-]*)\r?\n/uy;
/** What the scanner stops at: the rest of a line is skipped with one search. */
const SIGNIFICANT = /["#/<{}\n]/g;

/** Templates nested deeper than this in one string (`"${"${"…"}"}"`) are left to the parser. */
const MAX_TEMPLATE_NESTING = 64;

/**
 * The literal `source` strings of the top-level module blocks in `text` (blocks without one are
 * left out): the argument that starts a line of the block's body (or follows its `{`), outside
 * strings, comments, heredocs and nested blocks. One pass over the text, however its braces nest
 * or fail to close. Undefined when only parsing reads the text right: a `module` header the
 * pattern does not read (a comment in it, a label with an escape or letters beyond ASCII), a
 * `source` that is not a plain literal, a comment or heredoc inside an interpolation, a heredoc
 * marker read otherwise, templates nested deeper than MAX_TEMPLATE_NESTING.
 */
export function moduleSources(text: string): string[] | undefined {
  if (!MAY_HAVE_MODULE_BLOCK.test(text)) return [];
  const out: string[] = [];
  let depth = 0;
  /** Inside a module block whose source is still to be found. */
  let wanted = false;
  let i = 0;
  let lineStart = true;
  while (i < text.length) {
    if (lineStart) {
      lineStart = false;
      while (text[i] === ' ' || text[i] === '\t' || text[i] === '\r') i++;
      if (depth === 0 && text[i] === 'm' && matchAt(MODULE_KEYWORD, text, i)) {
        // A header written otherwise (a comment in it, a label with an escape or other letters) is the parser's to read.
        const header = matchAt(MODULE_HEADER, text, i);
        if (!header) return undefined;
        i += header[0].length;
        depth = 1;
        wanted = true;
        lineStart = true; // `module "x" { source = "./x" }` names its source on the header's line
        continue;
      }
      if (depth === 1 && wanted && text[i] === 's' && matchAt(SOURCE_NAME, text, i)) {
        // Only a plain literal is read here; an escape, a template or an expression is the parser's.
        const source = matchAt(SOURCE_ARGUMENT, text, i);
        if (!source || source[1]!.includes('${') || source[1]!.includes('%{')) return undefined;
        out.push(source[1]!.replaceAll('\\\\', '\\'));
        wanted = false;
      }
    }
    SIGNIFICANT.lastIndex = i;
    const next = SIGNIFICANT.exec(text);
    if (!next) break;
    i = next.index;
    const ch = text[i];
    if (ch === '\n') lineStart = true;
    else if (ch === '"') {
      const end = skipString(text, i);
      if (end === undefined) return undefined;
      i = end;
    } else if (ch === '#' || (ch === '/' && text[i + 1] === '/')) i = lineEnd(text, i);
    else if (ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 1;
      // What follows a comment may still open a block: `/* platform */ module "acr" {`.
      lineStart = true;
    } else if (ch === '<' && text[i + 1] === '<') {
      const end = skipHeredoc(text, i);
      if (end === undefined) return undefined;
      // Ends on the newline of the heredoc's closing line, which starts the next line.
      i = end - 1;
    } else if (ch === '{') depth++;
    else if (ch === '}' && depth > 0 && --depth === 0) wanted = false;
    i++;
  }
  return out;
}

/** The match of the sticky `pattern` starting exactly at `at`, if any. */
function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/**
 * The offset of the quote that closes the quoted template opened at `at`, skipping its
 * interpolations and directives (`${…}`, `%{…}`, with strings and braces of their own, over several
 * lines); the offset before the line break that ends an unclosed one; undefined when templates nest
 * deeper than MAX_TEMPLATE_NESTING.
 */
function skipString(text: string, at: number): number | undefined {
  // Most strings hold no interpolation: those are read without the bookkeeping of nested ones.
  for (let i = at + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') return i;
    if (ch === '\n') return i - 1;
    if (ch === '\\') i++;
    else if ((ch === '$' || ch === '%') && text[i + 1] === '{') return skipTemplate(text, at + 1);
  }
  return text.length;
}

/**
 * Past a template's text from `at`: a quoted one (see skipString), or, with `closing` (a sticky
 * pattern of its closing line), a heredoc's body, which ends only at that line outside
 * interpolations, and where a backslash is text. For a heredoc, the offset of the line break that
 * ends the closing line (the end of the text when it never closes). Undefined for what the parser
 * may read otherwise: templates nested past MAX_TEMPLATE_NESTING, a comment or heredoc inside an
 * interpolation, a line break inside a quoted string within one.
 */
function skipTemplate(text: string, at: number, closing?: RegExp): number | undefined {
  // Open templates and interpolations, innermost last: `true` for template text, `false` for an interpolation's braces.
  const open: boolean[] = [true];
  /** Braces open inside each interpolation, innermost last. */
  const braces: number[] = [];
  let lineStart = true;
  for (let i = at; i < text.length; i++) {
    const ch = text[i];
    if (open[open.length - 1]) {
      const heredoc = closing !== undefined && open.length === 1;
      if (heredoc && lineStart) {
        const end = matchAt(closing, text, i);
        if (end) return end[0].endsWith('\n') ? i + end[0].length - 1 : text.length;
      }
      lineStart = false;
      if (ch === '\\' && !heredoc) i++;
      else if (ch === '"' && !heredoc) {
        open.pop();
        if (open.length === 0) return i;
      } else if (ch === '\n') {
        if (heredoc) lineStart = true;
        // HCL ends a quoted string at the line break; the scanner goes on from the line after it.
        else return open.length === 1 ? i - 1 : undefined;
      } else if ((ch === '$' || ch === '%') && text[i + 1] === ch && text[i + 2] === '{') {
        i += 2; // `$${` and `%%{` are literal text
      } else if ((ch === '$' || ch === '%') && text[i + 1] === '{') {
        if (open.length >= MAX_TEMPLATE_NESTING) return undefined;
        open.push(false);
        braces.push(0);
        i++;
      }
    } else if (ch === '"') {
      if (open.length >= MAX_TEMPLATE_NESTING) return undefined;
      open.push(true);
    } else if (ch === '#' || (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) || (ch === '<' && text[i + 1] === '<')) {
      // A comment or a heredoc inside an interpolation: the parser's to read.
      return undefined;
    } else if (ch === '{') {
      braces[braces.length - 1]!++;
    } else if (ch === '}') {
      if (braces[braces.length - 1] === 0) {
        open.pop();
        braces.pop();
      } else braces[braces.length - 1]!--;
    }
  }
  return text.length;
}

/** The last offset before the end of the line at `at`, so the scanner still sees the newline. */
function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end - 1;
}

/**
 * Past a heredoc (`<<EOT` / `<<-EOT` … `EOT`): the offset of the line break that ends its closing
 * line (the end of the text when it never closes); `at + 1` for a `<<` that opens nothing; undefined
 * for one that looks like a heredoc the parser may read otherwise, or a body skipTemplate leaves to it.
 */
function skipHeredoc(text: string, at: number): number | undefined {
  const m = matchAt(HEREDOC_OPEN, text, at);
  if (!m) return /^<<-?[^\s<]/.test(text.slice(at, at + 4)) ? undefined : at + 1;
  return skipTemplate(text, at + m[0].length, new RegExp(`[ \\t]*${m[1]}[ \\t]*(?:\\r?\\n|$)`, 'y'));
}
