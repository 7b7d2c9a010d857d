/**
 * Evaluates one Terraform module instance: variables with their inputs, locals, every resource
 * and data block expanded by `count` / `for_each` (with `dynamic` blocks), and every `module`
 * call, which is evaluated as a child instance (source on disk), built from a known-module model,
 * or left unknown. References are resolved lazily, so declaration order does not matter, and a
 * reference cycle yields an unknown value rather than a hang.
 */
import path from 'node:path';
import type { Diagnostic, Resource, UnreadModuleCall } from '../../model/graph.js';
import type { Span } from '../../model/span.js';
import { collectStrings, evaluationError, known, literalOrigin, passedThrough, unknown, type Origin, type Provenance, type Value, type ValueList, type ValueMap } from '../../model/value.js';
import { childScope, countRepetition, entriesOf, evaluate, MAX_ROOT_STEPS, REPETITION_TOO_LARGE, workExhausted, type EvaluationWork, type Scope } from './evaluate.js';
import { instanceValue } from './resource-instances.js';
import { expandedValue, expandWithin, MAX_ROOT_MODULES, MAX_ROOT_RESOURCES, MAX_ROOT_RESOURCES_HARD, rootBudget, type Expansion, type InstanceBudget } from './expansion.js';
import type { LoadedModule, ResolvedCall } from './module-loader.js';
import type { Attribute, Block, Body, Expr } from './syntax.js';
import { convert, parseTypeConstraint, type TypeConstraint } from './type-constraint.js';
import { appendAll } from '../../model/append.js';
import { formatCount } from '../../model/format-count.js';

/** A value given to a root module's variable from outside its files (tfvars, `--var`). */
export interface VariableInput {
  kind: 'tfvars' | 'cli-var';
  /** The value's expression (a tfvars line, or a `--var` parsed as HCL). */
  expr: Expr;
  /** For `--var name=value`: the raw text, used as a string when the variable has no type or a primitive one. */
  raw?: string;
}

/** How a module instance was called: as the root, or by a `module` block with evaluated arguments. */
export type ModuleInputs = { kind: 'root'; values: Map<string, VariableInput> } | { kind: 'call'; address: string; args: Map<string, Value> };

/** Where a module instance sits in the tree. */
export interface ModuleContext {
  /** Root module directory, the same on every resource of the tree. */
  root: string;
  module: LoadedModule;
  inputs: ModuleInputs;
  /** Address prefix of everything in this instance: `''` or `module.a["k"].module.b.` */
  prefix: string;
  /** `module "x" {` headers from the root down to this instance. */
  callSpans: Span[];
  /** Problems found while evaluating (a known module called with an input it does not have). */
  diagnostics: Diagnostic[];
  /** The instances the root module may still expand to, shared by its whole tree. */
  budget: InstanceBudget;
  /** The strings of the values of variables declared `sensitive = true`, in the whole tree. */
  sensitive: Set<string>;
  /** The keys of the maps among those values (Graph.sensitiveKeys). */
  sensitiveKeys: Set<string>;
  /** The instances of calls whose module is not read, with what they are given, in the whole tree. */
  unreadCalls: UnreadModuleCall[];
}

/** Arguments that steer Terraform itself rather than describe the resource. */
const META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'provider', 'providers', 'source', 'version']);
/** Nested blocks that configure Terraform, not the resource. */
const META_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection', 'precondition', 'postcondition']);

/**
 * Evaluates a root module and everything it calls; returns every resource instance in the tree, and
 * adds the instances of calls whose module is not read to `unreadCalls`.
 */
export function evaluateRootModule(
  root: string,
  module: LoadedModule,
  inputs: Map<string, VariableInput>,
  diagnostics: Diagnostic[],
  sensitive = new Set<string>(),
  unreadCalls: UnreadModuleCall[] = [],
  sensitiveKeys = new Set<string>(),
): Resource[] {
  const budget = rootBudget();
  const resources = new ModuleEvaluator({ root, module, inputs: { kind: 'root', values: inputs }, prefix: '', callSpans: [], diagnostics, budget, sensitive, sensitiveKeys, unreadCalls }).resources();
  if (budget.steps > MAX_ROOT_STEPS) {
    diagnostics.push({
      severity: 'warning',
      file: root,
      message: `this root module's expressions take more than the ${formatCount(MAX_ROOT_STEPS)} steps tf-acr-lint evaluates (elements built and expressions evaluated in repetitions, elements functions return, long strings); what was left is unknown, so rules that need it say they cannot check, or say nothing`,
    });
  }
  const at = budget.exceededAt;
  if (at) {
    diagnostics.push({
      severity: 'warning',
      file: at.file,
      line: at.start.line,
      column: at.start.column,
      message:
        `this root module expands to more than the ${formatCount(MAX_ROOT_RESOURCES)} resource instances or ${formatCount(MAX_ROOT_MODULES)} module instances tf-acr-lint expands, ` +
        `first at this block: a block of more instances than are left is read as one instance standing for all of its own, and past ${formatCount(MAX_ROOT_MODULES)} module instances ` +
        `or ${formatCount(MAX_ROOT_RESOURCES_HARD)} resource instances, module calls are not evaluated`,
    });
  }
  return resources;
}

