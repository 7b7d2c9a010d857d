import type { Pos, Span } from '../../model/span.js';

/**
 * Maps offsets of one file's text to positions. Built once per file; lookups are a binary search
 * over line starts, so positions cost O(log lines).
 */
export class SourceText {
  private readonly lineStarts: number[];

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  /** Position of a 0-based UTF-16 offset. */
  pos(offset: number): Pos {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1, offset };
  }

  /** Span of the text between two offsets. */
  span(start: number, end: number): Span {
    return { file: this.file, start: this.pos(start), end: this.pos(end) };
  }
}
