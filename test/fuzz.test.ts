/**
 * Property-based fuzzing of the front-ends (fast-check): random and mutated inputs never throw out
 * of the HCL reader, the evaluator or the plan loader, never pollute `Object.prototype`, and never
 * take more than a bounded time per KB of input. The seed is fixed so CI is deterministic; set
 * FUZZ_SEED to explore other inputs and FUZZ_SCALE to multiply the run counts
 * (`FUZZ_SCALE=20 FUZZ_SEED=$RANDOM node --experimental-vm-modules node_modules/jest/bin/jest.js test/fuzz.test.ts`).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as hcl2json } from '@cdktn/hcl2json';
import fc from 'fast-check';
import { ALL_RULES } from '../rules/index.js';
import { readJsonConfig } from '../src/frontends/hcl/json-syntax.js';
import { InstalledModules, parseVersion, satisfies } from '../src/frontends/hcl/module-sources.js';
import { evaluateRootModule } from '../src/frontends/hcl/module.js';
import { MAX_NESTING, parseJsonTemplate, readNativeConfig } from '../src/frontends/hcl/native-syntax.js';
import { findSuppressions, ignoreDirective } from '../src/frontends/hcl/suppressions.js';
import type { ConfigFile, SyntaxProblem } from '../src/frontends/hcl/syntax.js';
import { readPlanDocument } from '../src/frontends/plan/read-plan.js';
import { lint } from '../src/lint.js';
import type { Diagnostic, Graph } from '../src/model/graph.js';
import { toPlain } from '../src/model/value.js';
import { REPO_ROOT } from './helpers/fixtures.js';
import { hclExpression, hclFile, mutated, mutatedJson, type Json } from './helpers/fuzz-hcl.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 0x7f_ac_11);
const SCALE = Number(process.env['FUZZ_SCALE'] ?? 1);
/** Multiplies the time budget, for a machine much slower than a CI runner. */
const TIME_FACTOR = Number(process.env['FUZZ_TIME_FACTOR'] ?? 1);
fc.configureGlobal({ seed: SEED });

/**
 * `n` runs, times FUZZ_SCALE. The time limit is a safety net only (each property takes a few
 * seconds at most): it keeps shrinking a counterexample on a starved machine within jest's timeout,
 * and still reports the failure found.
 */
function runs(n: number): fc.Parameters<unknown> {
  return { numRuns: Math.max(1, Math.round(n * SCALE)), plugins: [fc.interruptAfterTimeLimit(timeout(25_000))] };
}

/** A jest timeout (or a time limit), grown with FUZZ_SCALE. */
function timeout(ms: number): number {
  return Math.round(ms * Math.max(1, SCALE));
}

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

const FIXTURES = path.join(REPO_ROOT, 'fixtures');
/** Every `.tf` and `.tfvars` fixture: real configurations to mutate. */
const TF_TEXTS = filesUnder(FIXTURES, (n) => n.endsWith('.tf') || n.endsWith('.tfvars'))
  .filter((f) => !f.includes(`${path.sep}corpus${path.sep}`))
  .map((f) => readFileSync(f, 'utf8'));
const TF_JSON_TEXTS = filesUnder(FIXTURES, (n) => n.endsWith('.tf.json')).map((f) => readFileSync(f, 'utf8'));

/** The scenario plans, and a few small corpus documents of other shapes (modules, nulls, numbers, raw states). */
const PLAN_FILES = [
  ...filesUnder(path.join(FIXTURES, 'scenarios'), (n) => n === 'plan.json'),
  ...[
    'terraform-json/testdata/basic/plan.json',
    'terraform-json/testdata/deep_module/plan.json',
    'terraform-json/testdata/explicit_null/plan.json',
    'terraform-json/testdata/numerics/plan.json',
    'terraform-json/testdata/nested_config_keys/plan.json',
    'terraform-json/testdata/registry_module/plan.json',
    'checkov/tests/terraform/parser/resources/plan_after_unknown/tfplan.json',
    'opentofu/internal/command/testdata/show-json-state/modules/terraform.tfstate',
    'opentofu/internal/command/testdata/show-json-state/basic/output.json',
  ].map((f) => path.join(FIXTURES, 'corpus/plans', f)),
];
const PLAN_TEXTS = PLAN_FILES.map((f) => readFileSync(f, 'utf8'));
const PLAN_DOCS = PLAN_TEXTS.map((t) => JSON.parse(t) as Json);
/** The small documents only, for the mutations that copy the document on every run. */
const SMALL_PLAN_TEXTS = PLAN_TEXTS.filter((t) => t.length < 20_000);

