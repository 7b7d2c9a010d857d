/**
 * The HCL front-end: loads each root module with the modules it calls, gathers variable inputs in
 * Terraform's precedence order, evaluates the tree and returns the resource graph.
 */
import path from 'node:path';
import type { Diagnostic, Graph, Resource, UnreadModuleCall } from '../../model/graph.js';
import type { Span } from '../../model/span.js';
import { realPathOf, toPosix, type ModuleSource } from '../../load/discover.js';
import { ModuleLoader } from './module-loader.js';
import { Relevance } from './relevance.js';
import { evaluateRootModule, type VariableInput } from './module.js';
import { readNativeConfig } from './native-syntax.js';
import { isolated, readVarFile } from './read-config.js';
import type { Expr } from './syntax.js';
import { appendAll } from '../../model/append.js';

/** A variable input given on the command line, in the order it was given. */
export type CommandLineInput = { kind: 'var-file'; path: string } | { kind: 'var'; assignment: string };

/** Options for reading HCL modules. */
export interface HclOptions {
  /** Directory that paths in spans and diagnostics are relative to. */
  root: string;
  /** Skip root modules whose tree never mentions a container registry (default true; see `relevance.ts`). */
  prune?: boolean;
  /** `--var-file` and `--var`, in command-line order (Terraform applies them in that order, after the automatic files). */
  commandLine: CommandLineInput[];
}

/**
 * Reads and evaluates every root module. A directory that another scanned module calls by a local
 * source is evaluated as part of its caller, not on its own. A file that cannot be parsed is a
 * diagnostic, and the rest go on. `files` counts every configuration file found, those of the
 * modules the roots call (installed ones too) included; `skipped.files` those of them never parsed.
 */
export function readHclModules(modules: ModuleSource[], options: HclOptions): Graph & { files: number; skipped: Skipped } {
  const diagnostics: Diagnostic[] = [];
  const loader = new ModuleLoader(options.root, diagnostics);
  const relevance = new Relevance(loader);
  const commandLine = readCommandLineInputs(options, diagnostics);
  // Who calls whom decides the roots: read from the text when pruning, parsed when everything is parsed anyway.
  const calleesOf = (source: ModuleSource): string[] =>
    options.prune !== false ? relevance.localCallees(source.absoluteDir, source.files) : loader.localCallees(source.absoluteDir, source.files);
  const roots = rootModules(modules, calleesOf);
  let skippedRoots = 0;
  const resources: Resource[] = [];
  // Strings of the values of variables declared sensitive, which no message may print.
  const sensitive = new Set<string>();
  const sensitiveKeys = new Set<string>();
  const unreadCalls: UnreadModuleCall[] = [];
  for (const source of roots) {
    if (options.prune !== false && !relevance.relevantRoot(source.absoluteDir, source.files)) {
      skippedRoots++;
      appendAll(diagnostics, relevance.unreadable(source.absoluteDir, source.files));
      continue;
    }
    const tree = loader.loadRoot(source.absoluteDir, source.files);
    if (tree.files.length === 0) continue;
    const inputs = new Map<string, VariableInput>();
    for (const varFile of source.autoVarFiles) {
      for (const a of readVarFile(path.resolve(options.root, varFile), varFile, diagnostics)) inputs.set(a.name, { kind: 'tfvars', expr: a.expr });
    }
    for (const [name, input] of commandLine) inputs.set(name, input);
    appendAll(resources, isolated(source.dir, diagnostics, () => evaluateRootModule(source.dir, tree, inputs, diagnostics, sensitive, unreadCalls, sensitiveKeys)) ?? []);
  }
  const { read, parsed } = loader.fileCounts();
  return { resources, diagnostics, unreadCalls, suppressions: loader.suppressions(), sensitive: [...sensitive], sensitiveKeys: [...sensitiveKeys], files: read, skipped: { modules: skippedRoots, files: read - parsed } };
}

/**
 * The modules evaluated on their own: those no scanned module calls by a local source, in scan
 * order; then, for modules that only call each other (a module that calls itself, two that call
 * each other), the first in path order of each group no module outside it calls, so that its cycle
 * is reported and its resources linted instead of the whole group being taken for callees and left
 * out. A module such a group calls is evaluated through it, with the arguments it is given.
 */
