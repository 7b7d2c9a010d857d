/**
 * Evaluates HCL expressions to `Value`s. What cannot be known statically (resource ids, data
 * sources, unsupported functions, missing variables) becomes an unknown value that says why;
 * nothing is guessed and nothing throws.
 */
import type { Span } from '../../model/span.js';
import { CONDITION_REASON, describeData, evaluationError, known, literalOrigin, mergeRefLists, mergeRefs, passedThrough, stillUnknown, unknown, withRefs, type Data, type UnknownValue, type Value, type ValueList, type ValueMap } from '../../model/value.js';
import { MAX_STRING_LENGTH } from './functions/call.js';
import { boolFromData, callFunction, deriveOrigin, isSet, numberFromString, partsOf, stringify } from './functions/index.js';
import type { BinaryOp, Expr, ForExpr, TemplatePart } from './syntax.js';
import { appendAll } from '../../model/append.js';
import { computedAttribute, computedWhy } from './resource-instances.js';
import { formatCount } from '../../model/format-count.js';

/** Resolves the names an expression starts with. */
export interface Scope {
  /** A name that is a value by itself: `each`, `count`, a `for` variable, a `dynamic` iterator. */
  lookup(name: string, span: Span): Value | undefined;
  /**
   * A namespace and the name after it: `var.x`, `local.y`, `azurerm_container_registry.acr`,
   * `data.azurerm_client_config` (then `.current` is an attribute of that). Undefined when
   * `root` is not a namespace here.
   */
  reference(root: string, name: string, span: Span): Value | undefined;
  /** The evaluation work of the whole root module so far (MAX_ROOT_STEPS). */
  readonly work?: EvaluationWork | undefined;
  /** The work of the outermost repetition this scope is inside so far, its nested ones included (MAX_REPETITION_STEPS). */
  readonly nested?: EvaluationWork | undefined;
  /**
   * Keeps the strings of a value Terraform marks sensitive (`sensitive(...)`) out of every message,
   * as for a variable declared `sensitive = true`. A scope without it evaluates no `sensitive()` call.
   */
  readonly markSensitive?: ((value: Value) => void) | undefined;
}

/**
 * Evaluation work where a few lines can make a great deal of it, in steps. Inside a repetition (a
 * `for` expression, `%{ for }` directive, `dynamic` block or splat `[*]`), each element and each
 * expression evaluated is a step, since the body is evaluated once per element, and a call that
 * reads its arguments costs their parts (see `callCost`); everywhere, each element of a list or map
 * a function call returns is a step, and each 16 characters of a string it or a template builds (`flatten` and
 * `concat` build lists as long as their inputs together, so a chain of them copies a long list
 * again and again, and `upper` of a long string copies it).
 */
export interface EvaluationWork {
  steps: number;
}

/**
 * Most steps one repetition takes, the repetitions nested in it included: `range` stops at 1,024,
 * but three nested `for`s over it make a billion elements, and a body of many expressions
 * multiplies them. Past it, the repetition is unknown, saying why.
 */
export const MAX_REPETITION_STEPS = 500_000;

/**
 * Most steps the repetitions, templates and function calls of one root module take together (many
 * small ones add up too). Past it, they are unknown, saying why. Sized so that a `for` filter per
 * instance over a `for_each` map of 1,000 entries fits (8 million steps), and hostile input stays
 * under about 10 s; the bound per repetition keeps what one builds, and so memory, small.
 */
export const MAX_ROOT_STEPS = 16_000_000;

/** The work counted in `scope`; the scopes inside a repetition share its counts. */
type WorkCounts = Pick<Scope, 'work' | 'nested'>;

/** Whether a bound is passed: a repetition in `scope` may not go on, and a function call not start. */
export function workExhausted(scope: WorkCounts): boolean {
  return (scope.nested !== undefined && scope.nested.steps > MAX_REPETITION_STEPS) || (scope.work !== undefined && scope.work.steps > MAX_ROOT_STEPS);
}

