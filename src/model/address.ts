/**
 * Terraform addresses, as plan JSON writes them: `module.a["x"].module.b.azurerm_x.name[0]`.
 * References in `configuration` use the same grammar without (or with literal) instance keys.
 * Shared by the plan front-end and the adapter (which reads the AVM module's instance keys).
 */

/** One `module.<name>[key]` step of a module instance path. */
export interface ModuleStep {
  name: string;
  /** The instance key as written (`0`, `"x"`), if any. */
  key?: string;
}

/** An address split into its module instance path and what follows it. */
export interface ParsedAddress {
  modules: ModuleStep[];
  /** The remaining dotted parts (`azurerm_x`, `name`) with the key of the last one, if any. */
  parts: string[];
  key?: string;
}

/** Splits on dots that are not inside `[...]` or a quoted key. */
function segments(address: string): string[] {
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i]!;
    if (quoted) {
      if (ch === '\\') i++;
      else if (ch === '"') quoted = false;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === '[') depth++;
    else if (ch === ']') depth--;
    else if (ch === '.' && depth === 0) {
      out.push(address.slice(start, i));
      start = i + 1;
    }
  }
  out.push(address.slice(start));
  return out;
}

/** `name[key]` → name and key text. */
function splitKey(segment: string): { name: string; key?: string } {
  const open = segment.indexOf('[');
  if (open === -1 || !segment.endsWith(']')) return { name: segment };
  return { name: segment.slice(0, open), key: segment.slice(open + 1, -1) };
}

/** Parses an address or a reference. */
export function parseAddress(address: string): ParsedAddress {
  const segs = segments(address);
  const modules: ModuleStep[] = [];
  let i = 0;
  while (segs[i] === 'module' && i + 1 < segs.length) {
    const { name, key } = splitKey(segs[i + 1]!);
    modules.push(key === undefined ? { name } : { name, key });
    i += 2;
  }
  const rest = segs.slice(i).map(splitKey);
  const parts = rest.map((r) => r.name);
  // A key inside the resource part belongs to the resource (`azurerm_x.name[0].id`).
  const keyed = rest.find((r) => r.key !== undefined);
  return keyed?.key !== undefined ? { modules, parts, key: keyed.key } : { modules, parts };
}

/** A key for a name (an address, an id) in the root module `root`: addresses are unique within one root module only. */
export function keyInRoot(root: string, name: string): string {
  return `${root}\u0000${name}`;
}

/** `module.a["x"].module.b.` for a module instance path (empty for the root). */
export function modulePrefix(modules: readonly ModuleStep[]): string {
  return modules.map((m) => `module.${m.name}${m.key !== undefined ? `[${m.key}]` : ''}.`).join('');
}

/** The configuration path of a module instance path: the call names, without keys. */
export function configPath(modules: readonly ModuleStep[]): string {
  return modules.map((m) => m.name).join('.');
}

/** The address with every instance key removed: `module.a.module.b.azurerm_x.name`. */
export function baseAddress(address: string): string {
  const parsed = parseAddress(address);
  return `${parsed.modules.map((m) => `module.${m.name}.`).join('')}${parsed.parts.join('.')}`;
}

/** What Terraform's address quoting writes as it is: letters, marks, numbers, punctuation, symbols, and the ASCII space (Go's `unicode.IsPrint`). */
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
const KEY_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '"': '\\"', '\\': '\\\\' };

/**
 * An instance key as Terraform writes it inside `[...]` in an address: an integer as it is; a string
 * in HCL's quoted-template syntax, as Terraform's `addrs` package quotes it. That escapes `\`, `"`,
 * line feed, carriage return and tab with a backslash, doubles the `$` of `${` and the `%` of `%{`
 * (`$${`, `%%{`), and writes any other character that is not printable as `\uXXXX` or `\UXXXXXXXX`
 * (lower-case hex). `JSON.stringify` agrees only on plain keys.
 */
export function instanceKeyText(key: string | number): string {
  if (typeof key === 'number') return String(key);
  let out = '"';
  let i = 0;
  for (const ch of key) {
    i += ch.length;
    out += KEY_ESCAPES[ch] ?? ((ch === '$' || ch === '%') && key[i] === '{' ? ch + ch : PRINTABLE.test(ch) ? ch : codePointEscape(ch.codePointAt(0)!));
  }
  return `${out}"`;
}

function codePointEscape(code: number): string {
  return code < 0x10000 ? `\\u${code.toString(16).padStart(4, '0')}` : `\\U${code.toString(16).padStart(8, '0')}`;
}
