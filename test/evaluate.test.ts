import { evaluate, type Scope } from '../src/frontends/hcl/evaluate.js';
import { UNKNOWN_KEY } from '../src/frontends/hcl/expansion.js';
import { evaluateRootModule, type VariableInput } from '../src/frontends/hcl/module.js';
import { readJsonConfig } from '../src/frontends/hcl/json-syntax.js';
import { parseJsonTemplate, readNativeConfig } from '../src/frontends/hcl/native-syntax.js';
import type { ConfigFile, Expr } from '../src/frontends/hcl/syntax.js';
import type { Resource } from '../src/model/graph.js';
import type { Span } from '../src/model/span.js';
import { known, listOf, literalOrigin, toPlain, type Value } from '../src/model/value.js';

/** Parses a file that must have no problems. */
function parse(text: string, file = 'main.tf'): ConfigFile {
  const { config, problems } = readNativeConfig(text, file);
  expect(problems).toEqual([]);
  if (!config) throw new Error('no config');
  return config;
}

function run(text: string, inputs = new Map<string, VariableInput>()): Resource[] {
  return evaluateRootModule('.', { dir: '.', files: [parse(text)], installed: false, calls: new Map() }, inputs, []);
}

function resource(resources: Resource[], address: string): Resource {
  const found = resources.find((r) => r.address === address);
  if (!found) throw new Error(`no resource ${address} among ${resources.map((r) => r.address).join(', ')}`);
  return found;
}

function attribute(r: Resource, name: string): Value {
  const v = r.attributes.get(name);
  if (!v) throw new Error(`no attribute ${name} on ${r.address}`);
  return v;
}

/** Evaluates `expr` as the argument `v` of a resource in a module with `extra` besides it. */
function value(expr: string, extra = '', inputs = new Map<string, VariableInput>()): Value {
  const resources = run(`${extra}\nresource "test" "subject" {\n  v = ${expr}\n}\n`, inputs);
  return attribute(resource(resources, 'test.subject'), 'v');
}

/** The plain value of `expr` (undefined when any part is unknown). */
function plain(expr: string, extra = ''): unknown {
  return toPlain(value(expr, extra));
}

/** An unknown value (fails otherwise), for its `why` and `refs`. */
function unknownValue(v: Value): Value & { known: false } {
  if (v.known) throw new Error(`expected an unknown value, got ${JSON.stringify(toPlain(v))}`);
  return v;
}

/** The text a span covers. */
function textAt(text: string, span: Span | undefined): string | undefined {
  return span ? text.slice(span.start.offset, span.end.offset) : undefined;
}

/** The expression of `name = ...` in a tfvars-like text. */
function inputExpr(text: string, file: string): Expr {
  const expr = parse(text, file).body.attributes[0]?.expr;
  if (!expr) throw new Error('no expression');
  return expr;
}

/** A `--var name=raw` input, as the command line gives it. */
function cliVar(raw: string): VariableInput {
  return { kind: 'cli-var', expr: inputExpr(`v = ${raw}\n`, '--var'), raw };
}

function tfvars(name: string, exprText: string): [string, VariableInput] {
  return [name, { kind: 'tfvars', expr: inputExpr(`${name} = ${exprText}\n`, 'terraform.tfvars') }];
}

/** A resource reference, for the unknown operand of logic operators. */
const REGISTRY = 'resource "azurerm_container_registry" "acr" {\n  name = "acr1"\n}\n';

describe('operators', () => {
  it('evaluates arithmetic with precedence, and converts numeric strings', () => {
    expect(plain('1 + 2 * 3')).toBe(7);
    expect(plain('(1 + 2) * 3')).toBe(9);
    expect(plain('7 % 3')).toBe(1);
    expect(plain('5 / 2')).toBe(2.5);
    expect(plain('-7 % 3')).toBe(-1);
    expect(plain('-1 * -2')).toBe(2);
    expect(plain('"3" + 1')).toBe(4);
    expect(plain('1e3 + 2E+2 + 1.5e-3')).toBe(1200.0015);
  });

  it('makes a division by zero and a non-number operand unknown, with a reason', () => {
    expect(unknownValue(value('1 / 0')).why).toMatch(/division by zero/);
    expect(unknownValue(value('"a" * 2')).why).toMatch(/needs two numbers/);
    // Terraform reads only decimal numbers from strings; JavaScript's Number() reads these too.
    for (const text of ['"0x10"', '" 5 "', '"Infinity"', '"1_000"']) expect(unknownValue(value(`${text} + 1`)).why).toMatch(/needs two numbers/);
    expect(plain('"-2.5e1" + 1')).toBe(-24);
  });

  it('negates a numeric string as Terraform does (the operand converts to a number), and refuses any other string', () => {
    expect(plain('-"5"')).toBe(-5);
    expect(plain('try(-"5", 0)')).toBe(-5);
    expect(unknownValue(value('-"x"')).why).toMatch(/cannot apply to a string/);
  });

  it('indexes a list with a number or a numeric string, and refuses a bool or null index', () => {
    expect(plain('["a", "b"]["1"]')).toBe('b');
    expect(unknownValue(value('["false", "true"][true]')).why).toMatch(/a list index must be a number, not a bool/);
    expect(unknownValue(value('["a"][null]')).why).toMatch(/a list index must be a number, not null/);
    expect(unknownValue(value('["a", "b"]["0x1"]')).why).toMatch(/a list index must be a number, not a string/);
  });

  it('compares collections with an unknown part as Terraform does: unknown where that part decides, else known', () => {
    const [resource] = run(
      'variable "mode" {}\nlocals {\n  cfg = { mode = var.mode }\n}\nresource "t" "n" {\n' +
        '  same_keys = local.cfg == { mode = "public" }\n  in_a_list = [1, local.cfg] != [1, { mode = "x" }]\n' +
        '  null = local.cfg == null\n  other_keys = local.cfg == { kind = "x" }\n  longer = [local.cfg] == [local.cfg, 1]\n  first_differs = [1, local.cfg] == [2, local.cfg]\n}\n',
    );
    for (const name of ['same_keys', 'in_a_list']) expect(unknownValue(resource!.attributes.get(name)!).why).toMatch(/compares a value with an unknown part: variable "mode" has no default/);
    expect(['null', 'other_keys', 'longer', 'first_differs'].map((name) => toPlain(resource!.attributes.get(name)!))).toEqual([false, false, false, false]);
  });

  it('compares values built from shared parts in time linear in the locals, not in their expanded size', () => {
    const chain = (name: string, leaf: string) =>
      [`  ${name}0 = { x = "${leaf}" }`, ...Array.from({ length: 40 }, (_, i) => `  ${name}${i + 1} = { l = local.${name}${i}, r = local.${name}${i} }`)].join('\n');
    const [resource] = run(`locals {\n${chain('a', 'y')}\n${chain('b', 'y')}\n${chain('c', 'z')}\n}\nresource "t" "n" {\n  same = local.a40 == local.a40\n  alike = local.a40 == local.b40\n  differ = local.a40 == local.c40\n}\n`);
    // Values built alike may differ in type, as far as tf-acr-lint knows; a difference decides.
    expect(['same', 'alike', 'differ'].map((name) => toPlain(resource!.attributes.get(name)!) ?? 'unknown')).toEqual(['unknown', 'unknown', false]);
  });

  it('compares numbers, strings and structures', () => {
    expect(plain('1 < 2')).toBe(true);
    expect(plain('2 <= 1')).toBe(false);
    expect(plain('"10" > 9')).toBe(true);
    expect(plain('"a" == "a"')).toBe(true);
    expect(plain('"1" == 1')).toBe(false);
    expect(plain('{a = 1} != {a = 2}')).toBe(true);
    expect(plain('[1, 2] == [1, 2, 3]')).toBe(false);
    expect(plain('[1] == {a = 1}')).toBe(false);
  });

  it('leaves == of collections with the same elements unknown: Terraform compares their types too (var.ips == [] is false for a list(string))', () => {
    for (const text of ['[1, 2] == [1, 2]', '{a = 1} == {a = 1}', 'tolist(["x"]) == ["x"]', '{} != {}']) {
      expect(unknownValue(value(text)).why).toMatch(/same elements, and Terraform also compares their types/);
    }
    const [resource] = run('variable "ips" {\n  type    = list(string)\n  default = []\n}\nresource "t" "n" {\n  empty = var.ips == []\n  itself = var.ips == var.ips\n}\n');
    expect(resource!.attributes.get('empty')?.known).toBe(false);
    // Not even the same value: a conditional may have handed it on unconverted, where Terraform converts it.
    expect(resource!.attributes.get('itself')?.known).toBe(false);
  });

  it('evaluates logic, and a known false/true decides && / || over an unknown', () => {
    expect(plain('true && !false')).toBe(true);
    expect(plain('false || false')).toBe(false);
    expect(plain('false && azurerm_container_registry.acr.id', REGISTRY)).toBe(false);
    expect(plain('azurerm_container_registry.acr.id && false', REGISTRY)).toBe(false);
    expect(plain('true || azurerm_container_registry.acr.id', REGISTRY)).toBe(true);
    const undecided = unknownValue(value('true && azurerm_container_registry.acr.id', REGISTRY));
    expect(undecided.why).toMatch(/known only after apply/);
    expect(undecided.refs).toEqual(['azurerm_container_registry.acr']);
  });
});

