/**
 * The `tf-acr-lint` command: parses arguments, runs the pipeline, writes a report, sets the exit
 * code. All I/O of a run happens here; everything it calls is a function of its inputs.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ALL_RULES } from '../rules/index.js';
import { CONFIG_FILE, ConfigError, configuredRules, findConfig, ignoredPaths, loadConfig, withCommandLine, type Config } from './config/config.js';
import type { Rule } from './engine/rule.js';
import { atLeast, type Level } from './engine/finding.js';
import type { CommandLineInput } from './frontends/hcl/index.js';
import { lint, type LintResult } from './lint.js';
import { packageInfo, ruleHelpUri } from './package-info.js';
import { formatAnnotations } from './report/github.js';
import { formatJson } from './report/json.js';
import type { ReportInput } from './report/report-input.js';
import { formatSarif } from './report/sarif.js';
import { formatText } from './report/text.js';

/** Exit codes, as documented in the README. */
export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

type Format = 'text' | 'json' | 'sarif' | 'github';
type FailOn = Level | 'none';

interface ScanOptions {
  format: Format;
  output?: string;
  source?: string;
  config?: string;
  enable: string[];
  disable: string[];
  failOn: FailOn;
  color: boolean;
}

const HELP_AFTER = `
Examples:
  tf-acr-lint .                                  lint every module under the current directory
  tf-acr-lint infra/prod --var-file prod.tfvars  lint one root module with a variables file
  tf-acr-lint . --format sarif -o acr.sarif      write SARIF 2.1.0 for GitHub code scanning
  tf-acr-lint plan.json                          lint "terraform show -json" output (plan or state);
                                                 findings land on .tf lines when the plan sits
                                                 in its root module directory (or see --source)
  tf-acr-lint rules                              list the rules (add --format json for machines)

Variables: like Terraform, tf-acr-lint reads variable defaults, terraform.tfvars(.json) and
*.auto.tfvars(.json) in each module directory, then --var-file and --var in the order given.

Exit codes:
  0  nothing at or above --fail-on
  1  findings at or above --fail-on, or a file could not be parsed (unless --fail-on none)
  2  usage error, a missing --var-file, an unwritable --output, or none of the inputs could be read

A path literally named "rules" is linted with ./rules (tf-acr-lint rules lists the rules).
Nothing is executed, downloaded or fetched; no credentials are needed.`;

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export async function main(argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; isTTY: boolean }): Promise<number> {
  const info = packageInfo();
  const commandLine: CommandLineInput[] = [];
  let exitCode: number = EXIT.clean;
  const program = new Command('tf-acr-lint')
    .description('Lint Azure Container Registry configuration in Terraform / OpenTofu: Artifact Cache, network rules and their neighbours.')
    .version(info.version, '-v, --version')
    .argument('[paths...]', 'directories (scanned recursively), .tf / .tf.json / .tofu / .tofu.json files, or plan / state JSON', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format (github: workflow-command annotations for a GitHub Actions step)').choices(['text', 'json', 'sarif', 'github']).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--fail-on <level>', 'lowest level that makes the exit code 1').choices(['error', 'warning', 'note', 'none']).default('error'))
    .option('--var-file <file>', 'read variable values from a .tfvars or .tfvars.json file (repeatable)', (file: string) => {
      commandLine.push({ kind: 'var-file', path: file });
      return file;
    })
    .option('--var <name=value>', 'set a variable, as terraform -var does (repeatable)', (assignment: string) => {
      if (!/^[A-Za-z_][A-Za-z0-9_-]*=/.test(assignment)) throw new InvalidArgumentError('expected NAME=VALUE');
      commandLine.push({ kind: 'var', assignment });
      return assignment;
    })
    .option('--source <dir>', 'the configuration a plan was made from, to place plan findings on .tf lines (default: the plan file\'s directory, when it holds .tf files)')
    .option('-c, --config <file>', `configuration file (default: the first ${CONFIG_FILE} from the current directory upwards)`)
    .option('--enable <rules>', 'run these rules (ids or names, comma-separated; repeatable), whatever the config says', collect, [])
    .option('--disable <rules>', 'do not run these rules (ids or names, comma-separated; repeatable)', collect, [])
    .option('--no-color', 'never colour the text output (colour is used only on a terminal)')
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError('(run tf-acr-lint --help for usage)')
    .enablePositionalOptions()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride()
    .action(async (paths: string[], opts: Omit<ScanOptions, 'color'> & { color: boolean }) => {
      exitCode = await scan(paths, { ...opts, color: opts.color && io.isTTY && !opts.output && !process.env['NO_COLOR'] }, commandLine, io);
    });

  program
    .command('rules')
    .description('list the rules')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((opts: { format: 'text' | 'json' }) => {
      io.stdout.write(opts.format === 'json' ? listRulesJson() : listRulesText());
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with code 0; anything else is a usage error.
      return error.exitCode === 0 ? EXIT.clean : EXIT.usage;
    }
    throw error;
  }
  return exitCode;
}

