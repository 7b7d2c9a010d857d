/**
 * Parses the text of a plan or state document. A plan's `planned_values` repeats, in another
 * shape, what its `resource_changes` list (it is about 40% of a plan's text), and the reader uses
 * it only when there are no changes; so when `resource_changes` lists some, `planned_values` is
 * checked for valid JSON (json-skip.ts) but not built.
 */
import { skipMemberName, skipValue, skipWhitespace } from './json-skip.js';

/** How far into the document `planned_values` is looked for: Terraform and OpenTofu write it after a few small members. */
const PLANNED_VALUES_WITHIN = 1024 * 1024;

const PLANNED_VALUES_KEY = '"planned_values"';

/**
 * `JSON.parse(text)`, except that a `planned_values` member that a non-empty `resource_changes`
 * makes unnecessary is left out. Throws what `JSON.parse(text)` throws: any text this reads
 * otherwise than as a whole is parsed whole instead, for the error message and its position.
 */
export function parseDocument(text: string): unknown {
  return withoutPlannedValues(text) ?? JSON.parse(text);
}

/** The document without its `planned_values`, or undefined when that cannot be done (or is not wanted). */
function withoutPlannedValues(text: string): Record<string, unknown> | undefined {
  const open = skipWhitespace(text, 0);
  if (text.charCodeAt(open) !== 0x7b /* { */) return undefined;
  // Find the member among the first ones, checking the values before it.
  let member = skipWhitespace(text, open + 1);
  let separator = -1;
  while (member < PLANNED_VALUES_WITHIN) {
    const colon = text.startsWith(PLANNED_VALUES_KEY, member) ? skipWhitespace(text, member + PLANNED_VALUES_KEY.length) : -1;
    if (colon !== -1 && text.charCodeAt(colon) === 0x3a /* : */) return reassemble(text, open, separator, colon + 1);
    const end = skipMember(text, member);
    if (end === -1 || text.charCodeAt(end) !== 0x2c /* , */) return undefined;
    separator = end;
    member = skipWhitespace(text, end + 1);
  }
  return undefined;
}

/**
 * The members before the `planned_values` whose value starts at `valueAt` (and after the `{` at
 * `open`, the last of them ending at the comma at `separator`, -1 when there are none), and those
 * after it, parsed apart, or undefined when `resource_changes` lists no change after all.
 */
function reassemble(text: string, open: number, separator: number, valueAt: number): Record<string, unknown> | undefined {
  const end = skipValue(text, valueAt);
  const comma = end === -1 ? -1 : skipWhitespace(text, end);
  if (comma === -1 || text.charCodeAt(comma) !== 0x2c /* , */) return undefined;
  let head: unknown;
  let tail: unknown;
  try {
    tail = JSON.parse(`{${text.slice(comma + 1)}`);
    head = JSON.parse(separator === -1 ? '{}' : `${text.slice(open, separator)}}`);
  } catch {
    return undefined;
  }
  const changes = (tail as Record<string, unknown>)['resource_changes'];
  if (!Array.isArray(changes) || changes.length === 0) return undefined;
  // Another `planned_values` (`"planned\u005fvalues"` is the same key) would be what JSON.parse keeps: read the whole text then.
  if (Object.hasOwn(head as object, 'planned_values') || Object.hasOwn(tail as object, 'planned_values')) return undefined;
  // A later duplicate wins, as with JSON.parse. Defined, not assigned, so that `__proto__` stays a key.
  const document = head as Record<string, unknown>;
  for (const key of Object.keys(tail as object)) {
    Object.defineProperty(document, key, { value: (tail as Record<string, unknown>)[key], writable: true, enumerable: true, configurable: true });
  }
  return document;
}

/** Past the value of the member whose name starts at `at` (whitespace after it included), or -1. */
function skipMember(text: string, at: number): number {
  const valueAt = skipMemberName(text, at);
  const end = valueAt === -1 ? -1 : skipValue(text, valueAt);
  return end === -1 ? -1 : skipWhitespace(text, end);
}