export function rootModules(modules: readonly ModuleSource[], calleesOf: (source: ModuleSource) => readonly string[]): ModuleSource[] {
  // Directories are compared with their symbolic links resolved: the walk reaches a module through one path, a call may name another.
  const dirOf = new Map(modules.map((m) => [m, realPathOf(m.absoluteDir)]));
  const dir = (m: ModuleSource): string => dirOf.get(m)!;
  const scanned = new Set(dirOf.values());
  const callees = new Map(modules.map((m) => [dir(m), calleesOf(m).map(realPathOf).filter((callee) => scanned.has(callee))]));
  const called = new Set([...callees.values()].flat());
  const roots = modules.filter((m) => !called.has(dir(m)));
  const reached = reachable(roots.map(dir), callees);
  const unreached = modules.filter((m) => !reached.has(dir(m)));
  if (unreached.length === 0) return roots;
  // What is left is reached only from groups that call each other: their components, and of those no other calls, the first module in path order.
  const component = components(unreached.map(dir), callees);
  const calledFromOutside = new Set<number>();
  for (const m of unreached) {
    for (const callee of callees.get(dir(m)) ?? []) if (component.get(callee) !== component.get(dir(m))) calledFromOutside.add(component.get(callee)!);
  }
  const seen = new Set<number>();
  for (const m of unreached) {
    const c = component.get(dir(m))!;
    if (calledFromOutside.has(c) || seen.has(c)) continue;
    seen.add(c);
    roots.push(m);
  }
  return roots;
}

/** Every directory `edges` lead to from `from`, those included. */
function reachable(from: readonly string[], edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [...from];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    for (const dir of edges.get(next) ?? []) stack.push(dir);
  }
  return seen;
}

/**
 * The strongly connected components of the graph `edges` makes of `nodes` (edges to other nodes are
 * not followed), numbered: Kosaraju's two depth-first passes, without recursion.
 */
function components(nodes: readonly string[], edges: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const inside = new Set(nodes);
  const outgoing = new Map(nodes.map((dir) => [dir, (edges.get(dir) ?? []).filter((d) => inside.has(d))]));
  const out = (dir: string): readonly string[] => outgoing.get(dir) ?? [];
  const reverse = new Map<string, string[]>();
  for (const dir of nodes) {
    for (const to of out(dir)) {
      const list = reverse.get(to);
      if (list) list.push(dir);
      else reverse.set(to, [dir]);
    }
  }
  // First pass: the order in which the nodes finish.
  const finished: string[] = [];
  const visited = new Set<string>();
  for (const start of nodes) {
    if (visited.has(start)) continue;
    visited.add(start);
    const stack: [string, number][] = [[start, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const next = out(top[0])[top[1]++];
      if (next === undefined) {
        finished.push(top[0]);
        stack.pop();
      } else if (!visited.has(next)) {
        visited.add(next);
        stack.push([next, 0]);
      }
    }
  }
  // Second pass, on the reversed graph, latest finished first: each search is one component.
  const component = new Map<string, number>();
  let count = 0;
  for (const start of finished.reverse()) {
    if (component.has(start)) continue;
    const stack = [start];
    component.set(start, count);
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      for (const from of reverse.get(next) ?? []) {
        if (component.has(from)) continue;
        component.set(from, count);
        stack.push(from);
      }
    }
    count++;
  }
  return component;
}

/** Root modules left unparsed because nothing in their trees can matter, and the files never parsed. */
export interface Skipped {
  modules: number;
  /** Files found (a skipped root's own, and those of the modules it calls) and never parsed. */
  files: number;
}
/** `--var-file` and `--var` values, in command-line order (later wins). */
function readCommandLineInputs(options: HclOptions, diagnostics: Diagnostic[]): Map<string, VariableInput> {
  const inputs = new Map<string, VariableInput>();
  for (const input of options.commandLine) {
    if (input.kind === 'var-file') {
      const file = toPosix(path.relative(options.root, path.resolve(input.path)));
      for (const a of readVarFile(path.resolve(input.path), file, diagnostics)) inputs.set(a.name, { kind: 'tfvars', expr: a.expr });
      continue;
    }
    const parsed = parseCommandLineVar(input.assignment);
    if (parsed) inputs.set(parsed.name, parsed.input);
  }
  return inputs;
}

/**
 * `--var name=value`: the value is a string for variables of a primitive type or none, and an HCL
 * expression for others (`any` included), as Terraform does. Both readings are kept; the module
 * picks by type.
 */
function parseCommandLineVar(assignment: string): { name: string; input: VariableInput } | undefined {
  const eq = assignment.indexOf('=');
  if (eq <= 0) return undefined;
  const name = assignment.slice(0, eq).trim();
  const raw = assignment.slice(eq + 1);
  const { config, problems } = readNativeConfig(`v = ${raw}\n`, '--var');
  const attribute = problems.length === 0 ? config?.body.attributes[0] : undefined;
  const expr: Expr = attribute?.expr ?? { kind: 'unsupported', reason: `--var ${name}: the value is not a valid HCL expression`, span: COMMAND_LINE_SPAN };
  return { name, input: { kind: 'cli-var', expr, raw } };
}

/** Stands in where a `--var` expression needs a span; the module drops it (command-line values have no place in a file). */
const COMMAND_LINE_SPAN: Span = { file: '--var', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
