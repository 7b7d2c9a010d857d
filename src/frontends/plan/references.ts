/**
 * Follows `configuration` references across module boundaries to the resources they name. New
 * resources have unknown ids in a plan, so the link from a cache rule to its registry exists only
 * here: `var.parent_id` inside a module leads to the call's `parent_id` expression in the parent,
 * `module.acr.resource_id` to the module's output expression, and so on down to a resource.
 */
import { configPath, modulePrefix, parseAddress, type ModuleStep, type ParsedAddress } from '../../model/address.js';
import type { ConfigExpression, ConfigModule, ConfigResource, ModuleCall } from './document.js';

/** Deepest chain of variables and outputs followed; a longer one is treated as a cycle. */
const MAX_HOPS = 64;

/**
 * A module instance (`module.a["x"]`; the root module has no steps), where references are resolved,
 * with what its references have resolved to so far: the resources of one module instance share
 * most of their references.
 */
export interface Scope {
  readonly modules: readonly ModuleStep[];
  /** What each reference resolves to here, except `each.*`, which depends on the resource instance. */
  readonly resolved: Map<string, string[]>;
}

/** The configuration of every module, by configuration path (`''`, `registry`, `registry.cache_rule`). */
export class ConfigIndex {
  private readonly modules = new Map<string, ConfigModule>();
  /** Parsed references: a configuration's few references recur in every instance of its modules and resources. */
  private readonly parsed = new Map<string, ParsedAddress>();
  /** Module instances met so far, by instance path (`module.a["x"].`). */
  private readonly scopes = new Map<string, Scope>();

  constructor(root: ConfigModule | undefined) {
    if (root) this.add('', root);
  }

  private add(path: string, module: ConfigModule): void {
    this.modules.set(path, module);
    for (const [name, call] of Object.entries(module.module_calls ?? {})) {
      if (call.module) this.add(path === '' ? name : `${path}.${name}`, call.module);
    }
  }

  /** The configuration of the resource at a parsed address (instance keys ignored). */
  resource(address: ParsedAddress): ConfigResource | undefined {
    const local = address.parts.join('.');
    return this.modules.get(configPath(address.modules))?.resources?.find((r) => r.address === local);
  }

  /** The `module` block that created the module instance at `modules` (its last step). */
  call(modules: readonly ModuleStep[]): ModuleCall | undefined {
    const last = modules[modules.length - 1];
    if (!last) return undefined;
    return this.modules.get(configPath(modules.slice(0, -1)))?.module_calls?.[last.name];
  }

  /** The module instance at `modules` (the instance path of a resource), where its references are resolved. */
  scope(modules: readonly ModuleStep[]): Scope {
    const prefix = modulePrefix(modules);
    const met = this.scopes.get(prefix);
    if (met && sameSteps(met.modules, modules)) return met;
    const scope: Scope = { modules, resolved: new Map() };
    if (!met) this.scopes.set(prefix, scope);
    return scope;
  }

  /**
   * The resource addresses an attribute's expression refers to, resolved from the module instance
   * `scope` (that of the resource holding the expression). `eachOf` is the address the resource's
   * own `for_each` iterates, with the instance key: `each.value` then means that instance.
   */
  resolve(expression: ConfigExpression | undefined, scope: Scope, eachOf?: string): string[] {
    const refs = referencesOf(expression);
    if (refs.length === 0) return [];
    const out = new Set<string>();
    for (const ref of refs) for (const r of this.resolveIn(scope, ref, eachOf)) out.add(r);
    return [...out];
  }

  private resolveIn(scope: Scope, ref: string, eachOf: string | undefined): string[] {
    const parsed = this.parse(ref);
    if (parsed.modules.length === 0 && parsed.parts[0] === 'each') return this.resolveRef(ref, scope.modules, eachOf, 0);
    let refs = scope.resolved.get(ref);
    if (!refs) scope.resolved.set(ref, (refs = this.resolveRef(ref, scope.modules, undefined, 0)));
    return refs;
  }

  private parse(ref: string): ParsedAddress {
    let parsed = this.parsed.get(ref);
    if (!parsed) this.parsed.set(ref, (parsed = parseAddress(ref)));
    return parsed;
  }

  private resolveRef(ref: string, modules: readonly ModuleStep[], eachOf: string | undefined, hops: number): string[] {
    if (hops > MAX_HOPS) return [];
    const parsed = this.parse(ref);
    const [head, second, third] = parsed.parts;
    if (head === undefined) return [];
    // `module.m.out` (parsed as module step `m` and part `out`): the module's output. A reference
    // is relative to its module: whatever module path it names is below `modules`.
    if (parsed.modules.length > 0) return this.output([...modules, ...parsed.modules], head, hops);
    switch (head) {
      case 'var':
        return second === undefined ? [] : this.variable(modules, second, hops);
      case 'each':
        return second === 'value' && eachOf ? [eachOf] : [];
      case 'local':
      case 'count':
      case 'path':
      case 'terraform':
      case 'self':
        return [];
      case 'data':
        return second === undefined || third === undefined ? [] : [`${modulePrefix(modules)}data.${second}.${third}${keySuffix(parsed.key)}`];
      default:
        return second === undefined ? [] : [`${modulePrefix(modules)}${head}.${second}${keySuffix(parsed.key)}`];
    }
  }

  /** `var.x` inside a module: what the calling `module` block passes as `x`, resolved in the caller. */
  private variable(modules: readonly ModuleStep[], name: string, hops: number): string[] {
    const call = this.call(modules);
    const expression = call?.expressions?.[name];
    if (!isExpression(expression)) return [];
    return referencesOf(expression).flatMap((r) => this.resolveRef(r, modules.slice(0, -1), undefined, hops + 1));
  }

  /** `module.m.output`: the output's expression, resolved inside the module. */
  private output(modules: readonly ModuleStep[], name: string | undefined, hops: number): string[] {
    if (name === undefined) return [];
    const output = this.modules.get(configPath(modules))?.outputs?.[name];
    return referencesOf(output?.expression).flatMap((r) => this.resolveRef(r, modules, undefined, hops + 1));
  }
}

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