/** Counts `n` steps in `scope`'s repetition (if it is inside one) and root module; false once a bound is passed. */
function countSteps(scope: WorkCounts, n: number): boolean {
  if (scope.nested) scope.nested.steps += n;
  if (scope.work) scope.work.steps += n;
  return !workExhausted(scope);
}

/** Counts the `n` elements of a repetition in `scope`: the counts for the scopes inside it, or undefined past a bound. */
export function countRepetition(scope: WorkCounts, n: number): WorkCounts | undefined {
  if (workExhausted(scope)) return undefined;
  const counts = { work: scope.work, nested: scope.nested ?? { steps: 0 } };
  return countSteps(counts, n) ? counts : undefined;
}

/** Characters of a string a template or function builds that count a step: the root's bound then allows 256 Mi of them, a few hundred MB. */
const CHARACTERS_PER_STEP = 16;

/** Why a repetition past the bounds is unknown. */
export const REPETITION_TOO_LARGE = `not evaluated: repeating this would take more than ${formatCount(MAX_REPETITION_STEPS)} steps (elements built and expressions evaluated; ${formatCount(MAX_ROOT_STEPS)} in a root module), as many as tf-acr-lint takes`;

/** Why a function call is unknown once the root module's work has passed its bound. */
const FUNCTIONS_EXHAUSTED = `is not evaluated: this root module's expressions have taken more than ${formatCount(MAX_ROOT_STEPS)} steps (elements built and expressions evaluated), as many as tf-acr-lint takes`;

/** A scope that adds local names (for-expression variables, iterators) in front of another; `counts` are the repetitions it is inside. */
export function childScope(parent: Scope, names: Map<string, Value>, counts: WorkCounts = parent): Scope {
  return {
    work: counts.work,
    nested: counts.nested,
    markSensitive: parent.markSensitive,
    lookup: (name, span) => {
      const own = names.get(name);
      return own ? passedThrough(own, span) : parent.lookup(name, span);
    },
    reference: (root, name, span) => (names.has(root) ? undefined : parent.reference(root, name, span)),
  };
}

/** Deepest evaluation nesting; beyond it a value is unknown rather than a stack overflow. */
const MAX_DEPTH = 512;

/** Evaluates `expr` in `scope`. */
export function evaluate(expr: Expr, scope: Scope, depth = 0): Value {
  if (depth > MAX_DEPTH) return unknown(`expression nested deeper than ${MAX_DEPTH} levels`, literalOrigin(expr.span));
  // Inside a repetition the body is evaluated once per element: every expression counts.
  if (scope.nested !== undefined && !countSteps(scope, 1)) return forTooLarge(expr.span, undefined);
  const next = (e: Expr, s: Scope = scope): Value => evaluate(e, s, depth + 1);
  switch (expr.kind) {
    case 'literal':
      return known(expr.value, literalOrigin(expr.span));
    case 'template':
      return evaluateTemplate(expr.parts, expr.span, scope, depth);
    case 'tuple':
      return known(expr.items.map((e) => next(e)), literalOrigin(expr.span));
    case 'object':
      return evaluateObject(expr, scope, depth);
    case 'variable':
      return resolveRoot(expr.name, expr.span, scope);
    case 'getattr':
      return evaluateGetAttr(expr, scope, depth);
    case 'index':
      return indexValue(next(expr.object), next(expr.key), expr.span);
    case 'splat':
      return evaluateSplat(expr.object, expr.each, expr.span, scope, depth);
    case 'splat-item':
      return resolveRoot(SPLAT_ITEM, expr.span, scope);
    case 'call':
      return evaluateCall(expr, scope, depth);
    case 'unary':
      return unary(expr.op, next(expr.operand), expr.span);
    case 'binary':
      return binary(expr.op, next(expr.left), next(expr.right), expr.span);
    case 'conditional':
      return conditional(next(expr.cond), () => next(expr.then), () => next(expr.else), expr.span);
    case 'for':
      return evaluateFor(expr, scope, depth);
    case 'parens':
      return next(expr.expr);
    case 'unsupported':
      return unknown(expr.reason, literalOrigin(expr.span));
    case 'invalid':
      return evaluationError(expr.reason, literalOrigin(expr.span));
  }
}