/** Runs of HCL-ish tokens: far likelier than random characters to get deep into the grammar. */
const TOKENS = [
  'resource', 'locals', 'variable', 'module', 'dynamic', 'content', '"x"', '"a${b}c"', 'x', 'y', '=', '{', '}', '[', ']',
  '(', ')', ',', '.', '*', '[*]', '.*', '?', ':', '=>', '...', '+', '-', '!', '==', '&&', '1', '1.5', '1e3', 'true', 'null',
  'for', 'in', 'if', '%{', '${', '<<EOT\n', 'EOT', '\n', ' ', '#', '/*', '*/', 'var.x', 'local.y', 'each.key', 'f(', '"',
  '\\', '~', '__proto__',
];
const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((ts) => ts.join(''));

/** Random strings of every kind: ASCII, graphemes, any code point, lone surrogates. */
const anyString = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))), maxLength: 50 }),
);

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

/** Milliseconds allowed for `bytes` of input: generous, it catches super-linear blow-ups, not slowness. */
function budget(bytes: number): number {
  return (20 + (50 * bytes) / 1024) * TIME_FACTOR;
}

/** Measurements of an overrun before it counts. */
const ATTEMPTS = 4;

/**
 * Runs `work` on `text` within the time budget (times `copiesOf` its result, for work that is
 * legitimately repeated). An overrun is measured again, and only the fastest
 * attempt counts: a GC pause, a JIT tier-up or a busy machine does not repeat four times running;
 * super-linear work (backtracking, re-parsing per token) does.
 */
function timed<T>(what: string, text: string, work: () => T, copiesOf: (result: T) => number = () => 1): T {
  const bytes = Buffer.byteLength(text, 'utf8');
  let start = performance.now();
  const result = work();
  let elapsed = performance.now() - start;
  const copies = Math.max(1, copiesOf(result));
  const limit = budget(bytes) * copies;
  for (let attempt = 1; attempt < ATTEMPTS && elapsed > limit; attempt++) {
    start = performance.now();
    work();
    elapsed = Math.min(elapsed, performance.now() - start);
  }
  if (elapsed > limit) throw new Error(`${what} took ${elapsed.toFixed(1)} ms for ${(bytes / 1024).toFixed(2)} KB${copies > 1 ? ` × ${copies}` : ''} (limit ${limit.toFixed(1)} ms)`);
  return result;
}

const PROTOTYPES: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['String.prototype', String.prototype],
  ['Function.prototype', Function.prototype],
];
const PRISTINE = new Map(PROTOTYPES.map(([n, p]) => [n, Reflect.ownKeys(p).map(String).sort().join(',')]));

/** Throws when any built-in prototype gained or lost a property. */
function expectNoPollution(): void {
  for (const [n, p] of PROTOTYPES) {
    const now = Reflect.ownKeys(p).map(String).sort().join(',');
    if (now !== PRISTINE.get(n)) throw new Error(`${n} was modified: ${now}`);
  }
  if (({} as Record<string, unknown>)['polluted'] !== undefined) throw new Error('Object.prototype.polluted is set');
}

/** Spans inside the text they point into: 1-based lines and columns, ordered offsets within the text. */
function expectSaneSpans(problems: SyntaxProblem[], text: string): void {
  for (const p of problems) {
    const { start, end } = p.span;
    const ok = start.line >= 1 && start.column >= 1 && start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length;
    if (!ok) throw new Error(`problem "${p.message}" has a span outside the text: ${JSON.stringify(p.span)}`);
  }
}

