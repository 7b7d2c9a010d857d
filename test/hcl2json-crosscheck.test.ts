/**
 * Cross-checks our reader against HashiCorp's own HCL parser (hcl2json, compiled to WASM; a
 * test-time dependency only). For every `.tf` fixture, and for a set of tricky snippets, the
 * constant attribute values we decode must equal the ones HCL decodes, and a file we reject must
 * be rejected by HCL too.
 *
 * hcl2json prints an expression it does not fold as a JSON-syntax template (`"${var.x}"`), and
 * escapes literal `${` / `%{` in strings as `$${` / `%%{`; `decodeHcl2json` undoes the escapes and
 * reports anything that is still an interpolation or directive as "not a constant".
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as hcl2json } from '@cdktn/hcl2json';
import { evaluate, type Scope } from '../src/frontends/hcl/evaluate.js';
import { readNativeConfig } from '../src/frontends/hcl/native-syntax.js';
import type { Block, Body, Expr } from '../src/frontends/hcl/syntax.js';
import { toPlain } from '../src/model/value.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = path.join(REPO_ROOT, 'fixtures');

const emptyScope: Scope = { lookup: () => undefined, reference: () => undefined };

function tfFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tfFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.tf')) out.push(full);
  }
  return out.sort();
}

/** Marker for a value hcl2json left as an expression. */
const NOT_CONSTANT = Symbol('not a constant');

/** Undoes hcl2json's template escaping; NOT_CONSTANT when a string still holds `${` or `%{`. */
function decodeHcl2json(v: unknown): unknown {
  if (typeof v === 'string') {
    let out = '';
    for (let i = 0; i < v.length; i++) {
      if (v.startsWith('$${', i) || v.startsWith('%%{', i)) {
        out += v[i + 1] + '{';
        i += 2;
      } else if (v.startsWith('${', i) || v.startsWith('%{', i)) return NOT_CONSTANT;
      else out += v[i];
    }
    return out;
  }
  if (Array.isArray(v)) {
    const items = v.map(decodeHcl2json);
    return items.includes(NOT_CONSTANT) ? NOT_CONSTANT : items;
  }
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, e] of Object.entries(v)) {
      const d = decodeHcl2json(e);
      if (d === NOT_CONSTANT) return NOT_CONSTANT;
      out[k] = d;
    }
    return out;
  }
  return v;
}

/** Literals, strings without interpolation, heredocs, numbers, and tuples/objects of those. */
function isPlainConstant(e: Expr): boolean {
  switch (e.kind) {
    case 'literal':
      return true;
    case 'unary':
      return e.operand.kind === 'literal';
    case 'tuple':
      return e.items.every(isPlainConstant);
    case 'object':
      return e.items.every((i) => i.key.kind === 'literal' && isPlainConstant(i.value));
    default:
      return false;
  }
}

interface Comparison {
  /** `file: path.to.attribute`. */
  where: string;
  ours: unknown;
  theirs: unknown;
}

interface CrossCheck {
  /** Plain constants: must be known on our side and equal to HCL's. */
  strict: Comparison[];
  /** Other attributes that both sides could fold to a constant. */
  folded: Comparison[];
  /** Plain constants whose value we could not produce, or that hcl2json left as an expression. */
  failures: string[];
  /** Attributes that are no constant on one side or the other. */
  skipped: string[];
}

function newCheck(): CrossCheck {
  return { strict: [], folded: [], failures: [], skipped: [] };
}