/** The name a splat's element is bound to while its traversal is evaluated. */
const SPLAT_ITEM = '\u0000splat';

function resolveRoot(name: string, span: Span, scope: Scope): Value {
  return scope.lookup(name, span) ?? evaluationError(`"${name}" is not a name tf-acr-lint can resolve here`, literalOrigin(span));
}

function evaluateGetAttr(expr: Expr & { kind: 'getattr' }, scope: Scope, depth: number): Value {
  // `var.x`, `local.y`, `azurerm_x.name`: the scope resolves the root together with its first attribute.
  if (expr.object.kind === 'variable') {
    const resolved = scope.reference(expr.object.name, expr.name, expr.span);
    if (resolved) return resolved;
  }
  return getAttr(evaluate(expr.object, scope, depth + 1), expr.name, expr.span);
}

/** `object.name`. On a resource (a value with refs), a missing attribute is known only after apply. */
export function getAttr(object: Value, name: string, span: Span): Value {
  if (!object.known) return stillUnknown(object);
  const data = object.value;
  if (data instanceof Map) {
    const v = data.get(name);
    if (v) return withRefs(v, object.refs);
    const computed = computedAttribute(data, name, span);
    if (computed) return computed;
    if (object.refs && object.refs.length > 0) {
      return unknown(computedWhy(object.refs.join(', '), name, object.refs.every((r) => /(^|\.)data\./.test(r))), literalOrigin(span), object.refs);
    }
    return evaluationError(`the object has no attribute "${name}"`, literalOrigin(span));
  }
  if (Array.isArray(data)) return evaluationError(`cannot read attribute "${name}" of a list; use an index or [*]`, literalOrigin(span), object.refs);
  return evaluationError(`cannot read attribute "${name}" of ${describeData(data)}`, literalOrigin(span), object.refs);
}

/** `collection[key]`. */
export function indexValue(collection: Value, key: Value, span: Span): Value {
  if (!collection.known) return stillUnknown(collection, mergeRefs(collection.refs, key.refs));
  if (!key.known) return stillUnknown({ ...key, why: `index ${key.why}` }, mergeRefs(collection.refs, key.refs));
  const data = collection.value;
  if (Array.isArray(data)) {
    // Terraform converts a string index to a number, and refuses a bool, null or a collection.
    const i = typeof key.value === 'number' ? key.value : typeof key.value === 'string' ? numberFromString(key.value) : undefined;
    if (i === undefined) return evaluationError(`a list index must be a number, not ${describeData(key.value)}`, literalOrigin(span), collection.refs);
    const element = Number.isInteger(i) ? data[i] : undefined;
    // An element of a resource's value still comes from that resource (`x.identity[0].principal_id`);
    // an instance of a counted resource already names itself.
    if (element) return element.refs?.length ? element : withRefs(element, collection.refs);
    return evaluationError(`index ${String(key.value)} is out of range`, literalOrigin(span), collection.refs);
  }
  if (data instanceof Map) {
    const k = typeof key.value === 'string' ? key.value : stringify(key);
    const element = k === undefined ? undefined : data.get(k);
    if (element) return element.refs?.length ? element : withRefs(element, collection.refs);
    // `x["id"]` of a resource instance is `x.id`.
    const computed = k === undefined ? undefined : computedAttribute(data, k, span);
    if (computed) return computed;
    return evaluationError(`key ${JSON.stringify(k ?? null)} does not exist`, literalOrigin(span), collection.refs);
  }
  return evaluationError(`cannot index ${describeData(data)}`, literalOrigin(span), collection.refs);
}