describe('conditionals', () => {
  it('picks the branch of a known condition', () => {
    expect(plain('1 > 0 ? "yes" : "no"')).toBe('yes');
    expect(plain('false ? "yes" : "no"')).toBe('no');
  });

  it('gives the common value when the condition is unknown but both branches agree', () => {
    const v = value('azurerm_container_registry.acr.id != "" ? "Premium" : "Premium"', REGISTRY);
    expect(toPlain(v)).toBe('Premium');
  });

  it('is unknown, saying why and keeping refs, when an unknown condition decides between different values', () => {
    const v = unknownValue(value('azurerm_container_registry.acr.id != "" ? "Premium" : "Basic"', REGISTRY));
    expect(v.why).toMatch(/^it depends on a condition, and .*azurerm_container_registry\.acr\.id is known only after apply/);
    expect(v.refs).toEqual(['azurerm_container_registry.acr']);
  });

  it('is unknown when the condition is not a bool', () => {
    expect(unknownValue(value('"x" ? 1 : 2')).why).toMatch(/not a bool/);
    // Terraform converts only the lowercase spellings.
    expect(unknownValue(value('"True" ? 1 : 2')).why).toMatch(/not a bool/);
  });
});

describe('where a bool is needed', () => {
  // An untyped variable set with --var is a string: `--var locked=true` gives "true".
  it('converts the strings "true", "false", "1" and "0" as Terraform does (conditions, !, &&, ||, for and template ifs)', () => {
    expect(plain('"true" ? "yes" : "no"')).toBe('yes');
    expect(plain('"0" ? "yes" : "no"')).toBe('no');
    expect(plain('!"false"')).toBe(true);
    expect(plain('"true" && "1"')).toBe(true);
    expect(plain('"false" || "0"')).toBe(false);
    expect(plain('"false" && azurerm_container_registry.acr.id', REGISTRY)).toBe(false);
    expect(plain('[for x in [1, 2] : x if "true"]')).toEqual([1, 2]);
    expect(plain('"%{ if "false" }on%{ else }off%{ endif }"')).toBe('off');
  });

  it('reads a --var value of an untyped variable as Terraform does, so try() does not fall back', () => {
    const inputs = new Map<string, VariableInput>([['locked', cliVar('true')]]);
    expect(toPlain(value('try(var.locked ? "None" : "AzureServices", "AzureServices")', 'variable "locked" {}\n', inputs))).toBe('None');
  });

  it('fails on a "for" condition that is not a bool, rather than leaving the element out', () => {
    const v = unknownValue(value('[for x in [1] : x if "yes"]'));
    expect(v.error).toBe(true);
    expect(v.why).toMatch(/not a bool/);
    expect(toPlain(value('try([for x in [1] : x if "yes"], ["fallback"])'))).toEqual(['fallback']);
  });
});

