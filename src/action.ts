/**
 * The GitHub Action: reads its inputs from `INPUT_*`, lints the workspace (and a plan, if given),
 * writes SARIF for code scanning, prints annotations as workflow commands, appends a job summary
 * and sets the step's outputs. It needs no token and makes no network call.
 */
import { existsSync } from 'node:fs';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ALL_RULES } from '../rules/index.js';
import { ConfigError, configuredRules, findConfig, findConfigFor, ignoredPaths, loadConfig } from './config/config.js';
import { atLeast, type Level } from './engine/finding.js';
import type { CommandLineInput } from './frontends/hcl/index.js';
import { lint, nothingRead } from './lint.js';
import { isAtOrBelow, toPosix } from './load/discover.js';
import { overwrittenInput } from './overwrite.js';
import { packageInfo } from './package-info.js';
import { escapeData, formatAnnotations, formatInputError, formatJobSummary } from './report/github.js';
import { reportInputOf } from './report/report-input.js';
import { formatSarif } from './report/sarif.js';

/** What the Action reads from its environment. */
export interface ActionEnvironment {
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream;
}

/** An input as the runner passes it: `INPUT_<NAME>` with spaces as `_`, upper case (hyphens stay). */
function input(env: NodeJS.ProcessEnv, name: string, fallback = ''): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim() || fallback;
}

function booleanInput(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = input(env, name).toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', '1'].includes(value)) return true;
  if (['false', 'no', '0'].includes(value)) return false;
  throw new ConfigError(`input "${name}" must be true or false, not "${value}"`);
}