function evaluateSplat(objectExpr: Expr, each: Expr, span: Span, scope: Scope, depth: number): Value {
  const object = evaluate(objectExpr, scope, depth + 1);
  if (!object.known) return stillUnknown(object);
  const items = Array.isArray(object.value) ? object.value : object.value === null ? [] : [object];
  // A splat is a repetition too: it evaluates its traversal once per element, and counts as one.
  const counts = countRepetition(scope, items.length);
  if (!counts) return forTooLarge(span, object.refs);
  const results: Value[] = [];
  for (const item of items) {
    results.push(evaluate(each, childScope(scope, new Map([[SPLAT_ITEM, item]]), counts), depth + 1));
    if (workExhausted(counts)) return forTooLarge(span, object.refs);
  }
  return known(results, literalOrigin(span), object.refs);
}

function evaluateObject(expr: Expr & { kind: 'object' }, scope: Scope, depth: number): Value {
  const map: ValueMap = new Map();
  for (const item of expr.items) {
    const key = evaluate(item.key, scope, depth + 1);
    if (!key.known) return key.error ? key : stillUnknown({ ...key, why: `an object key is unknown: ${key.why}` });
    const k = stringify(key);
    if (k === undefined) return evaluationError('an object key is not a string', literalOrigin(item.key.span));
    // The `key = value` item is where the value enters the object: the place a finding about it lands.
    map.set(k, passedThrough(evaluate(item.value, scope, depth + 1), item.span));
  }
  return known(map, literalOrigin(expr.span));
}

function evaluateTemplate(parts: TemplatePart[], span: Span, scope: Scope, depth: number): Value {
  // "${x}" alone yields x itself, unconverted, as Terraform does.
  if (parts.length === 1 && parts[0]!.kind === 'interpolation') return evaluate(parts[0]!.expr, scope, depth + 1);
  const inputs: Value[] = [];
  const text = renderParts(parts, scope, depth, inputs);
  if (text === TOO_LONG) return unknown(`a template builds a string of more than ${formatCount(MAX_STRING_LENGTH)} characters; tf-acr-lint does not build it`, literalOrigin(span), mergeRefLists(inputs.map((v) => v.refs)));
  if (text === TOO_MANY) return forTooLarge(span, mergeRefLists(inputs.map((v) => v.refs)));
  const blocker = inputs.find((v) => !v.known);
  const refs = mergeRefLists(inputs.map((v) => v.refs));
  if (blocker && !blocker.known) return stillUnknown(blocker, refs);
  if (text === undefined) return evaluationError('a template interpolates a value that is not a string, number or bool', literalOrigin(span), refs);
  // Joining strings is cheap until something reads the result (`==`, a function): every CHARACTERS_PER_STEP characters count a step.
  if (!countSteps(scope, Math.floor(text.length / CHARACTERS_PER_STEP))) return unknown(`a template ${FUNCTIONS_EXHAUSTED}`, literalOrigin(span), refs);
  return known(text, deriveOrigin(span, inputs), refs);
}

/** What renderParts returns for text longer than MAX_STRING_LENGTH. */
const TOO_LONG = Symbol('too long');

/** What renderParts returns when its `%{ for }` directives would repeat past a bound (MAX_REPETITION_STEPS, MAX_ROOT_STEPS). */
const TOO_MANY = Symbol('too many');

/**
 * Renders parts to text, recording every interpolated value in `inputs`; undefined on failure,
 * TOO_LONG past MAX_STRING_LENGTH, TOO_MANY when `%{ for }` directives repeat past a bound
 * (they count with `for` expressions).
 */
