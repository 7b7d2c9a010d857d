/**
 * fast-check arbitraries for the fuzz test (`test/fuzz.test.ts`): well-formed HCL native syntax,
 * and random edits of real inputs (line and byte mutations for any text, structural mutations
 * for JSON documents).
 */
import fc from 'fast-check';

// ---------------------------------------------------------------------------------------------
// Well-formed HCL
// ---------------------------------------------------------------------------------------------

/** Words HCL gives a meaning to: never generated as names, so the output stays well-formed. */
const KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if', 'else', 'endif', 'endfor']);
/** Meta-arguments, generated separately; as ordinary names they could repeat an argument. */
const META = new Set(['count', 'for_each', 'source', 'version', 'provider', 'depends_on']);

const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/).filter((s) => !KEYWORDS.has(s) && !META.has(s));

/** Argument names the rules read, plus arbitrary ones. */
const attributeName = fc.oneof(
  fc.constantFrom(
    'name', 'sku', 'location', 'resource_group_name', 'public_network_access_enabled', 'network_rule_bypass_option',
    'admin_enabled', 'anonymous_pull_enabled', 'export_policy_enabled', 'zone_redundancy_enabled', 'data_endpoint_enabled',
    'source_repo', 'target_repo', 'container_registry_id', 'credential_set_id', 'login_server', 'body', 'type', 'parent_id',
    'default_action', 'tags', 'value', 'enabled',
  ),
  name,
);

/** Nested block types (disjoint from argument names). */
const nestedBlockType = fc.oneof(
  fc.constantFrom('network_rule_set', 'identity', 'georeplications', 'encryption', 'ip_rule', 'authentication_credentials', 'retention_policy', 'trust_policy'),
  name.map((n) => `blk_${n}`),
);

const resourceType = fc.oneof(
  fc.constantFrom(
    'azurerm_container_registry', 'azurerm_container_registry_cache_rule', 'azurerm_container_registry_credential_set',
    'azurerm_private_endpoint', 'azurerm_key_vault', 'azapi_resource', 'azurerm_role_assignment',
  ),
  name.map((n) => `x_${n}`),
);

/** References: resolvable ones, ones only valid in some contexts, and unresolvable ones. */
const reference = fc.oneof(
  fc.constantFrom(
    'var.sku', 'var.name', 'var.list', 'var.obj', 'local.a', 'local.b', 'local.c', 'each.key', 'each.value', 'count.index',
    'path.module', 'path.root', 'terraform.workspace', 'x', 'k', 'v', 'self.id',
    'azurerm_container_registry.acr.id', 'azurerm_container_registry.acr', 'data.azurerm_client_config.current.tenant_id',
    'module.registry.resource_id', 'module.registry', 'unknown_thing',
  ),
  fc.tuple(fc.constantFrom('var', 'local'), name).map(([root, n]) => `${root}.${n}`),
);

const FUNCTIONS = [
  'lower', 'upper', 'format', 'join', 'split', 'replace', 'substr', 'trimspace', 'trim', 'trimprefix', 'trimsuffix',
  'startswith', 'endswith', 'coalesce', 'lookup', 'merge', 'concat', 'contains', 'length', 'keys', 'values', 'tostring',
  'tobool', 'tonumber', 'tolist', 'toset', 'tomap', 'jsonencode', 'jsondecode', 'element', 'flatten', 'distinct',
  'compact', 'range', 'max', 'min', 'abs', 'ceil', 'floor', 'try', 'can',
  // Not implemented: must come back unknown.
  'cidrsubnet', 'regex', 'templatefile', 'file', 'provider::azurerm::normalise_resource_id',
] as const;

const number = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 999 })).map(([i, f]) => `${i}.${f}`),
  fc.tuple(fc.nat({ max: 99 }), fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.nat({ max: 20 })).map(([m, e, s, x]) => `${m}${e}${s}${x}`),
  fc.constantFrom('0', '1', '-1', '1e308', '0.1', '4294967296', '9007199254740993'),
);

const safeText = fc.stringMatching(/^[a-zA-Z0-9 _.,:;/@+=-]{0,12}$/);

