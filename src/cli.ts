/**
 * The `tf-acr-lint` command: parses arguments, runs the pipeline, writes a report, sets the exit
 * code. All I/O of a run happens here; everything it calls is a function of its inputs.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { CommandLineInput } from './frontends/hcl/index.js';
import { packageInfo, ruleHelpUri } from './package-info.js';
import type { Rule } from './engine/rule.js';
import type { ScanOptions } from './scan.js';

/** Exit codes, as documented in the README (the same as `scan.ts`'s, without loading it). */
const EXIT = { clean: 0, usage: 2 } as const;

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
  2  usage error, a missing --var-file or --source, an invalid configuration file, an unwritable
     --output, or none of the inputs could be read

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
    .option('-c, --config <file>', 'configuration file (default: the first .tf-acr-lint.yml upwards from the first path scanned, else from the current directory)')
    .option('--enable <rules>', 'run these rules (ids or names, comma-separated; repeatable), whatever the config says', collect, [])
    .option('--disable <rules>', 'do not run these rules (ids or names, comma-separated; repeatable)', collect, [])
    .option('--verbose', 'also say, on standard error, how many files were found, parsed and skipped, and how many resources of a plan were not read')
    .option('--no-prune', 'parse every root module, and build every resource of a plan, even those no rule can use (slower; also reports the syntax errors and module problems of the roots a scan skips)')
    .option('--no-color', 'never colour the text output (colour is used on a terminal unless NO_COLOR is set, and wherever FORCE_COLOR is 1, 2, 3 or true, but never in an --output file)')
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError('(run tf-acr-lint --help for usage)')
    .enablePositionalOptions()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride()
    .action(async (paths: string[], opts: Omit<ScanOptions, 'color'> & { color: boolean }) => {
      const { scan } = await import('./scan.js');
      exitCode = await scan(paths, { ...opts, color: opts.color && !opts.output && colourWanted(io.isTTY, process.env) }, commandLine, io);
    });

  program
    .command('rules')
    .description('list the rules')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts: { format: string }, command: Command) => {
      // `tf-acr-lint -f json rules` names the format before the command: it counts as well.
      const format = command.getOptionValueSource('format') === 'default' && program.getOptionValueSource('format') !== 'default' ? (program.opts()['format'] as string) : opts.format;
      if (format !== 'text' && format !== 'json') command.error(`error: the rules list is written as text or json, not ${format}`);
      const { ALL_RULES } = await import('../rules/index.js');
      io.stdout.write(format === 'json' ? listRulesJson(ALL_RULES) : listRulesText(ALL_RULES));
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

/** The `FORCE_COLOR` values that turn colour on in Node (`tty.getColorDepth`); any other value turns it off. */
const FORCE_COLOR_ON: ReadonlySet<string> = new Set(['', '1', 'true', '2', '3']);

/**
 * Whether standard output should be coloured, as Node decides it: `FORCE_COLOR` (as CI services set
 * it for logs that show colour; `''`, `1`, `true`, `2` or `3` turn colour on, anything else off)
 * outweighs `NO_COLOR` (when not empty), which outweighs a terminal.
 */
function colourWanted(isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return FORCE_COLOR_ON.has(force);
  return !env['NO_COLOR'] && isTTY;
}

/** `--enable a,b --enable c` → `[a, b, c]`. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

function listRulesText(rules: readonly Rule[]): string {
  return rules.map((r) => `${r.meta.id}  ${r.meta.defaultLevel.padEnd(7)}  ${r.meta.name}\n        ${r.meta.shortDescription}\n`).join('');
}

function listRulesJson(all: readonly Rule[]): string {
  const info = packageInfo();
  const rules = all.map((r) => ({
    id: r.meta.id,
    name: r.meta.name,
    level: r.meta.defaultLevel,
    description: r.meta.shortDescription,
    helpUri: ruleHelpUri(info, r.meta.name),
  }));
  return `${JSON.stringify(rules, null, 2)}\n`;
}