function renderParts(parts: TemplatePart[], scope: Scope, depth: number, inputs: Value[]): string | undefined | typeof TOO_LONG | typeof TOO_MANY {
  let out = '';
  const add = (s: string): boolean => {
    if (out.length + s.length > MAX_STRING_LENGTH) return false;
    out += s;
    return true;
  };
  for (const part of parts) {
    if (part.kind === 'text') {
      if (!add(part.text)) return TOO_LONG;
      continue;
    }
    if (part.kind === 'interpolation') {
      const v = evaluate(part.expr, scope, depth + 1);
      inputs.push(v);
      if (!v.known) return undefined;
      const s = stringify(v);
      if (s === undefined) return undefined;
      if (!add(s)) return TOO_LONG;
      continue;
    }
    if (part.kind === 'if') {
      const cond = evaluate(part.cond, scope, depth + 1);
      inputs.push(cond);
      if (!cond.known) return undefined;
      const b = boolFromData(cond.value);
      if (b === undefined) return undefined;
      const s = renderParts(b ? part.then : part.else, scope, depth + 1, inputs);
      if (typeof s !== 'string') return s;
      if (!add(s)) return TOO_LONG;
      continue;
    }
    const collection = evaluate(part.collection, scope, depth + 1);
    inputs.push(collection);
    if (!collection.known) return undefined;
    const entries = entriesOf(collection.value) ?? [];
    const counts = countRepetition(scope, entries.length);
    if (!counts) return TOO_MANY;
    for (const [k, v] of entries) {
      const names = new Map<string, Value>([[part.valueVar, v]]);
      if (part.keyVar) names.set(part.keyVar, k);
      const s = renderParts(part.body, childScope(scope, names, counts), depth + 1, inputs);
      if (typeof s !== 'string') return s;
      if (!add(s)) return TOO_LONG;
      if (workExhausted(counts)) return TOO_MANY;
    }
  }
  return out;
}

/** Key/value pairs of a list (index keys), a set (each element its own key) or a map (string keys, sorted as Terraform iterates). */
export function entriesOf(data: Data): [Value, Value][] | undefined {
  if (Array.isArray(data)) return isSet(data) ? data.map((v) => [v, v]) : data.map((v, i) => [known(i, v.origin), v]);
  if (data instanceof Map) return [...data.keys()].sort().map((k) => [known(k, data.get(k)!.origin), data.get(k)!]);
  return undefined;
}

function evaluateCall(expr: Expr & { kind: 'call' }, scope: Scope, depth: number): Value {
  if (expr.name === 'try') {
    let last: Value | undefined;
    for (const arg of expr.args) {
      last = evaluate(arg, scope, depth + 1);
      if (last.known) return last;
      if (!isEvaluationError(last)) return last;
    }
    return last ?? unknown('try() needs at least one argument', literalOrigin(expr.span));
  }
  if (expr.name === 'can') {
    const v = expr.args[0] ? evaluate(expr.args[0], scope, depth + 1) : undefined;
    if (!v) return unknown('can() needs one argument', literalOrigin(expr.span));
    if (v.known) return known(true, literalOrigin(expr.span));
    return isEvaluationError(v) ? known(false, literalOrigin(expr.span)) : v;
  }
  const args = expr.args.map((a) => evaluate(a, scope, depth + 1));
  if (expr.expandFinal && args.length > 0) {
    const last = args.pop()!;
    if (!last.known) return stillUnknown(last);
    if (!Array.isArray(last.value)) return evaluationError(`the argument before "..." must be a list`, literalOrigin(expr.span));
    appendAll(args, last.value);
  }
  if (workExhausted(scope)) return unknown(`${expr.name}() ${FUNCTIONS_EXHAUSTED}`, literalOrigin(expr.span), mergeRefLists(args.map((a) => a.refs)));
  // Inside a repetition a call that reads all of its arguments costs what they hold, each time: `jsonencode` of a
  // million parts a thousand times over. Lookups that read one part cost a step, like any expression.
  if (scope.nested !== undefined && !countSteps(scope, callCost(expr.name, args))) {
    return unknown(REPETITION_TOO_LARGE, literalOrigin(expr.span), mergeRefLists(args.map((a) => a.refs)));
  }
  if (expr.name === 'sensitive' && scope.markSensitive === undefined) {
    return unknown('sensitive() is not evaluated here: its value could not be kept out of messages', literalOrigin(expr.span), mergeRefLists(args.map((a) => a.refs)));
  }
  const result = callFunction(expr.name, args, expr.span);
  if (result.known) countSteps(scope, resultSize(result.value));
  // Terraform marks the value sensitive: its strings are kept out of findings and diagnostics (engine/output-text.ts).
  if (expr.name === 'sensitive') scope.markSensitive?.(result);
  return result;
}

