/**
 * The design's one direction of data flow, held over the imports of every module under `src/` and
 * `rules/`: load → front-end (hcl, plan) → graph (model) → adapt → rules → findings (engine) →
 * reporters, with the command and the Action on top doing the I/O. A module that reaches back up
 * the flow fails here, naming the importing file and the module it imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** One import, export-from, dynamic import() or import('…') type of a module. */
interface ImportEdge {
  /** The importing file, repository-relative with POSIX separators. */
  from: string;
  /** The specifier as written. */
  specifier: string;
  /** The imported file, repository-relative (`.ts`), or the specifier itself for a package. */
  to: string;
  /** Whether only types are imported: erased from the JavaScript, but still a dependency of the design. */
  typeOnly: boolean;
}

type Layer = 'model' | 'load' | 'config' | 'hcl' | 'plan' | 'adapt' | 'engine' | 'rules' | 'report' | 'pipeline' | 'package-info' | 'build' | 'io' | 'test';

/** Where each module sits in the flow; a file none of these name fails the test until it is placed. */
function layerOf(file: string): Layer | undefined {
  const places: [RegExp, Layer][] = [
    [/^src\/model\//, 'model'],
    [/^src\/load\//, 'load'],
    [/^src\/config\//, 'config'],
    [/^src\/frontends\/hcl\//, 'hcl'],
    [/^src\/frontends\/plan\//, 'plan'],
    [/^src\/adapt\//, 'adapt'],
    [/^src\/engine\//, 'engine'],
    [/^rules\//, 'rules'],
    [/^src\/report\//, 'report'],
    // lint(): load → front-end → adapt → rules, without I/O of its own beyond reading the inputs.
    [/^src\/lint\.ts$/, 'pipeline'],
    [/^src\/package-info\.ts$/, 'package-info'],
    [/^src\/bundle\.ts$/, 'build'],
    // The command and the Action: arguments, environment, streams, files written.
    [/^src\/(cli|scan|bin|action|action-entry|overwrite)\.ts$/, 'io'],
    [/^test\//, 'test'],
  ];
  return places.find(([pattern]) => pattern.test(file))?.[1];
}

const EVERYTHING_BUT_TESTS: Layer[] = ['model', 'load', 'config', 'hcl', 'plan', 'adapt', 'engine', 'rules', 'report', 'pipeline', 'package-info', 'io'];

/** The layers each layer may import besides its own. */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  model: [],
  load: ['model'],
  hcl: ['model', 'load'],
  // The plan front-end maps plan addresses back to the HCL that wrote them (DESIGN: "When the
  // configuration's sources are also available … mapped back to its HCL span"), and reads a
  // registry module call with the same known-module model: it reuses the HCL front-end, never the reverse.
  plan: ['model', 'load', 'hcl'],
  adapt: ['model'],
  // Only the type of the adapted model, which a rule's context carries (see ENGINE_MAY_IMPORT_FROM_ADAPT).
  engine: ['model', 'adapt'],
  // Only the adapted model's API (see RULES_MAY_IMPORT_FROM_ADAPT).
  rules: ['model', 'engine', 'adapt'],
  report: ['model', 'engine', 'package-info'],
  // The configuration file names rules and levels (engine) and is found and read like any input (load).
  config: ['model', 'load', 'engine'],
  pipeline: ['model', 'load', 'hcl', 'plan', 'adapt', 'engine'],
  'package-info': [],
  build: [],
  io: EVERYTHING_BUT_TESTS,
  test: [...EVERYTHING_BUT_TESTS, 'build'],
};

/** The engine knows the adapted model only as the type a rule's `check(ctx)` receives. */
const ENGINE_MAY_IMPORT_FROM_ADAPT = new Set(['src/adapt/acr-model.ts']);

/**
 * The modules of `src/adapt/` that are the adapted model's API: its types and the queries over them
 * that more than one rule asks (a cache rule's repository paths and upstream, whether a registry's
 * network rules restrict it, which Key Vault a credential set's secret lives in and who may read it).
 * They are pure functions of the typed model, written once so that rules agree, and hold the tables
 * the adapter's defaults cite; what builds the model from resources (adapt.ts, registry.ts,
 * children.ts, defaults.ts, values.ts, …) stays out of the rules' reach.
 */
const RULES_MAY_IMPORT_FROM_ADAPT = new Set(['src/adapt/acr-model.ts', 'src/adapt/repository.ts', 'src/adapt/restriction.ts', 'src/adapt/key-vault.ts']);

/** Layers of pure functions: they read no files and write none (the design's reporters are "pure functions from findings to text"). */
const PURE: ReadonlySet<Layer> = new Set(['model', 'adapt', 'engine', 'rules', 'report']);
const FILE_SYSTEM = /^(node:)?(fs|fs\/promises|child_process)$/;

function tsFilesUnder(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return tsFilesUnder(relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
}

/** Every import of `file` (repository-relative), read with the TypeScript parser. */
function importsOf(file: string, text: string): ImportEdge[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const edges: ImportEdge[] = [];
  const add = (specifier: string, typeOnly: boolean): void => {
    const to = specifier.startsWith('.') ? path.posix.join(path.posix.dirname(file), specifier).replace(/\.js$/, '.ts') : specifier;
    edges.push({ from: file, specifier, to, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const allNamedAreTypes = clause?.name === undefined && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
      add(node.moduleSpecifier.text, clause?.isTypeOnly === true || allNamedAreTypes);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument !== undefined && ts.isStringLiteralLike(argument)) add(argument.text, false);
      else edges.push({ from: file, specifier: argument?.getText(source) ?? '', to: '(computed)', typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

/** What is wrong with one import, or undefined when the design allows it. */
function violationOf(edge: ImportEdge): string | undefined {
  const from = layerOf(edge.from);
  const where = `${edge.from} imports ${edge.to === edge.specifier ? `'${edge.specifier}'` : `${edge.to} ('${edge.specifier}')`}`;
  if (from === undefined) return `${edge.from} is in no layer: place it in test/architecture.test.ts's layerOf`;
  if (edge.to === '(computed)') return `${where}: a computed import() cannot be checked`;
  if (!edge.specifier.startsWith('.')) {
    return PURE.has(from) && FILE_SYSTEM.test(edge.specifier) ? `${where}: ${from} is pure and does no file I/O` : undefined;
  }
  const to = layerOf(edge.to);
  if (to === 'test' && from !== 'test') return `${where}: nothing under src/ or rules/ imports from test/`;
  if (to === undefined) return `${where}: the imported module is in no layer`;
  if (to === from) return undefined;
  if (!MAY_IMPORT[from].includes(to)) return `${where}: ${from} may import only ${MAY_IMPORT[from].join(', ') || 'its own modules'}, not ${to}`;
  if (from === 'engine' && to === 'adapt' && (!edge.typeOnly || !ENGINE_MAY_IMPORT_FROM_ADAPT.has(edge.to))) {
    return `${where}: the engine may import only types from ${[...ENGINE_MAY_IMPORT_FROM_ADAPT].join(', ')}`;
  }
  if (from === 'rules' && to === 'adapt' && !RULES_MAY_IMPORT_FROM_ADAPT.has(edge.to)) {
    return `${where}: rules may import from src/adapt only the adapted model's API (${[...RULES_MAY_IMPORT_FROM_ADAPT].join(', ')})`;
  }
  return undefined;
}

/** The import cycles among `edges`' modules (strongly connected components of more than one module), each sorted. */
function cyclesOf(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of next.keys()) if (!index.has(v)) connect(v);
  return cycles;
}

const SOURCES = [...tsFilesUnder('src'), ...tsFilesUnder('rules')];
const EDGES = SOURCES.flatMap((file) => importsOf(file, readFileSync(path.join(REPO_ROOT, file), 'utf8')));

describe('architecture: the one direction of data flow', () => {
  it('finds the sources and their imports', () => {
    expect(SOURCES).toContain('src/model/value.ts');
    expect(SOURCES).toContain('rules/index.ts');
    expect(EDGES.filter((e) => e.from === 'src/lint.ts').map((e) => e.to)).toContain('src/adapt/adapt.ts');
  });

  it('places every module in a layer', () => {
    expect(SOURCES.filter((file) => layerOf(file) === undefined)).toEqual([]);
  });

  it('imports only what each layer may import', () => {
    expect(EDGES.map(violationOf).filter((v) => v !== undefined)).toEqual([]);
  });

  it('imports only modules that exist', () => {
    const known = new Set(SOURCES);
    expect(EDGES.filter((e) => e.specifier.startsWith('.') && !known.has(e.to)).map((e) => `${e.from} imports ${e.specifier}, which is not a source file`)).toEqual([]);
  });

  it('has no import cycle between modules (type-only imports included)', () => {
    const local = EDGES.filter((e) => e.specifier.startsWith('.'));
    expect(cyclesOf(local).map((cycle) => cycle.join(' ⇄ '))).toEqual([]);
  });

  it('has no cycle between layers', () => {
    const layers = Object.keys(MAY_IMPORT) as Layer[];
    const edges = layers.flatMap((from) => MAY_IMPORT[from].map((to) => ({ from, specifier: to, to, typeOnly: false })));
    expect(cyclesOf(edges)).toEqual([]);
  });

  describe('the check itself', () => {
    const check = (file: string, text: string) => importsOf(file, text).map(violationOf);
    it('names the importing file and the imported module of a backward import', () => {
      expect(check('src/model/graph.ts', "import { lint } from '../lint.js';")).toEqual(['src/model/graph.ts imports src/lint.ts (\'../lint.js\'): model may import only its own modules, not pipeline']);
      expect(check('src/engine/finding.ts', "export { x } from '../report/text.js';")[0]).toMatch(/^src\/engine\/finding\.ts imports src\/report\/text\.ts .*not report$/);
    });
    it('reads type-only and dynamic imports and import() types', () => {
      expect(check('src/load/discover.ts', "import type { X } from '../frontends/hcl/index.js';")[0]).toMatch(/not hcl$/);
      expect(check('src/load/discover.ts', "const m = await import('../scan.js');")[0]).toMatch(/not io$/);
      expect(check('src/load/discover.ts', "let x: import('../adapt/adapt.js').Adapted;")[0]).toMatch(/not adapt$/);
    });
    it('refuses imports of test/, the adapter from rules and values from adapt in the engine', () => {
      expect(check('src/report/text.ts', "import { x } from '../../test/helpers/fixtures.js';")[0]).toMatch(/nothing under src\/ or rules\/ imports from test\//);
      expect(check('rules/a.ts', "import { adapt } from '../src/adapt/adapt.js';")[0]).toMatch(/only the adapted model's API/);
      expect(check('rules/a.ts', "import { restrictionOf } from '../src/adapt/restriction.js';")).toEqual([undefined]);
      expect(check('src/engine/rule.ts', "import { allCredentialSets } from '../adapt/acr-model.js';")[0]).toMatch(/only types/);
      expect(check('src/engine/rule.ts', "import type { AcrModel } from '../adapt/acr-model.js';")).toEqual([undefined]);
    });
    it('refuses file I/O in the pure layers', () => {
      expect(check('src/report/text.ts', "import { readFileSync } from 'node:fs';")[0]).toMatch(/report is pure/);
      expect(check('src/load/discover.ts', "import { readFileSync } from 'node:fs';")).toEqual([undefined]);
    });
    it('finds cycles', () => {
      const edge = (from: string, to: string) => ({ from, specifier: `./${to}`, to, typeOnly: false });
      expect(cyclesOf([edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('c', 'd')])).toEqual([['a', 'b', 'c']]);
    });
  });
});
