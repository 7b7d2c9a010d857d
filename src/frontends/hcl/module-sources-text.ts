/**
 * The `source` of each top-level `module` block, read from the text without parsing it: a small
 * scanner that skips strings, comments and heredocs while it matches braces. Used only to decide
 * which directories are called by others before anything is parsed; evaluation reads the real tree.
 */

const MODULE_HEADER = /(^|\n)[ \t]*module[ \t]*"[^"\n]*"[ \t]*\{/g;
const SOURCE_ARGUMENT = /^source[ \t]*=[ \t]*"([^"\n]*)"/;

/** The literal `source` strings of the module blocks in `text` (blocks without one are left out). */
export function moduleSources(text: string): string[] {
  const out: string[] = [];
  for (const header of text.matchAll(MODULE_HEADER)) {
    const source = sourceArgument(text, header.index + header[0].length);
    if (source !== undefined) out.push(source);
  }
  return out;
}

/**
 * The `source = "…"` argument of the block whose body starts at `from`: an argument that starts a
 * line of the body itself, outside strings, comments, heredocs and nested blocks.
 */
function sourceArgument(text: string, from: number): string | undefined {
  let depth = 1;
  let lineStart = false;
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      lineStart = true;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') continue;
    if (lineStart && depth === 1 && ch === 's') {
      const m = SOURCE_ARGUMENT.exec(text.slice(i, i + 1024));
      if (m) return m[1];
    }
    lineStart = false;
    if (ch === '"') i = skipString(text, i);
    else if (ch === '#' || (ch === '/' && text[i + 1] === '/')) i = lineEnd(text, i);
    else if (ch === '/' && text[i + 1] === '*') i = text.indexOf('*/', i + 2) === -1 ? text.length : text.indexOf('*/', i + 2) + 1;
    else if (ch === '<' && text[i + 1] === '<') {
      i = skipHeredoc(text, i);
      // The heredoc's closing line ends with the newline `i` now stands on: the next line starts fresh.
      lineStart = text[i] === '\n';
    }
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return undefined;
  }
  return undefined;
}

/** The offset of the quote that closes the string opened at `at` (templates' nested strings pair up). */
function skipString(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
    else if (text[i] === '\n') return i - 1;
  }
  return text.length;
}

/** The last offset before the end of the line at `at`, so the scanner still sees the newline. */
function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end - 1;
}

/** Past a heredoc (`<<EOT` / `<<-EOT` … `EOT`); a bare `<<` is left as it is. */
function skipHeredoc(text: string, at: number): number {
  const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(at, at + 256));
  if (!m) return at + 1;
  const closing = new RegExp(`\\n[ \\t]*${m[1]}[ \\t]*(?:\\r?\\n|$)`, 'g');
  closing.lastIndex = at + m[0].length - 1;
  const end = closing.exec(text);
  return end ? end.index + end[0].length - 1 : text.length;
}