/** Functions that read one part of their arguments, or none: their cost does not grow with what the arguments hold. */
const READS_ONE_PART = new Set(['lookup', 'element', 'length', 'coalesce', 'startswith', 'endswith', 'tostring', 'tonumber', 'tobool', 'range', 'max', 'min']);

/** The steps a call inside a repetition costs besides its own: the parts of what it reads (`length` reads a string's every character). */
function callCost(name: string, args: readonly Value[]): number {
  if (!READS_ONE_PART.has(name)) return args.reduce((n, a) => n + partsOf(a), 0);
  return args.reduce((n, a) => n + (a.known && typeof a.value === 'string' ? partsOf(a) : 0), 0);
}

/** What a function's result adds to the work: its elements, or a step per CHARACTERS_PER_STEP of a string. */
function resultSize(d: Data): number {
  if (Array.isArray(d)) return d.length;
  if (d instanceof Map) return d.size;
  return typeof d === 'string' ? Math.floor(d.length / CHARACTERS_PER_STEP) : 0;
}

/** `try` / `can` catch errors (a missing attribute, a wrong type), not values known only after apply. */
function isEvaluationError(v: Value): boolean {
  return !v.known && v.error === true;
}

function unary(op: '-' | '!', operand: Value, span: Span): Value {
  if (!operand.known) return stillUnknown(operand);
  // HCL converts the operand to the operation's type first (hclsyntax expression_ops.go, UnaryOpExpr): "5" negates to -5.
  const n = op === '-' ? toNumber(operand.value) : undefined;
  if (n !== undefined) return known(-n, deriveOrigin(span, [operand]), operand.refs);
  const b = op === '!' ? boolFromData(operand.value) : undefined;
  if (b !== undefined) return known(!b, deriveOrigin(span, [operand]), operand.refs);
  return evaluationError(`"${op}" cannot apply to ${describeData(operand.value)}`, literalOrigin(span));
}

function binary(op: BinaryOp, left: Value, right: Value, span: Span): Value {
  const refs = mergeRefs(left.refs, right.refs);
  // A known false/true decides && / || even when the other side is unknown.
  const is = (v: Value, b: boolean): boolean => v.known && boolFromData(v.value) === b;
  if (op === '&&' && (is(left, false) || is(right, false))) return known(false, deriveOrigin(span, [left, right]), refs);
  if (op === '||' && (is(left, true) || is(right, true))) return known(true, deriveOrigin(span, [left, right]), refs);
  if (!left.known) return stillUnknown(left, refs);
  if (!right.known) return stillUnknown(right, refs);
  const origin = deriveOrigin(span, [left, right]);
  const a = left.value;
  const b = right.value;
  switch (op) {
    case '==':
    case '!=': {
      const equal = equality(left, right);
      if (typeof equal === 'boolean') return known(equal === (op === '=='), origin, refs);
      if (equal === SAME_ELEMENTS) {
        return unknown(`"${op}" compares collections with the same elements, and Terraform also compares their types (a list or a tuple, a map or an object), which tf-acr-lint does not track`, origin, refs);
      }
      const why = (unknownPart(left) ?? unknownPart(right))?.why ?? 'a value is unknown';
      return unknown(`"${op}" compares a value with an unknown part: ${why}`, origin, refs);
    }
    case '&&':
    case '||': {
      const [p, q] = [boolFromData(a), boolFromData(b)];
      if (p === undefined || q === undefined) return evaluationError(`"${op}" needs two bools`, literalOrigin(span), refs);
      return known(op === '&&' ? p && q : p || q, origin, refs);
    }
    default: {
      const x = toNumber(a);
      const y = toNumber(b);
      if (x === undefined || y === undefined) return evaluationError(`"${op}" needs two numbers`, literalOrigin(span), refs);
      const result = arithmetic(op, x, y);
      return result === undefined ? evaluationError(`division by zero`, literalOrigin(span), refs) : known(result, origin, refs);
    }
  }
}