describe('for expressions', () => {
  it('builds lists, with an index variable and a filter', () => {
    expect(plain('[for x in [1, 2, 3] : x * 2]')).toEqual([2, 4, 6]);
    expect(plain('[for i, x in ["a", "b"] : "${i}${x}"]')).toEqual(['0a', '1b']);
    expect(plain('[for x in [1, 2, 3, 4] : x if x % 2 == 0]')).toEqual([2, 4]);
  });

  it('iterates maps in key order and builds maps', () => {
    expect(plain('[for k, v in {b = 2, a = 1} : k]')).toEqual(['a', 'b']);
    expect(plain('{for k, v in {b = 2, a = 1} : v => k}')).toEqual({ 1: 'a', 2: 'b' });
    expect(plain('{for s in ["x", "y"] : s => upper(s)}')).toEqual({ x: 'X', y: 'Y' });
  });

  it('binds the key variable to the element itself over a set, and to the index over a list made of it', () => {
    expect(plain('[for k, v in toset(["b", "a"]) : k]')).toEqual(['a', 'b']);
    expect(plain('{for k, v in toset(["b", "a"]) : k => v}')).toEqual({ a: 'a', b: 'b' });
    expect(plain('"%{ for k, v in toset(["x"]) }${k}%{ endfor }"')).toBe('x');
    expect(plain('[for k, v in tolist(toset(["b", "a"])) : k]')).toEqual([0, 1]);
    expect(plain('[for k, v in ["b", "a"] : k]')).toEqual([0, 1]);
  });

  it('groups values with "..." and rejects duplicate keys without it', () => {
    expect(plain('{for x in ["a", "bb", "a"] : length(x) => x...}')).toEqual({ 1: ['a', 'a'], 2: ['bb'] });
    expect(unknownValue(value('{for x in ["a", "a"] : x => x}')).why).toMatch(/duplicate key "a"/);
  });

  it('is unknown when the collection is unknown', () => {
    const v = unknownValue(value('[for x in azurerm_container_registry.acr.tags : x]', REGISTRY));
    expect(v.refs).toEqual(['azurerm_container_registry.acr']);
  });
});

describe('splats and access', () => {
  it('evaluates [*] over lists, single values and null', () => {
    expect(plain('[{a = 1}, {a = 2}][*].a')).toEqual([1, 2]);
    expect(plain('[{a = {b = 1}}, {a = {b = 2}}][*].a.b')).toEqual([1, 2]);
    expect(plain('{a = 1}[*].a')).toEqual([1]);
    expect(plain('null[*]')).toEqual([]);
  });

  it('evaluates .* attribute splats', () => {
    expect(plain('[{a = 1}, {a = 2}].*.a')).toEqual([1, 2]);
    expect(plain('[{a = [1, 2]}, {a = [3, 4]}].*.a[0]')).toEqual([1, 2]);
  });

  it('reads attributes and indexes', () => {
    expect(plain('{a = {b = [10, 20]}}.a.b[1]')).toBe(20);
    expect(plain('{"a.b" = 1}["a.b"]')).toBe(1);
    expect(plain('["a", "b"]["1"]')).toBe('b');
    expect(plain('[1, 2, 3][1.0]')).toBe(2);
  });

  it('is unknown, saying why, for a missing key, attribute or index', () => {
    expect(unknownValue(value('["x", "y"][5]')).why).toMatch(/out of range/);
    expect(unknownValue(value('{a = 1}["b"]')).why).toMatch(/key "b" does not exist/);
    expect(unknownValue(value('{a = 1}.b')).why).toMatch(/no attribute "b"/);
    expect(unknownValue(value('[1].a')).why).toMatch(/cannot read attribute "a" of a list/);
  });
});

describe('templates', () => {
  it('yields the value of a lone interpolation unconverted', () => {
    expect(plain('"${[1, 2]}"')).toEqual([1, 2]);
    expect(plain('"${{a = true}}"')).toEqual({ a: true });
    expect(plain('"${3}"')).toBe(3);
  });

  it('renders text, numbers and bools', () => {
    expect(plain('"x${true}-${1.5}-${"s"}"')).toBe('xtrue-1.5-s');
  });

  it('is unknown when it interpolates a list into text, or an unknown value', () => {
    expect(unknownValue(value('"a${[1]}"')).why).toMatch(/not a string, number or bool/);
    const v = unknownValue(value('"id-${azurerm_container_registry.acr.id}"', REGISTRY));
    expect(v.refs).toEqual(['azurerm_container_registry.acr']);
  });

  it('renders if and for directives', () => {
    expect(plain('"%{ if 1 > 2 }a%{ else }b%{ endif }"')).toBe('b');
    expect(plain('"%{ for k, v in {y = 2, x = 1} }${k}${v} %{ endfor }"')).toBe('x1 y2 ');
  });
});

describe('object keys', () => {
  const K = 'locals {\n  k = "dyn"\n}\nvariable "v" {\n  default = "var"\n}';

  it('reads a lone name as the key it spells, a parenthesised expression or a quoted string as its value', () => {
    expect(plain('{ k = 1, "a.b" = 2, (local.k) = 3, (var.v) = 4, null = 5 }', K)).toEqual({ k: 1, 'a.b': 2, dyn: 3, var: 4, null: 5 });
  });

  it.each([['local.k'], ['var.v'], ['a.b'], ['a["x"]'], ['a[0].b']])('refuses the unwritten traversal { %s = 1 }, as HCL does', (key) => {
    const v = unknownValue(value(`{ ${key} = 1 }`, K));
    expect(v).toMatchObject({ error: true });
    expect(v.known || v.why).toBe(`ambiguous object key ${key}: Terraform refuses it; write (${key}) to use the value it refers to as the key, or "${key}" for a key with periods`);
    // An error, which try() catches; an unknown it would not.
    expect(plain(`try({ ${key} = 1 }, "fallback")`, K)).toBe('fallback');
  });

  it('evaluates other expressions as keys', () => {
    expect(plain('{ "${local.k}-x" = 1, upper(local.k) = 2 }', K)).toEqual({ 'dyn-x': 1, DYN: 2 });
  });
});

