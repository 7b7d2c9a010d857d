/**
 * Reading configuration and variable files into syntax trees, with every problem turned into a
 * diagnostic. A file with syntax errors is left out of evaluation, as Terraform would refuse it.
 */
import type { Diagnostic } from '../../model/graph.js';
import { readSource, type SourceRead } from '../../load/read-source.js';
import { readJsonConfig, readJsonVarsFile } from './json-syntax.js';
import { parseJsonTemplate, readNativeConfig } from './native-syntax.js';
import { findSuppressions } from './suppressions.js';
import type { Attribute, ConfigFile, SyntaxProblem } from './syntax.js';
import { appendAll } from '../../model/append.js';

/**
 * Runs one file's or one module's work so that a bug in tf-acr-lint costs that file or module only,
 * never the findings of the others: the failure becomes a diagnostic naming the place.
 */
export function isolated<T>(file: string, diagnostics: Diagnostic[], work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    const message =
      error instanceof RangeError && /call stack/i.test(error.message)
        ? 'nested or chained too deeply to process (the JavaScript stack ran out); it is not evaluated'
        : `tf-acr-lint could not process this: ${error instanceof Error ? error.message : String(error)} (internal error; please report it)`;
    diagnostics.push({ severity: 'error', file, message });
    return undefined;
  }
}

/** Parses a `.tf` or `.tf.json` file; undefined (with diagnostics) when it could not be read or has syntax errors. */
export function parseConfigFile(source: SourceRead, file: string, diagnostics: Diagnostic[]): ConfigFile | undefined {
  if (!source.ok) {
    diagnostics.push(source.diagnostic);
    return undefined;
  }
  const { config, problems } = file.endsWith('.json')
    ? readJsonConfig(source.text, file, parseJsonTemplate)
    : readNativeConfig(source.text, file);
  appendAll(diagnostics, problems.map(toDiagnostic));
  // Terraform refuses a configuration with syntax errors; evaluating what is left could invent findings.
  if (!config || problems.some((p) => p.severity === 'error')) return undefined;
  return config.json ? config : { ...config, suppressions: findSuppressions(config, source.text) };
}

/** The assignments of a `.tfvars` / `.tfvars.json` file. */
export function readVarFile(absolutePath: string, file: string, diagnostics: Diagnostic[]): Attribute[] {
  const source = readSource(absolutePath, file);
  if (!source.ok) {
    diagnostics.push(source.diagnostic);
    return [];
  }
  const read = isolated(file, diagnostics, () => (file.endsWith('.json') ? readJsonVarsFile(source.text, file) : readNativeVars(source.text, file)));
  if (!read) return [];
  appendAll(diagnostics, read.problems.map(toDiagnostic));
  return read.problems.some((p) => p.severity === 'error') ? [] : (read.attributes ?? []);
}

/** The assignments of a `.tfvars` file; a block in it is ignored, with a warning. */
function readNativeVars(text: string, file: string): { attributes?: Attribute[]; problems: SyntaxProblem[] } {
  const { config, problems } = readNativeConfig(text, file);
  if (!config || problems.some((p) => p.severity === 'error')) return { problems };
  const ignored = config.body.blocks.map((block): SyntaxProblem => ({ severity: 'warning', message: `a variables file holds only assignments; the "${block.type}" block is ignored`, span: block.headerSpan }));
  return { attributes: config.body.attributes, problems: [...problems, ...ignored] };
}

/** A syntax problem as a diagnostic. */
export function toDiagnostic(p: SyntaxProblem): Diagnostic {
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