/** The evaluator on one file, as the HCL front-end runs it (any config, even one with syntax errors); the instance count. */
function evaluateConfig(config: ConfigFile): number {
  const diagnostics: Diagnostic[] = [];
  const resources = evaluateRootModule('.', { dir: '.', files: [config], installed: false, calls: new Map() }, new Map(), diagnostics);
  if (!Array.isArray(resources)) throw new Error('evaluateRootModule returned no list');
  return resources.length;
}

/**
 * The evaluator within the time budget. `count` and `for_each` legitimately evaluate a block once
 * per instance (up to 10,000, as Terraform would), so the budget is per KB and per instance.
 */
function timedEvaluation(text: string, config: ConfigFile): void {
  timed('evaluateRootModule', text, () => evaluateConfig(config), (instances) => instances);
}

/** readNativeConfig then the evaluator, both within the time budget; the result has a config or says why not. */
function readAndEvaluate(text: string): { config?: ConfigFile; problems: SyntaxProblem[] } {
  const result = timed('readNativeConfig', text, () => readNativeConfig(text, 'main.tf'));
  if (!result.config && !result.problems.some((p) => p.severity === 'error')) throw new Error('no config and no error problem');
  expectSaneSpans(result.problems, text);
  if (result.config) timedEvaluation(text, result.config);
  expectNoPollution();
  return result;
}

function readJsonAndEvaluate(text: string): void {
  const result = timed('readJsonConfig', text, () => readJsonConfig(text, 'main.tf.json', parseJsonTemplate));
  if (!result.config && !result.problems.some((p) => p.severity === 'error')) throw new Error('no config and no error problem');
  if (result.config) timedEvaluation(text, result.config);
  expectNoPollution();
}

function readPlan(text: string): Graph {
  const graph = timed('readPlanDocument', text, () => readPlanDocument(text, 'plan.json'));
  if (!Array.isArray(graph.resources) || !Array.isArray(graph.diagnostics)) throw new Error('not a graph');
  expectNoPollution();
  return graph;
}

beforeAll(async () => {
  // Warm up the parser and the JIT, so the first timed runs are not charged for compilation.
  for (const text of TF_TEXTS) {
    const { config } = readNativeConfig(text, 'main.tf');
    if (config) evaluateConfig(config);
  }
  for (const text of PLAN_TEXTS) readPlanDocument(text, 'plan.json');
});

afterAll(() => expectNoPollution());

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('HCL native syntax: hostile input', () => {
  it('random strings never throw from the reader or the evaluator', () => {
    fc.assert(fc.property(anyString, (text) => void readAndEvaluate(text)), runs(300));
  }, timeout(30_000));

  it('token soup never throws from the reader or the evaluator', () => {
    fc.assert(fc.property(tokenSoup, (text) => void readAndEvaluate(text)), runs(400));
  }, timeout(30_000));

  it('mutated fixtures never throw from the reader or the evaluator', () => {
    fc.assert(fc.property(mutated(TF_TEXTS), (text) => void readAndEvaluate(text)), runs(400));
  }, timeout(30_000));
});

describe('HCL native syntax: well-formed input', () => {
  it('generated files parse without errors and evaluate without throwing', () => {
    fc.assert(
      fc.property(hclFile, (text) => {
        const { config, problems } = readAndEvaluate(text);
        const errors = problems.filter((p) => p.severity === 'error');
        if (errors.length > 0 || !config) throw new Error(`syntax errors in well-formed HCL: ${errors.map((e) => `${e.span.start.line}:${e.span.start.column} ${e.message}`).join('; ')}`);
      }),
      runs(250),
    );
  }, timeout(30_000));

  it('generated expressions parse as one argument without errors', () => {
    fc.assert(
      fc.property(hclExpression, (expr) => {
        const { config, problems } = readAndEvaluate(`locals {\n  x = ${expr}\n}\n`);
        const errors = problems.filter((p) => p.severity === 'error');
        if (errors.length > 0) throw new Error(`syntax errors: ${errors.map((e) => `${e.span.start.line}:${e.span.start.column} ${e.message}`).join('; ')}`);
        if (config?.body.blocks[0]?.body.attributes.length !== 1) throw new Error('not read as one argument');
      }),
      runs(300),
    );
  }, timeout(30_000));
});

