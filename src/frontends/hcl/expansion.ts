/**
 * `count` and `for_each`: one instance per index or key, each evaluated in a scope where
 * `count.index` or `each.key` / `each.value` are bound. Resources and module calls expand alike.
 */
import type { Span } from '../../model/span.js';
import { known, literalOrigin, unknown, type Value } from '../../model/value.js';
import { childScope, evaluate, type EvaluationWork, type Scope } from './evaluate.js';
import { stringify } from './functions/index.js';
import type { Body } from './syntax.js';
import { convert } from './type-constraint.js';
import { instanceKeyText } from '../../model/address.js';
import { formatCount } from '../../model/format-count.js';

/** The instance key used when `count` / `for_each` is unknown: one instance stands for all. */
export const UNKNOWN_KEY = '*';

/** Most instances one block expands to; a larger `count` is treated as unknown instead of exhausting memory. */
export const MAX_INSTANCES = 10_000;

/**
 * Resource instances one root module expands in full, its called modules included: past this, a
 * block of more instances than are left stands for all of its own.
 */
export const MAX_ROOT_RESOURCES = 50_000;

/**
 * Resource instances past which no further module instance is evaluated: blocks of one instance
 * always fit (standing for all would not cost less), so only stopping calls bounds a tree that
 * fans out into many small modules.
 */
export const MAX_ROOT_RESOURCES_HARD = 75_000;

/** Module instances one root module evaluates, at every depth of its tree. */
export const MAX_ROOT_MODULES = 10_000;

/**
 * What a root module's tree has expanded so far, shared by every module instance in it: nested
 * `count`s multiply (three calls of `count = 100` make a million module instances), which no
 * limit on one block bounds. Its evaluation work (see EvaluationWork) counts in it too.
 */
export interface InstanceBudget extends EvaluationWork {
  resources: number;
  modules: number;
  /** The header of the first block that was cut short, once one has been. */
  exceededAt?: Span;
}

/** The budget of one root module. */
export function rootBudget(): InstanceBudget {
  return { resources: 0, modules: 0, steps: 0 };
}

/** One instance of an expanded block. */
export interface Instance {
  /** Absent for a block without `count` / `for_each`. */
  key?: string | number;
  /** What follows the block's address: `''`, `[0]`, `["prod"]`, or `[*]` when unknown. */
  suffix: string;
  scope: Scope;
}

/** How a block is expanded, which decides the shape of a reference to the whole block. */
export type Expansion = { mode: 'single' | 'count' | 'for_each'; instances: Instance[]; unknownWhy?: string };

/** Expands a block by its `count` or `for_each` argument, evaluated in `scope`. */
export function expand(body: Body, scope: Scope): Expansion {
  const count = body.attributes.find((a) => a.name === 'count');
  const forEach = body.attributes.find((a) => a.name === 'for_each');
  if (count) return { mode: 'count', ...expandCount(evaluate(count.expr, scope), count.span, scope) };
  if (forEach) return { mode: 'for_each', ...expandForEach(evaluate(forEach.expr, scope), forEach.span, scope) };
  return { mode: 'single', instances: [{ suffix: '', scope }] };
}

/**
 * `expand`, counted in `budget` as `kind`. A block of more instances than are left of
 * MAX_ROOT_RESOURCES or MAX_ROOT_MODULES is one instance standing for all of its own, as when they
 * are unknown; a block of one instance or none always fits. `header` is the block's header.
 */
export function expandWithin(body: Body, scope: Scope, budget: InstanceBudget, kind: 'resources' | 'modules', header: Span): Expansion {
  const expansion = expand(body, scope);
  const count = expansion.instances.length;
  const limit = kind === 'resources' ? MAX_ROOT_RESOURCES : MAX_ROOT_MODULES;
  if (count > 1 && budget[kind] + count > limit) {
    budget.exceededAt ??= header;
    budget[kind] += 1;
    const what = kind === 'resources' ? `${formatCount(MAX_ROOT_RESOURCES)} resource instances` : `${formatCount(MAX_ROOT_MODULES)} module instances`;
    const why = `${count} instances, more than are left of the ${what} tf-acr-lint expands in one root module`;
    return { mode: expansion.mode, ...unknownInstances(expansion.mode === 'count' ? 'count' : 'each', why, header, scope) };
  }
  budget[kind] += count;
  return expansion;
}

