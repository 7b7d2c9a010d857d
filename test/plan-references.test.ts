/**
 * ConfigIndex.resolve (src/frontends/plan/references.ts) against a plain breadth-first search of
 * the reference graph, on random `configuration` trees (fast-check, fixed seed).
 *
 * An expression resolved in a module instance must yield exactly the resource addresses reachable
 * from it: `module.m.o` leads to output `o` of the child instance (prefix `<prefix>module.m.`),
 * `var.x` to argument `x` of the calling `module` block, resolved in the caller, a resource or data
 * reference names `<prefix>type.name[key]`, and `local.*`, `count.*`, `path.*`, `self`, `terraform`
 * and `each.*` name nothing, except a top-level `each.value` when `eachOf` is given, and `each.value`
 * in the arguments of a call whose `for_each` names one resource or one module call directly and
 * nothing else (besides single instances, as in a filter, which are not where keys come from): for
 * the instance `module.a["k"]`, `azurerm_x.r1["k"]`, or (`for_each = module.b`) the instance
 * `module.b["k"]`, whose output `o1` `each.value.o1` reads. The pools are too small to reach
 * MAX_REACHED resources or MAX_SCOPES instances (plan-reader.test.ts covers those). The small name
 * pools make cycles (which Terraform refuses but a damaged document may hold) frequent: everything
 * on a cycle reaches what any of its members reaches. Results must hold each address once, and must
 * not depend on the order expressions are resolved in, nor on what one index resolved before
 * (including in other instances of the same module, or in modules sharing one configuration object).
 */
import fc from 'fast-check';
import type { ConfigExpression, ConfigModule, ConfigResource, ModuleCall } from '../src/frontends/plan/document.js';
import { ConfigIndex } from '../src/frontends/plan/references.js';
import { parseAddress } from '../src/model/address.js';

// ---- Generator: small name pools, so references often hit something, and often loop. ----

const CALLS = ['a', 'b'] as const;
const OUTPUTS = ['o1', 'o2'] as const;
const VARS = ['v1', 'v2'] as const;
const RESOURCES = ['azurerm_x.r1', 'azurerm_y.r2'] as const;
/** The key of the instanced module paths this test also resolves in (`module.a["k"]`). */
const KEY = '"k"';
/** An element of a call's `for_each` (the resource pools name no such instance themselves). */
const ELEMENT = /(azurerm_x\.r1|data\.azurerm_z\.d)\["k"\]$/;
/** What `each.value` stands for, when a test resolves with `eachOf`. */
const EACH_OF = 'azurerm_container_registry.env["e"]';

