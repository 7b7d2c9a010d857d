/**
 * The whole pipeline, without I/O beyond reading the inputs:
 * load → front-end → graph → adapt → rules → findings.
 */
import { adapt } from './adapt/adapt.js';
import { isAdapted } from './adapt/adapted-types.js';
import type { Finding } from './engine/finding.js';
import type { Rule } from './engine/rule.js';
import { forOutput, outputText } from './engine/output-text.js';
import { runRules } from './engine/run-rules.js';
import { readHclModules, type CommandLineInput, type Skipped } from './frontends/hcl/index.js';
import { discover } from './load/discover.js';
import type { Diagnostic } from './model/graph.js';
// Types only: the plan front-end itself is loaded when there is a plan to read.
import type { PlanGraph } from './frontends/plan/read-plan.js';

/** Options of one lint run. */
export interface LintOptions {
  /** Paths in the results are relative to this directory. */
  root: string;
  /** `--var-file` / `--var` in command-line order. */
  commandLine: CommandLineInput[];
  /** `--source DIR`: the configuration plan documents were made from. */
  source?: string;
  /** The rules to run, at their configured levels. */
  rules: readonly Rule[];
  /** Paths (absolute) not to scan: the config file's `ignore` globs. */
  ignore?: (absolutePath: string) => boolean;
  /**
   * Leave out root modules that never mention a container registry, and do not build the resources
   * of a plan that no adapter reads (default true).
   */
  prune?: boolean;
}

/** What one lint run found. */
export interface LintResult {
  findings: Finding[];
  /** Findings an inline `tf-acr-lint:ignore` covers: counted, not reported as open. */
  suppressed: Finding[];
  diagnostics: Diagnostic[];
  /**
   * Number of configuration files found, those of the modules the roots call (installed ones
   * too) included, plus plan / state documents read. All are parsed but `skipped.files`.
   */
  files: number;
  /**
   * Root modules not parsed because their tree never mentions a container registry, and the
   * files found and never parsed; and resources of plans and states not read because no rule
   * reads their type.
   */
  skipped: Skipped & { planResources: number };
}

/**
 * Whether the scan checked nothing because none of its inputs could be read: no file or document
 * read, and an error saying why. The CLI exits 2 then, and the Action fails, whatever `--fail-on` says.
 */
export function nothingRead(result: LintResult): boolean {
  return result.files === 0 && result.diagnostics.some((d) => d.severity === 'error');
}

/** Lints `paths` (directories or files). Never throws for bad input: problems become diagnostics. */
export async function lint(paths: string[], options: LintOptions): Promise<LintResult> {
  const discovery = discover(paths, options.root, options.ignore);
  const hcl = readHclModules(discovery.modules, { root: options.root, commandLine: options.commandLine, prune: options.prune !== false });
  // The plan front-end (and its JSON Schema validator) is loaded only when there is a plan to read.
  const plans: PlanGraph & { documentsRead: number } =
    discovery.documents.length > 0
      ? (await import('./frontends/plan/index.js')).readPlanDocuments(discovery.documents, {
          root: options.root,
          commandLine: options.commandLine,
          ...(options.source ? { source: options.source } : {}),
          ...(options.prune !== false ? { wanted: isAdapted } : {}),
        })
      : { resources: [], diagnostics: [], documentsRead: 0, unread: 0 };
  // Unread module calls come from HCL only: a plan expands every module, so its resources are all there.
  const model = adapt({ resources: [...hcl.resources, ...plans.resources], diagnostics: [], unreadCalls: hcl.unreadCalls ?? [] });
  // Nothing leaves with a value Terraform marks sensitive in its text, or a message of megabytes (see engine/output-text.ts).
  const text = outputText([...(hcl.sensitive ?? []), ...(plans.sensitive ?? [])], [...(hcl.sensitiveKeys ?? []), ...(plans.sensitiveKeys ?? [])]);
  const outcome = runRules(model, options.rules, [...(hcl.suppressions ?? []), ...(plans.suppressions ?? [])], text);
  return forOutput(
    {
      findings: outcome.findings,
      suppressed: outcome.suppressed,
      diagnostics: [...discovery.diagnostics, ...hcl.diagnostics, ...plans.diagnostics, ...outcome.diagnostics],
      files: hcl.files + plans.documentsRead,
      skipped: { ...hcl.skipped, planResources: plans.unread },
    },
    text,
  );
}
