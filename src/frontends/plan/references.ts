/**
 * Follows `configuration` references across module boundaries to the resources they name. New
 * resources have unknown ids in a plan, so the link from a cache rule to its registry exists only
 * here: `var.parent_id` inside a module leads to the call's `parent_id` expression in the parent,
 * `module.acr.resource_id` to the module's output expression, and so on down to a resource.
 */
import { configPath, modulePrefix, parseAddress, type ModuleStep, type ParsedAddress } from '../../model/address.js';
import { mergeRefLists } from '../../model/value.js';
import type { ConfigExpression, ConfigModule, ConfigResource, ModuleCall } from './document.js';

/** Deepest module path followed (`module.a.module.b…`): a resource deeper down is not linked, and no reference leads deeper. */
export const MAX_MODULE_DEPTH = 256;

/**
 * Most resources one expression is followed to. No attribute links to more; an expression that
 * reaches more (a generated chain of thousands of calls, each adding its own) links to none, and so
 * does every expression that reaches it, which keeps what is stored linear in the configuration.
 */
export const MAX_REACHED = 256;

/** Most module instances references are followed into: a damaged configuration can name exponentially many (`module.m[0]`…`module.m[5]` at every level). */
export const MAX_SCOPES = 100_000;

/**
 * What `each.value` stands for in one instance: the instance of the resource its `for_each`
 * iterates (`azurerm_x.y["k"]`), or the instance of the module call it iterates, whose outputs
 * `each.value.<output>` reads (`for_each = module.acr`).
 */
export type Element = string | { readonly module: readonly ModuleStep[] };

/**
 * A module instance (`module.a["x"]`; the root module has no steps), where references are resolved,
 * with what its expressions have resolved to so far: the resources of one module instance share
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
  /**
   * The element of the call's `for_each` this instance stands for, when the call iterates a
   * resource or a module call named directly (`for_each = azurerm_x.y`, `module.acr`): what
   * `each.value` means in the call's arguments.
   */
  readonly element: Element | undefined;
  /** What each module output and call argument resolved to here (the resources it reaches). */
  readonly reached: Map<ConfigExpression, readonly string[]>;
  /** What the arguments of the call that made this instance resolved to for it, those with `each.*` when it has an element. */
  readonly arguments: Map<ConfigExpression, readonly string[]>;
  /** What each resource expression without `each.*` resolved to here. */
  readonly resolved: Map<ConfigExpression, readonly string[]>;
  /**
   * What each resource expression with `each.*` resolved to here where `each.value` names nothing:
   * all of it for such an instance, and the part besides `each.*` for one whose `for_each` names something.
   */
  readonly withoutElement: Map<ConfigExpression, readonly string[]>;
}

/**
 * An expression reached through a reference (a module output, a call argument), resolved in
 * `scope` with `each.value` meaning `eachOf`; what it reaches is kept in `keptIn`.
 */
interface Node {
  readonly scope: Scope;
  readonly expression: ConfigExpression;
  readonly eachOf: Element | undefined;
  readonly keptIn: Map<ConfigExpression, readonly string[]>;
  /**
   * For one instance's call argument with `each.*`: the same argument where `each.value` names
   * nothing, shared by all instances. This node then follows only the `each.*` references and
   * joins what that one reaches.
   */
  readonly rest?: Node;
}

/** Where a reference leads: a resource's address, an expression to resolve, or what is already known (TOO_MANY past MAX_SCOPES). */
type Step = string | Node | readonly string[];

/**
 * An expression met by one search of the reference graph (Tarjan's strongly connected
 * components): the expressions of a cycle, which Terraform refuses and a damaged document may
 * hold, reach what any of them reaches, whichever is resolved first.
 */
interface Visit {
  readonly node: Node;
  readonly references: readonly string[];
  /** The next reference to follow. */
  next: number;
  /** The node's `rest`, until it is followed after the references. */
  rest: Node | undefined;
  /** When the search met it, and the earliest expression still on the stack that it leads to. */
  readonly index: number;
  low: number;
  /** The addresses its references reached outside its component. */
  readonly lists: (readonly string[])[];
}