/** Text inside a quoted string: plain characters and every escape HCL knows. */
const quotedText = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: safeText },
      { weight: 1, arbitrary: fc.constantFrom('\\n', '\\t', '\\r', '\\"', '\\\\', '\\u00e9', '\\U0001F680', '$${', '%%{', 'é', '日本', '🚀', '$x', '%d', "'") },
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join(''));

/** Text of a heredoc line (no backslash escapes in heredocs, but `$${` / `%%{` still apply). */
const heredocText = fc
  .array(fc.oneof({ weight: 5, arbitrary: safeText }, { weight: 1, arbitrary: fc.constantFrom('"', '\\n', '$${', '%%{', 'é', '🚀', '\t') }), { maxLength: 4 })
  .map((parts) => parts.join(''));

/** Wraps anything but an atom in parentheses, so operators never need precedence to read right. */
function paren(e: string): string {
  return /^[A-Za-z0-9_.]+$/.test(e) ? e : `(${e})`;
}

/** Template parts: text, interpolations and `if` / `for` directives (with strip markers). */
function templateBody(text: fc.Arbitrary<string>, expr: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const strip = fc.constantFrom('', '~');
  const part = fc.oneof(
    { weight: 3, arbitrary: text },
    { weight: 2, arbitrary: fc.tuple(strip, expr, strip).map(([a, e, b]) => `\${${a}${e}${b}}`) },
    { weight: 1, arbitrary: fc.tuple(expr, text, fc.option(text)).map(([c, t, f]) => `%{ if ${c} }${t}${f === null ? '' : `%{ else }${f}`}%{ endif }`) },
    { weight: 1, arbitrary: fc.tuple(expr, text, strip).map(([c, t, s]) => `%{${s} for x in ${c} ${s}}${t}\${x}%{ endfor }`) },
  );
  return fc.array(part, { maxLength: 4 }).map((parts) => {
    // A text part ending in `$` or `%` could run into the next part's `{`, `${` or `$${`.
    let out = '';
    for (const p of parts) out = /[$%]$/.test(out) && /^[{$%]/.test(p) ? `${out} ${p}` : out + p;
    return out;
  });
}

/** One-line HCL expressions of every kind (heredocs are only generated as whole argument values). */
export const hclExpression: fc.Arbitrary<string> = fc.letrec<{ expr: string; leaf: string }>((tie) => {
  const expr = tie('expr');
  const leaf = tie('leaf');
  const args = fc.array(expr, { maxLength: 3 });
  return {
    leaf: fc.oneof(
      { weight: 3, arbitrary: number },
      { weight: 2, arbitrary: fc.constantFrom('true', 'false', 'null') },
      { weight: 3, arbitrary: quotedText.map((t) => `"${t}"`) },
      { weight: 4, arbitrary: reference },
    ),
    expr: fc.oneof(
      { depthSize: 'small', maxDepth: 4, withCrossShrink: true },
      { weight: 6, arbitrary: leaf },
      // Quoted templates with interpolations and directives.
      { weight: 2, arbitrary: templateBody(quotedText, expr).map((t) => `"${t}"`) },
      { weight: 2, arbitrary: fc.tuple(args, fc.boolean()).map(([items, trailing]) => `[${items.join(', ')}${trailing && items.length > 0 ? ',' : ''}]`) },
      {
        weight: 2,
        arbitrary: fc
          .array(
            fc.tuple(
              fc.oneof(name, attributeName, quotedText.map((t) => `"${t}"`), expr.map((e) => `(${e})`), fc.constantFrom('__proto__', 'constructor', '"__proto__"', 'prototype')),
              expr,
              fc.constantFrom(' = ', ': '),
            ),
            { maxLength: 4 },
          )
          .map((items) => `{ ${items.map(([k, v, op]) => `${k}${op}${v}`).join(', ')} }`),
      },
      { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...FUNCTIONS), args, fc.boolean()).map(([f, a, expand]) => `${f}(${a.join(', ')}${expand && a.length > 0 ? '...' : ''})`) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(expr, fc.constantFrom('+', '-', '*', '/', '%', '==', '!=', '<', '>', '<=', '>=', '&&', '||'), expr)
          .map(([l, op, r]) => `${paren(l)} ${op} ${paren(r)}`),
      },
      // An unparenthesised operator chain: precedence and associativity are the parser's business.
      {
        weight: 1,
        arbitrary: fc
          .array(fc.tuple(fc.constantFrom('+', '-', '*', '/', '%', '==', '!=', '<', '>', '<=', '>=', '&&', '||'), leaf), { minLength: 1, maxLength: 6 })
          .chain((rest) => leaf.map((first) => first + rest.map(([op, l]) => ` ${op} ${l}`).join(''))),
      },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('!', '-'), expr).map(([op, e]) => `${op}${paren(e)}`) },
      { weight: 2, arbitrary: fc.tuple(expr, expr, expr).map(([c, a, b]) => `${paren(c)} ? ${paren(a)} : ${paren(b)}`) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.boolean(), expr, expr, fc.option(expr))
          .map(([twoVars, coll, body, cond]) => `[for ${twoVars ? 'k, v' : 'x'} in ${paren(coll)} : ${paren(body)}${cond === null ? '' : ` if ${paren(cond)}`}]`),
      },
      {
        weight: 2,
        arbitrary: fc
          .tuple(expr, expr, expr, fc.boolean(), fc.option(expr))
          .map(([coll, key, value, group, cond]) => `{for k, v in ${paren(coll)} : ${paren(key)} => ${paren(value)}${group ? '...' : ''}${cond === null ? '' : ` if ${paren(cond)}`}}`),
      },
      // Traversals: attribute access, indexes, legacy `.0` indexes and both splat forms.
      {
        weight: 3,
        arbitrary: fc
          .tuple(
            fc.oneof(reference, expr.map((e) => `(${e})`)),
            fc.array(fc.oneof(name.map((n) => `.${n}`), expr.map((e) => `[${e}]`), fc.constantFrom('[*]', '.*', '.0', '[0]', '["key"]')), { minLength: 1, maxLength: 3 }),
          )
          // HCL refuses a splat after a splat (`.*.*`), and a legacy index followed by a dot
          // (`.0.0`, and `.0.e1`, which its scanner reads as a number).
          .filter(([, steps]) => steps.filter((s) => s === '[*]' || s === '.*').length <= 1 && !steps.some((s, i) => s === '.0' && steps[i + 1]?.startsWith('.')))
          .map(([base, steps]) => base + steps.join('')),
      },
      { weight: 1, arbitrary: expr.map((e) => `(${e})`) },
      // Prototype-polluting keys through every door: object keys, decoded JSON, merges, for expressions.
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'jsondecode("{\\"__proto__\\": {\\"polluted\\": true}}")',
          'jsondecode("{\\"constructor\\": {\\"prototype\\": {\\"polluted\\": true}}}")',
          'merge({ "__proto__" = { polluted = true } }, { constructor = { prototype = { polluted = true } } })',
          '{for k in ["__proto__", "constructor", "prototype"] : k => { polluted = true }}',
          'lookup({ "__proto__" = 1 }, "__proto__", 2)',
          'tomap({ "__proto__" = "x", "toString" = "y", "hasOwnProperty" = "z" })',
          'keys({ "__proto__" = 1, valueOf = 2 })',
        ),
      },
    ),
  };
}).expr;