const moduleRef = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...CALLS), fc.constantFrom(...OUTPUTS)).map(([c, o]) => `module.${c}.${o}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...CALLS), fc.constantFrom(...OUTPUTS)).map(([c, o]) => `module.${c}[${KEY}].${o}.id`) },
);
const varRef = fc.constantFrom(...VARS.map((v) => `var.${v}`), 'var.v1.id');
const resourceRef = fc.constantFrom(
  ...RESOURCES,
  ...RESOURCES.map((r) => `${r}.id`),
  'azurerm_x.r1[0].id',
  'azurerm_y.r2["k"]',
  'data.azurerm_z.d',
  'data.azurerm_z.d.id',
  'data.azurerm_z.d[1].id',
);
/** References that name no resource (the last two are malformed). */
const inertRef = fc.constantFrom('local.l', 'count.index', 'path.module', 'each.key', 'each.value', 'each.value.id', 'self.id', 'terraform.workspace', 'data.t', 'azurerm_x');

/**
 * A reference; in the arguments of call `ownCall`, often one back to that call's outputs (a cycle,
 * when the output uses the argument), or to `each.value` (an element of the call's `for_each`).
 */
function reference(ownCall?: string): fc.Arbitrary<string> {
  const back =
    ownCall === undefined
      ? []
      : [
          { weight: 6, arbitrary: fc.constantFrom(...OUTPUTS).map((o) => `module.${ownCall}.${o}`) },
          { weight: 3, arbitrary: fc.constantFrom('each.value', 'each.value.id', 'each.value.o1', 'each.value.o2') },
        ];
  return fc.oneof(...back, { weight: 6, arbitrary: moduleRef }, { weight: 5, arbitrary: varRef }, { weight: 2, arbitrary: resourceRef }, { weight: 1, arbitrary: inertRef });
}

function expression(ownCall?: string): fc.Arbitrary<ConfigExpression> {
  return fc.oneof(
    { weight: 9, arbitrary: fc.array(reference(ownCall), { minLength: 1, maxLength: 4 }).map((references) => ({ references })) },
    { weight: 1, arbitrary: fc.constant({ constant_value: 'x' }) },
  );
}

/** A call's `for_each`: one resource named directly (so `each.value` in its arguments is an instance of it), or something else. */
const callForEach: fc.Arbitrary<ConfigExpression> = fc.constantFrom(
  ...[
    ['azurerm_x.r1'],
    ['azurerm_y.r2', 'azurerm_y.r2'],
    ['data.azurerm_z.d'],
    ['azurerm_y.r2["k"]'],
    ['azurerm_x.r1', 'azurerm_y.r2'],
    ['var.v1'],
    ['module.a.o1'],
    ['module.a'],
    ['module.b', 'module.b'],
    ['module.a', 'azurerm_x.r1'],
    ['module.a', 'module.b'],
    ['azurerm_x.r1', 'azurerm_y.r2["k"]', 'azurerm_y.r2["k"].location'],
  ].map((references) => ({ references })),
);

const resource: fc.Arbitrary<ConfigResource> = fc
  .record({ address: fc.constantFrom(...RESOURCES), attributes: fc.dictionary(fc.constantFrom('id', 'parent_id'), expression(), { maxKeys: 2 }), forEach: fc.option(expression(), { nil: undefined }) })
  .map(({ address, attributes, forEach }) => {
    const [type, name] = address.split('.') as [string, string];
    return { address, mode: 'managed', type, name, expressions: attributes, ...(forEach ? { for_each_expression: forEach } : {}) };
  });

/** A module whose calls go `depth` levels further down; `shareChildren` makes both calls use one configuration object. */
function moduleConfig(depth: number): fc.Arbitrary<ConfigModule> {
  const call = (name: string): fc.Arbitrary<ModuleCall> =>
    fc
      .record({
        source: fc.constant(`./${name}`),
        expressions: fc.dictionary(fc.constantFrom(...VARS), expression(name), { minKeys: 1, maxKeys: 2 }),
        module: moduleConfig(depth - 1),
        forEach: fc.option(callForEach, { nil: undefined }),
      })
      .map(({ forEach, ...call }) => (forEach ? { ...call, for_each_expression: forEach } : call));
  return fc
    .record({
      outputs: fc.dictionary(fc.constantFrom(...OUTPUTS), expression().map((e) => ({ expression: e })), { minKeys: 1, maxKeys: 2 }),
      resources: fc.uniqueArray(resource, { maxLength: 2, selector: (r) => r.address }),
      module_calls: depth === 0 ? fc.constant<Record<string, ModuleCall>>({}) : fc.record({ a: call('a'), b: call('b') }, { requiredKeys: ['a'] }),
      shareChildren: fc.boolean(),
    })
    .map(({ shareChildren, ...module }): ConfigModule => {
      const { a, b } = module.module_calls;
      if (shareChildren && a?.module && b) b.module = a.module;
      return module;
    });
}

// ---- Oracle: a plain breadth-first search, written from the semantics above. ----

interface Step {
  name: string;
  key?: string;
}

const prefixOf = (steps: readonly Step[]): string => steps.map((s) => `module.${s.name}${s.key === undefined ? '' : `[${s.key}]`}.`).join('');

function configAt(root: ConfigModule, steps: readonly Step[]): ConfigModule | undefined {
  let config: ConfigModule | undefined = root;
  for (const step of steps) config = config?.module_calls?.[step.name]?.module;
  return config;
}

const referencesIn = (e: ConfigExpression | undefined): string[] => (Array.isArray(e?.references) ? e.references : []);

/** `name` or `name[key]`. */
function splitKey(segment: string): Step {
  const m = /^([^[]*)\[(.*)\]$/.exec(segment);
  return m ? { name: m[1]!, key: m[2]! } : { name: segment };
}

/** The references of this test's pools hold no dots inside keys. */
function parseRef(ref: string): { modules: Step[]; parts: string[]; key: string | undefined } {
  const segments = ref.split('.');
  const modules: Step[] = [];
  let i = 0;
  for (; segments[i] === 'module' && i + 1 < segments.length; i += 2) modules.push(splitKey(segments[i + 1]!));
  const rest = segments.slice(i).map(splitKey);
  return { modules, parts: rest.map((r) => r.name), key: rest.find((r) => r.key !== undefined)?.key };
}

/** A node of the graph: an output or call argument expression in a module instance. */
interface Node {
  id: string;
  steps: Step[];
  references: string[];
  /** What `each.value` is in it: for a call argument, the instance's element of the call's `for_each`. */
  eachOf?: Element;
}

/** A resource instance's address, or the steps of a module instance. */
type Element = string | { module: Step[] };

const isEachRef = (ref: string): boolean => {
  const { modules, parts } = parseRef(ref);
  return modules.length === 0 && parts[0] === 'each';
};

/**
 * `azurerm_x.r1["k"]` for the instance `module.a["k"]` of a call with `for_each = azurerm_x.r1` (one
 * resource, no key, nothing else); the module instance `module.b["k"]` for `for_each = module.b`.
 */
function elementOf(root: ConfigModule, steps: Step[]): Element | undefined {
  const last = steps[steps.length - 1];
  if (last?.key === undefined) return undefined;
  const parent = steps.slice(0, -1);
  const references = referencesIn(configAt(root, parent)?.module_calls?.[last.name]?.for_each_expression).map(parseRef);
  const calls = new Set(references.map((r) => (r.modules.length === 1 && r.modules[0]!.key === undefined && r.parts.length === 0 ? r.modules[0]!.name : undefined)));
  const [call] = calls;
  if (calls.size === 1 && call !== undefined) return { module: [...parent, { name: call, key: last.key }] };
  if (calls.size > 1) return undefined;
  const named = new Set<string>();
  for (const { modules, parts, key } of references) {
    const [head, second, third] = parts;
    if (modules.length > 0 || head === undefined || second === undefined) return undefined;
    if (['var', 'each', 'local', 'count', 'path', 'self', 'terraform'].includes(head)) return undefined;
    if (head === 'data' && third === undefined) return undefined;
    // One instance (`azurerm_y.r2["k"].location`, say in a filter) is not where the keys come from.
    if (key !== undefined) continue;
    named.add(head === 'data' ? `${prefixOf(parent)}data.${second}.${third}` : `${prefixOf(parent)}${head}.${second}`);
  }
  return named.size === 1 ? `${[...named][0]}[${last.key}]` : undefined;
}

/**
 * The resources reachable from `references` (an expression's, resolved in `steps`), and the ids of
 * the outputs and arguments visited on the way.
 */
function oracle(root: ConfigModule, steps: Step[], references: string[], eachOf: string | undefined): { addresses: Set<string>; visited: Set<string>; moduleElements: number } {
  let moduleElements = 0;
  const addresses = new Set<string>();
  const visited = new Set<string>();
  const queue: Node[] = [];
  const output = (steps: Step[], name: string): void => {
    const o = configAt(root, steps)?.outputs?.[name];
    if (o?.expression) queue.push({ id: `${prefixOf(steps)}output.${name}`, steps, references: referencesIn(o.expression) });
  };
  const follow = (ref: string, from: Step[], eachValue: Element | undefined): void => {
    const { modules, parts, key } = parseRef(ref);
    const [head, second, third] = parts;
    if (head === undefined) return;
    if (modules.length > 0) {
      output([...from, ...modules], head);
      return;
    }
    const suffix = key === undefined ? '' : `[${key}]`;
    switch (head) {
      case 'each':
        if (second !== 'value' || eachValue === undefined) return;
        if (typeof eachValue === 'string') addresses.add(eachValue);
        else if (third !== undefined) {
          moduleElements++;
          output(eachValue.module, third);
        }
        return;
      case 'local':
      case 'count':
      case 'path':
      case 'self':
      case 'terraform':
        return;
      case 'var': {
        const last = from[from.length - 1];
        if (last === undefined || second === undefined) return;
        const parent = from.slice(0, -1);
        const argument = configAt(root, parent)?.module_calls?.[last.name]?.expressions?.[second] as ConfigExpression | undefined;
        if (!argument) return;
        const references = referencesIn(argument);
        // With `each.*`, the argument means something else in each instance of the call.
        if (references.some(isEachRef)) queue.push({ id: `${prefixOf(from)}argument.${second}`, steps: parent, references, ...withElement(elementOf(root, from)) });
        else queue.push({ id: `${prefixOf(parent)}call.${last.name}.${second}`, steps: parent, references });
        return;
      }
      case 'data':
        if (second !== undefined && third !== undefined) addresses.add(`${prefixOf(from)}data.${second}.${third}${suffix}`);
        return;
      default:
        if (second !== undefined) addresses.add(`${prefixOf(from)}${head}.${second}${suffix}`);
    }
  };
  for (const ref of references) follow(ref, steps, eachOf);
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (visited.has(node.id)) continue;
    visited.add(node.id);
    for (const ref of node.references) follow(ref, node.steps, node.eachOf);
  }
  return { addresses, visited, moduleElements };
}

const withElement = (eachOf: Element | undefined): { eachOf?: Element } => (eachOf === undefined ? {} : { eachOf });

// ---- What to resolve: every output, call argument and resource expression, in every instance. ----

interface Job {
  label: string;
  steps: Step[];
  /** Where the scope comes from: an address in that module instance, as the plan reader parses it. */
  address: string;
  expression: ConfigExpression;
  /** The oracle's id for an output or argument, to tell when it lies on a cycle. */
  id?: string;
}

function jobs(root: ConfigModule): Job[] {
  const out: Job[] = [];
  const walk = (config: ConfigModule, names: string[]): void => {
    const instances: Step[][] = [names.map((name) => ({ name }))];
    if (names.length > 0) instances.push(names.map((name) => ({ name, key: KEY })));
    for (const steps of instances) {
      const prefix = prefixOf(steps);
      const address = `${prefix}azurerm_x.scope_of`;
      for (const [name, o] of Object.entries(config.outputs ?? {})) {
        if (o.expression) out.push({ label: `${prefix}output.${name}`, steps, address, expression: o.expression, id: `${prefix}output.${name}` });
      }
      for (const [call, c] of Object.entries(config.module_calls ?? {})) {
        for (const [arg, e] of Object.entries(c.expressions ?? {})) {
          const id = `${prefix}call.${call}.${arg}`;
          out.push({ label: id, steps, address, expression: e as ConfigExpression, id });
        }
      }
      for (const r of config.resources ?? []) {
        for (const [attr, e] of Object.entries(r.expressions ?? {})) out.push({ label: `${prefix}${r.address}.${attr}`, steps, address: `${prefix}${r.address}`, expression: e as ConfigExpression });
        if (r.for_each_expression) out.push({ label: `${prefix}${r.address} for_each`, steps, address: `${prefix}${r.address}`, expression: r.for_each_expression });
      }
    }
    for (const [name, c] of Object.entries(config.module_calls ?? {})) if (c.module) walk(c.module, [...names, name]);
  };
  walk(root, []);
  return out;
}

/** A small deterministic shuffle, so fast-check's seed fixes the order too. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Whether a job is resolved with `eachOf` (some are, some not, fixed by the seed). */
const withEach = (seed: number, i: number): string | undefined => ((seed >>> (i % 31)) & 1 ? EACH_OF : undefined);

const sorted = (list: Iterable<string>): string[] => [...list].sort();

function resolveWith(index: ConfigIndex, job: Job, eachOf: string | undefined): readonly string[] {
  return index.resolve(job.expression, index.scope(parseAddress(job.address).modules), eachOf);
}

function expectOracle(root: ConfigModule, job: Job, eachOf: string | undefined, got: readonly string[], how: string): void {
  const want = sorted(oracle(root, job.steps, referencesIn(job.expression), eachOf).addresses);
  if (new Set(got).size !== got.length) throw new Error(`${how}: ${job.label} resolved to duplicates: ${JSON.stringify(got)}`);
  if (JSON.stringify(sorted(got)) !== JSON.stringify(want)) {
    throw new Error(`${how}: ${job.label} (eachOf ${String(eachOf)}) resolved to ${JSON.stringify(sorted(got))}, expected ${JSON.stringify(want)}`);
  }
}

const PARAMS = { seed: 7, numRuns: 200 };
const rootModule = moduleConfig(2);

describe('ConfigIndex.resolve against a breadth-first search (property)', () => {
  it('resolves every expression, in any order, with one index, to what it reaches (resolved twice)', () => {
    let runsWithCycles = 0;
    let runsWithElements = 0;
    let runsWithModuleElements = 0;
    fc.assert(
      fc.property(rootModule, fc.integer(), (root, seed) => {
        const all = jobs(root);
        const index = new ConfigIndex(root);
        for (const pass of [1, 2]) {
          shuffled(all, seed + pass).forEach((job, i) => {
            const eachOf = withEach(seed, i);
            expectOracle(root, job, eachOf, resolveWith(index, job, eachOf), `shared index, pass ${pass}`);
          });
        }
        const onCycle = (job: Job): boolean => {
          const { addresses, visited } = oracle(root, job.steps, referencesIn(job.expression), undefined);
          return job.id !== undefined && visited.has(job.id) && addresses.size > 0;
        };
        if (all.some(onCycle)) runsWithCycles++;
        const reachesElement = (job: Job): boolean => [...oracle(root, job.steps, referencesIn(job.expression), undefined).addresses].some((a) => ELEMENT.test(a));
        if (all.some(reachesElement)) runsWithElements++;
        if (all.some((job) => oracle(root, job.steps, referencesIn(job.expression), undefined).moduleElements > 0)) runsWithModuleElements++;
      }),
      PARAMS,
    );
    // The generator is meant to make cycles that lead to resources (81 of the 200 runs with seed 7),
    // and calls whose arguments' each.value leads to an element of their for_each: a resource
    // instance (32 of 200) or a module instance's output (26 of 200).
    expect(runsWithCycles).toBeGreaterThan(50);
    expect(runsWithElements).toBeGreaterThan(20);
    expect(runsWithModuleElements).toBeGreaterThan(15);
  });

  it('resolves every expression with a fresh index to what it reaches', () => {
    fc.assert(
      fc.property(rootModule, fc.integer(), (root, seed) => {
        jobs(root).forEach((job, i) => {
          const eachOf = withEach(seed, i);
          expectOracle(root, job, eachOf, resolveWith(new ConfigIndex(root), job, eachOf), 'fresh index');
        });
      }),
      PARAMS,
    );
  });

  it("ends a cycle through a module instance whose path a damaged address spells like another's", () => {
    // `module.a["0].module.b[1"]` is one call `a` with the key `"0].module.b[1"`, written like the path a["0 / b[1"]. The search
    // knows an expression it has met by the instance it is in, so each path must be one instance: made anew at each visit, a
    // cycle running only through such paths would never be seen to close.
    const odd = 'module.a["0].module.b[1"]';
    const child: ConfigModule = { outputs: { o: { expression: { references: ['var.v', 'azurerm_x.leaf'] } } } };
    const root: ConfigModule = { module_calls: { a: { source: './a', expressions: { v: { references: [`${odd}.o`] } }, module: child } } };
    const index = new ConfigIndex(root);
    const twoSteps = index.scope([
      { name: 'a', key: '"0' },
      { name: 'b', key: '1"' },
    ]);
    const oneStep = parseAddress(`${odd}.o`).modules;
    expect(oneStep).toEqual([{ name: 'a', key: '"0].module.b[1"' }]);
    expect(index.scope(oneStep)).toBe(index.scope(oneStep));
    expect(index.scope(oneStep)).not.toBe(twoSteps);
    expect(index.resolve({ references: [`${odd}.o`] }, index.scope([]))).toEqual([`${odd}.azurerm_x.leaf`]);
  });

  it('ends a cycle that runs only through module paths spelled like others', () => {
    // Call c passes x = module.c.o, whose output reads var.x: a cycle through c's instance and its caller. Under a["0 / b[1"]
    // both are spelled like the instances under the one call a["0].module.b[1"], which are made first.
    const c: ModuleCall = { source: './c', expressions: { x: { references: ['module.c.o'] } }, module: { outputs: { o: { expression: { references: ['var.x', 'azurerm_x.leaf'] } } } } };
    const root: ConfigModule = { module_calls: { a: { source: './a', module: { module_calls: { c, b: { source: './b', module: { module_calls: { c } } } } } } } };
    const index = new ConfigIndex(root);
    index.scope([{ name: 'a', key: '"0].module.b[1"' }, { name: 'c' }]);
    const twoSteps = index.scope([
      { name: 'a', key: '"0' },
      { name: 'b', key: '1"' },
    ]);
    expect(index.resolve({ references: ['module.c.o'] }, twoSteps)).toEqual(['module.a["0].module.b[1"].module.c.azurerm_x.leaf']);
  });

  it('follows a cycle across modules to a resource, whichever member is resolved first', () => {
    // root: module "a" { v1 = module.a.o1 }; in a: output o1 = var.v1 + azurerm_x.r1.id.
    const child: ConfigModule = { outputs: { o1: { expression: { references: ['var.v1', 'azurerm_x.r1.id', 'azurerm_x.r1'] } } } };
    const root: ConfigModule = { module_calls: { a: { source: './a', expressions: { v1: { references: ['module.a.o1', 'module.a'] } }, module: child } }, outputs: { out: { expression: { references: ['module.a.o1'] } } } };
    const arg = root.module_calls!.a!.expressions!.v1 as ConfigExpression;
    const output = child.outputs!.o1!.expression!;
    for (const first of ['argument', 'output']) {
      const index = new ConfigIndex(root);
      const rootScope = index.scope([]);
      const childScope = index.scope(parseAddress('module.a.azurerm_x.r1').modules);
      const resolveArg = () => index.resolve(arg, rootScope);
      const resolveOutput = () => index.resolve(output, childScope);
      const [x, y] = first === 'argument' ? [resolveArg(), resolveOutput()] : [resolveOutput(), resolveArg()];
      expect([x, y]).toEqual([['module.a.azurerm_x.r1'], ['module.a.azurerm_x.r1']]);
      expect(index.resolve(root.outputs!.out!.expression, rootScope)).toEqual(['module.a.azurerm_x.r1']);
    }
  });
});
