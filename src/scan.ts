/**
 * One lint run of the CLI: checks the inputs, loads the configuration, lints, writes the report
 * and decides the exit code. Loaded only when a scan happens, so `--version` and `--help` start fast.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { ALL_RULES } from '../rules/index.js';
import { ConfigError, configuredRules, findConfig, findConfigFor, ignoredPaths, loadConfig, withCommandLine, type Config } from './config/config.js';
import { atLeast, type Level } from './engine/finding.js';
import type { Rule } from './engine/rule.js';
import type { CommandLineInput } from './frontends/hcl/index.js';
import { lint, nothingRead, type LintResult } from './lint.js';
import { packageInfo } from './package-info.js';
import { formatAnnotations } from './report/github.js';
import { jsonReportPieces } from './report/json.js';
import { chunked } from './report/pieces.js';
import { reportInputOf } from './report/report-input.js';
import { sarifPieces } from './report/sarif.js';
import { escapeControls, plural, textPieces } from './report/text.js';
import { isDirectory } from './load/discover.js';
import { overwrittenInput } from './overwrite.js';

/** Exit codes, as documented in the README. */
export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

/** Output formats. */
export type Format = 'text' | 'json' | 'sarif' | 'github';
/** `--fail-on` values. */
export type FailOn = Level | 'none';

/** The options of a scan, as the CLI parsed them. */
export interface ScanOptions {
  verbose?: boolean;
  /** `--no-prune`: false to parse every root module and build every resource of a plan. */
  prune: boolean;
  format: Format;
  output?: string;
  source?: string;
  config?: string;
  enable: string[];
  disable: string[];
  failOn: FailOn;
  color: boolean;
}

/** Runs one scan and returns the exit code. */
export async function scan(paths: string[], options: ScanOptions, commandLine: CommandLineInput[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  // Terraform stops when a variables file named on the command line is missing; so do we.
  for (const input of commandLine) {
    if (input.kind === 'var-file' && !existsSync(input.path)) {
      say(io, `--var-file ${input.path}: no such file`);
      return EXIT.usage;
    }
  }
  if (options.source !== undefined && !isDirectory(options.source)) {
    say(io, `--source ${options.source}: not a directory`);
    return EXIT.usage;
  }
  let config: Config;
  let configFile: string | undefined;
  try {
    // From the first path scanned, whose repository the report's paths follow too; else from where the scan runs.
    configFile = options.config !== undefined ? findConfig(process.cwd(), options.config) : findConfigFor(paths[0] ?? '.', process.cwd());
    config = withCommandLine(await loadConfig(configFile, ALL_RULES, process.cwd()), ALL_RULES, options.enable, options.disable);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    say(io, error.message);
    return EXIT.usage;
  }
  const overwritten = options.output !== undefined ? overwrittenInput(options.output, { paths, commandLine, configFile, varFileNoun: 'a --var-file' }) : undefined;
  if (overwritten) {
    say(io, `--output ${options.output}: ${overwritten}; the report is not written over it`);
    return EXIT.usage;
  }
  const rules = configuredRules(config, ALL_RULES);
  // Paths in reports are relative to the root of the repository scanned, so SARIF locations resolve in code
  // scanning from wherever the scan runs (the working directory's repository when the first path is in none).
  const root = repositoryRoot(path.resolve(paths[0] ?? '.')) ?? repositoryRoot(process.cwd()) ?? process.cwd();
  const result = await lint(paths, { root, commandLine, rules, prune: options.prune, ignore: ignoredPaths(config), ...(options.source !== undefined ? { source: options.source } : {}) });
  if (options.verbose) {
    const { planResources } = result.skipped;
    say(io, filesRead(result));
    if (planResources > 0) say(io, `${planResources} resources of plans or states not read (data sources, and types no rule reads)`);
  }
  // In chunks: a report of many findings is more than one string should hold (see report/pieces.ts).
  const report = chunked(render(result, rules, options, root));
  if (options.output) {
    try {
      await writeFile(options.output, report);
    } catch (error) {
      say(io, `cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      return EXIT.usage;
    }
  } else await writeAll(io.stdout, report);
  if (nothingRead(result)) return EXIT.usage;
  if (result.files === 0 && options.format === 'text') say(io, 'no .tf, .tf.json, .tofu or .tofu.json files found');
  return exitCodeFor(result, options.failOn);
}

/**
 * Writes a line to standard error. Messages quote paths, configuration keys and values from the
 * repository, so control characters are escaped: a line break could otherwise start a GitHub
 * workflow command (`::error::`) in a CI log, and an escape sequence could drive the terminal.
 */
function say(io: { stderr: NodeJS.WritableStream }, message: string): void {
  io.stderr.write(`tf-acr-lint: ${escapeControls(message)}\n`);
}

/** How many files were found, parsed and skipped (found = parsed + skipped), and why roots were skipped. */
function filesRead(result: LintResult): string {
  const { files, modules } = result.skipped;
  const roots = modules === 0 ? '' : modules === 1 ? ' (1 root module whose tree never mentions a container registry)' : ` (${modules} root modules whose trees never mention a container registry)`;
  return `${plural(result.files, 'file')} found: ${result.files - files} parsed, ${files} skipped${roots}`;
}

/** The nearest directory at or above `dir` (a file's, for a file) holding `.git` (a checkout or a worktree), if any. */
function repositoryRoot(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}


/** 1 when a finding reaches `failOn`, or (unless `none`) when an input could not be parsed. */
export function exitCodeFor(result: LintResult, failOn: FailOn): number {
  if (failOn === 'none') return EXIT.clean;
  if (result.findings.some((f) => atLeast(f.level, failOn))) return EXIT.findings;
  if (result.diagnostics.some((d) => d.severity === 'error')) return EXIT.findings;
  return EXIT.clean;
}

/** The report in `options.format`; the text report's paths are relative to the working directory, the others' to `root`. */
function render(result: LintResult, rules: readonly Rule[], options: ScanOptions, root: string): Iterable<string> {
  const input = reportInputOf(result, rules.map((r) => r.meta), packageInfo());
  if (options.format === 'json') return jsonReportPieces(input);
  // No category: the workflow gives one to upload-sarif, which keeps a category already in the log.
  if (options.format === 'sarif') return sarifPieces(input);
  if (options.format === 'github') return [formatAnnotations(input, {})];
  return textPieces(input, { color: options.color, paths: { root, cwd: process.cwd() } });
}

/**
 * Writes `chunks` to `stream`, waiting while it is full (a pipe would otherwise hold the whole
 * report). A reader that stops early (`| head`) closes the pipe: the rest goes nowhere, and the
 * scan still ends with its own exit code (the executable reports other write errors).
 */
async function writeAll(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  const closed = (): boolean => (stream as Writable).destroyed === true;
  for (const chunk of chunks) {
    if (closed()) return;
    if (!stream.write(chunk) && !closed()) await drainedOrClosed(stream);
  }
}

/** Resolves when `stream` can take more, or will never again (it closed, or failed). */
function drainedOrClosed(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      for (const event of ['drain', 'close', 'error']) stream.off(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'error']) stream.on(event, done);
  });
}