/** Compares the attributes of `body` with hcl2json's object for the same block, and nested blocks recursively. */
function compareBody(body: Body, theirs: Record<string, unknown> | undefined, where: string, check: CrossCheck): void {
  if (!theirs) {
    check.failures.push(`${where}: hcl2json has no such block`);
    return;
  }
  for (const a of body.attributes) {
    const at = `${where}.${a.name}`;
    if (!(a.name in theirs)) {
      check.failures.push(`${at}: hcl2json has no such attribute`);
      continue;
    }
    const value = evaluate(a.expr, emptyScope);
    const ours = value.known ? toPlain(value) : undefined;
    const decoded = decodeHcl2json(theirs[a.name]);
    if (isPlainConstant(a.expr)) {
      if (ours === undefined) check.failures.push(`${at}: we could not evaluate a constant (${value.known ? 'partly unknown' : value.why})`);
      else if (decoded === NOT_CONSTANT) check.failures.push(`${at}: hcl2json left a constant as an expression: ${JSON.stringify(theirs[a.name])}`);
      else check.strict.push({ where: at, ours, theirs: decoded });
    } else if (ours !== undefined && decoded !== NOT_CONSTANT) {
      check.folded.push({ where: at, ours, theirs: decoded });
    } else check.skipped.push(at);
  }
  const seen = new Map<string, number>();
  for (const b of body.blocks) {
    const i = seen.get(b.type) ?? 0;
    seen.set(b.type, i + 1);
    compareBody(b.body, nestedBlock(theirs, [b.type, ...b.labels.map((l) => l.value)], i), `${where}.${b.type}[${i}]`, check);
  }
}

/** `theirs[type][label]...[index]`: hcl2json nests labels as object keys and the blocks as a list. */
function nestedBlock(theirs: unknown, keys: string[], index: number): Record<string, unknown> | undefined {
  let node = theirs;
  for (const k of keys) node = node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>)[k] : undefined;
  const list = Array.isArray(node) ? node : undefined;
  const found: unknown = list?.[index];
  return found !== null && typeof found === 'object' ? (found as Record<string, unknown>) : undefined;
}

const CHECKED_BLOCKS = new Set(['resource', 'data', 'variable', 'locals', 'output', 'module']);

/** Compares one file's top-level blocks (and top-level attributes, for snippets). */
function compareFile(file: string, text: string, theirs: Record<string, unknown>, check: CrossCheck): void {
  const { config } = readNativeConfig(text, file);
  if (!config) throw new Error(`${file}: no config`);
  const top: Body = { attributes: config.body.attributes, blocks: [], span: config.body.span };
  compareBody(top, theirs, file, check);
  const seen = new Map<string, number>();
  for (const b of config.body.blocks) {
    if (!CHECKED_BLOCKS.has(b.type)) continue;
    const id = blockId(b);
    const i = seen.get(id) ?? 0;
    seen.set(id, i + 1);
    compareBody(b.body, nestedBlock(theirs, [b.type, ...b.labels.map((l) => l.value)], i), `${file}: ${id}[${i}]`, check);
  }
}

function blockId(b: Block): string {
  return [b.type, ...b.labels.map((l) => l.value)].join('.');
}

