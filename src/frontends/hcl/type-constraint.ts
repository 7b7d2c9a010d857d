/**
 * Variable type constraints (`type = object({ a = optional(string, "x") })`) and the conversion
 * Terraform applies to a variable's value: primitives from strings, collections element by
 * element, object attributes filled from `optional(...)` defaults.
 */
import { known, literalOrigin, unknown, type Value, type ValueList, type ValueMap } from '../../model/value.js';
import { boolFromData, numberFromString, setElements, stringify } from './functions/index.js';
import { parseJsonExpression } from './native-syntax.js';
import type { Expr } from './syntax.js';

/** A parsed type constraint. */
export type TypeConstraint =
  | { kind: 'any' | 'string' | 'number' | 'bool' }
  | { kind: 'list' | 'set' | 'map'; element: TypeConstraint }
  | { kind: 'tuple'; elements: TypeConstraint[] }
  | { kind: 'object'; attributes: Map<string, ObjectAttribute> };

/** One attribute of an object type. */
export interface ObjectAttribute {
  type: TypeConstraint;
  optional: boolean;
  /** The `optional(type, default)` default, as written. */
  default?: Expr;
}

const ANY: TypeConstraint = { kind: 'any' };

/**
 * Reads a type expression; anything unrecognised is `any` (no conversion, never a guess). A string
 * is the type expression written in it, as HCL reads a `.tf.json` variable's `"type"`.
 */
export function parseTypeConstraint(expr: Expr | undefined): TypeConstraint {
  if (!expr) return ANY;
  if (expr.kind === 'variable') return primitive(expr.name);
  if (expr.kind === 'literal' && typeof expr.value === 'string') {
    const written = parseJsonExpression(expr.value, expr.span);
    return written && !(written.kind === 'literal' && typeof written.value === 'string') ? parseTypeConstraint(written) : ANY;
  }
  if (expr.kind !== 'call') return ANY;
  const [first] = expr.args;
  switch (expr.name) {
    case 'list':
    case 'set':
    case 'map':
      return { kind: expr.name, element: parseTypeConstraint(first) };
    case 'tuple':
      return first?.kind === 'tuple' ? { kind: 'tuple', elements: first.items.map(parseTypeConstraint) } : ANY;
    case 'object':
      return first?.kind === 'object' ? { kind: 'object', attributes: objectAttributes(first) } : ANY;
    default:
      return ANY;
  }
}

function primitive(name: string): TypeConstraint {
  return name === 'string' || name === 'number' || name === 'bool' ? { kind: name } : ANY;
}

function objectAttributes(expr: Expr & { kind: 'object' }): Map<string, ObjectAttribute> {
  const out = new Map<string, ObjectAttribute>();
  for (const item of expr.items) {
    const name = item.key.kind === 'literal' ? String(item.key.value) : item.key.kind === 'variable' ? item.key.name : undefined;
    if (name === undefined) continue;
    const v = item.value;
    if (v.kind === 'call' && v.name === 'optional') {
      out.set(name, { type: parseTypeConstraint(v.args[0]), optional: true, ...(v.args[1] ? { default: v.args[1] } : {}) });
    } else out.set(name, { type: parseTypeConstraint(v), optional: false });
  }
  return out;
}

/**
 * Converts `value` to `type`. `evaluateDefault` evaluates an `optional(...)` default. Values that
 * cannot be converted become unknown with the reason (Terraform would reject them).
 */
export function convert(value: Value, type: TypeConstraint, evaluateDefault: (e: Expr) => Value): Value {
  return convertPart(value, type, { evaluateDefault, done: new Map() });
}

/**
 * One conversion: how defaults are evaluated, and each list or map converted so far, by type. A
 * collection shared by many uses (every reference to a local wraps the same list in a new `Value`)
 * is converted once: `[a, a]` twenty levels deep is a million uses of twenty lists.
 */
interface Conversion {
  evaluateDefault: (e: Expr) => Value;
  done: Map<ValueList | ValueMap, Map<TypeConstraint, Value>>;
}

function convertPart(value: Value, type: TypeConstraint, conversion: Conversion): Value {
  if (!value.known || value.value === null || type.kind === 'any') return value;
  const data = value.value;
  if (!Array.isArray(data) && !(data instanceof Map)) return convertKnown(value, type, conversion);
  let byType = conversion.done.get(data);
  if (!byType) conversion.done.set(data, (byType = new Map()));
  const converted = byType.get(type);
  if (!converted) {
    const first = convertKnown(value, type, conversion);
    byType.set(type, first);
    return first;
  }
  // The same collection seen through another reference: its converted contents, with this reference's origin and refs.
  return converted.known ? { ...value, value: converted.value } : { ...converted, origin: value.origin, ...(value.refs ? { refs: value.refs } : {}) };
}

function convertKnown(value: Value & { known: true }, type: TypeConstraint, conversion: Conversion): Value {
  const data = value.value;
  switch (type.kind) {
    case 'string': {
      const s = typeof data === 'string' ? data : stringify(value);
      return s === undefined ? mismatch(value, 'a string') : { ...value, value: s };
    }
    case 'number': {
      const n = typeof data === 'number' ? data : typeof data === 'string' ? numberFromString(data) : undefined;
      return n === undefined ? mismatch(value, 'a number') : { ...value, value: n };
    }
    case 'bool': {
      const b = boolFromData(data);
      return b === undefined ? mismatch(value, 'a bool') : { ...value, value: b };
    }
    case 'list':
    case 'set': {
      if (!Array.isArray(data)) return mismatch(value, `a ${type.kind}`);
      const items = data.map((e) => convertPart(e, type.element, conversion));
      // A set holds each value once, in Terraform's order (as toset() makes it).
      return { ...value, value: type.kind === 'set' ? (setElements(items) ?? items) : items };
    }
    case 'map': {
      if (!(data instanceof Map)) return mismatch(value, 'a map');
      const m: ValueMap = new Map();
      for (const [k, e] of data) m.set(k, convertPart(e, type.element, conversion));
      return { ...value, value: m };
    }
    case 'tuple':
      if (!Array.isArray(data)) return mismatch(value, 'a tuple');
      return { ...value, value: data.map((e, i) => convertPart(e, type.elements[i] ?? ANY, conversion)) };
    case 'object':
      return convertObject(value, type.attributes, conversion);
    case 'any':
      return value;
  }
}

function convertObject(value: Value & { known: true }, attributes: Map<string, ObjectAttribute>, conversion: Conversion): Value {
  const data = value.value;
  if (!(data instanceof Map)) return mismatch(value, 'an object');
  const out: ValueMap = new Map();
  for (const [name, attribute] of attributes) {
    const given = data.get(name);
    if (given && !(given.known && given.value === null && attribute.default)) {
      out.set(name, convertPart(given, attribute.type, conversion));
    } else if (attribute.default) {
      out.set(name, convertPart(conversion.evaluateDefault(attribute.default), attribute.type, conversion));
    } else if (attribute.optional || given) {
      out.set(name, given ?? known(null, value.origin.span ? { ...value.origin } : literalOrigin(undefined)));
    } else {
      out.set(name, unknown(`attribute "${name}" is required by the variable's type but was not given`, value.origin));
    }
  }
  return { ...value, value: out };
}

function mismatch(value: Value, expected: string): Value {
  return unknown(`the value does not convert to ${expected}`, value.origin, value.refs);
}