/** The configuration of every module, by configuration path (`''`, `registry`, `registry.cache_rule`). */
export class ConfigIndex {
  private readonly modules = new Map<string, ConfigModule>();
  /** Parsed references: a configuration's few references recur in every instance of its modules and resources. */
  private readonly parsed = new Map<string, ParsedAddress>();
  /** Module instances met so far, by instance path (`module.a["x"].`). */
  private readonly scopes = new Map<string, Scope>();
  /** Those whose path a damaged address spells like another's, by their steps. */
  private readonly spelledAlike = new Map<string, Scope>();
  /** The `each.*` references of each expression met. */
  private readonly eachReferences = new Map<ConfigExpression, readonly string[]>();
  /**
   * Set when something was not followed for its size: an expression reaching more than
   * MAX_REACHED resources, or a reference into a module instance past MAX_SCOPES.
   */
  overflowed = false;
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
    // Each path is one instance, so that a search of the references meets it again where it was.
    const steps = met ? JSON.stringify(modules) : undefined;
    const alike = steps !== undefined ? this.spelledAlike.get(steps) : undefined;
    if (alike) return alike;
    const last = modules[modules.length - 1];
    const parent = last ? this.scope(modules.slice(0, -1)) : undefined;
    const call = last ? parent?.config?.module_calls?.[last.name] : undefined;
    const scope: Scope = {
      modules,
      prefix,
      parent,
      call,
      config: this.modules.get(configPath(modules)),
      element: parent && last?.key !== undefined ? this.element(call?.for_each_expression, parent, last.key, false) : undefined,
      reached: new Map(),
      arguments: new Map(),
      resolved: new Map(),
      withoutElement: new Map(),
    };
    if (steps === undefined) this.scopes.set(prefix, scope);
    else this.spelledAlike.set(steps, scope);
    return scope;
  }

  /**
   * The resource addresses a resource's expression (an attribute, its `for_each`) refers to,
   * resolved from the module instance `scope`: every resource it reaches through module outputs
   * and call arguments. `eachOf` is what the resource's own `for_each` gives this instance (see
   * `element`): `each.value` then means it; elsewhere `each.*` names no resource.
   */
  resolve(expression: ConfigExpression | undefined, scope: Scope, eachOf?: Element): readonly string[] {
    if (!expression) return NONE;
    const eachReferences = this.eachReferencesOf(expression);
    if (eachReferences.length === 0) return this.resolveHere(expression, scope, scope.resolved);
    // `each.value` belongs to one instance: what the rest names is found once, and what it names is added.
    const rest = this.resolveHere(expression, scope, scope.withoutElement);
    if (eachOf === undefined) return rest;
    const own: (readonly string[])[] = [];
    for (const ref of eachReferences) {
      const step = this.step(this.parse(ref), scope, eachOf);
      if (step !== undefined) own.push(this.follow(step));
    }
    return this.union([...own, rest]);
  }

  /** What `expression` names from `scope` where `each.value` names nothing, kept in `keptIn`. */
  private resolveHere(expression: ConfigExpression, scope: Scope, keptIn: Map<ConfigExpression, readonly string[]>): readonly string[] {
    const kept = keptIn.get(expression);
    if (kept) return kept;
    const references = referencesOf(expression);
    const lists: (readonly string[])[] = [];
    for (let i = 0; i < references.length; i++) {
      const step = this.step(this.parse(references[i]!), scope, undefined);
      if (step !== undefined) lists.push(this.follow(step));
    }
    const resolved = lists.length === 0 ? NONE : this.union(lists);
    keptIn.set(expression, resolved);
    return resolved;
  }

  /** An expression's `each.*` references, found once per expression. */
  private eachReferencesOf(expression: ConfigExpression): readonly string[] {
    let found = this.eachReferences.get(expression);
    if (found === undefined) this.eachReferences.set(expression, (found = referencesOf(expression).filter((ref) => isEach(this.parse(ref)))));
    return found;
  }

  /** What a step outside a search reaches. */
  private follow(step: Step): readonly string[] {
    return typeof step === 'string' ? [step] : isNode(step) ? this.reach(step) : step;
  }

  /** The addresses of `lists`, each once; TOO_MANY when they are more than MAX_REACHED or one of them is. */
  private union(lists: readonly (readonly string[])[]): readonly string[] {
    if (lists.includes(TOO_MANY)) return TOO_MANY;
    const merged = mergeRefLists(lists) ?? NONE;
    if (merged.length <= MAX_REACHED) return merged;
    this.overflowed = true;
    return TOO_MANY;
  }

  /**
   * What a module output or call argument reaches, found once per scope (per module instance for
   * an argument with `each.*`). The search keeps its own stack, so a chain of any length is
   * followed without deepening the call stack, and each expression is searched once, cycles
   * included; what each keeps is at most MAX_REACHED addresses, so the work is linear in the
   * configuration's references times that.
   */
  private reach(start: Node): readonly string[] {
    const kept = start.keptIn.get(start.expression);
    if (kept) return kept;
    /** Expressions met by this search, by where they are kept. */
    const met = new Map<Map<ConfigExpression, readonly string[]>, Map<ConfigExpression, Visit>>();
    /** Tarjan's stack: expressions whose component is not done yet. */
    const stack: Visit[] = [];
    /** The chain of references being followed, from `start`. */
    const path: Visit[] = [];
    let entered = 0;
    const enter = (node: Node): void => {
      const index = entered++;
      const references = node.rest ? this.eachReferencesOf(node.expression) : referencesOf(node.expression);
      const visit: Visit = { node, references, next: 0, rest: node.rest, index, low: index, lists: [] };
      let inMap = met.get(node.keptIn);
      if (!inMap) met.set(node.keptIn, (inMap = new Map()));
      inMap.set(node.expression, visit);
      stack.push(visit);
      path.push(visit);
    };
    let result: readonly string[] = NONE;
    enter(start);
    while (path.length > 0) {
      const visit = path[path.length - 1]!;
      if (visit.next < visit.references.length || visit.rest) {
        let step: Step | undefined;
        if (visit.next < visit.references.length) step = this.step(this.parse(visit.references[visit.next++]!), visit.node.scope, visit.node.eachOf);
        else [step, visit.rest] = [visit.rest, undefined];
        if (step === undefined) continue;
        if (!isNode(step)) {
          visit.lists.push(typeof step === 'string' ? [step] : step);
          continue;
        }
        const done = step.keptIn.get(step.expression);
        if (done) {
          visit.lists.push(done);
          continue;
        }
        // Met in this search and not done: it is still on the stack, in a cycle with this one.
        const onStack = met.get(step.keptIn)?.get(step.expression);
        if (onStack) visit.low = Math.min(visit.low, onStack.index);
        else enter(step);
        continue;
      }
      path.pop();
      const caller = path[path.length - 1];
      if (visit.low < visit.index) {
        // In a cycle with an expression earlier on the path: the first of the cycle gathers what they all reach.
        caller!.low = Math.min(caller!.low, visit.low);
        continue;
      }
      const members = stack.splice(stack.lastIndexOf(visit));
      const reached = this.union(members.flatMap((m) => m.lists));
      for (const { node } of members) node.keptIn.set(node.expression, reached);
      if (caller) caller.lists.push(reached);
      else result = reached;
    }
    return result;
  }

  /**
   * What `each.value` means in the instance with `key` of a block whose `for_each` is `forEach`,
   * resolved in `scope`: the same-keyed instance of the module call it names (`module.acr`), or of
   * the one resource it names (`azurerm_x.y`) and nothing else. With `follow`, the resource may be
   * named through variables and outputs (for a resource's own `for_each`); without it, only
   * directly (for a module call's, which is read while module instances are being made).
   */
  element(forEach: ConfigExpression | undefined, scope: Scope, key: string, follow: boolean): Element | undefined {
    const references = referencesOf(forEach);
    const calls = references.map((ref) => wholeCall(this.parse(ref)));
    const call = calls[0];
    if (call !== undefined && calls.every((c) => c === call)) return scope.modules.length < MAX_MODULE_DEPTH ? { module: [...scope.modules, { name: call, key }] } : undefined;
    // A module call beside something else: which of them the keys come from is not known.
    if (calls.some((c) => c !== undefined)) return undefined;
    const named = follow ? this.resolve(forEach, scope) : references.map((ref) => resourceAddress(this.parse(ref), scope));
    let only: string | undefined;
    for (const address of named) {
      // Named directly, anything but resources (a variable, a local) leaves the keys' source unknown; one
      // instance (`azurerm_x.y["main"].location`, in a filter) is not where keys come from.
      if (address === undefined) return undefined;
      if (address.endsWith(']') || address === only) continue;
      if (only !== undefined) return undefined;
      only = address;
    }
    return only === undefined ? undefined : `${only}[${key}]`;
  }

  /** The output `name` of the module instance at `modules`, to resolve there; undefined when it has none, TOO_MANY past MAX_SCOPES. */
  private output(modules: readonly ModuleStep[], name: string): Node | typeof TOO_MANY | undefined {
    if (this.scopes.size + this.spelledAlike.size >= MAX_SCOPES && !this.scopes.has(modulePrefix(modules))) {
      // Not followed: what it would reach is not known, so it counts as too many rather than none.
      this.overflowed = true;
      return TOO_MANY;
    }
    const module = this.scope(modules);
    const expression = module.config?.outputs?.[name]?.expression;
    return isExpression(expression) ? { scope: module, expression, eachOf: undefined, keptIn: module.reached } : undefined;
  }

  private parse(ref: string): ParsedAddress {
    let parsed = this.parsed.get(ref);
    if (!parsed) this.parsed.set(ref, (parsed = parseAddress(ref)));
    return parsed;
  }

  /** Where a reference leads from `scope`, where `each.value` is `eachOf`; undefined when it names no resource. */
  private step(parsed: ParsedAddress, scope: Scope, eachOf: Element | undefined): Step | undefined {
    const [head, second, third] = parsed.parts;
    if (head === undefined) return undefined;
    // `module.m.out` (parsed as module step `m` and part `out`): the module's output. A reference
    // is relative to its module: whatever module path it names is below this one.
    if (parsed.modules.length > 0) {
      if (scope.modules.length + parsed.modules.length > MAX_MODULE_DEPTH) return undefined;
      return this.output([...scope.modules, ...parsed.modules], head);
    }
    switch (head) {
      case 'var': {
        // What the calling `module` block passes, resolved in the caller; where `each.value` names
        // this instance's element, for this instance alone.
        const expression = second === undefined ? undefined : argument(scope.call, second);
        if (!expression || !scope.parent) return undefined;
        const shared: Node = { scope: scope.parent, expression, eachOf: undefined, keptIn: scope.parent.reached };
        if (scope.element === undefined || this.eachReferencesOf(expression).length === 0) return shared;
        return { scope: scope.parent, expression, eachOf: scope.element, keptIn: scope.arguments, rest: shared };
      }
      case 'each':
        // `each.value.id` of a resource is that resource; `each.value.x` of a module instance its output x.
        if (second !== 'value' || eachOf === undefined) return undefined;
        return typeof eachOf === 'string' ? eachOf : third === undefined ? undefined : this.output(eachOf.module, third);
      default:
        return resourceAddress(parsed, scope);
    }
  }
}

