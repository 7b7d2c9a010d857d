/**
 * Reports written in pieces. A report of 120,000 findings is hundreds of megabytes: built as one
 * string it took gigabytes on its way out (the string, the report object, the bytes written), and
 * past about 512 MB it is more than V8 allows a string to be. Reporters yield pieces instead, and
 * the CLI writes them a chunk at a time.
 */

/**
 * `JSON.stringify(value, null, 2)`, in pieces: the first `open` levels of objects and arrays are
 * written member by member, what lies deeper in one piece each. Every value reports hold is plain
 * data (no `toJSON`, no functions), which is all this writes as JSON.stringify does.
 */
export function* jsonPieces(value: unknown, open: number, indent = ''): Generator<string> {
  if (open <= 0 || value === null || typeof value !== 'object') {
    yield (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  const entries: [string | undefined, unknown][] = Array.isArray(value)
    ? value.map((v) => [undefined, v])
    : Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  const [start, end] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    yield `${start}${end}`;
    return;
  }
  yield start;
  for (let i = 0; i < entries.length; i++) {
    const [key, member] = entries[i]!;
    yield `${i === 0 ? '' : ','}\n${inner}${key === undefined ? '' : `${JSON.stringify(key)}: `}`;
    yield* jsonPieces(member, open - 1, inner);
  }
  yield `\n${indent}${end}`;
}

/** `pieces` joined into chunks of about `size` characters (the last may be shorter), so each write is worth its cost. */
export function* chunked(pieces: Iterable<string>, size = 1 << 20): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= size) {
      yield batch.join('');
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) yield batch.join('');
}
