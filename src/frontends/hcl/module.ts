/**
 * Evaluates one Terraform module (the files of one directory): variables with their inputs,
 * locals, and every resource and data block expanded by `count` / `for_each`, with `dynamic`
 * blocks. References between blocks are resolved lazily, so declaration order does not matter,
 * and a reference cycle yields an unknown value rather than a hang.
 */
import type { Resource } from '../../model/graph.js';
import type { Span } from '../../model/span.js';
import { evaluationError, known, literalOrigin, passedThrough, unknown, type Origin, type Provenance, type Value, type ValueMap } from '../../model/value.js';
import { stringify } from './functions.js';
import { childScope, evaluate, type Scope } from './evaluate.js';
import type { Attribute, Block, Body, ConfigFile, Expr } from './syntax.js';
import { convert, parseTypeConstraint, type TypeConstraint } from './type-constraint.js';

/** A value given to a variable from outside the module's own files. */
export interface VariableInput {
  kind: 'tfvars' | 'cli-var';
  /** The value's expression (a tfvars line, or a `--var` parsed as HCL). */
  expr: Expr;
  /** For `--var name=value`: the raw text, used as a string when the variable's type is a primitive. */
  raw?: string;
}

/** What a module evaluation produces. */
export interface ModuleResult {
  resources: Resource[];
}

/** Arguments that steer Terraform itself rather than describe the resource. */
const META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'provider', 'providers']);
/** Nested blocks that configure Terraform, not the resource. */
const META_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection', 'precondition', 'postcondition']);

/** Evaluates a module's files with the given variable inputs (already in precedence order: last wins). */
export function evaluateModule(root: string, files: ConfigFile[], inputs: Map<string, VariableInput>): ModuleResult {
  return new ModuleEvaluator(root, files, inputs).run();
}

interface ResourceBlock {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  block: Block;
}

interface Instance {
  key?: string | number;
  address: string;
  scope: Scope;
}

/** Marker for a value being computed, to detect reference cycles. */
const IN_PROGRESS = Symbol('in progress');

class ModuleEvaluator implements Scope {
  private readonly variables = new Map<string, Block>();
  private readonly locals = new Map<string, Attribute>();
  private readonly blocks = new Map<string, ResourceBlock>();
  private readonly variableValues = new Map<string, Value | typeof IN_PROGRESS>();
  private readonly localValues = new Map<string, Value | typeof IN_PROGRESS>();
  private readonly expanded = new Map<string, Resource[] | typeof IN_PROGRESS>();
  private readonly blockValues = new Map<string, Value>();

  constructor(
    private readonly root: string,
    files: ConfigFile[],
    private readonly inputs: Map<string, VariableInput>,
  ) {
    for (const file of files) this.collect(file.body);
  }

  private collect(body: Body): void {
    for (const block of body.blocks) {
      const [first, second] = block.labels.map((l) => l.value);
      if (block.type === 'variable' && first !== undefined) this.variables.set(first, block);
      else if (block.type === 'locals') for (const a of block.body.attributes) this.locals.set(a.name, a);
      else if (block.type === 'resource' && first !== undefined && second !== undefined) this.blocks.set(`${first}.${second}`, { mode: 'managed', type: first, name: second, block });
      else if (block.type === 'data' && first !== undefined && second !== undefined) this.blocks.set(`data.${first}.${second}`, { mode: 'data', type: first, name: second, block });
    }
  }

  run(): ModuleResult {
    const resources: Resource[] = [];
    for (const key of this.blocks.keys()) resources.push(...this.instancesOf(key));
    return { resources };
  }

  lookup(name: string, span: Span): Value | undefined {
    if (name === 'path') return known(new Map([['module', known('.', literalOrigin(span))], ['root', known('.', literalOrigin(span))]]), literalOrigin(span));
    if (name === 'terraform') return known(new Map([['workspace', unknown('terraform.workspace depends on the selected workspace', literalOrigin(span))]]), literalOrigin(span));
    return undefined;
  }

  reference(root: string, name: string, span: Span): Value | undefined {
    switch (root) {
      case 'var':
        return passedThrough(this.variable(name, span), span);
      case 'local':
        return passedThrough(this.local(name, span), span);
      case 'module':
        return unknown(`module outputs are not evaluated yet (module.${name})`, literalOrigin(span), [`module.${name}`]);
      case 'data':
        return this.dataNamespace(name, span);
      default:
        return this.blocks.has(`${root}.${name}`) ? this.blockValue(`${root}.${name}`, span) : undefined;
    }
  }

  // ---- variables -------------------------------------------------------------------------

  private variable(name: string, span: Span): Value {
    const cached = this.variableValues.get(name);
    if (cached === IN_PROGRESS) return unknown(`variable "${name}" refers to itself`, literalOrigin(span));
    if (cached) return cached;
    this.variableValues.set(name, IN_PROGRESS);
    const value = this.computeVariable(name, span);
    this.variableValues.set(name, value);
    return value;
  }