/**
 * HashiCorp's own parser (hcl2json, WASM; ~40 ms a file, so few runs) as the referee: the generator
 * really writes valid HCL, and a mutated fixture is a syntax error here exactly when HCL refuses it
 * (a false syntax error would drop the file from the lint; a missed one would lint a file Terraform
 * refuses). NUL is left out: files holding one are refused as binary before parsing.
 */
describe('HCL native syntax: against HashiCorp\'s parser', () => {
  /** HCL's syntax error for `text`, or '' (errors while converting values are not syntax errors). */
  async function hclSyntaxError(text: string): Promise<string> {
    try {
      await hcl2json('main.tf', text);
      return '';
    } catch (error) {
      const message = String((error as Error).message ?? error);
      return message.startsWith('parse config') ? message : '';
    }
  }

  it('generated files are valid HCL', async () => {
    await fc.assert(
      fc.asyncProperty(hclFile, async (text) => {
        const error = await hclSyntaxError(text);
        if (error) throw new Error(`the generator wrote invalid HCL: ${error}`);
      }),
      runs(20),
    );
  }, timeout(30_000));

  it('a mutated fixture is a syntax error here exactly when HCL refuses it', async () => {
    await fc.assert(
      fc.asyncProperty(
        mutated(TF_TEXTS, 2).filter((t) => !t.includes('\u0000')),
        async (text) => {
          const theirs = await hclSyntaxError(text);
          const errors = readNativeConfig(text, 'main.tf').problems.filter((p) => p.severity === 'error');
          if (!theirs && errors.length > 0) throw new Error(`HCL accepts it, we report: ${errors.map((e) => `${e.span.start.line}:${e.span.start.column} ${e.message}`).join('; ')}`);
          // HCL's identifier tables are Unicode 9; JavaScript's are newer, so a letter added since is a name here only.
          const newerLetter = /Invalid character/.test(theirs) && /[^\x00-\x7f]/.test(text);
          if (theirs && errors.length === 0 && !newerLetter) throw new Error(`HCL refuses it (${theirs}), we accept it`);
        },
      ),
      runs(30),
    );
  }, timeout(30_000));
});

describe('HCL JSON syntax', () => {
  it('mutated .tf.json fixtures and random JSON never throw from the reader or the evaluator', () => {
    const randomConfig = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ resource: { azurerm_container_registry: { acr: v } }, locals: v, variable: { x: v } }));
    fc.assert(fc.property(fc.oneof(mutated(TF_JSON_TEXTS), mutatedJson(TF_JSON_TEXTS.map((t) => JSON.parse(t) as Json)), randomConfig, fc.json()), readJsonAndEvaluate), runs(250));
  }, timeout(30_000));
});

