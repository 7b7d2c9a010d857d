import type { Finding } from '../engine/finding.js';
import type { RuleMeta } from '../engine/rule.js';
import type { Diagnostic } from '../model/graph.js';
import { ruleHelpUri, type PackageInfo } from '../package-info.js';

/** Everything a reporter needs. Reporters are pure functions of this value. */
export interface ReportInput {
  /** Already sorted by the engine; reporters keep the order. */
  findings: Finding[];
  /** Input problems (unparseable files, values that could not be evaluated). */
  diagnostics: Diagnostic[];
  /** Findings an inline suppression covers: counted in summaries, never reported as open (not in SARIF). */
  suppressed?: Finding[];
  /** Every rule that ran, in id order. */
  rules: RuleMeta[];
  tool: { name: string; version: string; informationUri: string };
  /** Link to a rule's documentation. */
  helpUri: (rule: RuleMeta) => string;
}

/** The report of a lint run: what the reporters need, with this tool's name, version and rule links. */
export function reportInputOf(result: Pick<ReportInput, 'findings' | 'suppressed' | 'diagnostics'>, rules: readonly RuleMeta[], info: PackageInfo): ReportInput {
  return {
    findings: result.findings,
    ...(result.suppressed ? { suppressed: result.suppressed } : {}),
    diagnostics: result.diagnostics,
    rules: [...rules],
    tool: { name: info.name, version: info.version, informationUri: info.homepage },
    helpUri: (rule) => ruleHelpUri(info, rule.name),
  };
}

/** Number of findings per level, plus the number of input diagnostics. */
export interface Summary {
  error: number;
  warning: number;
  note: number;
  diagnostics: number;
  suppressed: number;
}

/** Counts the findings per level and the diagnostics. */
export function summarize(input: ReportInput): Summary {
  const summary: Summary = { error: 0, warning: 0, note: 0, diagnostics: input.diagnostics.length, suppressed: input.suppressed?.length ?? 0 };
  for (const finding of input.findings) summary[finding.level] += 1;
  return summary;
}
