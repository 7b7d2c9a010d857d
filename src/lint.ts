/**
 * The whole pipeline, without I/O beyond reading the inputs:
 * load → front-end → graph → adapt → rules → findings.
 */
import { adapt } from './adapt/adapt.js';
import type { Finding } from './engine/finding.js';
import type { Rule } from './engine/rule.js';
import { runRules } from './engine/run-rules.js';
import { readHclModules, type CommandLineInput } from './frontends/hcl/index.js';
import { discover } from './load/discover.js';
import type { Diagnostic } from './model/graph.js';

/** Options of one lint run. */
export interface LintOptions {
  /** Paths in the results are relative to this directory. */
  root: string;
  /** `--var-file` / `--var` in command-line order. */
  commandLine: CommandLineInput[];
  rules: readonly Rule[];
}

/** What one lint run found. */
export interface LintResult {
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Number of modules (directories) evaluated. */
  modules: number;
  /** Number of configuration files read. */
  files: number;
}

/** Lints `paths` (directories or files). Never throws for bad input: problems become diagnostics. */
export async function lint(paths: string[], options: LintOptions): Promise<LintResult> {
  const discovery = await discover(paths, options.root);
  const graph = await readHclModules(discovery.modules, { root: options.root, commandLine: options.commandLine });
  const findings = runRules(adapt(graph), options.rules);
  return {
    findings,
    diagnostics: [...discovery.diagnostics, ...graph.diagnostics],
    modules: discovery.modules.length,
    files: discovery.modules.reduce((n, m) => n + m.files.length, 0),
  };
}