/** A type constraint, as written in a `variable` block. */
export const hclType: fc.Arbitrary<string> = fc.letrec<{ type: string }>((tie) => ({
  type: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    { weight: 4, arbitrary: fc.constantFrom('string', 'number', 'bool', 'any') },
    fc.tuple(fc.constantFrom('list', 'set', 'map'), tie('type')).map(([c, t]) => `${c}(${t})`),
    fc.array(tie('type'), { maxLength: 3 }).map((ts) => `tuple([${ts.join(', ')}])`),
    fc
      .uniqueArray(fc.tuple(name, tie('type'), fc.option(hclExpression)), { selector: ([n]) => n, maxLength: 3 })
      .map((fields) => `object({ ${fields.map(([n, t, d]) => `${n} = ${d === null ? t : `optional(${t}, ${d})`}`).join(', ')} })`),
  ),
})).type;

/** `name = value` lines with unique names; values are expressions or heredocs. */
function attributes(indent: string, names = attributeName): fc.Arbitrary<string[]> {
  const heredoc = fc
    .tuple(fc.constantFrom('<<', '<<-'), fc.constantFrom('EOT', 'EOF', 'POLICY'), fc.array(templateBody(heredocText, hclExpression), { maxLength: 3 }))
    .filter(([, marker, lines]) => lines.every((l) => l.trim() !== marker))
    .map(([intro, marker, lines]) => {
      const pad = intro === '<<-' ? `${indent}  ` : '';
      return `${intro}${marker}\n${lines.map((l) => `${pad}${l}\n`).join('')}${pad}${marker}`;
    });
  return fc
    .uniqueArray(fc.tuple(names, fc.oneof({ weight: 8, arbitrary: hclExpression }, { weight: 1, arbitrary: heredoc })), { selector: ([n]) => n, maxLength: 5 })
    .map((pairs) => pairs.map(([n, v]) => `${indent}${n} = ${v}`));
}