async function scan(paths: string[], options: ScanOptions, commandLine: CommandLineInput[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  // Terraform stops when a variables file named on the command line is missing; so do we.
  for (const input of commandLine) {
    if (input.kind === 'var-file' && !existsSync(input.path)) {
      io.stderr.write(`tf-acr-lint: --var-file ${input.path}: no such file\n`);
      return EXIT.usage;
    }
  }
  if (options.source !== undefined && !isDirectory(options.source)) {
    io.stderr.write(`tf-acr-lint: --source ${options.source}: not a directory\n`);
    return EXIT.usage;
  }
  let config: Config;
  try {
    config = withCommandLine(loadConfig(findConfig(process.cwd(), options.config), ALL_RULES, process.cwd()), ALL_RULES, options.enable, options.disable);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`tf-acr-lint: ${error.message}\n`);
    return EXIT.usage;
  }
  const rules = configuredRules(config, ALL_RULES);
  // Paths in reports are relative to the repository root, so SARIF locations resolve in code scanning.
  const root = repositoryRoot(process.cwd()) ?? process.cwd();
  const result = await lint(paths, { root, commandLine, rules, ignore: ignoredPaths(config), ...(options.source !== undefined ? { source: options.source } : {}) });
  const report = render(result, rules, options);
  if (options.output) {
    try {
      await writeFile(options.output, report);
    } catch (error) {
      io.stderr.write(`tf-acr-lint: cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      return EXIT.usage;
    }
  } else io.stdout.write(report);
  if (result.files === 0 && result.diagnostics.some((d) => d.severity === 'error')) return EXIT.usage;
  if (result.files === 0 && options.format === 'text') io.stderr.write('tf-acr-lint: no .tf, .tf.json, .tofu or .tofu.json files found\n');
  return exitCodeFor(result, options.failOn);
}

/** The nearest directory at or above `dir` holding `.git` (a checkout or a worktree), if any. */
function repositoryRoot(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/** `--enable a,b --enable c` → `[a, b, c]`. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** 1 when a finding reaches `failOn`, or (unless `none`) when an input could not be parsed. */
export function exitCodeFor(result: LintResult, failOn: FailOn): number {
  if (failOn === 'none') return EXIT.clean;
  if (result.findings.some((f) => atLeast(f.level, failOn))) return EXIT.findings;
  if (result.diagnostics.some((d) => d.severity === 'error')) return EXIT.findings;
  return EXIT.clean;
}

function render(result: LintResult, rules: readonly Rule[], options: ScanOptions): string {
  const info = packageInfo();
  const input: ReportInput = {
    findings: result.findings,
    suppressed: result.suppressed,
    diagnostics: result.diagnostics,
    rules: rules.map((r) => r.meta),
    tool: { name: info.name, version: info.version, informationUri: info.homepage },
    helpUri: (rule) => ruleHelpUri(info, rule.name),
  };
  if (options.format === 'json') return formatJson(input);
  if (options.format === 'sarif') return formatSarif(input, { category: 'tf-acr-lint' });
  if (options.format === 'github') return formatAnnotations(input, {});
  return formatText(input, { color: options.color });
}

function listRulesText(): string {
  return ALL_RULES.map((r) => `${r.meta.id}  ${r.meta.defaultLevel.padEnd(7)}  ${r.meta.name}\n        ${r.meta.shortDescription}\n`).join('');
}

function listRulesJson(): string {
  const info = packageInfo();
  const rules = ALL_RULES.map((r) => ({
    id: r.meta.id,
    name: r.meta.name,
    level: r.meta.defaultLevel,
    description: r.meta.shortDescription,
    helpUri: ruleHelpUri(info, r.meta.name),
  }));
  return `${JSON.stringify(rules, null, 2)}\n`;
}