interface ResourceBlock {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  block: Block;
}

/** One instance of a module call: its resources and what `module.x` shows of it. */
interface CallInstance {
  resources: Resource[];
  outputs: () => Value;
}

/** Marker for a value being computed, to detect reference cycles. */
const IN_PROGRESS = Symbol('in progress');
type Memo<T> = Map<string, T | typeof IN_PROGRESS>;

class ModuleEvaluator implements Scope {
  private readonly variables = new Map<string, Block>();
  private readonly locals = new Map<string, Attribute>();
  private readonly outputBlocks = new Map<string, Block>();
  private readonly blocks = new Map<string, ResourceBlock>();
  private readonly moduleBlocks = new Map<string, Block>();
  private readonly variableValues: Memo<Value> = new Map();
  private readonly localValues: Memo<Value> = new Map();
  private readonly outputValues: Memo<Value> = new Map();
  private readonly expanded: Memo<{ expansion: Expansion; resources: Resource[] }> = new Map();
  /**
   * What a reference to a whole block or call sees, built once: with `count` / `for_each`, a
   * list or map of every instance, which each of N instances referring to one of them would
   * otherwise build again (N² work).
   */
  private readonly blockValues = new Map<string, Value>();
  private readonly callValues = new Map<string, Value>();
  private readonly calls: Memo<{ expansion: Expansion; instances: CallInstance[] }> = new Map();

  /** The root module's count of what its `for` expressions build. */
  get work(): InstanceBudget {
    return this.context.budget;
  }

  constructor(private readonly context: ModuleContext) {
    for (const file of context.module.files) this.collect(file.body);
  }

  private collect(body: Body): void {
    for (const block of body.blocks) {
      const [first, second] = block.labels.map((l) => l.value);
      if (first === undefined) {
        if (block.type === 'locals') for (const a of block.body.attributes) this.locals.set(a.name, a);
      } else if (block.type === 'variable') this.variables.set(first, block);
      else if (block.type === 'output') this.outputBlocks.set(first, block);
      else if (block.type === 'module') this.moduleBlocks.set(first, block);
      else if (block.type === 'resource' && second !== undefined) this.blocks.set(`${first}.${second}`, { mode: 'managed', type: first, name: second, block });
      else if (block.type === 'data' && second !== undefined) this.blocks.set(`data.${first}.${second}`, { mode: 'data', type: first, name: second, block });
    }
  }

  /** Every resource instance of this module instance and of the modules it calls. */
  resources(): Resource[] {
    const out: Resource[] = [];
    for (const key of this.blocks.keys()) appendAll(out, this.resourceBlock(key)?.resources ?? []);
    for (const name of this.moduleBlocks.keys()) for (const instance of this.moduleCall(name)?.instances ?? []) appendAll(out, instance.resources);
    return out;
  }

  /** What `module.x` shows of this instance: its outputs. */
  outputs(): Value {
    const map: ValueMap = new Map();
    for (const name of this.outputBlocks.keys()) map.set(name, this.output(name));
    return known(map, literalOrigin(this.context.callSpans[this.context.callSpans.length - 1]));
  }

  lookup(name: string, span: Span): Value | undefined {
    if (name === 'path') {
      const moduleDir = path.posix.relative(this.context.root, this.context.module.dir) || '.';
      // path.cwd "is an absolute path that includes details about the filesystem structure" (Terraform's
      // "Filesystem and workspace info"): the directory Terraform runs in, which a scan cannot know.
      const cwd = unknown('path.cwd is the absolute path of the directory Terraform runs in, which tf-acr-lint does not know', literalOrigin(span));
      return known(new Map<string, Value>([['module', known(moduleDir, literalOrigin(span))], ['root', known('.', literalOrigin(span))], ['cwd', cwd]]), literalOrigin(span));
    }
    if (name === 'terraform') return known(new Map([['workspace', unknown('terraform.workspace depends on the selected workspace', literalOrigin(span))]]), literalOrigin(span));
    return undefined;
  }