/** A nested block body (inside a resource): arguments, nested blocks, `dynamic` blocks. */
const nestedBody: fc.Arbitrary<string> = fc.letrec<{ body: string }>((tie) => ({
  body: fc
    .tuple(
      attributes('    '),
      fc.oneof(
        { depthSize: 'small', maxDepth: 2 },
        fc.constant([] as string[]),
        fc.array(fc.tuple(nestedBlockType, tie('body')).map(([t, b]) => `    ${t} {\n${b}    }`), { maxLength: 2 }),
      ),
    )
    .map(([attrs, blocks]) => [...attrs, ...blocks].map((l) => `${l}\n`).join('')),
})).body;

/**
 * `count` / `for_each`. A block is evaluated once per instance (up to 10,000, as Terraform does), so
 * a random count is capped: the time budget is per KB of input, and a large count is legitimate work.
 */
const metaArgument = fc.oneof(
  fc.constant(''),
  hclExpression.map((e) => `  count = min(3, ${e})\n`),
  hclExpression.map((e) => `  for_each = ${e}\n`),
  fc.constantFrom('  count = 2\n', '  for_each = toset(["a", "b"])\n', '  for_each = { a = 1, b = 2 }\n', '  count = var.n\n'),
  // Values Terraform refuses or that hit the expansion cap.
  fc.constantFrom('-1', '1.5', '"2"', 'null', 'true', '10001', '1e9', '[1]').map((c) => `  count = ${c}\n`),
  fc.constantFrom('["a", "a"]', '[1, 2]', '"a"', 'null', '{}', '[null]', 'range(3)').map((c) => `  for_each = ${c}\n`),
);

const dynamicBlock = fc
  .tuple(nestedBlockType, hclExpression, nestedBody, fc.boolean())
  .map(([t, each, body, iterator]) => `  dynamic "${t}" {\n    for_each = ${each}\n${iterator ? '    iterator = it\n' : ''}    content {\n${body}    }\n  }\n`);

const label = fc.oneof(name, fc.constantFrom('acr', 'registry', 'this', 'main'));