describe('a resource attribute known only after apply', () => {
  const SECRET = [
    'resource "azurerm_key_vault_secret" "s" {\n  name = "n"\n  value = "v"\n  key_vault_id = "k"\n}',
    'data "azurerm_key_vault_secret" "d" {\n  name = "n"\n  key_vault_id = "k"\n}',
    'locals {\n  id = azurerm_key_vault_secret.s.id\n  object = { name = azurerm_key_vault_secret.s.name }\n}',
  ].join('\n');
  const attributeOf = (expr: string): unknown => {
    const v = unknownValue(value(expr, SECRET));
    return v.known ? undefined : v.resourceAttribute;
  };
  const ID = { address: 'azurerm_key_vault_secret.s', type: 'azurerm_key_vault_secret', name: 'id' };

  it('says which attribute of which resource it is, however it is passed on', () => {
    expect(attributeOf('azurerm_key_vault_secret.s.id')).toEqual(ID);
    expect(attributeOf('azurerm_key_vault_secret.s.version')).toEqual({ ...ID, name: 'version' });
    expect(attributeOf('local.id')).toEqual(ID);
    expect(attributeOf('"${azurerm_key_vault_secret.s.id}"')).toEqual(ID);
    expect(attributeOf('true ? local.id : "x"')).toEqual(ID);
    expect(attributeOf('[azurerm_key_vault_secret.s.id][0]')).toEqual(ID);
  });

  it('says nothing of a value computed from it, of a data source, or of an object that only refers to a resource', () => {
    expect(attributeOf('"${azurerm_key_vault_secret.s.id}/x"')).toBeUndefined();
    expect(attributeOf('lower(azurerm_key_vault_secret.s.id)')).toBeUndefined();
    expect(attributeOf('{ a = local.id }["b"]')).toBeUndefined();
    expect(attributeOf('data.azurerm_key_vault_secret.d.id')).toBeUndefined();
    // `local.object` has the secret's refs, but it is not the secret: no attribute of it is.
    expect(attributeOf('local.object.id')).toBeUndefined();
    // What Terraform refuses, or computes anew, from the id is not the id (try() then takes the fallback).
    expect(attributeOf('try(azurerm_key_vault_secret.s.id.foo, azurerm_key_vault_secret.s.version)')).toBeUndefined();
    expect(attributeOf('-azurerm_key_vault_secret.s.id')).toBeUndefined();
    expect(attributeOf('azurerm_key_vault_secret.s.id[*]')).toBeUndefined();
    expect(attributeOf('[for c in azurerm_key_vault_secret.s.id : c]')).toBeUndefined();
    expect(attributeOf('format("%s/x", azurerm_key_vault_secret.s.id...)')).toBeUndefined();
  });

  it('is read by index and lookup() as by attribute, and passed on by one()', () => {
    expect(attributeOf('azurerm_key_vault_secret.s["id"]')).toEqual(ID);
    expect(attributeOf('lookup(azurerm_key_vault_secret.s, "id", "fallback")')).toEqual(ID);
    expect(attributeOf('one([azurerm_key_vault_secret.s.id])')).toEqual(ID);
    expect(attributeOf('one(azurerm_key_vault_secret.s[*].id)')).toEqual(ID);
    // What the configuration sets is read as set.
    expect(plain('lookup(azurerm_key_vault_secret.s, "name", "fallback")', SECRET)).toBe('n');
  });
});

describe('one()', () => {
  it('is null for no element, the element for one, and an error for more', () => {
    expect(plain('one([])')).toBeNull();
    expect(plain('one(["a"])')).toBe('a');
    expect(plain('one(toset(["a", "a"]))')).toBe('a');
    const more = unknownValue(value('one(["a", "b"])'));
    expect(more).toMatchObject({ error: true });
    expect(plain('try(one(["a", "b"]), "fallback")')).toBe('fallback');
  });
});

describe('try and can', () => {
  it('try returns the first argument that evaluates without an error', () => {
    expect(plain('try({a = 1}.b, "fallback")')).toBe('fallback');
    expect(plain('try({a = 1}.a, "fallback")')).toBe(1);
    expect(plain('try(["x"][3], ["y"][0])')).toBe('y');
  });

  it('try does not skip a value that is merely unknown', () => {
    const v = unknownValue(value('try(azurerm_container_registry.acr.id, "fallback")', REGISTRY));
    expect(v.refs).toEqual(['azurerm_container_registry.acr']);
  });

  it('try and can see errors raised inside function calls, but not unsupported functions', () => {
    expect(plain('try(lower({a = "X"}.b), "fallback")')).toBe('fallback');
    expect(plain('can(tonumber("not a number"))')).toBe(false);
    expect(plain('try(upper(lower({a = "X"}.a)), "fallback")')).toBe('X');
    // tf-acr-lint not knowing a function is not a Terraform error: stay unknown, never pick the fallback.
    expect(value('try(cidrsubnet("10.0.0.0/16", 8, 1), "fallback")').known).toBe(false);
    expect(plain('try(var.undeclared, "fallback")')).toBe('fallback');
  });

  it('do not take what tf-acr-lint does not evaluate for a Terraform error, and stay unknown', () => {
    // Terraform formats these ("ff", a padded string); tf-acr-lint has no %x verb, and pads to 1 Mi characters at most.
    for (const text of ['try(format("%x", 255), "fallback")', 'can(format("%x", 255))', 'try(format("%2000000s", "x"), "fallback")']) {
      const v = unknownValue(value(text));
      expect(v.error).toBeUndefined();
      expect(v.why).toMatch(/format\(\) (does not support the verb %x|is not evaluated)/);
    }
  });

  it('can tells errors from successes, and stays unknown for unknowns', () => {
    expect(plain('can({a = 1}.b)')).toBe(false);
    expect(plain('can({a = 1}.a)')).toBe(true);
    expect(value('can(azurerm_container_registry.acr.id)', REGISTRY).known).toBe(false);
  });
});

