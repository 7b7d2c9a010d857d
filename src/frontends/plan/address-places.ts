/** The places of resources in the text of a plan or state document. */
import type { Span } from '../../model/span.js';
import { SourceText } from '../hcl/source-text.js';

/**
 * Where each resource's `"address"` stands in the document: findings without sources point there.
 * A `resource_changes` entry wins over the other places an address appears: the text from
 * `"resource_changes"` on is read first, and the text before it only for an address not found there.
 */
export class AddressPlaces {
  private readonly changesAt: number;
  /** Start and end offsets of the first `"address": "…"` entry of each address, from `changesAt` on and before it. */
  private fromChanges: Map<string, [number, number]> | undefined;
  private beforeChanges: Map<string, [number, number]> | undefined;
  private source: SourceText | undefined;
  /** Start and end offsets of each resource entry of a raw state, by address without instance key. */
  private rawResources: Map<string, [number, number]> | undefined;

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    this.changesAt = Math.max(0, text.indexOf('"resource_changes"'));
  }

  span(address: string): Span | undefined {
    this.fromChanges ??= this.scan(this.changesAt, this.text.length);
    let entry = this.fromChanges.get(address);
    if (entry === undefined && this.changesAt > 0) {
      this.beforeChanges ??= this.scan(0, this.changesAt);
      entry = this.beforeChanges.get(address);
    }
    if (entry === undefined) return undefined;
    this.source ??= new SourceText(this.file, this.text);
    // The entry itself: `terraform show -json` writes one line, so "to the end of the line" would be the whole file.
    return this.source.span(entry[0], entry[1]);
  }

  /**
   * The first character of the document: where a resource whose entry cannot be found is placed,
   * so that every finding has a place in the file (GitHub code scanning refuses a SARIF result
   * without one, and with it the whole upload).
   */
  documentStart(): Span {
    this.source ??= new SourceText(this.file, this.text);
    return this.source.span(0, Math.min(1, this.text.length));
  }

  /**
   * Where a raw state lists the resource of an instance at `base` (its address without instance
   * key): its entry in `resources`, from `"mode"` (or `"module"`) to `"name"`, written in that
   * order as Terraform writes them. Every instance of the resource is placed there.
   */
  rawStateResource(base: string): Span | undefined {
    this.rawResources ??= this.scanRawState();
    const entry = this.rawResources.get(base);
    if (entry === undefined) return undefined;
    this.source ??= new SourceText(this.file, this.text);
    return this.source.span(entry[0], entry[1]);
  }

  private scanRawState(): Map<string, [number, number]> {
    const found = new Map<string, [number, number]>();
    for (const m of this.text.matchAll(RAW_STATE_RESOURCE)) {
      const [whole, module, mode, type, name] = m;
      const parts = [module, type, name].map((json) => (json === undefined ? undefined : (JSON.parse(json) as unknown)));
      if (parts.some((part) => part !== undefined && typeof part !== 'string')) continue;
      const [moduleName, typeName, resourceName] = parts as (string | undefined)[];
      const base = `${moduleName ? `${moduleName}.` : ''}${mode === 'data' ? 'data.' : ''}${typeName}.${resourceName}`;
      if (!found.has(base)) found.set(base, [m.index, m.index + whole.length]);
    }
    return found;
  }

  /**
   * The first entry of each address that starts in [from, to); the text is valid JSON, so none
   * straddles `to`. An entry is the key `"address"` (just after `{` or `,`), a colon and a string.
   */
  private scan(from: number, to: number): Map<string, [number, number]> {
    const found = new Map<string, [number, number]>();
    const text = this.text;
    for (let at = text.indexOf(ADDRESS_KEY, from); at !== -1 && at < to; at = text.indexOf(ADDRESS_KEY, at + ADDRESS_KEY.length)) {
      const before = text.charCodeAt(skipSpace(text, at - 1, -1));
      if (before !== OPEN_BRACE && before !== COMMA) continue;
      const colon = skipSpace(text, at + ADDRESS_KEY.length, 1);
      if (text.charCodeAt(colon) !== COLON) continue;
      const open = skipSpace(text, colon + 1, 1);
      if (text.charCodeAt(open) !== QUOTE) continue;
      const close = closingQuote(text, open + 1);
      if (close === -1) break;
      const raw = text.slice(open + 1, close);
      const address = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
      if (!found.has(address)) found.set(address, [at, close + 1]);
    }
    return found;
  }
}

const ADDRESS_KEY = '"address"';

/** A JSON string literal. */
const JSON_STRING = String.raw`"(?:[^"\\]|\\.)*"`;

/** A raw state's resource entry: `"module"` when in one, `"mode"`, `"type"`, `"name"`, in Terraform's order. */
const RAW_STATE_RESOURCE = new RegExp(
  String.raw`(?:"module"\s*:\s*(${JSON_STRING})\s*,\s*)?"mode"\s*:\s*"(managed|data)"\s*,\s*"type"\s*:\s*(${JSON_STRING})\s*,\s*"name"\s*:\s*(${JSON_STRING})`,
  'g',
);
const OPEN_BRACE = 0x7b;
const COMMA = 0x2c;
const COLON = 0x3a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The first offset from `at` on, going in direction `step`, that is not JSON whitespace. */
function skipSpace(text: string, at: number, step: 1 | -1): number {
  let i = at;
  for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(i)) i += step;
  return i;
}

/** The offset of the quote closing a JSON string whose text starts at `from`; -1 when there is none. */
function closingQuote(text: string, from: number): number {
  for (let q = text.indexOf('"', from); q !== -1; q = text.indexOf('"', q + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return -1;
}