/** A top-level block of any kind Terraform has. */
const topBlock: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(fc.constantFrom('resource', 'data'), resourceType, label, metaArgument, attributes('  '), fc.array(fc.tuple(nestedBlockType, nestedBody), { maxLength: 2 }), fc.array(dynamicBlock, { maxLength: 1 }), fc.boolean())
      .map(
        ([kind, type, n, meta, attrs, blocks, dynamics, lifecycle]) =>
          `${kind} "${type}" "${n}" {\n${meta}${attrs.map((a) => `${a}\n`).join('')}${blocks.map(([t, b]) => `  ${t} {\n${b}  }\n`).join('')}${dynamics.join('')}${lifecycle ? '  lifecycle {\n    ignore_changes = [tags]\n  }\n' : ''}}\n`,
      ),
  },
  { weight: 2, arbitrary: attributes('  ', fc.oneof(fc.constantFrom('a', 'b', 'c'), name)).map((attrs) => `locals {\n${attrs.map((a) => `${a}\n`).join('')}}\n`) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.oneof(name, fc.constantFrom('sku', 'name', 'list', 'obj', 'n')), fc.option(hclType), fc.option(hclExpression), fc.option(hclExpression), fc.boolean())
      .map(
        ([n, type, def, condition, nullable]) =>
          `variable "${n}" {\n${type === null ? '' : `  type = ${type}\n`}${def === null ? '' : `  default = ${def}\n`}${nullable ? '  nullable = false\n' : ''}${condition === null ? '' : `  validation {\n    condition = ${condition}\n    error_message = "bad"\n  }\n`}}\n`,
      ),
  },
  { weight: 1, arbitrary: fc.tuple(name, hclExpression).map(([n, v]) => `output "${n}" {\n  value = ${v}\n}\n`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('registry', 'm', 'acr'),
        fc.constantFrom('./child', 'Azure/avm-res-containerregistry-registry/azurerm', 'git::https://example.com/x.git', 'hashicorp/consul/aws'),
        fc.option(fc.constantFrom('0.8.0', '~> 0.4', '>= 0.1, < 1.0', 'not-a-version')),
        metaArgument,
        attributes('  '),
      )
      .map(([n, source, version, meta, attrs]) => `module "${n}" {\n  source = "${source}"\n${version === null ? '' : `  version = "${version}"\n`}${meta}${attrs.map((a) => `${a}\n`).join('')}}\n`),
  },
  { weight: 1, arbitrary: fc.constant('terraform {\n  required_providers {\n    azurerm = {\n      source  = "hashicorp/azurerm"\n      version = "~> 4.0"\n    }\n  }\n}\n') },
  { weight: 1, arbitrary: fc.constant('provider "azurerm" {\n  features {}\n}\n') },
);

/** A whole `.tf` file, with comments of all three kinds sprinkled between blocks. */
export const hclFile: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom('', '# comment\n', '// comment\n', '/* block\n comment */\n', '\n'), topBlock), { minLength: 1, maxLength: 6 })
  .map((blocks) => blocks.map(([comment, block]) => comment + block).join('\n'));

// ---------------------------------------------------------------------------------------------
// Mutations of real inputs
// ---------------------------------------------------------------------------------------------

/** Fragments that confuse a parser: openers without closers, template starts, heredoc markers, odd characters. */
const NASTY = [
  '{', '}', '[', ']', '(', ')', '"', "'", '${', '%{', '%{ endif }', '%{ endfor }', '<<EOT\n', '<<-EOT\n', 'EOT\n', '?', ':', '=>',
  '...', '.*', '[*]', '=', ',', '\n', '\r\n', '\r', '\t', '#', '//', '/*', '*/', '\\', '\\u', '1e3', '1e', '0x1F', '-', '!', '&&',
  'for x in ', ' if ', 'each.', 'var.', 'dynamic "x" {', 'content {', '\u0000', '\uFEFF', '\u2028', '\uD800', '\uDC00', '🚀', 'é',
  '__proto__', 'constructor', 'prototype', 'null', 'true', '"${', '}}', '"\n',
];

/** One edit: `at` and `to` are reduced modulo the input's size when applied, so any number will do. */
export type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'flip-bit'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'delete-line' | 'duplicate-line'; at: number }
  | { kind: 'swap-lines'; at: number; to: number }
  | { kind: 'insert-line'; at: number; from: number };

const anyText = fc.string({ unit: fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 4 });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: anyText }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('flip-bit' as const), at: fc.nat(), bit: fc.nat({ max: 7 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('delete-line' as const, 'duplicate-line' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), to: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('insert-line' as const), at: fc.nat(), from: fc.nat() }) },
);

/** Applies one mutation. Bit flips work on the UTF-8 bytes, so they can leave U+FFFD behind as a decoder would. */
export function mutate(text: string, m: Mutation): string {
  const lines = () => text.split('\n');
  switch (m.kind) {
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'delete': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'flip-bit': {
      const bytes = Buffer.from(text, 'utf8');
      if (bytes.length === 0) return text;
      const at = m.at % bytes.length;
      bytes[at] = bytes[at]! ^ (1 << m.bit);
      return bytes.toString('utf8');
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'delete-line':
    case 'duplicate-line': {
      const ls = lines();
      const at = m.at % ls.length;
      if (m.kind === 'delete-line') ls.splice(at, 1);
      else ls.splice(at, 0, ls[at]!);
      return ls.join('\n');
    }
    case 'swap-lines': {
      const ls = lines();
      const a = m.at % ls.length;
      const b = m.to % ls.length;
      [ls[a], ls[b]] = [ls[b]!, ls[a]!];
      return ls.join('\n');
    }
    case 'insert-line': {
      const ls = lines();
      ls.splice(m.at % (ls.length + 1), 0, ls[m.from % ls.length]!);
      return ls.join('\n');
    }
  }
}

/** One of `texts`, edited by one to `maxMutations` random mutations. */
export function mutated(texts: readonly string[], maxMutations = 6): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...texts), fc.array(mutation, { minLength: 1, maxLength: maxMutations }))
    .map(([text, ms]) => ms.reduce(mutate, text));
}

