/**
 * Follows `configuration` references across module boundaries to the resources they name. New
 * resources have unknown ids in a plan, so the link from a cache rule to its registry exists only
 * here: `var.parent_id` inside a module leads to the call's `parent_id` expression in the parent,
 * `module.acr.resource_id` to the module's output expression, and so on down to a resource.
 */
import { configPath, modulePrefix, parseAddress, type ModuleStep, type ParsedAddress } from '../../model/address.js';
import { mergeRefs } from '../../model/value.js';
import type { ConfigExpression, ConfigModule, ConfigResource, ModuleCall } from './document.js';

/** Deepest chain of variables and outputs followed from one expression; a longer one is cut short. */
const MAX_HOPS = 64;

/** Deepest module path followed (`module.a.module.b…`): a resource deeper down is not linked, and no reference leads deeper. */
export const MAX_MODULE_DEPTH = 256;

/**
 * A module instance (`module.a["x"]`; the root module has no steps), where references are resolved,
 * with what its references have resolved to so far: the resources of one module instance share
 * most of their references, and the instances of one call share what its arguments resolve to
 * in their caller.
 */
export interface Scope {
  readonly modules: readonly ModuleStep[];
  /** `module.a["x"].`, which the addresses in this module instance start with; empty for the root. */
  readonly prefix: string;
  /** The module instance holding the call that made this one; undefined for the root. */
  readonly parent: Scope | undefined;
  /** The `module` block that made this instance; undefined for the root, or when the configuration lacks it. */
  readonly call: ModuleCall | undefined;
  /** This module's configuration, when the document has it. */
  readonly config: ConfigModule | undefined;
  /** What each expression without `each.*` resolves to here, where nothing cut it short. */
  readonly expressions: Map<ConfigExpression, Kept>;
  /** The same for expressions with `each.*`, resolved where no instance is known (a module's arguments and outputs): `each.*` names nothing there. */
  readonly withoutInstance: Map<ConfigExpression, Kept>;
}

/** A resolved expression kept for later lookups, with the hops its longest chain took below it. */
interface Kept {
  readonly addresses: readonly string[];
  readonly depth: number;
}

/**
 * One `resolve` call's walk through expressions. Meeting an expression that is still being
 * resolved is a cycle, which Terraform refuses and a damaged document can hold: the walk stops
 * there and counts a cut. What was resolved while a cut happened below it may lack something, so
 * it is kept for this walk only, never in the scope for later calls.
 */
interface Walk {
  /** By scope and expression: `OPEN` while being resolved, then what a cut left. */
  readonly visits: Map<Scope, Map<ConfigExpression, readonly string[] | typeof OPEN>>;
  cuts: number;
  /** The most hops reached so far below the expression being resolved. */
  deepest: number;
}

const OPEN = Symbol('being resolved');

/** The configuration of every module, by configuration path (`''`, `registry`, `registry.cache_rule`). */
export class ConfigIndex {
  private readonly modules = new Map<string, ConfigModule>();
  /** Parsed references: a configuration's few references recur in every instance of its modules and resources. */
  private readonly parsed = new Map<string, ParsedAddress>();
  /** Module instances met so far, by instance path (`module.a["x"].`). */
  private readonly scopes = new Map<string, Scope>();
  /** Each module's resources by address (the first of an address, should a damaged document repeat one). */
  private readonly resources = new Map<ConfigModule, Map<string, ConfigResource>>();

  constructor(root: ConfigModule | undefined) {
    if (root) this.add('', root);
  }

  private add(path: string, module: ConfigModule): void {
    this.modules.set(path, module);
    for (const [name, call] of Object.entries(module.module_calls ?? {})) {
      if (call.module) this.add(path === '' ? name : `${path}.${name}`, call.module);
    }
  }

  /** The configuration of the resource at `local` (`azurerm_x.y`, no instance key) in a module instance. */
  resource(scope: Scope, local: string): ConfigResource | undefined {
    const config = scope.config;
    if (!config?.resources) return undefined;
    let byAddress = this.resources.get(config);
    if (!byAddress) {
      byAddress = new Map();
      for (const r of config.resources) if (!byAddress.has(r.address)) byAddress.set(r.address, r);
      this.resources.set(config, byAddress);
    }
    return byAddress.get(local);
  }

  /** The module instance at `modules` (the instance path of a resource), where its references are resolved. */
  scope(modules: readonly ModuleStep[]): Scope {
    const prefix = modulePrefix(modules);
    const met = this.scopes.get(prefix);
    if (met && sameSteps(met.modules, modules)) return met;
    const last = modules[modules.length - 1];
    const parent = last ? this.scope(modules.slice(0, -1)) : undefined;
    const scope: Scope = {
      modules,
      prefix,
      parent,
      call: last ? parent?.config?.module_calls?.[last.name] : undefined,
      config: this.modules.get(configPath(modules)),
      expressions: new Map(),
      withoutInstance: new Map(),
    };
    if (!met) this.scopes.set(prefix, scope);
    return scope;
  }

  /**
   * The resource addresses an attribute's expression refers to, resolved from the module instance
   * `scope` (that of the resource holding the expression). `eachOf` is the address the resource's
   * own `for_each` iterates, with the instance key: `each.value` then means that instance.
   */
  resolve(expression: ConfigExpression | undefined, scope: Scope, eachOf?: string): readonly string[] {
    return this.resolveExpression(expression, scope, eachOf, { visits: new Map(), cuts: 0, deepest: 0 }, 0);
  }