  reference(root: string, name: string, span: Span): Value | undefined {
    switch (root) {
      case 'var':
        return passedThrough(this.memo(this.variableValues, name, () => this.computeVariable(name, span), `variable "${name}"`, span), span);
      case 'local':
        return passedThrough(this.memo(this.localValues, name, () => this.computeLocal(name, span), `local "${name}"`, span), span);
      case 'module':
        return this.moduleValue(name, span);
      case 'data':
        return this.dataNamespace(name, span);
      default:
        return this.blocks.has(`${root}.${name}`) ? this.blockValue(`${root}.${name}`, span) : undefined;
    }
  }

  /** Computes a named value once; a value that needs itself is unknown (a cycle), not a hang. */
  private memo<T>(cache: Memo<T>, key: string, compute: () => T, what: string, span: Span): T | Value {
    const cached = cache.get(key);
    if (cached === IN_PROGRESS) return unknown(`${what} is part of a reference cycle`, literalOrigin(span));
    if (cached !== undefined) return cached;
    cache.set(key, IN_PROGRESS);
    const value = compute();
    cache.set(key, value);
    return value;
  }

  // ---- variables, locals, outputs ---------------------------------------------------------

  /** A value `sensitive()` marks: its strings are hidden in messages, as those of a sensitive variable are. */
  readonly markSensitive = (value: Value): void => collectStrings(value, this.context.sensitive, this.context.sensitiveKeys);

  private computeVariable(name: string, span: Span): Value {
    const block = this.variables.get(name);
    if (!block) return evaluationError(`variable "${name}" is not declared in this module`, literalOrigin(span));
    const attrs = attributeMap(block.body);
    const value = this.variableValue(name, block, attrs);
    const sensitive = attrs.get('sensitive')?.expr;
    if (sensitive?.kind === 'literal' && sensitive.value === true) collectStrings(value, this.context.sensitive, this.context.sensitiveKeys);
    return value;
  }

  private variableValue(name: string, block: Block, attrs: Map<string, Attribute>): Value {
    const typeExpr = attrs.get('type')?.expr;
    const type = parseTypeConstraint(typeExpr);
    const given = this.givenValue(name, typeExpr === undefined || isPrimitive(type));
    // `nullable = false`: a null from the caller means "use the default", as Terraform does.
    const nullable = attrs.get('nullable')?.expr;
    const givenNull = given?.known && given.value === null && nullable?.kind === 'literal' && nullable.value === false;
    if (given && !givenNull) return this.typed(given, type, name);
    const def = attrs.get('default');
    const provenance: Provenance = { kind: 'variable-default', variable: name, ...this.moduleOfProvenance() };
    if (def) return this.typed(retag(evaluate(def.expr, constantScope(this.context.budget)), provenance), type, name);
    const how = this.context.inputs.kind === 'root' ? 'set it in a .tfvars file or with --var' : `the call ${this.context.inputs.address} does not pass it`;
    const unset: Provenance = { ...provenance, kind: 'variable-unset' };
    return unknown(`variable "${name}" has no default and was given no value; ${how}`, { span: block.headerSpan, provenance: unset, via: [] });
  }

  /**
   * The value the caller gave: a tfvars / `--var` value for the root, a module argument otherwise.
   * `literal`: a `--var` value is the text itself, not an HCL expression (see isPrimitive).
   */
  private givenValue(name: string, literal: boolean): Value | undefined {
    const inputs = this.context.inputs;
    if (inputs.kind === 'call') return inputs.args.get(name);
    const input = inputs.values.get(name);
    if (!input) return undefined;
    const provenance: Provenance = { kind: input.kind, variable: name };
    const raw = input.raw !== undefined && literal ? known(input.raw, { provenance, via: [] }) : evaluate(input.expr, constantScope(this.context.budget));
    return retag(raw, provenance);
  }

  private moduleOfProvenance(): { module?: string } {
    return this.context.inputs.kind === 'call' ? { module: this.context.inputs.address } : {};
  }

