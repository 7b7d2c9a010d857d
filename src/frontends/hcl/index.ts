/**
 * The HCL front-end: reads each module's `.tf` / `.tf.json` files, gathers variable inputs in
 * Terraform's precedence order, evaluates the module and returns the resource graph.
 */
import path from 'node:path';
import type { Parser } from 'web-tree-sitter';
import type { Diagnostic, Graph, Resource } from '../../model/graph.js';
import type { Span } from '../../model/span.js';
import type { ModuleSource } from '../../load/discover.js';
import { readSource, type SourceRead } from '../../load/read-source.js';
import { readJsonConfig, readJsonVarsFile } from './json-syntax.js';
import { evaluateModule, type VariableInput } from './module.js';
import { parseJsonTemplate, readNativeConfig } from './native-syntax.js';
import type { Attribute, ConfigFile, Expr, SyntaxProblem } from './syntax.js';
import { hclParser } from './tree-sitter.js';

/** A variable input given on the command line, in the order it was given. */
export type CommandLineInput = { kind: 'var-file'; path: string } | { kind: 'var'; assignment: string };

/** Options for reading HCL modules. */
export interface HclOptions {
  /** Directory that paths in spans and diagnostics are relative to. */
  root: string;
  /** `--var-file` and `--var`, in command-line order (Terraform applies them in that order, after the automatic files). */
  commandLine: CommandLineInput[];
}

/** Reads and evaluates every module; a file that cannot be parsed is a diagnostic and the rest go on. */
export async function readHclModules(modules: ModuleSource[], options: HclOptions): Promise<Graph> {
  const parser = await hclParser();
  const resources: Resource[] = [];
  const diagnostics: Diagnostic[] = [];
  const commandLine = await readCommandLineInputs(parser, options, diagnostics);
  for (const module of modules) {
    // Reading is I/O: start every file of the module at once; parsing stays in file order.
    const sources = module.files.map((file) => readSource(path.resolve(options.root, file), file));
    const files: ConfigFile[] = [];
    for (const [i, file] of module.files.entries()) {
      const source = await sources[i]!;
      const config = isolated(file, diagnostics, () => parseConfigFile(parser, source, file, diagnostics));
      if (config) files.push(config);
    }
    if (files.length === 0) continue;
    const inputs = new Map<string, VariableInput>();
    for (const varFile of module.autoVarFiles) {
      for (const a of await readVarFile(parser, path.resolve(options.root, varFile), varFile, diagnostics)) inputs.set(a.name, { kind: 'tfvars', expr: a.expr });
    }
    for (const [name, input] of commandLine) inputs.set(name, input);
    resources.push(...(isolated(module.dir, diagnostics, () => evaluateModule(module.dir, files, inputs).resources) ?? []));
  }
  return { resources, diagnostics };
}

/**
 * Runs one file's or one module's work so that a bug in tf-acr-lint costs that file or module only,
 * never the findings of the others: the failure becomes a diagnostic naming the place.
 */
function isolated<T>(file: string, diagnostics: Diagnostic[], work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    const message =
      error instanceof RangeError
        ? 'nested too deeply to process; it is not evaluated'
        : `tf-acr-lint could not process this: ${error instanceof Error ? error.message : String(error)} (internal error; please report it)`;
    diagnostics.push({ severity: 'error', file, message });
    return undefined;
  }
}

/** Parses a `.tf` or `.tf.json` file; undefined (with diagnostics) when it could not be read or has syntax errors. */
function parseConfigFile(parser: Parser, source: SourceRead, file: string, diagnostics: Diagnostic[]): ConfigFile | undefined {
  if (!source.ok) {
    diagnostics.push(source.diagnostic);
    return undefined;
  }
  const { config, problems } = file.endsWith('.json')
    ? readJsonConfig(source.text, file, (template, span) => parseJsonTemplate(parser, template, span))
    : readNativeConfig(parser, source.text, file);
  diagnostics.push(...problems.map(toDiagnostic));
  // Terraform refuses a configuration with syntax errors; evaluating what is left could invent findings.
  return problems.some((p) => p.severity === 'error') ? undefined : config;
}

/** The assignments of a `.tfvars` / `.tfvars.json` file. */
async function readVarFile(parser: Parser, absolutePath: string, file: string, diagnostics: Diagnostic[]): Promise<Attribute[]> {
  const source = await readSource(absolutePath, file);
  if (!source.ok) {
    diagnostics.push(source.diagnostic);
    return [];
  }
  if (file.endsWith('.json')) {
    const { attributes, problems } = readJsonVarsFile(source.text, file);
    diagnostics.push(...problems.map(toDiagnostic));
    return problems.some((p) => p.severity === 'error') ? [] : (attributes ?? []);
  }
  const { config, problems } = readNativeConfig(parser, source.text, file);
  diagnostics.push(...problems.map(toDiagnostic));
  if (!config || problems.some((p) => p.severity === 'error')) return [];
  for (const block of config.body.blocks) {
    diagnostics.push(toDiagnostic({ severity: 'warning', message: `a variables file holds only assignments; the "${block.type}" block is ignored`, span: block.headerSpan }));
  }
  return config.body.attributes;
}

/** `--var-file` and `--var` values, in command-line order (later wins). */
async function readCommandLineInputs(parser: Parser, options: HclOptions, diagnostics: Diagnostic[]): Promise<Map<string, VariableInput>> {
  const inputs = new Map<string, VariableInput>();
  for (const input of options.commandLine) {
    if (input.kind === 'var-file') {
      const file = path.relative(options.root, path.resolve(input.path)).split(path.sep).join('/');
      for (const a of await readVarFile(parser, path.resolve(input.path), file, diagnostics)) inputs.set(a.name, { kind: 'tfvars', expr: a.expr });
      continue;
    }
    const parsed = parseCommandLineVar(parser, input.assignment);
    if (parsed) inputs.set(parsed.name, parsed.input);
  }
  return inputs;
}

/**
 * `--var name=value`: the value is a string for primitive-typed variables, and an HCL expression
 * for collection types, as Terraform does. Both readings are kept; the module picks by type.
 */
function parseCommandLineVar(parser: Parser, assignment: string): { name: string; input: VariableInput } | undefined {
  const eq = assignment.indexOf('=');
  if (eq <= 0) return undefined;
  const name = assignment.slice(0, eq).trim();
  const raw = assignment.slice(eq + 1);
  const { config, problems } = readNativeConfig(parser, `v = ${raw}\n`, '--var');
  const attribute = problems.length === 0 ? config?.body.attributes[0] : undefined;
  const expr: Expr = attribute?.expr ?? { kind: 'unsupported', reason: `--var ${name}: the value is not a valid HCL expression`, span: COMMAND_LINE_SPAN };
  return { name, input: { kind: 'cli-var', expr, raw } };
}

/** Stands in where a `--var` expression needs a span; the module drops it (command-line values have no place in a file). */
const COMMAND_LINE_SPAN: Span = { file: '--var', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

function toDiagnostic(p: SyntaxProblem): Diagnostic {
  return {
    severity: p.severity,
    message: p.message,
    file: p.span.file,
    line: p.span.start.line,
    column: p.span.start.column,
    endLine: p.span.end.line,
    endColumn: p.span.end.column,
  };
}