/** The resource (or data source) a reference without module steps names in `scope`; undefined for `var.*`, `local.*` and the like. */
function resourceAddress(parsed: ParsedAddress, scope: Scope): string | undefined {
  const [head, second, third] = parsed.parts;
  if (parsed.modules.length > 0 || head === undefined || second === undefined) return undefined;
  switch (head) {
    case 'var':
    case 'each':
    case 'local':
    case 'count':
    case 'path':
    case 'terraform':
    case 'self':
      return undefined;
    case 'data':
      return third === undefined ? undefined : `${scope.prefix}data.${second}.${third}${keySuffix(parsed.key)}`;
    default:
      return `${scope.prefix}${head}.${second}${keySuffix(parsed.key)}`;
  }
}

/** The name of the module call a reference names as a whole (`module.acr`: all its instances), if it does. */
function wholeCall(parsed: ParsedAddress): string | undefined {
  const [only, ...others] = parsed.modules;
  return only !== undefined && others.length === 0 && only.key === undefined && parsed.parts.length === 0 ? only.name : undefined;
}

/** Whether a step is an expression to resolve, rather than an address or a list already known. */
function isNode(step: Step): step is Node {
  return typeof step === 'object' && !Array.isArray(step);
}

/** `each.key`, `each.value…`: what a resource's or a call's own `for_each` gives. */
function isEach(parsed: ParsedAddress): boolean {
  return parsed.modules.length === 0 && parsed.parts[0] === 'each';
}

/** The expression a `module` block passes as `name`; undefined for a nested block or none. */
function argument(call: ModuleCall | undefined, name: string): ConfigExpression | undefined {
  const expression = call?.expressions?.[name];
  return isExpression(expression) ? expression : undefined;
}

/** No references; shared, as every list `resolve` returns is: read-only. */
const NONE: readonly string[] = Object.freeze([]);

/** What reaches more than MAX_REACHED resources resolves to: none of them. A list of its own, so that what reaches it is known too. */
const TOO_MANY: readonly string[] = Object.freeze([]);

/** An expression without references. */
const NO_REFERENCES: readonly string[] = Object.freeze([]);

/** An expression's references; anything but a list of strings (a damaged document) counts as none. */
function referencesOf(expression: ConfigExpression | undefined): readonly string[] {
  const refs: unknown = expression?.references;
  if (!Array.isArray(refs)) return NO_REFERENCES;
  for (const r of refs as unknown[]) if (typeof r !== 'string') return refs.filter((s): s is string => typeof s === 'string');
  return refs as string[];
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