  /** Converts to the variable's type; `optional(...)` defaults are written in the declaration, whatever gave the rest. */
  private typed(value: Value, type: TypeConstraint, variable: string): Value {
    return convert(value, type, (e) => retag(evaluate(e, constantScope(this.context.budget)), { kind: 'variable-default', variable, ...this.moduleOfProvenance() }));
  }

  private computeLocal(name: string, span: Span): Value {
    const attribute = this.locals.get(name);
    if (!attribute) return evaluationError(`local "${name}" is not defined in this module`, literalOrigin(span));
    return passedThrough(evaluate(attribute.expr, this), attribute.span);
  }

  private output(name: string): Value {
    const block = this.outputBlocks.get(name)!;
    return this.memo(
      this.outputValues,
      name,
      () => {
        const value = block.body.attributes.find((a) => a.name === 'value');
        return value ? passedThrough(evaluate(value.expr, this), value.span) : unknown(`output "${name}" has no value`, literalOrigin(block.headerSpan));
      },
      `output "${name}"`,
      block.headerSpan,
    );
  }

  // ---- resources and data sources --------------------------------------------------------

  private dataNamespace(type: string, span: Span): Value {
    const entries: ValueMap = new Map();
    for (const [key, rb] of this.blocks) if (rb.mode === 'data' && rb.type === type) entries.set(rb.name, this.blockValue(key, span));
    if (entries.size === 0) return evaluationError(`no data "${type}" block in this module`, literalOrigin(span));
    return known(entries, literalOrigin(span));
  }

  private baseAddress(rb: ResourceBlock): string {
    return `${this.context.prefix}${rb.mode === 'data' ? 'data.' : ''}${rb.type}.${rb.name}`;
  }

  /** The value a reference to a whole block sees: an instance, a list (count) or a map (for_each). */
  private blockValue(key: string, span: Span): Value {
    const rb = this.blocks.get(key)!;
    const done = this.blockValues.get(key);
    if (done) return done;
    const expanded = this.resourceBlock(key);
    if (!expanded) return unknown(`${this.baseAddress(rb)} is part of a reference cycle`, literalOrigin(span), [this.baseAddress(rb)]);
    const value = expandedValue(expanded.expansion, expanded.resources.map(instanceValue), this.baseAddress(rb), rb.block.headerSpan);
    this.blockValues.set(key, value);
    return value;
  }

  /** The block's instances, evaluated once; undefined while they are being evaluated (a cycle). */
  private resourceBlock(key: string): { expansion: Expansion; resources: Resource[] } | undefined {
    const cached = this.expanded.get(key);
    if (cached === IN_PROGRESS) return undefined;
    if (cached) return cached;
    this.expanded.set(key, IN_PROGRESS);
    const rb = this.blocks.get(key)!;
    const expansion = expandWithin(rb.block.body, this, this.context.budget, 'resources', rb.block.headerSpan);
    const resources = expansion.instances.map((instance) => ({
      root: this.context.root,
      address: `${this.baseAddress(rb)}${instance.suffix}`,
      mode: rb.mode,
      type: rb.type,
      name: rb.name,
      ...(instance.key !== undefined ? { instanceKey: instance.key } : {}),
      ...(expansion.unknownWhy ? { unknownInstances: expansion.unknownWhy } : {}),
      attributes: this.bodyAttributes(rb.block.body, instance.scope),
      span: rb.block.span,
      headerSpan: rb.block.headerSpan,
      ...(this.context.callSpans.length > 0 ? { callSpans: this.context.callSpans } : {}),
    }));
    const result = { expansion, resources };
    this.expanded.set(key, result);
    return result;
  }

  /** Evaluates a body: arguments by name, nested blocks as lists of objects (as in plan JSON). */
  private bodyAttributes(body: Body, scope: Scope): Map<string, Value> {
    const out = new Map<string, Value>();
    for (const a of body.attributes) {
      if (META_ARGUMENTS.has(a.name)) continue;
      out.set(a.name, passedThrough(evaluate(a.expr, scope), a.span));
    }
    const nested = new Map<string, { blocks: Value[]; span: Span }>();
    const add = (type: string, value: Value, span: Span): void => {
      const entry = nested.get(type) ?? { blocks: [], span };
      entry.blocks.push(value);
      nested.set(type, entry);
    };
    for (const block of body.blocks) {
      if (META_BLOCKS.has(block.type)) continue;
      if (block.type === 'dynamic') {
        const type = block.labels[0]?.value;
        if (type) for (const v of this.dynamicBlocks(block, scope)) add(type, v, block.span);
        continue;
      }
      add(block.type, known(this.bodyAttributes(block.body, scope), { span: block.span, provenance: { kind: 'literal' }, via: [] }), block.span);
    }
    for (const [type, { blocks, span }] of nested) {
      if (out.has(type)) continue;
      const unknownBlock = blocks.find((b) => !b.known);
      out.set(type, unknownBlock ?? known(blocks, literalOrigin(span)));
    }
    return out;
  }