function expandCount(written: Value, span: Span, scope: Scope): Pick<Expansion, 'instances' | 'unknownWhy'> {
  // Terraform converts count to a number ("3" counts as 3) and refuses anything but a whole number, zero or more.
  if (!written.known) return unknownInstances('count', `count is unknown: ${written.why}`, span, scope);
  const count = convert(written, { kind: 'number' }, () => written);
  if (!count.known || typeof count.value !== 'number') {
    return unknownInstances('count', count.known ? 'count is null, which Terraform refuses' : `count is not a number (${count.why}), which Terraform refuses`, span, scope);
  }
  if (!Number.isInteger(count.value) || count.value < 0) return unknownInstances('count', `count is ${count.value}; Terraform refuses anything but a whole number, zero or more`, span, scope);
  if (count.value > MAX_INSTANCES) return unknownInstances('count', `count is ${count.value}, more than the ${MAX_INSTANCES} instances tf-acr-lint expands`, span, scope);
  const instances: Instance[] = [];
  for (let i = 0; i < count.value; i++) {
    const bound = known(new Map([['index', known(i, count.origin)]]), count.origin);
    instances.push({ key: i, suffix: `[${i}]`, scope: childScope(scope, new Map([['count', bound]])) });
  }
  return { instances };
}

function expandForEach(forEach: Value, span: Span, scope: Scope): Pick<Expansion, 'instances' | 'unknownWhy'> {
  if (!forEach.known) return unknownInstances('each', `for_each is unknown: ${forEach.why}`, span, scope);
  const entries = forEachEntries(forEach);
  if (!entries) return unknownInstances('each', 'for_each is not a map or a set of strings', span, scope);
  if (entries.length > MAX_INSTANCES) return unknownInstances('each', `for_each has ${entries.length} elements, more than the ${MAX_INSTANCES} instances tf-acr-lint expands`, span, scope);
  return {
    instances: entries.map(([key, value]) => {
      const bound = known(new Map([['key', known(key, value.origin)], ['value', value]]), forEach.origin);
      return { key, suffix: `[${instanceKeyText(key)}]`, scope: childScope(scope, new Map([['each', bound]])) };
    }),
  };
}

/** One instance whose `count.index` / `each.*` are unknown, so its arguments still get evaluated. */
function unknownInstances(name: 'count' | 'each', why: string, span: Span, scope: Scope): Pick<Expansion, 'instances' | 'unknownWhy'> {
  const u = unknown(why, literalOrigin(span));
  const fields = name === 'count' ? [['index', u] as const] : [['key', u] as const, ['value', u] as const];
  const bound = known(new Map<string, Value>(fields), literalOrigin(span));
  return { instances: [{ key: UNKNOWN_KEY, suffix: `[${UNKNOWN_KEY}]`, scope: childScope(scope, new Map([[name, bound]])) }], unknownWhy: why };
}

/** `for_each` takes a map (keys) or a set of strings (each value is its own key), in key order. */
function forEachEntries(v: Value & { known: true }): [string, Value][] | undefined {
  const data = v.value;
  if (data instanceof Map) return [...data.keys()].sort().map((k) => [k, data.get(k)!]);
  if (!Array.isArray(data)) return undefined;
  const out: [string, Value][] = [];
  for (const e of data) {
    const k = e.known ? stringify(e) : undefined;
    if (k === undefined) return undefined;
    out.push([k, e]);
  }
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The value a reference to a whole expanded block sees: the single instance, a list (`count`),
 * a map (`for_each`), or unknown when the instances are. `refs` name the block's base address.
 */
export function expandedValue(expansion: Expansion, instanceValues: Value[], base: string, headerSpan: Span): Value {
  if (expansion.unknownWhy) return unknown(`the instances of ${base} are not known (${expansion.unknownWhy})`, literalOrigin(headerSpan), [base]);
  if (expansion.mode === 'single') return instanceValues[0]!;
  if (expansion.mode === 'count') return known(instanceValues, literalOrigin(headerSpan), [base]);
  return known(new Map(expansion.instances.map((inst, i) => [String(inst.key), instanceValues[i]!])), literalOrigin(headerSpan), [base]);
}
