/**
 * Whether writing a report to a file would destroy something a scan reads. The CLI's `--output`
 * and the Action's `sarif-file` both refuse such a file, rather than write over the Terraform
 * they were asked to check.
 */
import type { CommandLineInput } from './frontends/hcl/index.js';
import { isConfigFile, realPathOf } from './load/discover.js';

/** What a scan reads, as far as {@link overwrittenInput} needs it. */
export interface ScanInputs {
  /** The paths scanned (a plan, a directory, a file). */
  paths: readonly string[];
  /** The variables files and variables given besides the paths. */
  commandLine: readonly CommandLineInput[];
  /** The configuration file read, if any. */
  configFile: string | undefined;
  /** How the caller names a variables file it was given: `--var-file`, or the Action's `var-files` entry. */
  varFileNoun: string;
}

/**
 * Why writing a report to `output` would destroy something the scan reads: an input path, a
 * variables file, the configuration file, or a Terraform file (which a directory input may hold);
 * undefined when it would not.
 */
export function overwrittenInput(output: string, inputs: ScanInputs): string | undefined {
  const target = realPathOf(output);
  if (inputs.paths.some((p) => realPathOf(p) === target)) return 'it is an input of this scan';
  if (inputs.commandLine.some((input) => input.kind === 'var-file' && realPathOf(input.path) === target)) return `it is ${inputs.varFileNoun} of this scan`;
  if (inputs.configFile !== undefined && realPathOf(inputs.configFile) === target) return 'it is the configuration file of this scan';
  if (isConfigFile(target) || /\.tfvars(?:\.json)?$/.test(target)) return 'it is a Terraform file';
  return undefined;
}