  private computeVariable(name: string, span: Span): Value {
    const block = this.variables.get(name);
    if (!block) return evaluationError(`variable "${name}" is not declared in this module`, literalOrigin(span));
    const attrs = attributeMap(block.body);
    const type = parseTypeConstraint(attrs.get('type')?.expr);
    const input = this.inputs.get(name);
    const constant = constantScope();
    if (input) {
      const provenance: Provenance = { kind: input.kind, variable: name };
      const raw = input.raw !== undefined && isPrimitive(type) ? known(input.raw, { provenance, via: [] }) : evaluate(input.expr, constant);
      return this.typed(retag(raw, provenance), type, name);
    }
    const def = attrs.get('default');
    if (def) {
      const provenance: Provenance = { kind: 'variable-default', variable: name };
      return this.typed(retag(evaluate(def.expr, constant), provenance), type, name);
    }
    return unknown(`variable "${name}" has no default and no value was given (set it in a .tfvars file or with --var)`, {
      span: block.headerSpan,
      provenance: { kind: 'variable-default', variable: name },
      via: [],
    });
  }

  /** Converts to the variable's type; `optional(...)` defaults are written in the declaration, whatever gave the rest. */
  private typed(value: Value, type: TypeConstraint, variable: string): Value {
    return convert(value, type, (e) => retag(evaluate(e, constantScope()), { kind: 'variable-default', variable }));
  }

  // ---- locals ----------------------------------------------------------------------------

  private local(name: string, span: Span): Value {
    const cached = this.localValues.get(name);
    if (cached === IN_PROGRESS) return unknown(`local "${name}" is part of a reference cycle`, literalOrigin(span));
    if (cached) return cached;
    const attribute = this.locals.get(name);
    if (!attribute) return evaluationError(`local "${name}" is not defined in this module`, literalOrigin(span));
    this.localValues.set(name, IN_PROGRESS);
    const value = passedThrough(evaluate(attribute.expr, this), attribute.span);
    this.localValues.set(name, value);
    return value;
  }

  // ---- resources and data sources --------------------------------------------------------

  private dataNamespace(type: string, span: Span): Value {
    const entries: ValueMap = new Map();
    for (const [key, rb] of this.blocks) if (rb.mode === 'data' && rb.type === type) entries.set(rb.name, this.blockValue(key, span));
    if (entries.size === 0) return evaluationError(`no data "${type}" block in this module`, literalOrigin(span));
    return known(entries, literalOrigin(span));
  }

  /** The value a reference to a whole block sees: an instance, a list (count) or a map (for_each). */
  private blockValue(key: string, span: Span): Value {
    const cached = this.blockValues.get(key);
    if (cached) return cached;
    const rb = this.blocks.get(key)!;
    const base = baseAddress(rb);
    const instances = this.instancesOf(key);
    if (this.expanded.get(key) === IN_PROGRESS) return unknown(`${base} is part of a reference cycle`, literalOrigin(span), [base]);
    const meta = attributeMap(rb.block.body);
    let value: Value;
    if (instances.length === 1 && instances[0]!.instanceKey === undefined && !meta.has('count') && !meta.has('for_each')) {
      value = instanceValue(instances[0]!);
    } else if (instances.some((i) => i.instanceKey === UNKNOWN_KEY)) {
      value = unknown(`the instances of ${base} are not known (its count/for_each is unknown)`, literalOrigin(rb.block.headerSpan), [base]);
    } else if (meta.has('count')) {
      value = known(instances.map(instanceValue), literalOrigin(rb.block.headerSpan), [base]);
    } else {
      value = known(new Map(instances.map((i) => [String(i.instanceKey), instanceValue(i)])), literalOrigin(rb.block.headerSpan), [base]);
    }
    this.blockValues.set(key, value);
    return value;
  }

  private instancesOf(key: string): Resource[] {
    const cached = this.expanded.get(key);
    if (cached === IN_PROGRESS) return [];
    if (cached) return cached;
    this.expanded.set(key, IN_PROGRESS);
    const rb = this.blocks.get(key)!;
    const resources = this.expand(rb).map((instance) => this.resource(rb, instance));
    this.expanded.set(key, resources);
    return resources;
  }

  private expand(rb: ResourceBlock): Instance[] {
    const base = baseAddress(rb);
    const meta = attributeMap(rb.block.body);
    const count = meta.get('count');
    const forEach = meta.get('for_each');
    if (count) return this.expandCount(base, evaluate(count.expr, this), count.span);
    if (forEach) return this.expandForEach(base, evaluate(forEach.expr, this), forEach.span);
    return [{ address: base, scope: this }];
  }