/** JSON with object keys sorted: hcl2json sorts them, we keep source order. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x !== null && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x,
  );
}

function mismatches(comparisons: Comparison[]): string[] {
  return comparisons.filter((c) => canonical(c.ours) !== canonical(c.theirs)).map((c) => `${c.where}: ours ${canonical(c.ours)}, hcl2json ${canonical(c.theirs)}`);
}

async function theirParse(file: string, text: string): Promise<{ ok: true; json: Record<string, unknown> } | { ok: false; error: string }> {
  try {
    return { ok: true, json: await hcl2json(file, text) };
  } catch (e) {
    return { ok: false, error: String(e) };
  }
}

describe('decodeHcl2json', () => {
  it('undoes escapes and spots interpolations and directives', () => {
    expect(decodeHcl2json('a $${b} %%{c} $$ %% $')).toBe('a ${b} %{c} $$ %% $');
    expect(decodeHcl2json('${var.x}')).toBe(NOT_CONSTANT);
    expect(decodeHcl2json(['x', { a: '%{if c}y%{endif}' }])).toBe(NOT_CONSTANT);
    expect(decodeHcl2json({ a: [1, null, true, 'z'] })).toEqual({ a: [1, null, true, 'z'] });
  });
});

describe('fixtures against hcl2json', () => {
  const files = tfFiles(FIXTURES);

  it('finds the fixture files', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('agrees with hcl2json on which files are valid, and on every constant attribute value', async () => {
    const check = newCheck();
    const validity: string[] = [];
    let rejected = 0;
    for (const full of files) {
      const file = path.relative(REPO_ROOT, full).split(path.sep).join('/');
      const text = readFileSync(full, 'utf8');
      const ourErrors = readNativeConfig(text, file).problems.filter((p) => p.severity === 'error');
      const theirs = await theirParse(file, text);
      if (ourErrors.length > 0) {
        rejected++;
        if (theirs.ok) validity.push(`${file}: we report "${ourErrors[0]!.message}" but hcl2json accepts the file`);
        continue;
      }
      if (!theirs.ok) {
        validity.push(`${file}: hcl2json rejects the file (${theirs.error}) but we report no error`);
        continue;
      }
      compareFile(file, text, theirs.json, check);
    }
    expect(validity).toEqual([]);
    expect(check.failures).toEqual([]);
    expect(mismatches(check.strict)).toEqual([]);
    expect(mismatches(check.folded)).toEqual([]);
    // The fixtures hold a syntax error on purpose, and plenty of constants.
    expect(rejected).toBeGreaterThan(0);
    expect(check.strict.length).toBeGreaterThan(20);
  });
});

/** Tricky constants, each a file of its own; every attribute must match hcl2json. */
const SNIPPETS: Record<string, string> = {
  escapes: [
    'a = "x\\ny\\"z\\\\w\\u00e9\\t\\U0001F600"',
    'b = "$${lit} %%{lit} $$ %% $ % \\\\$${x}"',
    'c = "é😀 ünïcödé ∑ 中文"',
    'd = ""',
    '',
  ].join('\n'),
  numbers: ['a = 1e3', 'b = 2E+2', 'c = 1.5e-3', 'd = 12e-1', 'e = -1', 'f = 0.1', 'g = 1.0', 'h = 12345678901234567890', 'i = [1e3, 2E2, -3]', 'j = 1e3 + 2e2', ''].join('\n'),
  heredocs: [
    'a = <<EOT',
    '  keep',
    '    indent $${x}',
    '  EOT',
    'b = <<-EOT',
    '    strip',
    '      partly',
    '',
    '    end',
    '    EOT',
    'c = <<-EOT',
    '\t\ttabs',
    '\t\t  more',
    '\tEOT',
    'd = <<EOT',
    'EOT',
    'e = <<-EOT',
    '    a',
    '        ',
    '    b',
    '  EOT',
    'f = <<EOT',
    'back\\slash "quotes" %%{x}',
    'EOT',
    '',
  ].join('\n'),
  crlf: 'a = <<EOT\r\n  hi\r\nthere\r\nEOT\r\nb = <<-EOT\r\n    x\r\n      y\r\n  EOT\r\nc = "v"\r\n',
  collections: [
    'a = [1, "two", true, null, [], {}]',
    'b = {',
    '  "quoted key" = 1',
    '  bare        = { nested = ["x", { y = 2 }] }',
    '  "é"         = -0.5',
    '}',
    'c = [',
    '  # a comment',
    '  "multi",',
    '  "line", // another',
    '  /* inline */ "tuple",',
    ']',
    '',
  ].join('\n'),
  folded: [
    'a = "a ${~ "b" ~} c"',
    'b = "${true}"',
    'c = "x${true}${1.50}"',
    'd = "${"$${x}"}"',
    'e = "é${"x"}😀"',
    'f = !true',
    'g = "pre ${[1, 2]} post"',
    'h = <<EOT',
    'a',
    '  ${~ "b"}',
    'EOT',
    'i = <<-EOT',
    '    x ${"y" ~}   ',
    '',
    '    z',
    '  EOT',
    '',
  ].join('\n'),
  blocks: [
    'variable "v" {',
    '  type    = string',
    '  default = <<-EOT',
    '    value',
    '  EOT',
    '}',
    'locals {',
    '  n = 1e3',
    '  s = "$${not_interpolated}"',
    '}',
    'locals {',
    '  m = { a = [1.5e-3] }',
    '}',
    'resource "azurerm_container_registry" "acr" {',
    '  name = "acr1"',
    '  network_rule_set {',
    '    default_action = "Deny"',
    '    ip_rule {',
    '      action   = "Allow"',
    '      ip_range = "1.2.3.4/32"',
    '    }',
    '    ip_rule {',
    '      action   = "Allow"',
    '      ip_range = "5.6.7.8/32"',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n'),
};

/** Snippet attributes that are no constant for one of the parsers. */
const NOT_COMPARED: Record<string, string[]> = {
  // hcl2json folds no operators.
  numbers: ['numbers.tf.j'],
  // A list cannot be interpolated into text: unknown for us, an expression for hcl2json.
  folded: ['folded.tf.g'],
  // `string` is a type keyword, not a value.
  blocks: ['blocks.tf: variable.v[0].type'],
};

describe('tricky snippets against hcl2json', () => {
  it.each(Object.entries(SNIPPETS))('%s', async (name, text) => {
    const file = `${name}.tf`;
    const { config, problems } = readNativeConfig(text, file);
    expect(problems).toEqual([]);
    const theirs = await theirParse(file, text);
    if (!theirs.ok) throw new Error(theirs.error);
    const check = newCheck();
    compareFile(file, text, theirs.json, check);
    expect(check.failures).toEqual([]);
    expect(mismatches(check.strict)).toEqual([]);
    expect(mismatches(check.folded)).toEqual([]);
    // Every attribute was compared but for the few that are no constant on one side.
    expect(check.skipped).toEqual(NOT_COMPARED[name] ?? []);
    const countAttributes = (b: Body): number => b.attributes.length + b.blocks.reduce((n, c) => n + countAttributes(c.body), 0);
    expect(check.strict.length + check.folded.length + check.skipped.length).toBe(countAttributes(config!.body));
  });
});

describe('files both parsers accept', () => {
  const valid: Record<string, string> = {
    'comments between tokens': 'a = [ # one\n  1, // two\n  /* three */ 2,\n]\nb = /* x */ 3 # y\n',
    'a comment spanning lines': '/* a\n b */\nx = 1\n',
    'only comments': '# nothing\n// here\n',
    'no trailing newline': 'x = 1',
    'empty file': '',
    'object items by comma, line break and colon': 'x = {\n  a = 1,\n  b = 2\n  c: 3, d = 4\n}\n',
    'line breaks inside brackets, calls and parentheses': 'x = [\n  1,\n  2\n]\ny = max(\n  1,\n  2,\n)\nz = (1\n  + 2)\n',
    'one-line and empty blocks': 'a {}\nb { x = 1 }\nc "l" {\n}\n',
    'bare and quoted labels': 'resource aws_thing "n" {\n}\n',
    'expansion of the last argument': 'x = max([1, 2]...)\n',
    'splats and legacy index': 'x = a[*].b[0]\ny = a.*.b\nz = a.0.b\nw = a.*.b[0]\n',
    'heredoc as a function argument': 'x = trimspace(<<EOT\n  hi\nEOT\n)\n',
    'heredoc inside a list': 'x = [<<A\none\nA\n, 1]\n',
    'nested splats': 'x = a[*].b[*].c\ny = a[*].b.*.c\n',
    'indented heredoc with strip markers': 'x = <<-EOT\n    a ${~ "b" ~}\n      c\n    EOT\n',
    'template directives': 'x = "%{ for v in [1, 2] }${v}%{ endfor }%{ if true }y%{ else }n%{ endif }"\n',
    'nested templates': 'x = "a${"b${"c"}"}"\n',
    'for expressions across lines': 'x = [\n  for k, v in {a = 1} :\n  v\n  if k != "b"\n]\ny = {\n  for v in ["a"] : v => v...\n}\n',
    'a conditional across lines in parentheses': 'x = (true\n  ? 1\n  : 2)\n',
    'identifiers with dashes and Unicode': 'my-name = 1\nnäme = 2\nx = my-name\n',
    'numbers': 'a = 1e3\nb = 1.5e-3\nc = 0.5\nd = 2E+2\ne = -1\n',
    'keyword-like argument names': 'for = 1\nin = 2\nif = 3\n',
    'unary and binary precedence': 'x = !true || 1 + 2 * 3 > 6 && -1 < 0\n',
    'CRLF line endings': 'a = 1\r\nb = <<EOT\r\nx\r\nEOT\r\n',
    'blanks after a heredoc closing marker': 'a = <<EOT\nhello\nEOT  \nb = <<-EOT\n  x\n  EOT\t\n',
    'a comment after "for"': 'a = [for /* c */ x in [1] : x]\nb = {for # c\n  k, v in {} : k => v}\n',
    'a legacy index after a blank': 'a = x. 0\n',
    'a comment between an object key and "="': 'a = { k /* c */ = 1 }\n',
    'a number with an exponent after a dot': 'a = 1.e3\n',
    'keywords as object keys': 'a = { null = 2, true = 3 }\n',
  };

  it.each(Object.entries(valid))('%s', async (_name, text) => {
    const ours = readNativeConfig(text, 'main.tf').problems.filter((p) => p.severity === 'error');
    expect(ours.map((p) => p.message)).toEqual([]);
    const theirs = await theirParse('main.tf', text);
    expect(theirs.ok ? 'ok' : theirs.error).toBe('ok');
  });
});

describe('files both parsers reject', () => {
  const invalid: Record<string, string> = {
    'two arguments on one line': 'a = 1 b = 2\n',
    'line break before ?': 'x = true\n  ? 1\n  : 2\n',
    'repeated argument': 'a = 1\nb = 2\na = 3\n',
    'unclosed string': 'resource "t" "n" {\n  sku = "Premium\n}\n',
    'unclosed block': 'resource "t" "n" {\n  x = 1\n',
    'unclosed list': 'x = [1, 2\n',
    'line break inside a quoted string': 'x = "a\nb"\n',
    'template sequence in a block label': 'resource "a${x}" "b" {\n}\n',
    'line break before "="': 'a\n= 1\n',
    'block brace on the next line': 'resource "a" "b"\n{\n}\n',
    'line break before a block label': 'resource "a"\n"b" {\n}\n',
    'template "if" never ended': 'x = "%{ if true }a"\n',
    'template "else" without "if"': 'x = "%{ else }"\n',
    'template "endfor" closing an "if"': 'x = "%{ if true }a%{ endfor }"\n',
    'block comment never closed': 'x = 1 /* never\n',
    'operator at the start of the next line': 'x = 1\n+ 2\n',
    'traversal on the next line': 'x = a\n.b\n',
    'line break after a binary operator': 'a = 1 +\n  2\n',
    'line break after "="': 'a =\n  1\n',
    'line break after "?" and ":"': 'a = true ?\n 1 :\n 2\n',
    'line break after unary "-"': 'a = -\n1\n',
    'a comma starting a line in an object': 'x = {\n  a = 1\n  , b = 2\n}\n',
    'a nested block in a one-line block': 'b { c {} }\n',
    'a one-line block closing on the next line': 'b { a = 1\n}\n',
    'a block closing on its last argument\'s line': 'b {\n  a = 1 }\n',
    'an invalid escape': 'a = "\\q"\n',
    'a surrogate escape': 'a = "\\ud800"\n',
    'a heredoc marker ending the file': 'a = <<EOT\nhello\nEOT',
    'a "for" directive without a comma': 'x = "%{ for a b in [1] }%{ endfor }"\n',
    'a legacy index with a fraction': 'a = x.0.1\n',
    'an invalid number': 'a = 1.5.0\n',
    'a splat inside an attribute-only splat': 'x = a.*.b.*.c\n',
    'a carriage return alone inside a string': 'a = "a\rb"\n',
    'a carriage return alone between tokens': 'a\r= 1\n',
    'a blank between a strip marker and "}"': 'a = "${"x" ~ }"\n',
    'heredoc opener not ending its line': 'x = join("", [<<A, <<B])\none\nA\ntwo\nB\n',
  };

  it.each(Object.entries(invalid))('%s', async (_name, text) => {
    const ours = readNativeConfig(text, 'main.tf').problems.filter((p) => p.severity === 'error');
    expect(ours.length).toBeGreaterThan(0);
    const theirs = await theirParse('main.tf', text);
    expect(theirs.ok).toBe(false);
  });
});