describe('variables', () => {
  const declarations = [
    'variable "sku" {',
    '  type    = string',
    '  default = "Premium"',
    '}',
    'variable "count_n" {',
    '  type    = number',
    '  default = 1',
    '}',
    'variable "names" {',
    '  type    = list(string)',
    '  default = []',
    '}',
    'variable "enabled" {',
    '  type    = bool',
    '  default = "true"',
    '}',
    'variable "required" {',
    '  type = string',
    '}',
    '',
  ].join('\n');

  it('takes the default and converts it to the declared type', () => {
    expect(plain('var.sku', declarations)).toBe('Premium');
    expect(plain('var.enabled', declarations)).toBe(true);
    expect(plain('var.names', declarations)).toEqual([]);
  });

  it('is unknown, pointing at the declaration, when there is neither a default nor an input', () => {
    const text = `${declarations}\nresource "test" "subject" {\n  v = var.required\n}\n`;
    const v = unknownValue(attribute(resource(run(text), 'test.subject'), 'v'));
    expect(v.why).toMatch(/variable "required" has no default and was given no value; set it in a \.tfvars file or with --var/);
    expect(textAt(text, v.origin.span)).toBe('variable "required" {');
  });

  it('is unknown for an undeclared variable', () => {
    expect(unknownValue(value('var.nope')).why).toMatch(/variable "nope" is not declared/);
  });

  it('lets a tfvars value override the default, converted to the type', () => {
    const inputs = new Map([tfvars('sku', '"Basic"'), tfvars('count_n', '"5"'), tfvars('enabled', '"false"')]);
    expect(toPlain(value('var.sku', declarations, inputs))).toBe('Basic');
    expect(toPlain(value('var.count_n', declarations, inputs))).toBe(5);
    expect(toPlain(value('var.enabled', declarations, inputs))).toBe(false);
    // go-cty converts "1" and "0" to bools too (cty/convert/conversion_primitive.go).
    for (const [text, bool] of [['"1"', true], ['"0"', false]] as const) expect(toPlain(value('var.enabled', declarations, new Map([tfvars('enabled', text)])))).toBe(bool);
    expect(plain('tobool("1")')).toBe(true);
  });

  it('takes a --var value as raw text for primitive types and as HCL for collections', () => {
    const inputs = new Map<string, VariableInput>([
      ['sku', cliVar('01')],
      ['count_n', cliVar('01')],
      ['enabled', cliVar('true')],
      ['names', cliVar('["a", "b"]')],
    ]);
    expect(toPlain(value('var.sku', declarations, inputs))).toBe('01');
    expect(toPlain(value('var.count_n', declarations, inputs))).toBe(1);
    expect(toPlain(value('var.enabled', declarations, inputs))).toBe(true);
    expect(toPlain(value('var.names', declarations, inputs))).toEqual(['a', 'b']);
  });

  it('parses a --var value as HCL for type any and the bare list and map keywords, and keeps it as text without a type', () => {
    const decl = 'variable "anything" {\n  type = any\n}\nvariable "legacy_list" {\n  type = list\n}\nvariable "legacy_map" {\n  type = map\n}\nvariable "untyped" {}\n';
    const inputs = new Map<string, VariableInput>([
      ['anything', cliVar('["a"]')],
      ['legacy_list', cliVar('["a"]')],
      ['legacy_map', cliVar('{ a = 1 }')],
      ['untyped', cliVar('["a"]')],
    ]);
    expect(toPlain(value('var.anything', decl, inputs))).toEqual(['a']);
    expect(toPlain(value('var.legacy_list', decl, inputs))).toEqual(['a']);
    expect(toPlain(value('var.legacy_map', decl, inputs))).toEqual({ a: 1 });
    expect(toPlain(value('var.untyped', decl, inputs))).toBe('["a"]');
  });

  it('gives an input that does not convert to the type an unknown value', () => {
    const inputs = new Map([tfvars('count_n', '"many"')]);
    expect(unknownValue(value('var.count_n', declarations, inputs)).why).toMatch(/does not convert to a number/);
  });

  it('fills object attributes from optional(...) defaults', () => {
    const decl = [
      'variable "cfg" {',
      '  type = object({',
      '    name = string',
      '    sku  = optional(string, "Basic")',
      '    tags = optional(map(string))',
      '    size = optional(number, 2)',
      '  })',
      '  default = { name = "n", size = null }',
      '}',
      '',
    ].join('\n');
    expect(plain('var.cfg', decl)).toEqual({ name: 'n', sku: 'Basic', tags: null, size: 2 });
    const inputs = new Map([tfvars('cfg', '{ name = "m", sku = "Premium", size = "3" }')]);
    expect(toPlain(value('var.cfg', decl, inputs))).toEqual({ name: 'm', sku: 'Premium', tags: null, size: 3 });
  });

  it('reads the type expression written in a .tf.json variable\'s "type" string, optional(...) defaults included', () => {
    const text = JSON.stringify({
      variable: {
        cfg: { type: 'object({ sku = optional(string, "Premium"), public = optional(bool, false) })', default: {} },
        names: { type: 'set(string)', default: ['b', 'a', 'b'] },
        broken: { type: 'object({', default: { a: 1 } },
      },
      resource: { t: { s: { cfg: '${var.cfg}', names: '${var.names}', broken: '${var.broken}' } } },
    });
    const { config, problems } = readJsonConfig(text, 'main.tf.json', parseJsonTemplate);
    expect(problems).toEqual([]);
    const resources = evaluateRootModule('.', { dir: '.', files: [config!], installed: false, calls: new Map() }, new Map(), []);
    const subject = resource(resources, 't.s');
    expect(toPlain(attribute(subject, 'cfg'))).toEqual({ sku: 'Premium', public: false });
    expect(toPlain(attribute(subject, 'names'))).toEqual(['a', 'b']);
    expect(toPlain(attribute(subject, 'broken'))).toEqual({ a: 1 });
  });

  it('makes a set-typed value hold each element once, in sorted order, as Terraform does', () => {
    const decl = 'variable "names" {\n  type    = set(string)\n  default = ["b", "a", "b"]\n}\n';
    expect(plain('[for n in var.names : n]', decl)).toEqual(['a', 'b']);
    const resources = run(`${decl}resource "t" "n" {\n  for_each = var.names\n}\n`);
    expect(resources.map((r) => r.address)).toEqual(['t.n["a"]', 't.n["b"]']);
    const numbers = 'variable "ports" {\n  type    = set(number)\n  default = [443, "80", 443]\n}\n';
    expect(plain('var.ports', numbers)).toEqual([80, 443]);
    const lists = 'variable "l" {\n  type    = list(string)\n  default = ["b", "a", "b"]\n}\n';
    expect(plain('var.l', lists)).toEqual(['b', 'a', 'b']);
  });

  it('is unknown in a required object attribute that was not given', () => {
    const decl = 'variable "cfg" {\n  type = object({ name = string })\n  default = {}\n}\n';
    expect(unknownValue(value('var.cfg.name', decl)).why).toMatch(/attribute "name" is required/);
  });
});

describe('locals', () => {
  it('resolves locals that refer to locals, in any order', () => {
    const extra = 'locals {\n  a = "${local.b}-x"\n  b = upper(local.c)\n}\nlocals {\n  c = "p"\n}\n';
    expect(plain('local.a', extra)).toBe('P-x');
  });

  it('gives a reference cycle an unknown value instead of hanging', () => {
    const extra = 'locals {\n  c1 = local.c2\n  c2 = "${local.c1}x"\n  self = local.self\n}\n';
    expect(unknownValue(value('local.c1', extra)).why).toMatch(/reference cycle/);
    expect(unknownValue(value('local.self', extra)).why).toMatch(/reference cycle/);
  });

  it('is unknown for an undefined local', () => {
    expect(unknownValue(value('local.missing')).why).toMatch(/local "missing" is not defined/);
  });
});