  private expandCount(base: string, count: Value, span: Span): Instance[] {
    if (!count.known || typeof count.value !== 'number') {
      const why = count.known ? 'count is not a number' : `count is unknown: ${count.why}`;
      return [this.unknownInstance(base, 'count', why, span)];
    }
    const out: Instance[] = [];
    for (let i = 0; i < count.value; i++) {
      const index = known(i, count.origin);
      out.push({ key: i, address: `${base}[${i}]`, scope: childScope(this, new Map([['count', known(new Map([['index', index]]), count.origin)]])) });
    }
    return out;
  }

  private expandForEach(base: string, forEach: Value, span: Span): Instance[] {
    if (!forEach.known) return [this.unknownInstance(base, 'each', `for_each is unknown: ${forEach.why}`, span)];
    const entries = forEachEntries(forEach);
    if (!entries) return [this.unknownInstance(base, 'each', 'for_each is not a map or a set of strings', span)];
    return entries.map(([key, value]) => ({
      key,
      address: `${base}[${JSON.stringify(key)}]`,
      scope: childScope(this, new Map([['each', known(new Map([['key', known(key, value.origin)], ['value', value]]), forEach.origin)]])),
    }));
  }

  private unknownInstance(base: string, name: 'count' | 'each', why: string, span: Span): Instance {
    const u = unknown(why, literalOrigin(span));
    const fields = name === 'count' ? [['index', u] as const] : [['key', u] as const, ['value', u] as const];
    return { key: UNKNOWN_KEY, address: `${base}[${UNKNOWN_KEY}]`, scope: childScope(this, new Map([[name, known(new Map(fields), literalOrigin(span))]])) };
  }

  private resource(rb: ResourceBlock, instance: Instance): Resource {
    return {
      root: this.root,
      address: instance.address,
      mode: rb.mode,
      type: rb.type,
      name: rb.name,
      ...(instance.key !== undefined ? { instanceKey: instance.key } : {}),
      attributes: this.bodyAttributes(rb.block.body, instance.scope),
      span: rb.block.span,
      headerSpan: rb.block.headerSpan,
    };
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
    const entries = dynamicEntries(collection);
    if (!entries) return [unknown(`dynamic "${block.labels[0]!.value}" for_each is not a collection`, literalOrigin(forEach.span))];
    return entries.map(([key, value]) => {
      const it = known(new Map([['key', key], ['value', value]]), literalOrigin(content.span));
      const inner = childScope(scope, new Map([[iterator, it]]));
      return known(this.bodyAttributes(content.body, inner), { span: content.span, provenance: { kind: 'literal' }, via: [block.span] });
    });
  }
}

/** The instance key of a resource whose count/for_each is unknown. */
export const UNKNOWN_KEY = '*';

function baseAddress(rb: ResourceBlock): string {
  return rb.mode === 'data' ? `data.${rb.type}.${rb.name}` : `${rb.type}.${rb.name}`;
}

/** What a reference to one instance sees: its evaluated arguments; anything else is known after apply. */
function instanceValue(resource: Resource): Value {
  return known(resource.attributes, literalOrigin(resource.headerSpan), [resource.address]);
}

function attributeMap(body: Body): Map<string, Attribute> {
  return new Map(body.attributes.map((a) => [a.name, a]));
}

/** `for_each` takes a map (keys) or a set of strings (each value is its own key). */
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

/** A `dynamic` block iterates lists (index keys) and maps (string keys). */
function dynamicEntries(v: Value & { known: true }): [Value, Value][] | undefined {
  const data = v.value;
  if (Array.isArray(data)) return data.map((e, i) => [known(i, e.origin), e]);
  if (data instanceof Map) return [...data.keys()].sort().map((k) => [known(k, data.get(k)!.origin), data.get(k)!]);
  return undefined;
}

function isPrimitive(type: TypeConstraint): boolean {
  return type.kind === 'string' || type.kind === 'number' || type.kind === 'bool' || type.kind === 'any';
}

/** A scope with no names: tfvars values and variable defaults are constant expressions. */
function constantScope(): Scope {
  return { lookup: () => undefined, reference: () => undefined };
}

/**
 * Marks a value and everything written literally inside it as coming from `provenance`. A `--var`
 * value was written on the command line, which is no place in a file: it keeps no span.
 */
function retag(value: Value, provenance: Provenance): Value {
  const origin: Origin =
    value.origin.provenance.kind !== 'literal' ? value.origin : provenance.kind === 'cli-var' ? { provenance, via: [] } : { ...value.origin, provenance };
  if (!value.known) return { ...value, origin };
  const data = value.value;
  if (Array.isArray(data)) return { ...value, origin, value: data.map((e) => retag(e, provenance)) };
  if (data instanceof Map) return { ...value, origin, value: new Map([...data].map(([k, e]) => [k, retag(e, provenance)])) };
  return { ...value, origin };
}
