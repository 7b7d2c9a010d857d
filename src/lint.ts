/**
 * The whole pipeline, without I/O beyond reading the inputs:
 * load → front-end → graph → adapt → rules → findings.
 */
import { adapt } from './adapt/adapt.js';
import type { Finding } from './engine/finding.js';
import type { Rule } from './engine/rule.js';
import { runRules } from './engine/run-rules.js';
import { readHclModules, type CommandLineInput } from './frontends/hcl/index.js';
import { readPlanDocuments } from './frontends/plan/index.js';
import { discover } from './load/discover.js';
import type { Diagnostic } from './model/graph.js';

/** Options of one lint run. */
export interface LintOptions {
  /** Paths in the results are relative to this directory. */
  root: string;
  /** `--var-file` / `--var` in command-line order. */
  commandLine: CommandLineInput[];
  /** `--source DIR`: the configuration plan documents were made from. */
  source?: string;
  rules: readonly Rule[];
}

/** What one lint run found. */
export interface LintResult {
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Number of modules (directories) evaluated. */
  modules: number;
  /** Number of configuration files found plus plan / state documents read. */
  files: number;
}

/** Lints `paths` (directories or files). Never throws for bad input: problems become diagnostics. */
export async function lint(paths: string[], options: LintOptions): Promise<LintResult> {
  const discovery = await discover(paths, options.root);
  const hcl = await readHclModules(discovery.modules, { root: options.root, commandLine: options.commandLine });
  const plans = await readPlanDocuments(discovery.documents, { root: options.root, commandLine: options.commandLine, ...(options.source ? { source: options.source } : {}) });
  const findings = runRules(adapt({ resources: [...hcl.resources, ...plans.resources], diagnostics: [] }), options.rules);
  return {
    findings,
    diagnostics: [...discovery.diagnostics, ...hcl.diagnostics, ...plans.diagnostics],
    modules: discovery.modules.length,
    files: discovery.modules.reduce((n, m) => n + m.files.length, 0) + plans.documentsRead,
  };
}