describe('count and for_each', () => {
  it('expands count into indexed instances with count.index', () => {
    const resources = run('resource "t" "n" {\n  count = 3\n  i = count.index * 10\n}\n');
    expect(resources.map((r) => r.address)).toEqual(['t.n[0]', 't.n[1]', 't.n[2]']);
    expect(resources.map((r) => r.instanceKey)).toEqual([0, 1, 2]);
    expect(resources.map((r) => toPlain(attribute(r, 'i')))).toEqual([0, 10, 20]);
    expect(resources[0]!.attributes.has('count')).toBe(false);
  });

  it('gives count = 0 no instance', () => {
    expect(run('resource "t" "n" {\n  count = 0\n}\n')).toEqual([]);
  });

  it('expands for_each over a map in sorted key order, with each.key and each.value', () => {
    const resources = run('resource "t" "n" {\n  for_each = { prod = "P", dev = "D", "a b" = "AB" }\n  k = each.key\n  v = each.value\n}\n');
    expect(resources.map((r) => r.address)).toEqual(['t.n["a b"]', 't.n["dev"]', 't.n["prod"]']);
    expect(resources.map((r) => r.instanceKey)).toEqual(['a b', 'dev', 'prod']);
    expect(resources.map((r) => [toPlain(attribute(r, 'k')), toPlain(attribute(r, 'v'))])).toEqual([
      ['a b', 'AB'],
      ['dev', 'D'],
      ['prod', 'P'],
    ]);
  });

  it('expands for_each over a set of strings', () => {
    const resources = run('resource "t" "n" {\n  for_each = toset(["b", "a", "b"])\n  k = each.key\n  v = each.value\n}\n');
    expect(resources.map((r) => r.address)).toEqual(['t.n["a"]', 't.n["b"]']);
    expect(toPlain(attribute(resources[0]!, 'v'))).toBe('a');
  });

  it('gives an unknown for_each one instance whose address ends in [*]', () => {
    const resources = run(`${REGISTRY}resource "t" "n" {\n  for_each = azurerm_container_registry.acr.tags\n  k = each.key\n  fixed = "x"\n}\n`);
    const instance = resource(resources, `t.n[${UNKNOWN_KEY}]`);
    expect(instance.address).toBe('t.n[*]');
    expect(instance.instanceKey).toBe('*');
    expect(unknownValue(attribute(instance, 'k')).why).toMatch(/for_each is unknown/);
    expect(toPlain(attribute(instance, 'fixed'))).toBe('x');
    expect(resources.filter((r) => r.name === 'n')).toHaveLength(1);
  });

  it('spells for_each keys in addresses as Terraform does, which a plan of the same configuration names', () => {
    const resources = run('resource "t" "n" {\n  for_each = toset(["a$${b}", "c%%{d}", "e\\u00a0f", "g\\"h"])\n}\n');
    expect(resources.map((r) => r.address)).toEqual(['t.n["a$${b}"]', 't.n["c%%{d}"]', 't.n["e\\u00a0f"]', 't.n["g\\"h"]']);
    expect(resources.map((r) => r.instanceKey)).toEqual(['a${b}', 'c%{d}', 'e\u00a0f', 'g"h']);
  });

  it('converts a count written as a string, as Terraform does', () => {
    expect(run('resource "t" "n" {\n  count = "2"\n}\n').map((r) => r.address)).toEqual(['t.n[0]', 't.n[1]']);
  });

  it.each([
    ['2.5', /count is 2\.5; Terraform refuses anything but a whole number, zero or more/],
    ['-1', /count is -1; Terraform refuses/],
    ['null', /count is null, which Terraform refuses/],
    ['"many"', /count is not a number \(the value does not convert to a number\), which Terraform refuses/],
    ['true', /count is not a number/],
    ['"0x2"', /count is not a number/],
    ['" 2 "', /count is not a number/],
    ['"Infinity"', /count is not a number/],
  ])('does not expand count = %s, which Terraform refuses: one instance stands for all, saying why', (count, why) => {
    const resources = run(`resource "t" "n" {\n  count = ${count}\n}\n`);
    expect(resources.map((r) => r.address)).toEqual(['t.n[*]']);
    expect(resources[0]!.unknownInstances).toMatch(why);
  });

  it('gives an unknown count one instance whose address ends in [*]', () => {
    const resources = run('resource "t" "n" {\n  count = var.undeclared\n  i = count.index\n}\n');
    expect(resources.map((r) => r.address)).toEqual(['t.n[*]']);
    expect(attribute(resources[0]!, 'i').known).toBe(false);
  });
});

describe('path and terraform', () => {
  it('knows path.module and path.root, relative to the root module, and leaves what depends on the run unknown', () => {
    expect(plain('path.module')).toBe('.');
    expect(plain('path.root')).toBe('.');
    // "path.cwd ... is an absolute path that includes details about the filesystem structure" (Terraform's documentation).
    expect(unknownValue(value('path.cwd')).why).toMatch(/path\.cwd is the absolute path of the directory Terraform runs in/);
    expect(unknownValue(value('terraform.workspace')).why).toMatch(/selected workspace/);
    expect(unknownValue(value('try(path.cwd, "x")')).error).toBeUndefined();
  });
});