  /** Expands `dynamic "x" { for_each = ...; iterator = it; content { ... } }`. */
  private dynamicBlocks(block: Block, scope: Scope): Value[] {
    const attrs = attributeMap(block.body);
    const content = block.body.blocks.find((b) => b.type === 'content');
    const forEach = attrs.get('for_each');
    if (!content || !forEach) return [];
    const iteratorExpr = attrs.get('iterator')?.expr;
    const iterator = iteratorExpr?.kind === 'variable' ? iteratorExpr.name : block.labels[0]!.value;
    const collection = evaluate(forEach.expr, scope);
    if (!collection.known) return [unknown(`dynamic "${block.labels[0]!.value}" for_each is unknown: ${collection.why}`, collection.origin, collection.refs)];
    const entries = entriesOf(collection.value);
    if (!entries) return [unknown(`dynamic "${block.labels[0]!.value}" for_each is not a collection`, literalOrigin(forEach.span))];
    const tooLarge = (): Value[] => [unknown(`dynamic "${block.labels[0]!.value}": ${REPETITION_TOO_LARGE}`, literalOrigin(forEach.span), collection.refs)];
    const counts = countRepetition(scope, entries.length);
    if (!counts) return tooLarge();
    const blocks: Value[] = [];
    for (const [key, value] of entries) {
      const it = known(new Map([['key', key], ['value', value]]), literalOrigin(content.span));
      const inner = childScope(scope, new Map([[iterator, it]]), counts);
      blocks.push(known(this.bodyAttributes(content.body, inner), { span: content.span, provenance: { kind: 'literal' }, via: [block.span] }));
      if (workExhausted(counts)) return tooLarge();
    }
    return blocks;
  }

  // ---- module calls ----------------------------------------------------------------------

  /** `module.x`: the outputs of the call's instance (a list or map of them with count / for_each). */
  private moduleValue(name: string, span: Span): Value {
    const block = this.moduleBlocks.get(name);
    if (!block) return evaluationError(`no module "${name}" in this module`, literalOrigin(span));
    const call = this.moduleCall(name);
    const base = `${this.context.prefix}module.${name}`;
    if (!call) return unknown(`${base} is part of a reference cycle`, literalOrigin(span));
    const done = this.callValues.get(name);
    if (done) return done;
    const value = expandedValue(call.expansion, call.instances.map((i) => i.outputs()), base, block.headerSpan);
    this.callValues.set(name, value);
    return value;
  }

  /** The call's instances, evaluated once; undefined while they are being evaluated (a cycle). */
  private moduleCall(name: string): { expansion: Expansion; instances: CallInstance[] } | undefined {
    const cached = this.calls.get(name);
    if (cached === IN_PROGRESS) return undefined;
    if (cached) return cached;
    this.calls.set(name, IN_PROGRESS);
    const block = this.moduleBlocks.get(name)!;
    const resolved = this.context.module.calls.get(name);
    const budget = this.context.budget;
    const modulesBefore = budget.modules;
    const expansion = expandWithin(block.body, this, budget, 'modules', block.headerSpan);
    const instances = expansion.instances.map((instance) => {
      const address = `${this.context.prefix}module.${name}${instance.suffix}`;
      // Calls fan out without count too (two per module, 20 deep, make a million): past the bounds, none is evaluated.
      if (modulesBefore >= MAX_ROOT_MODULES || budget.resources >= MAX_ROOT_RESOURCES_HARD) {
        budget.exceededAt ??= block.headerSpan;
        return notEvaluated(address, block);
      }
      const args = new Map<string, Value>();
      for (const a of block.body.attributes) if (!META_ARGUMENTS.has(a.name)) args.set(a.name, passedThrough(evaluate(a.expr, instance.scope), a.span));
      return this.callInstance(block, resolved, address, args, expansion.unknownWhy);
    });
    const result = { expansion, instances };
    this.calls.set(name, result);
    return result;
  }