function arithmetic(op: BinaryOp, x: number, y: number): number | boolean | undefined {
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? undefined : x / y;
    case '%':
      return y === 0 ? undefined : x % y;
    case '<':
      return x < y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    default:
      return x >= y;
  }
}

function toNumber(d: Data): number | undefined {
  if (typeof d === 'number') return d;
  return typeof d === 'string' ? numberFromString(d) : undefined;
}

function conditional(cond: Value, then: () => Value, otherwise: () => Value, span: Span): Value {
  if (cond.known) {
    const b = boolFromData(cond.value);
    if (b === undefined) return evaluationError('the condition is not a bool', literalOrigin(span), cond.refs);
    return b ? then() : otherwise();
  }
  const a = then();
  const b = otherwise();
  if (a.known && b.known && deepEqual(a, b)) return a;
  return unknown(`${CONDITION_REASON}${cond.why}`, cond.origin, mergeRefs(cond.refs, a.refs, b.refs));
}

function evaluateFor(expr: ForExpr, scope: Scope, depth: number): Value {
  if (workExhausted(scope)) return forTooLarge(expr.span, undefined);
  const collection = evaluate(expr.collection, scope, depth + 1);
  if (!collection.known) return stillUnknown(collection);
  const entries = entriesOf(collection.value);
  if (!entries) return evaluationError(`"for" needs a list, set or map, not ${describeData(collection.value)}`, literalOrigin(expr.span));
  const counts = countRepetition(scope, entries.length);
  if (!counts) return forTooLarge(expr.span, collection.refs);
  const list: Value[] = [];
  const map: ValueMap = new Map();
  const groups = new Map<string, Value[]>();
  for (const [k, v] of entries) {
    const names = new Map<string, Value>([[expr.valueVar, v]]);
    if (expr.keyVar) names.set(expr.keyVar, k);
    const inner = childScope(scope, names, counts);
    if (expr.cond) {
      const c = evaluate(expr.cond, inner, depth + 1);
      if (!c.known) return stillUnknown({ ...c, why: `a "for" condition is unknown: ${c.why}` });
      const include = boolFromData(c.value);
      if (include === undefined) return evaluationError(`a "for" condition is not a bool, but ${describeData(c.value)}`, literalOrigin(expr.cond.span), collection.refs);
      if (!include) continue;
    }
    const value = evaluate(expr.valueExpr, inner, depth + 1);
    if (workExhausted(counts)) return forTooLarge(expr.span, collection.refs);
    if (!expr.keyExpr) {
      list.push(value);
      continue;
    }
    const key = evaluate(expr.keyExpr, inner, depth + 1);
    if (!key.known) return stillUnknown({ ...key, why: `a "for" key is unknown: ${key.why}` });
    const ks = stringify(key);
    if (ks === undefined) return evaluationError('a "for" key is not a string', literalOrigin(expr.span));
    if (expr.grouping) {
      const group = groups.get(ks);
      if (group) group.push(value);
      else groups.set(ks, [value]);
    } else if (map.has(ks)) return evaluationError(`duplicate key "${ks}" in a "for" expression (use "..." to group)`, literalOrigin(expr.span));
    else map.set(ks, value);
  }
  if (!expr.keyExpr) return known(list, literalOrigin(expr.span), collection.refs);
  if (expr.grouping) for (const [k, vs] of groups) map.set(k, known(vs, literalOrigin(expr.span)));
  return known(map, literalOrigin(expr.span), collection.refs);
}