describe('dynamic blocks', () => {
  it('expands content with a named iterator, as a list of objects', () => {
    const text = [
      'resource "t" "n" {',
      '  dynamic "ip_rule" {',
      '    for_each = ["1.1.1.1", "2.2.2.2"]',
      '    iterator = r',
      '    content {',
      '      ip_range = r.value',
      '      index    = r.key',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    const v = attribute(resource(run(text), 't.n'), 'ip_rule');
    expect(toPlain(v)).toEqual([
      { ip_range: '1.1.1.1', index: 0 },
      { ip_range: '2.2.2.2', index: 1 },
    ]);
  });

  it('uses the block type as iterator by default, iterating maps in key order, beside static blocks', () => {
    const text = [
      'resource "t" "n" {',
      '  rule {',
      '    v = "static"',
      '  }',
      '  dynamic "rule" {',
      '    for_each = { b = "B", a = "A" }',
      '    content {',
      '      v = rule.value',
      '      k = rule.key',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    expect(toPlain(attribute(resource(run(text), 't.n'), 'rule'))).toEqual([{ v: 'static' }, { v: 'A', k: 'a' }, { v: 'B', k: 'b' }]);
  });

  it('gives a set element as its own key, as Terraform does (the key is the value for a set)', () => {
    const text = [
      'variable "names" {',
      '  type    = set(string)',
      '  default = ["web", "api"]',
      '}',
      'resource "t" "n" {',
      '  dynamic "rule" {',
      '    for_each = var.names',
      '    content {',
      '      k = rule.key',
      '    }',
      '  }',
      '  dynamic "other" {',
      '    for_each = toset(["x"])',
      '    content {',
      '      k = other.key',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    const r = resource(run(text), 't.n');
    expect(toPlain(attribute(r, 'rule'))).toEqual([{ k: 'api' }, { k: 'web' }]);
    expect(toPlain(attribute(r, 'other'))).toEqual([{ k: 'x' }]);
  });

  it('in .tf.json, reads a property named as a dynamic block beside it as blocks of that type, in the order written (HCL JSON decides by the schema, and dynamic needs a block type)', () => {
    const resources = (body: object): Resource[] => {
      const { config, problems } = readJsonConfig(JSON.stringify({ resource: { t: { n: body } } }), 'main.tf.json', parseJsonTemplate);
      expect(problems).toEqual([]);
      return evaluateRootModule('.', { dir: '.', files: [config!], installed: false, calls: new Map() }, new Map(), []);
    };
    const dynamic = { georeplications: { for_each: ['westus', 'eastus'], content: { location: '${georeplications.value}' } } };
    const before = resources({ georeplications: [{ location: 'northeurope' }], dynamic });
    expect(toPlain(attribute(resource(before, 't.n'), 'georeplications'))).toEqual([{ location: 'northeurope' }, { location: 'westus' }, { location: 'eastus' }]);
    const after = resources({ dynamic, georeplications: { location: 'northeurope' } });
    expect(toPlain(attribute(resource(after, 't.n'), 'georeplications'))).toEqual([{ location: 'westus' }, { location: 'eastus' }, { location: 'northeurope' }]);
    for (const none of [[], null]) {
      const empty = resources({ georeplications: none, dynamic });
      expect(toPlain(attribute(resource(empty, 't.n'), 'georeplications'))).toEqual([{ location: 'westus' }, { location: 'eastus' }]);
    }
    // Without a dynamic block of its name, the property stays an argument.
    expect(toPlain(attribute(resource(resources({ georeplications: [] }), 't.n'), 'georeplications'))).toEqual([]);
  });

  it('is unknown when its for_each is unknown', () => {
    const text = `${REGISTRY}resource "t" "n" {\n  dynamic "rule" {\n    for_each = azurerm_container_registry.acr.tags\n    content {\n      v = rule.value\n    }\n  }\n}\n`;
    const v = unknownValue(attribute(resource(run(text), 't.n'), 'rule'));
    expect(v.why).toMatch(/dynamic "rule" for_each is unknown/);
    expect(v.refs).toEqual(['azurerm_container_registry.acr']);
  });
});

describe('references between resources', () => {
  it('makes an attribute known only after apply unknown, with the resource in refs', () => {
    const v = unknownValue(value('azurerm_container_registry.acr.id', REGISTRY));
    expect(v.why).toBe('azurerm_container_registry.acr.id is known only after apply');
    expect(v.refs).toEqual(['azurerm_container_registry.acr']);
  });

  it('reads a configured attribute of another resource, keeping the ref', () => {
    const v = value('azurerm_container_registry.acr.name', REGISTRY);
    expect(toPlain(v)).toBe('acr1');
    expect(v.refs).toEqual(['azurerm_container_registry.acr']);
  });

  it('refers to a for_each instance by its instance address', () => {
    const extra = 'resource "x" "env" {\n  for_each = toset(["prod", "dev"])\n  label = each.key\n}\n';
    const id = unknownValue(value('x.env["prod"].id', extra));
    expect(id.refs).toEqual(['x.env["prod"]']);
    const label = value('x.env["dev"].label', extra);
    expect(toPlain(label)).toBe('dev');
    expect(label.refs).toEqual(['x.env["dev"]']);
  });

  it('keeps the resource behind an element of a nested block (identity[0].principal_id)', () => {
    const extra = 'resource "cs" "x" {\n  identity {\n    type = "SystemAssigned"\n  }\n}\n';
    const principal = unknownValue(value('cs.x.identity[0].principal_id', extra));
    expect(principal.refs).toEqual(['cs.x']);
    expect(principal.error).toBeUndefined();
    expect(principal.why).toMatch(/known only after apply/);
  });

  it('refers to count instances by index, and to all of them with a splat', () => {
    const extra = 'resource "x" "n" {\n  count = 2\n  i = count.index\n}\n';
    const one = value('x.n[1].i', extra);
    expect(toPlain(one)).toBe(1);
    expect(one.refs).toEqual(['x.n[1]']);
    expect(toPlain(value('x.n[*].i', extra))).toEqual([0, 1]);
    expect(value('x.n[*].i', extra).refs).toEqual(['x.n']);
  });

  it('resolves data sources under data.*', () => {
    const extra = 'data "azurerm_client_config" "current" {\n}\n';
    const v = unknownValue(value('data.azurerm_client_config.current.tenant_id', extra));
    expect(v.refs).toEqual(['data.azurerm_client_config.current']);
  });

  it('does not hang on resources that refer to each other', () => {
    const text = 'resource "t" "a" {\n  x = t.b.x\n}\nresource "t" "b" {\n  x = t.a.x\n}\n';
    const resources = run(text);
    expect(resources.map((r) => r.address)).toEqual(['t.a', 't.b']);
    expect(resources.some((r) => attribute(r, 'x').known)).toBe(false);
  });
});

describe('provenance', () => {
  it('traces a value from a variable default to its text, through the attribute and the reference', () => {
    const text = 'variable "sku" {\n  default = "Premium"\n}\nresource "t" "n" {\n  sku = var.sku\n}\n';
    const v = attribute(resource(run(text), 't.n'), 'sku');
    expect(toPlain(v)).toBe('Premium');
    expect(v.origin.provenance).toEqual({ kind: 'variable-default', variable: 'sku' });
    expect(textAt(text, v.origin.span)).toBe('"Premium"');
    expect(textAt(text, v.origin.via[0])).toBe('sku = var.sku');
    expect(textAt(text, v.origin.via[1])).toBe('var.sku');
  });

  it('makes via[0] of a literal resource attribute the attribute itself', () => {
    const text = 'resource "t" "n" {\n  name = "acr1"\n}\n';
    const v = attribute(resource(run(text), 't.n'), 'name');
    expect(v.origin.provenance).toEqual({ kind: 'literal' });
    expect(textAt(text, v.origin.span)).toBe('"acr1"');
    expect(textAt(text, v.origin.via[0])).toBe('name = "acr1"');
  });

  it('traces a value through locals, listing every hop', () => {
    const text = 'variable "s" {\n  default = "x"\n}\nlocals {\n  a = var.s\n}\nresource "t" "n" {\n  v = local.a\n}\n';
    const v = attribute(resource(run(text), 't.n'), 'v');
    expect(v.origin.provenance.kind).toBe('variable-default');
    expect(v.origin.via.map((s) => textAt(text, s))).toEqual(['v = local.a', 'local.a', 'a = var.s', 'var.s']);
  });

  it('marks a tfvars value with its tfvars span', () => {
    const decl = 'variable "sku" {\n  default = "Premium"\n}\n';
    const inputs = new Map([tfvars('sku', '"Basic"')]);
    const v = value('var.sku', decl, inputs);
    expect(toPlain(v)).toBe('Basic');
    expect(v.origin.provenance).toEqual({ kind: 'tfvars', variable: 'sku' });
    expect(v.origin.span?.file).toBe('terraform.tfvars');
    expect(v.origin.span?.start).toEqual({ line: 1, column: 7, offset: 6 });
  });

  it('gives a --var value no span, as it was not written in any file', () => {
    const decl = 'variable "sku" {\n  type = string\n  default = "Premium"\n}\nvariable "names" {\n  type = list(string)\n}\n';
    const inputs = new Map<string, VariableInput>([
      ['sku', cliVar('Basic')],
      ['names', cliVar('["a"]')],
    ]);
    const sku = value('var.sku', decl, inputs);
    expect(toPlain(sku)).toBe('Basic');
    expect(sku.origin.provenance).toEqual({ kind: 'cli-var', variable: 'sku' });
    expect(sku.origin.span).toBeUndefined();
    const names = value('var.names', decl, inputs);
    expect(toPlain(names)).toEqual(['a']);
    expect(names.origin.span).toBeUndefined();
    const first = names.known && Array.isArray(names.value) ? names.value[0] : undefined;
    expect(first?.origin).toMatchObject({ provenance: { kind: 'cli-var', variable: 'names' } });
    expect(first?.origin.span).toBeUndefined();
  });

  it('credits an optional(...) default to the declaration, even when the object came from tfvars or --var', () => {
    const decl = 'variable "net" {\n  type = object({\n    bypass = optional(string, "None")\n    name   = string\n  })\n}\n';
    const text = `${decl}resource "t" "n" {\n  v = var.net.bypass\n  w = var.net.name\n}\n`;
    for (const input of [tfvars('net', '{ name = "x" }')[1], cliVar('{ name = "x" }')]) {
      const r = resource(run(text, new Map([['net', input]])), 't.n');
      const bypass = attribute(r, 'v');
      expect(toPlain(bypass)).toBe('None');
      expect(bypass.origin.provenance).toEqual({ kind: 'variable-default', variable: 'net' });
      expect(textAt(text, bypass.origin.span)).toBe('"None"');
      const name = attribute(r, 'w');
      expect(toPlain(name)).toBe('x');
      expect(name.origin.provenance).toEqual({ kind: input.kind, variable: 'net' });
    }
  });

  it('keeps the origin of each element of a collection', () => {
    const text = 'resource "t" "n" {\n  v = ["a", "b"]\n}\n';
    const v = attribute(resource(run(text), 't.n'), 'v');
    if (!v.known || !Array.isArray(v.value)) throw new Error('not a list');
    expect(v.value.map((e) => textAt(text, e.origin.span))).toEqual(['"a"', '"b"']);
  });
});

describe('evaluate with a custom scope', () => {
  it('resolves names and references through the scope', () => {
    const span: Span = { file: 'x', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
    const scope: Scope = {
      lookup: (name) => (name === 'n' ? known(41, literalOrigin(span)) : undefined),
      reference: (root, name) => (root === 'ns' && name === 'v' ? known('val', literalOrigin(span)) : undefined),
    };
    const expr = (text: string): Expr => inputExpr(`x = ${text}\n`, 'main.tf');
    expect(toPlain(evaluate(expr('n + 1'), scope))).toBe(42);
    expect(toPlain(evaluate(expr('"${ns.v}!"'), scope))).toBe('val!');
    expect(unknownValue(evaluate(expr('other'), scope)).why).toMatch(/"other" is not a name/);
  });

  it('evaluates sensitive() only where the scope can hide its value, and hands it the value (nested ones included)', () => {
    const expr = (text: string): Expr => inputExpr(`x = ${text}\n`, 'main.tf');
    const bare: Scope = { lookup: () => undefined, reference: () => undefined };
    expect(unknownValue(evaluate(expr('sensitive("s3cr3t")'), bare)).why).toMatch(/sensitive\(\) is not evaluated here/);
    expect(toPlain(evaluate(expr('nonsensitive("open")'), bare))).toBe('open');
    const marked: unknown[] = [];
    const scope: Scope = { ...bare, markSensitive: (v) => marked.push(toPlain(v)) };
    expect(toPlain(evaluate(expr('[for s in ["a"] : sensitive({ k = "s3cr3t-${s}" })]'), scope))).toEqual([{ k: 's3cr3t-a' }]);
    expect(marked).toEqual([{ k: 's3cr3t-a' }]);
  });
});

describe('sensitive() and nonsensitive()', () => {
  it('are the value they are given, so a registry setting wrapped in them is known', () => {
    const decl = 'variable "admin" {\n  default = true\n}\n';
    expect(plain('nonsensitive(var.admin)', decl)).toBe(true);
    expect(plain('sensitive("contosoacr")')).toBe('contosoacr');
    expect(plain('sensitive(["a", 1])')).toEqual(['a', 1]);
    expect(unknownValue(value('nonsensitive(var.missing)', 'variable "missing" {}\n')).why).toMatch(/variable "missing"/);
  });
});

describe('values of shared parts', () => {
  it('stay shared through a variable default and its type: each list is retagged and converted once, not once per use', () => {
    // Each level a list of one list used twice: copying every use made 2^28 uses of 28 lists run out of heap.
    const nested = Array.from({ length: 3 }).reduce<string>((inner) => `[for a in [${inner}] : [a, a]]`, '"x"');
    const [resource] = run(`variable "v" {\n  type    = list(any)\n  default = ${nested}\n}\nresource "x" "y" {\n  v = var.v\n}\n`);
    const v = resource!.attributes.get('v')!;
    expect(JSON.stringify(toPlain(v))).toBe('[[[[[["x","x"]],[["x","x"]]]],[[[["x","x"]],[["x","x"]]]]]]');
    const outer = listOf(listOf(v)![0])!;
    expect(listOf(outer[0])).toBe(listOf(outer[1]));
    expect(outer[0]!.origin.provenance).toEqual({ kind: 'variable-default', variable: 'v' });
  });
});
