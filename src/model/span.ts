/** A position in a source file. Normalised once, at the parser boundary. */
export interface Pos {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units (SARIF's default column kind). */
  column: number;
  /** 0-based offset into the decoded text, in UTF-16 code units. */
  offset: number;
}

/** A range of source text. `file` is relative to the scan root, with `/` separators. */
export interface Span {
  file: string;
  start: Pos;
  end: Pos;
}

/** True when `inner` lies within `outer` (same file, inclusive bounds). */
export function spanContains(outer: Span, inner: Span): boolean {
  return outer.file === inner.file && outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;
}

/** Formats `file:line:column` for messages. */
export function formatPos(span: Span): string {
  return `${span.file}:${span.start.line}:${span.start.column}`;
}