/** Runs the Action; returns the process exit code (1 fails the step). */
export async function runAction({ env, stdout }: ActionEnvironment): Promise<number> {
  // A problem with the Action's own inputs is an annotation; failing on findings is a log line (they are annotated already).
  const fail = (message: string, annotate: boolean, place?: ConfigError['place']): number => {
    stdout.write(annotate ? formatInputError(message, place) : `tf-acr-lint: ${message}\n`);
    return 1;
  };
  const workspace = path.resolve(env['GITHUB_WORKSPACE'] ?? process.cwd());
  try {
    // Any case, as the boolean inputs take it.
    const failOn = input(env, 'fail-on', 'error').toLowerCase();
    if (!['error', 'warning', 'note', 'none'].includes(failOn)) throw new ConfigError(`input "fail-on" must be error, warning, note or none, not "${failOn}"`);
    // The lines would be read as one name, and ENOENT would name a file nobody wrote.
    for (const [name, what] of [['path', 'one directory or file'], ['plan', 'one file']] as const) {
      if (/[\r\n]/.test(input(env, name))) throw new ConfigError(`input "${name}" must be ${what}, on one line; lint several with one step each (each gets its own SARIF category)`);
    }
    const scan = path.resolve(workspace, input(env, 'path', '.'));
    // Findings there would carry ../ paths: annotations that land on no file, links and SARIF URIs into no repository.
    if (!isAtOrBelow(workspace, scan)) throw new ConfigError(`input "path" (${input(env, 'path')}) is outside the workspace (GITHUB_WORKSPACE); GitHub annotates and links only the files of the repository checked out there`);
    const plan = input(env, 'plan');
    // With a plan, `path` is the configuration it was made from (the CLI's --source): a wrong one would only lose the .tf places.
    if (plan && input(env, 'path') !== '' && !existsSync(scan)) throw new ConfigError(`input "path" (${input(env, 'path')}): no such directory; with "plan", it names the configuration the plan was made from`);
    const commandLine: CommandLineInput[] = input(env, 'var-files')
      .split(/[\n,]/)
      .map((f) => f.trim())
      .filter(Boolean)
      .map((f) => ({ kind: 'var-file', path: path.resolve(workspace, f) }));
    // As --var-file is for the CLI: a missing file is a mistake in the workflow, whatever fail-on says.
    const missing = commandLine.find((c) => c.kind === 'var-file' && !existsSync(c.path));
    if (missing?.kind === 'var-file') throw new ConfigError(`input "var-files": ${path.relative(workspace, missing.path) || missing.path}: no such file`);
    const sarifFile = input(env, 'sarif-file', 'tf-acr-lint.sarif');
    // One line: it becomes a line of the step's outputs.
    if (/[\r\n]/.test(sarifFile)) throw new ConfigError('input "sarif-file" must be one path, on one line');
    const summary = booleanInput(env, 'summary', true);
    const prune = booleanInput(env, 'prune', true);
    const configInput = input(env, 'config');
    if (configInput && !existsSync(path.resolve(workspace, configInput))) throw new ConfigError(`input "config": ${configInput}: no such file`);
    const paths = plan ? [path.resolve(workspace, plan)] : [scan];
    // As the CLI looks: upwards from the path linted (a file's directory), which passes the workspace; else from the workspace.
    const configFile = configInput ? findConfig(workspace, path.resolve(workspace, configInput)) : findConfigFor(paths[0]!, workspace);
    const config = await loadConfig(configFile, ALL_RULES, workspace, configFile && toPosix(path.relative(workspace, configFile)));
    const rules = configuredRules(config, ALL_RULES);
    const sarifPath = path.resolve(workspace, sarifFile);
    const overwritten = overwrittenInput(sarifPath, { paths, commandLine, configFile, varFileNoun: 'one of the var-files' });
    if (overwritten) throw new ConfigError(`input "sarif-file" (${sarifFile}): ${overwritten}; the report is not written over it`);
    const result = await lint(paths, { root: workspace, commandLine, rules, prune, ignore: ignoredPaths(config), ...(plan ? { source: scan } : {}) });

    const report = reportInputOf(result, rules.map((r) => r.meta), packageInfo());
    try {
      await mkdir(path.dirname(sarifPath), { recursive: true });
      await writeFile(sarifPath, formatSarif(report, { category: `tf-acr-lint/${plan ? 'plan' : 'hcl'}/${path.relative(workspace, plan ? path.resolve(workspace, plan) : scan) || '.'}` }));
    } catch (error) {
      throw new ConfigError(`cannot write the SARIF file "${sarifFile}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }

    const annotate = booleanInput(env, 'annotations', true);
    if (annotate) stdout.write(formatAnnotations(report, {}));
    // A green step over nothing usually means a wrong path or a missing checkout: the CLI says so too.
    if (result.files === 0 && !nothingRead(result)) stdout.write(`::warning title=tf-acr-lint::${escapeData(`no .tf, .tf.json, .tofu or .tofu.json files found in "${input(env, 'path', '.')}": nothing was checked`)}\n`);
    // The outputs first: the upload step reads them, whatever becomes of the summary.
    const errors = result.findings.filter((f) => f.level === 'error').length;
    const outputFile = env['GITHUB_OUTPUT'];
    if (outputFile) await appendFile(outputFile, `sarif-file=${sarifFile}\nfindings=${result.findings.length}\nerrors=${errors}\n`);
    const summaryFile = env['GITHUB_STEP_SUMMARY'];
    if (summary && summaryFile) {
      const link = env['GITHUB_SERVER_URL'] && env['GITHUB_REPOSITORY'] && env['GITHUB_SHA'] ? { serverUrl: env['GITHUB_SERVER_URL'], repository: env['GITHUB_REPOSITORY'], sha: env['GITHUB_SHA'] } : undefined;
      try {
        await appendFile(summaryFile, formatJobSummary(report, link ? { link } : {}));
      } catch (error) {
        stdout.write(`::warning title=tf-acr-lint::${escapeData(`cannot write the job summary: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)}\n`);
      }
    }

    // Where the step's failure is explained: what it wrote of annotations and summary, else the SARIF file.
    const written = [...(annotate ? ['the annotations'] : []), ...(summary && summaryFile ? ['the job summary'] : [])];
    const see = `see ${written.length > 0 ? written.join(' and ') : `the SARIF file ${sarifFile}`}`;
    // As the CLI's exit code 2: a run that read nothing checked nothing, whatever fail-on allows.
    if (nothingRead(result)) return fail(`none of the inputs could be read; ${see}`, false);
    if (failOn === 'none') return 0;
    const failing = result.findings.filter((f) => atLeast(f.level, failOn as Level)).length;
    if (failing > 0) return fail(`${failing} finding${failing === 1 ? '' : 's'} at or above "${failOn}"; ${see}`, false);
    if (result.diagnostics.some((d) => d.severity === 'error')) return fail(`some input could not be read; ${see}`, false);
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message, true, error.place);
    throw error;
  }
}