describe('suppression directives', () => {
  /** What follows `tf-acr-lint:ignore`: rule lists, reasons, separators and random text. */
  const directiveRest = fc
    .array(fc.oneof(fc.constantFrom(' ', ',', ' -- ', '--', ' --', 'ACR001', 'acr013', 'acr-admin-user-enabled', '\t', '\r', '#', '//'), anyString), { maxLength: 12 })
    .map((parts) => parts.join(''));
  const line = fc.oneof(
    directiveRest.map((rest) => `# tf-acr-lint:ignore${rest}`),
    directiveRest.map((rest) => `  // tf-acr-lint:ignore ${rest}`),
    directiveRest.map((rest) => `  x = "a" # tf-acr-lint:ignore${rest}`),
    directiveRest.map((rest) => `resource "a" "b" { // tf-acr-lint:ignore${rest}`),
    fc.constantFrom('', '# a comment', '  // another', 'resource "a" "b" {', 'module "m" {', '  x = 1', '  block {', '}', '/* tf-acr-lint:ignore ACR001 -- x */', 'locals { y = 2 }'),
    anyString,
  );

  it('native syntax: lines of directives, comments, blanks and constructs never throw, and each covers a construct after it or the one it ends, or none', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.boolean(), (lines, crlf) => {
        const text = lines.map((l) => l.replace(/\n/g, ' ')).join(crlf ? '\r\n' : '\n');
        const { config } = readNativeConfig(text, 'main.tf');
        if (!config) return;
        for (const s of timed('findSuppressions', text, () => findSuppressions(config, text))) {
          const t = s.target;
          // No target: nothing it can cover follows (it is reported).
          const before = !t || t.start.line > s.span.start.line;
          const trailing = t !== undefined && t.start.offset < s.span.start.offset && s.span.start.line <= t.end.line;
          if (!(before || trailing) || s.span.end.offset > text.length) throw new Error(`suppression at line ${s.span.start.line} covers lines ${t?.start.line}-${t?.end.line}`);
        }
      }),
      runs(300),
    );
  }, timeout(30_000));

  it('JSON syntax: "//" keys of any value, at any depth, never throw, and each suppression is read from a "//" key', () => {
    const comment = fc.oneof(directiveRest.map((rest) => `tf-acr-lint:ignore${rest}`), fc.jsonValue({ maxDepth: 2 }));
    const body = fc.dictionary(fc.oneof(fc.constant('//'), fc.constantFrom('name', 'sku', 'admin_enabled', 'network_rule_set')), fc.oneof(comment, fc.jsonValue({ maxDepth: 2 })), { maxKeys: 6 });
    const file = fc.tuple(comment, body, body).map(([top, registry, module]) => JSON.stringify({ '//': top, resource: { '//': top, azurerm_container_registry: { acr: registry } }, module: { m: module } }));
    fc.assert(
      fc.property(file, (text) => {
        const { config } = timed('readJsonConfig', text, () => readJsonConfig(text, 'main.tf.json', parseJsonTemplate));
        for (const s of config?.suppressions ?? []) {
          if (!text.slice(s.span.start.offset, s.span.end.offset).startsWith('"//"')) throw new Error(`a suppression at ${s.span.start.offset} is no "//" key`);
        }
        expectNoPollution();
      }),
      runs(300),
    );
  }, timeout(30_000));

  it('the rule list and reason: never throw, and rule names hold no separator', () => {
    fc.assert(
      fc.property(directiveRest, (rest) => {
        const { rules } = timed('ignoreDirective', rest, () => ignoreDirective(rest));
        if (rules.some((r) => r === '' || /[\s,]/.test(r))) throw new Error(`rule names ${JSON.stringify(rules)}`);
      }),
      runs(500),
    );
  });
});