/** A repetition past MAX_REPETITION_STEPS or MAX_ROOT_STEPS: unknown, saying why. */
function forTooLarge(span: Span, refs: readonly string[] | undefined): Value {
  return unknown(REPETITION_TOO_LARGE, literalOrigin(span), refs);
}

/** Structural equality of two known values, types aside; false when an unknown part decides. */
export function deepEqual(a: Value, b: Value): boolean {
  const equal = equality(a, b);
  return equal === true || equal === SAME_ELEMENTS;
}

/**
 * What `equality` answers when it cannot decide: an unknown part decides (`UNDECIDED`), or two
 * collections have the same elements (`SAME_ELEMENTS`), where Terraform also compares their types
 * (a list or a tuple, a map or an object: `var.ips == []` is false for a `list(string)`), which
 * tf-acr-lint does not track.
 */
const UNDECIDED = Symbol('undecided');
const SAME_ELEMENTS = Symbol('same elements');
type Equality = boolean | typeof UNDECIDED | typeof SAME_ELEMENTS;

/**
 * `==` as far as Terraform's values (cty) decide it without types: null equals only null; a
 * collection never equals a scalar, nor one of another kind, length or set of keys; otherwise
 * elements compare in order (list order, map keys sorted), and the first that differs makes the
 * answer false, the first that is undecided makes it undecided. Not even a value read twice is known
 * to equal itself: a conditional or `coalesce` hands on its result unconverted, where Terraform
 * converts it to a common type.
 */
function equality(a: Value, b: Value): Equality {
  if (!a.known || !b.known) return UNDECIDED;
  const x = a.value;
  const y = b.value;
  if (x === null || y === null) return x === y;
  const xList = Array.isArray(x);
  const yList = Array.isArray(y);
  if (xList !== yList || x instanceof Map !== y instanceof Map) return false;
  if (!xList && !(x instanceof Map)) return x === y;
  // By the collections themselves, which every reference to a value shares (a reference is a new `Value` around them).
  const [xs, ys] = [x as ValueList | ValueMap, y as ValueList | ValueMap];
  let seen = decided.get(xs);
  if (!seen) decided.set(xs, (seen = new WeakMap()));
  const memo = seen.get(ys);
  if (memo !== undefined) return memo;
  let answer: Equality = SAME_ELEMENTS;
  const pairs: [Value, Value][] = [];
  if (Array.isArray(x) && Array.isArray(y)) {
    if (x.length !== y.length) answer = false;
    else x.forEach((e, i) => pairs.push([e, y[i]!]));
  } else if (x instanceof Map && y instanceof Map) {
    const keys = [...x.keys()].sort();
    if (x.size !== y.size || keys.some((k) => !y.has(k))) answer = false;
    else for (const k of keys) pairs.push([x.get(k)!, y.get(k)!]);
  }
  for (const [e, f] of pairs) {
    if (answer !== SAME_ELEMENTS) break;
    const element = equality(e, f);
    if (element === false || element === UNDECIDED) answer = element;
  }
  seen.set(ys, answer);
  return answer;
}

/** What `equality` found for pairs of collections, by their lists and maps: values never change, so neither does the answer. */
const decided = new WeakMap<ValueList | ValueMap, WeakMap<ValueList | ValueMap, Equality>>();

/** The first unknown part of a known collection, at any depth; undefined when it has none. */
function unknownPart(v: Value): UnknownValue | undefined {
  if (!v.known) return v;
  if (!Array.isArray(v.value) && !(v.value instanceof Map)) return undefined;
  if (unknownParts.has(v)) return unknownParts.get(v);
  let found: UnknownValue | undefined;
  for (const part of Array.isArray(v.value) ? v.value : v.value.values()) {
    found = unknownPart(part);
    if (found) break;
  }
  unknownParts.set(v, found);
  return found;
}

/** What unknownPart found, by collection: shared parts are searched once. */
const unknownParts = new WeakMap<Value, UnknownValue | undefined>();