  private callInstance(block: Block, resolved: ResolvedCall | undefined, address: string, args: Map<string, Value>, unknownInstances: string | undefined): CallInstance {
    const callSpans = [...this.context.callSpans, block.headerSpan];
    if (resolved?.kind === 'source') {
      const child = new ModuleEvaluator({
        root: this.context.root,
        module: resolved.module,
        inputs: { kind: 'call', address, args },
        prefix: `${address}.`,
        callSpans,
        diagnostics: this.context.diagnostics,
        budget: this.context.budget,
        sensitive: this.context.sensitive,
        sensitiveKeys: this.context.sensitiveKeys,
        unreadCalls: this.context.unreadCalls,
      });
      return { resources: child.resources(), outputs: () => child.outputs() };
    }
    if (resolved?.kind === 'known') {
      const built = resolved.model.build({ root: this.context.root, address, args, header: block.headerSpan, callSpans, ...(resolved.assumed ? { assumed: resolved.assumed } : {}), ...(resolved.newerAllowed ? { newerAllowed: true } : {}) }, resolved.release);
      for (const p of built.problems) this.context.diagnostics.push({ severity: p.severity ?? 'warning', message: p.message, file: p.span.file, line: p.span.start.line, column: p.span.start.column });
      return { resources: built.resources, outputs: () => known(built.outputs, literalOrigin(block.headerSpan)) };
    }
    const why = resolved?.why ?? `module "${address}" could not be loaded`;
    this.context.unreadCalls.push({
      root: this.context.root,
      address,
      source: resolved?.source ?? '',
      why,
      ...(resolved?.kind === 'unresolved' && resolved.init ? { init: true as const } : {}),
      ...(unknownInstances !== undefined ? { unknownInstances } : {}),
      headerSpan: block.headerSpan,
      arguments: [...args].map(([name, value]) => ({ name, value })),
    });
    return { resources: [], outputs: () => unknown(why, literalOrigin(block.headerSpan)) };
  }
}

/** A module instance past the root module's bounds (`callsExhausted`): no resources, and outputs that say why. */
function notEvaluated(address: string, block: Block): CallInstance {
  const why = `${address} is not evaluated: its root module already has as many module or resource instances as tf-acr-lint evaluates`;
  return { resources: [], outputs: () => unknown(why, literalOrigin(block.headerSpan)) };
}

function attributeMap(body: Body): Map<string, Attribute> {
  return new Map(body.attributes.map((a) => [a.name, a]));
}

/**
 * Whether a `--var` value of a variable of this type is read as text rather than as an HCL
 * expression: for `string`, `number` and `bool`, and for a variable without a `type` (which the
 * caller checks), not for `any` or the bare `list` / `map` keywords (Terraform's
 * `decodeVariableType`, internal/configs/named_values.go: only primitive types parse literally).
 */
function isPrimitive(type: TypeConstraint): boolean {
  return type.kind === 'string' || type.kind === 'number' || type.kind === 'bool';
}

/** A scope without names (defaults, variable files), whose repetitions and function calls count in `work`. */
function constantScope(work: EvaluationWork): Scope {
  return { lookup: () => undefined, reference: () => undefined, work };
}

/**
 * Marks a value and everything written literally inside it as coming from `provenance`. A `--var`
 * value was written on the command line, which is no place in a file: it keeps no span.
 */
function retag(value: Value, provenance: Provenance, done = new Map<ValueList | ValueMap, ValueList | ValueMap>()): Value {
  const origin: Origin =
    value.origin.provenance.kind !== 'literal' ? value.origin : provenance.kind === 'cli-var' ? { provenance, via: [] } : { ...value.origin, provenance };
  if (!value.known || !(Array.isArray(value.value) || value.value instanceof Map)) return { ...value, origin };
  // Each list or map once, however often it is used: every reference wraps the same one in a new `Value`, and a
  // value of shared parts (`[a, a]` twenty levels deep) is a million uses of twenty lists.
  const data = value.value;
  let retagged = done.get(data);
  if (!retagged) {
    retagged = Array.isArray(data) ? data.map((e) => retag(e, provenance, done)) : new Map([...data].map(([k, e]) => [k, retag(e, provenance, done)]));
    done.set(data, retagged);
  }
  return { ...value, origin, value: retagged };
}