describe('installed-module manifest', () => {
  const versionText = fc.oneof(
    fc.array(fc.constantFrom('v', '1', '0', '12', '.', '-', '+', 'beta', ' ', '\t', '∞', ',', '~>', '>=', '<', '!=', '='), { maxLength: 16 }).map((ts) => ts.join('')),
    anyString,
  );

  it('versions and constraints never throw and are read in bounded time', () => {
    fc.assert(
      fc.property(versionText, versionText, (version, constraint) => {
        const parsed = timed('parseVersion', version, () => parseVersion(version));
        const result = timed('satisfies', constraint, () => satisfies(parsed ?? [1, 2, 3], constraint));
        if (result !== undefined && typeof result !== 'boolean') throw new Error(`satisfies gave ${String(result)}`);
      }),
      runs(500),
    );
  });

  it('any manifest entry, source and constraint: the installed copy, a stale call or none, never a throw', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-fuzz-manifest-'));
    mkdirSync(path.join(root, '.terraform/modules/acr'), { recursive: true });
    const source = fc.oneof(
      fc.array(fc.constantFrom('registry.terraform.io', 'app.terraform.io', 'github.com', 'Azure', 'avm-res-containerregistry-registry', 'azurerm', '/', '//', 'modules', '.', '..', '\\', 'git::', 'https://', '?ref=v1', 'A', '-'), { maxLength: 14 }).map((ts) => ts.join('')),
      anyString,
    );
    const entry = fc.record({ Key: fc.constant('acr'), Source: fc.oneof(source, fc.jsonValue({ maxDepth: 1 })), Version: fc.oneof(versionText, fc.jsonValue({ maxDepth: 1 })), Dir: fc.oneof(fc.constantFrom('.terraform/modules/acr', '/dev/zero', '..', ''), anyString) }, { requiredKeys: ['Key', 'Dir'] });
    try {
      fc.assert(
        fc.property(entry, source, fc.option(versionText, { nil: undefined }), (installed, call, constraint) => {
          const manifest = JSON.stringify({ Modules: [installed] });
          writeFileSync(path.join(root, '.terraform/modules/modules.json'), manifest);
          const found = timed('installedFor', manifest + call + (constraint ?? ''), () => InstalledModules.read(root).installedFor(['acr'], call, constraint));
          if (found !== undefined && found.kind !== 'installed' && found.kind !== 'stale') throw new Error(`installedFor gave ${JSON.stringify(found)}`);
          expectNoPollution();
        }),
        runs(200),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, timeout(30_000));
});

describe('plan loader', () => {
  it('text mutations of real plans never throw', () => {
    fc.assert(fc.property(mutated(PLAN_TEXTS, 4), (text) => void readPlan(text)), runs(100));
  }, timeout(30_000));

  it('structural mutations of real plans (with __proto__ and constructor keys) never throw or pollute', () => {
    fc.assert(fc.property(mutatedJson(PLAN_DOCS), (text) => void readPlan(text)), runs(150));
  }, timeout(30_000));

  it('random JSON values, bare and inside a plan skeleton, never throw or pollute', () => {
    const skeleton = fc
      .tuple(fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 }))
      .map(([changes, config, values]) =>
        JSON.stringify({ format_version: '1.2', resource_changes: changes, configuration: config, planned_values: values }),
      );
    const rawState = fc.jsonValue({ maxDepth: 3 }).map((resources) => JSON.stringify({ version: 4, terraform_version: '1.9.0', resources }));
    const proto = fc.constantFrom(...SMALL_PLAN_TEXTS).map((t) => t.replace(/\{(?=\s*")/g, '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, '));
    fc.assert(fc.property(fc.oneof(fc.json({ maxDepth: 4 }), skeleton, rawState, proto, anyString), (text) => void readPlan(text)), runs(300));
  }, timeout(30_000));
});

/**
 * Reduced counterexamples the structural mutations found: shapes the plan schema does not check
 * (it covers only what tells the document's kind) and nesting deeper than the stack. Each once threw
 * out of readPlanDocument, and so out of lint(), costing every other file's findings. Damaged
 * references now count as none; anything else that fails costs only its own document.
 */
describe('plan loader: reduced counterexamples', () => {
  const change = (address: string, module?: string) =>
    `{"address":"${address}",${module ? `"module_address":"${module}",` : ''}"mode":"managed","type":"azurerm_container_registry","name":"b","change":{"actions":["create"],"after":{"x":"v"}}}`;
  const configured = (expressions: string) =>
    `{"format_version":"1.2","resource_changes":[${change('azurerm_container_registry.b')}],"configuration":{"root_module":{"resources":[{"address":"azurerm_container_registry.b","type":"azurerm_container_registry","name":"b","expressions":${expressions}}]}}}`;
  const deep = (n: number, open: string, close: string) => open.repeat(n) + close.repeat(n);

  it.each([
    ['references is not a list', configured('{"x":{"references":{}}}')],
    ['a reference is not a string', configured('{"x":{"references":[null]}}')],
    [
      "a module argument's references is not a list",
      `{"format_version":"1.2","resource_changes":[${change('module.m.azurerm_container_registry.b', 'module.m')}],"configuration":{"root_module":{"module_calls":{"m":{"expressions":{"v":{"references":1}},"module":{"resources":[{"address":"azurerm_container_registry.b","type":"azurerm_container_registry","name":"b","expressions":{"x":{"references":["var.v"]}}}]}}}}}}`,
    ],
  ])('%s: read as no references', (_title, text) => {
    const graph = readPlan(text);
    expect(graph.diagnostics).toEqual([]);
    expect(graph.resources).toHaveLength(1);
    expect(graph.resources[0]?.attributes.get('x')?.refs).toBeUndefined();
  });

  it.each([
    ['raw state: a resource is null', '{"version":4,"lineage":"x","resources":[null]}', /^not a state file tf-acr-lint can read: \/resources\/0 must be object$/],
    ['raw state: an instance is null', '{"version":4,"lineage":"x","resources":[{"mode":"managed","type":"a","name":"b","instances":[null]}]}', /^not a state file tf-acr-lint can read: \/resources\/0\/instances\/0 must be object$/],
    ['raw state: instances is not a list', '{"version":4,"lineage":"x","resources":[{"mode":"managed","type":"a","name":"b","instances":{}}]}', /^not a state file tf-acr-lint can read: \/resources\/0\/instances must be array$/],
    ['raw state: instances is a string', '{"version":4,"lineage":"x","resources":[{"mode":"managed","type":"a","name":"b","instances":"x"}]}', /^not a state file tf-acr-lint can read: \/resources\/0\/instances must be array$/],
    ['raw state: module is not a string', '{"version":4,"lineage":"x","resources":[{"module":{"x":1},"mode":"managed","type":"a","name":"b","instances":[{"attributes":{}}]}]}', /^not a state file tf-acr-lint can read: \/resources\/0\/module must be string$/],
    ['raw state: an index key is an object', '{"version":4,"lineage":"x","resources":[{"mode":"managed","type":"a","name":"b","instances":[{"index_key":{"a":1},"attributes":{}}]}]}', /index_key must be string,integer$/],
    ['raw state: attributes is a string', '{"version":4,"lineage":"x","resources":[{"mode":"managed","type":"a","name":"b","instances":[{"attributes":"x"}]}]}', /attributes must be object,null$/],
    ['raw state: a resource has no mode', '{"version":4,"lineage":"x","resources":[{"type":"a","name":"b","instances":[]}]}', /\/resources\/0 must have required property 'mode'$/],
    ['child modules nested 10,000 deep (schema validation)', `{"format_version":"1.2","planned_values":{"root_module":${deep(10_000, '{"child_modules":[', ']}').replace('[]', '[{}]')}}}`, /nested or chained too deeply/],
  ])('%s: an error diagnostic, no exception', (_title, text, message) => {
    const graph = readPlan(text);
    expect(graph.resources).toEqual([]);
    expect(graph.diagnostics).toEqual([expect.objectContaining({ severity: 'error', file: 'plan.json', message: expect.stringMatching(message) })]);
  });

  it('an attribute nested 10,000 deep: the resource is read, and the attribute is unknown below 256 levels', () => {
    const graph = readPlan(
      `{"format_version":"1.2","resource_changes":[{"address":"a.b","mode":"managed","type":"azurerm_container_registry","name":"b","change":{"actions":["create"],"after":{"x":${deep(10_000, '[', ']')},"sku":"Premium"}}}]}`,
    );
    expect(graph.diagnostics).toEqual([]);
    const attributes = graph.resources[0]!.attributes;
    expect(toPlain(attributes.get('sku')!)).toBe('Premium');
    let value = attributes.get('x');
    let levels = 1;
    while (value?.known && Array.isArray(value.value)) {
      value = value.value[0];
      levels++;
    }
    expect(levels).toBe(MAX_NESTING + 1);
    expect(value).toMatchObject({ known: false, why: 'a.b: nested deeper than 256 levels; tf-acr-lint reads no deeper' });
  });
});

describe('the whole pipeline', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-fuzz-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lint never throws on generated or mutated configurations beside a mutated plan', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(hclFile, mutated(TF_TEXTS)), mutatedJson(PLAN_DOCS, 3), async (tf, plan) => {
        const dir = path.join(root, String(n++));
        mkdirSync(dir);
        writeFileSync(path.join(dir, 'main.tf'), tf);
        const planPath = path.join(dir, 'plan.json');
        writeFileSync(planPath, plan);
        const result = await lint([dir, planPath], { root: dir, commandLine: [], rules: ALL_RULES });
        if (!Array.isArray(result.findings) || !Array.isArray(result.diagnostics)) throw new Error('not a lint result');
        // A malformed plan may end in an internal-error diagnostic (the plan schema checks only the
        // document's outline); the configuration never may.
        const internal = result.diagnostics.filter((d) => d.file !== 'plan.json' && /internal error|stack ran out/.test(d.message));
        if (internal.length > 0) throw new Error(`internal error: ${internal.map((d) => `${d.file}: ${d.message}`).join('; ')}`);
        expectNoPollution();
      }),
      runs(12),
    );
  }, timeout(30_000));
});