// ---------------------------------------------------------------------------------------------
// Structural mutations of JSON documents
// ---------------------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One structural edit of a JSON document; `at` picks a container (pre-order, modulo their count). */
export type JsonMutation =
  | { kind: 'replace' | 'add'; at: number; key: string; value: Json }
  | { kind: 'remove'; at: number; key: number }
  | { kind: 'proto'; at: number; payload: 'proto' | 'constructor' };

/** Keys the plan reader looks up, and the prototype-polluting ones. */
const PLAN_KEYS = [
  'format_version', 'terraform_version', 'planned_values', 'resource_changes', 'configuration', 'prior_state', 'values',
  'root_module', 'child_modules', 'resources', 'address', 'mode', 'type', 'name', 'index', 'provider_name', 'change',
  'actions', 'before', 'after', 'after_unknown', 'expressions', 'references', 'constant_value', 'module_calls', 'module',
  'source', 'version_constraint', 'module_address', 'instances', 'attributes', 'schema_version', 'lineage', 'serial',
  'sku', 'network_rule_bypass_option', 'public_network_access_enabled', 'network_rule_set', 'body',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'length', '',
];

export const jsonMutation: fc.Arbitrary<JsonMutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constantFrom('replace' as const, 'add' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom(...PLAN_KEYS), fc.string({ maxLength: 5 })), value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat(), key: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('proto' as const), at: fc.nat(), payload: fc.constantFrom('proto' as const, 'constructor' as const) }) },
);

/** Sets an own enumerable property, even `__proto__` (plain assignment would replace the prototype instead). */
function setOwn(object: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

function containers(root: Json): (Json[] | Record<string, Json>)[] {
  const out: (Json[] | Record<string, Json>)[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    out.push(node);
    stack.push(...(Array.isArray(node) ? node : Object.values(node)));
  }
  return out;
}

/** Applies structural edits to a copy of `doc` (parsed JSON); returns the edited document's text. */
export function mutateJson(doc: Json, mutations: readonly JsonMutation[]): string {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  for (const m of mutations) {
    const all = containers(copy);
    if (all.length === 0) break;
    const target = all[m.at % all.length]!;
    if (m.kind === 'proto') {
      const payload = JSON.parse(m.payload === 'proto' ? '{"__proto__": {"polluted": "yes"}}' : '{"constructor": {"prototype": {"polluted": "yes"}}}') as Record<string, Json>;
      if (Array.isArray(target)) target.push(payload);
      else for (const [k, v] of Object.entries(payload)) setOwn(target, k, v);
    } else if (Array.isArray(target)) {
      if (target.length === 0 || m.kind === 'add') target.push(m.kind === 'remove' ? null : m.value);
      else if (m.kind === 'remove') target.splice(m.key % target.length, 1);
      else target[m.at % target.length] = m.value;
    } else {
      const keys = Object.keys(target);
      if (m.kind === 'remove') {
        if (keys.length > 0) delete target[keys[m.key % keys.length]!];
      } else if (m.kind === 'replace' && keys.length > 0) setOwn(target, keys[m.at % keys.length]!, m.value);
      else setOwn(target, m.key, m.value);
    }
  }
  return JSON.stringify(copy, null, 1);
}

/** One of `docs` (parsed JSON) with up to `maxMutations` structural edits, as text. */
export function mutatedJson(docs: readonly Json[], maxMutations = 5): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...docs), fc.array(jsonMutation, { minLength: 1, maxLength: maxMutations })).map(([doc, ms]) => mutateJson(doc, ms));
}

export type { Json };