  private resolveExpression(expression: ConfigExpression | undefined, scope: Scope, eachOf: string | undefined, walk: Walk, hops: number): readonly string[] {
    if (!expression) return NONE;
    if (hops > MAX_HOPS) {
      walk.cuts++;
      return NONE;
    }
    // What is kept serves only where its chains still fit under the limit: a chain is cut at the
    // same length whatever was resolved before it.
    const kept = scope.expressions.get(expression) ?? (eachOf === undefined ? scope.withoutInstance.get(expression) : undefined);
    if (kept && hops + kept.depth <= MAX_HOPS) {
      walk.deepest = Math.max(walk.deepest, hops + kept.depth);
      return kept.addresses;
    }
    let visits = walk.visits.get(scope);
    const visit = visits?.get(expression);
    if (visit !== undefined) {
      walk.cuts++;
      return visit === OPEN ? NONE : visit;
    }
    if (!visits) walk.visits.set(scope, (visits = new Map()));
    visits.set(expression, OPEN);
    const cutsBefore = walk.cuts;
    const deepestBefore = walk.deepest;
    walk.deepest = hops;
    const lists: (readonly string[])[] = [];
    let usesEach = false;
    for (const ref of referencesOf(expression)) {
      const parsed = this.parse(ref);
      if (parsed.modules.length === 0 && parsed.parts[0] === 'each') {
        usesEach = true;
        if (parsed.parts[1] === 'value' && eachOf) lists.push([eachOf]);
        continue;
      }
      lists.push(this.resolveRef(parsed, scope, walk, hops));
    }
    const resolved = mergeRefs(...lists) ?? NONE;
    const depth = walk.deepest - hops;
    walk.deepest = Math.max(deepestBefore, walk.deepest);
    if (usesEach && eachOf !== undefined) {
      // One resource instance's own: not kept.
      visits.delete(expression);
    } else if (walk.cuts === cutsBefore) {
      visits.delete(expression);
      (usesEach ? scope.withoutInstance : scope.expressions).set(expression, { addresses: resolved, depth });
    } else {
      visits.set(expression, resolved);
    }
    return resolved;
  }

  private parse(ref: string): ParsedAddress {
    let parsed = this.parsed.get(ref);
    if (!parsed) this.parsed.set(ref, (parsed = parseAddress(ref)));
    return parsed;
  }

  /** A reference other than `each.*`, resolved in `scope`. */
  private resolveRef(parsed: ParsedAddress, scope: Scope, walk: Walk, hops: number): readonly string[] {
    const [head, second, third] = parsed.parts;
    if (head === undefined) return NONE;
    // `module.m.out` (parsed as module step `m` and part `out`): the module's output. A reference
    // is relative to its module: whatever module path it names is below this one.
    if (parsed.modules.length > 0) {
      if (scope.modules.length + parsed.modules.length > MAX_MODULE_DEPTH) {
        walk.cuts++;
        return NONE;
      }
      const module = this.scope([...scope.modules, ...parsed.modules]);
      return this.resolveExpression(module.config?.outputs?.[head]?.expression, module, undefined, walk, hops + 1);
    }
    switch (head) {
      case 'var':
        // What the calling `module` block passes, resolved in the caller.
        return second === undefined || !scope.parent ? NONE : this.resolveExpression(argument(scope.call, second), scope.parent, undefined, walk, hops + 1);
      case 'each':
      case 'local':
      case 'count':
      case 'path':
      case 'terraform':
      case 'self':
        return NONE;
      case 'data':
        return second === undefined || third === undefined ? NONE : [`${scope.prefix}data.${second}.${third}${keySuffix(parsed.key)}`];
      default:
        return second === undefined ? NONE : [`${scope.prefix}${head}.${second}${keySuffix(parsed.key)}`];
    }
  }
}

/** The expression a `module` block passes as `name`; undefined for a nested block or none. */
function argument(call: ModuleCall | undefined, name: string): ConfigExpression | undefined {
  const expression = call?.expressions?.[name];
  return isExpression(expression) ? expression : undefined;
}

/** No references; shared, as every list `resolve` returns is: read-only. */
const NONE: readonly string[] = Object.freeze([]);

/** An expression's references; anything but a list of strings (a damaged document) counts as none. */
function referencesOf(expression: ConfigExpression | undefined): string[] {
  const refs: unknown = expression?.references;
  if (!Array.isArray(refs)) return [];
  return refs.every((r) => typeof r === 'string') ? (refs as string[]) : refs.filter((r): r is string => typeof r === 'string');
}

/** True for `{constant_value}` / `{references}` rather than a nested block's expressions. */
export function isExpression(e: unknown): e is ConfigExpression {
  return e !== null && typeof e === 'object' && !Array.isArray(e) && ('references' in e || 'constant_value' in e);
}

/** Whether two module instance paths are the same steps (a damaged address could spell another path the same way). */
function sameSteps(a: readonly ModuleStep[], b: readonly ModuleStep[]): boolean {
  return a.length === b.length && a.every((step, i) => step.name === b[i]!.name && step.key === b[i]!.key);
}

function keySuffix(key: string | undefined): string {
  return key === undefined ? '' : `[${key}]`;
}
