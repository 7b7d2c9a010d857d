/**
 * Loads a root module and, recursively, the modules it calls, before anything is evaluated:
 * local sources from disk, registry and git sources from `.terraform/modules` when `terraform init`
 * installed them, known modules (the AVM registry module) as data models, and anything else as
 * unresolved with the reason. Each directory is read and parsed once, however often it is called.
 */
import path from 'node:path';
import type { Diagnostic, Suppression } from '../../model/graph.js';
import type { Span } from '../../model/span.js';
import { configFilesIn, fileNamesIn, toPosix } from '../../load/discover.js';
import { readSource, type SourceRead } from '../../load/read-source.js';
import { AVM_CONTAINER_REGISTRY, type AvmRelease } from './known-modules/avm-container-registry.js';
import { resolveRelease, type KnownModuleModel } from './known-modules/known-module.js';
import { InstalledModules, isLocalSource, localSourceDir } from './module-sources.js';
import { mergeOverrides } from './override.js';
import { isolated, parseConfigFile } from './read-config.js';
import type { Block, ConfigFile } from './syntax.js';

/**
 * Deepest chain of module calls read from disk (root → a → b …). Terraform sets none, but each
 * level costs stack while the tree is read and evaluated; a deeper call is a diagnostic and is
 * not evaluated, and the rest of the root module is.
 */
export const MAX_CALL_DEPTH = 256;

/** The known modules, tried in order against every call that is not read from disk. */
const KNOWN_MODULES: readonly KnownModuleModel<AvmRelease>[] = [AVM_CONTAINER_REGISTRY];

/** A module's parsed files and what each of its `module` blocks resolves to. */
export interface LoadedModule {
  /** Directory relative to the scan root, `/` separators. */
  dir: string;
  /** Its primary files with its override files merged in, duplicate definitions left out (see `override.ts`). */
  files: ConfigFile[];
  /** Installed by `terraform init` (under `.terraform/`): code nobody edits in this repository. */
  installed: boolean;
  /** By call name. */
  calls: Map<string, ResolvedCall>;
}

/** What a `module` block's source resolved to. */
export type ResolvedCall =
  | { kind: 'source'; source: string; module: LoadedModule }
  | { kind: 'known'; source: string; model: KnownModuleModel<AvmRelease>; release: AvmRelease; assumed?: string; newerAllowed?: boolean }
  /** `init`: `terraform init` / `tofu init` would let it be read (a registry or git module not installed, a stale copy). */
  | { kind: 'unresolved'; source: string; why: string; init?: true };

/** One configuration file of a directory, as read (not yet parsed). */
export interface DirectoryFile {
  /** Relative to the scan root. */
  file: string;
  source: SourceRead;
}

/** Loads module trees for one scan. */
export class ModuleLoader {
  /** Configuration files by directory: each one's name, and its path relative to the scan root. */
  private readonly names = new Map<string, { name: string; file: string }[]>();
  /** Each file read, by its path relative to the scan root. */
  private readonly read = new Map<string, DirectoryFile>();
  /** Each file parsed (undefined when it could not be), by its path relative to the scan root. */
  private readonly parsed = new Map<string, ConfigFile | undefined>();
  /** Each module's files, overrides merged, by directory and the files it was limited to. */
  private readonly merged = new Map<string, ConfigFile[]>();
  /** The merge problems reported so far: a directory merged twice (in part and in whole) reports each once. */
  private readonly mergeProblems = new Set<string>();

  constructor(
    private readonly scanRoot: string,
    private readonly diagnostics: Diagnostic[],
  ) {}

  /** The inline suppressions of every file read so far. */
  suppressions(): Suppression[] {
    return [...this.parsed.values()].flatMap((f) => f?.suppressions ?? []);
  }

  /** How many configuration files this scan has read so far, and how many of them it has parsed. */
  fileCounts(): { read: number; parsed: number } {
    return { read: this.read.size, parsed: this.parsed.size };
  }

  /** Absolute directories the module in `absoluteDir` (its files `only`, when given) calls by a local source (`./x`, `../x`). */
  localCallees(absoluteDir: string, only?: readonly string[]): string[] {
    const files = this.filesOf(absoluteDir, only);
    return files
      .flatMap((f) => f.body.blocks)
      .filter((b) => b.type === 'module')
      .map((b) => literalArgument(b, 'source'))
      .filter((s): s is string => s !== undefined && isLocalSource(s))
      .map((s) => localSourceDir(absoluteDir, s));
  }

  /**
   * Loads the root module in `absoluteDir` and everything it calls. `only` limits the root to some
   * of its files (a single file given on the command line), as paths relative to the scan root.
   */
  loadRoot(absoluteDir: string, only?: readonly string[]): LoadedModule {
    const installed = InstalledModules.read(absoluteDir);
    const files = this.filesOf(absoluteDir, only);
    return this.load(absoluteDir, files, [], [absoluteDir], installed, false);
  }

  private load(absoluteDir: string, files: ConfigFile[], callPath: string[], ancestors: string[], installed: InstalledModules, isInstalled: boolean): LoadedModule {
    const calls = new Map<string, ResolvedCall>();
    for (const block of files.flatMap((f) => f.body.blocks).filter((b) => b.type === 'module')) {
      const name = block.labels[0]?.value;
      if (name === undefined) continue;
      calls.set(name, this.resolve(block, absoluteDir, [...callPath, name], ancestors, installed, isInstalled));
    }
    return { dir: this.relative(absoluteDir), files, installed: isInstalled, calls };
  }

  private resolve(block: Block, fromDir: string, callPath: string[], ancestors: string[], installed: InstalledModules, fromInstalled: boolean): ResolvedCall {
    const source = literalArgument(block, 'source');
    if (source === undefined) {
      const why = `module "${callPath.join('.')}": its "source" is not a literal string, so it is not followed and its resources are not checked (OpenTofu 1.8 and later evaluate variables and locals there; tf-acr-lint does not)`;
      return this.unresolved(block, '', why);
    }
    // A local source names its directory from the caller's, inside an installed package too: the manifest can only be older.
    if (isLocalSource(source)) return this.child(block, source, localSourceDir(fromDir, source), callPath, ancestors, installed, fromInstalled);
    const version = literalArgument(block, 'version');
    const fromManifest = installed.installedFor(callPath, source, version);
    if (fromManifest?.kind === 'installed') return this.child(block, source, fromManifest.dir, callPath, ancestors, installed, true);
    const stale = fromManifest && `the copy "terraform init" installed for module "${callPath.join('.')}" is not read: ${fromManifest.why}. Run "terraform init" (or "tofu init") again`;
    const model = KNOWN_MODULES.find((m) => m.matches(source));
    if (model) {
      if (stale) this.diagnostics.push(spanDiagnostic('note', `${stale}; until then, tf-acr-lint's model of ${model.name} stands in for it`, block.headerSpan));
      const { release, assumed, newerAllowed } = resolveRelease(model, source, version);
      return { kind: 'known', source, model, release, ...(assumed ? { assumed } : {}), ...(newerAllowed ? { newerAllowed } : {}) };
    }
    if (stale) return this.unresolved(block, source, `${stale}; until then, its resources are not checked`, 'note', true);
    return this.unresolved(
      block,
      source,
      `module "${callPath.join('.')}" (source "${source}") is not installed and not modelled by tf-acr-lint, so its resources are not checked. Run "terraform init" (or "tofu init") before linting to include them`,
      'note',
      true,
    );
  }

  private child(block: Block, source: string, dir: string, callPath: string[], ancestors: string[], installed: InstalledModules, isInstalled: boolean): ResolvedCall {
    if (ancestors.includes(dir)) {
      const chain = callPath.map((name) => `module.${name}`).join(' → ');
      return this.unresolved(block, source, `module cycle: "${source}" leads back to a module already on the call chain (${chain}); it is not evaluated`, 'error');
    }
    if (callPath.length > MAX_CALL_DEPTH) {
      return this.unresolved(block, source, `module "${source}" is called ${callPath.length} modules deep, deeper than the ${MAX_CALL_DEPTH} tf-acr-lint reads; it is not evaluated`, 'error');
    }
    const files = this.filesOf(dir);
    if (files.length === 0) return this.unresolved(block, source, `module "${callPath.join('.')}": no .tf files at "${source}" (${this.relative(dir)}), so its resources are not checked. Correct the call's source, or restore the module's files`, 'error');
    return { kind: 'source', source, module: this.load(dir, files, callPath, [...ancestors, dir], installed, isInstalled) };
  }

  private unresolved(block: Block, source: string, why: string, severity: 'error' | 'note' = 'note', init = false): ResolvedCall {
    this.diagnostics.push(spanDiagnostic(severity, why, block.headerSpan));
    return { kind: 'unresolved', source, why, ...(init ? { init } : {}) };
  }

  /**
   * The configuration files of a directory, or of those of them in `only` (a root module's files:
   * those named on the command line, or not ignored), parsed and with their overrides merged, as
   * Terraform reads a module. Each file is parsed once per scan, and only when asked for, so that a
   * file not in the scan is never reported.
   */
  private filesOf(absoluteDir: string, only?: readonly string[]): ConfigFile[] {
    const key = [absoluteDir, ...(only ?? [])].join('\u0000');
    let files = this.merged.get(key);
    if (!files) this.merged.set(key, (files = this.mergedFiles(this.parsedFiles(absoluteDir, only))));
    return files;
  }

  private mergedFiles(parsed: ConfigFile[]): ConfigFile[] {
    const problems: Diagnostic[] = [];
    const files = mergeOverrides(parsed, problems);
    for (const p of problems) {
      const id = `${p.file}:${p.line}:${p.column}:${p.message}`;
      if (this.mergeProblems.has(id)) continue;
      this.mergeProblems.add(id);
      this.diagnostics.push(p);
    }
    return files;
  }

  private parsedFiles(absoluteDir: string, only?: readonly string[]): ConfigFile[] {
    const out: ConfigFile[] = [];
    for (const { file, source } of this.sourcesOf(absoluteDir, only)) {
      if (!this.parsed.has(file)) this.parsed.set(file, isolated(file, this.diagnostics, () => parseConfigFile(source, file, this.diagnostics)));
      const config = this.parsed.get(file);
      if (config) out.push(config);
    }
    return out;
  }

  /**
   * The configuration files of a directory (those in `only`, when given), each read once per scan
   * (a missing directory has none): deciding relevance and parsing share the same read. A file in
   * `only` that the directory's listing leaves out, a hidden one named on the command line, is read
   * all the same: it was asked for by name.
   */
  sourcesOf(absoluteDir: string, only?: readonly string[]): DirectoryFile[] {
    let names = this.names.get(absoluteDir);
    if (!names) this.names.set(absoluteDir, (names = configFilesIn(fileNamesIn(absoluteDir)).map((name) => ({ name, file: this.relative(path.join(absoluteDir, name)) }))));
    const wanted = only && new Set(only);
    if (wanted) {
      const listed = new Set(names.map((n) => n.file));
      const named = [...wanted].filter((file) => !listed.has(file)).map((file) => ({ name: path.basename(file), file }));
      if (named.length > 0) names = [...names, ...named].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    const out: DirectoryFile[] = [];
    for (const { name, file } of names) {
      if (wanted && !wanted.has(file)) continue;
      let read = this.read.get(file);
      if (!read) this.read.set(file, (read = { file, source: readSource(path.join(absoluteDir, name), file) }));
      out.push(read);
    }
    return out;
  }

  private relative(absolute: string): string {
    return toPosix(path.relative(this.scanRoot, absolute)) || '.';
  }
}

/** The value of an argument written as a plain string literal (`source`, `version` must be). */
function literalArgument(block: Block, name: string): string | undefined {
  const expr = block.body.attributes.find((a) => a.name === name)?.expr;
  return expr?.kind === 'literal' && typeof expr.value === 'string' ? expr.value : undefined;
}

function spanDiagnostic(severity: Diagnostic['severity'], message: string, span: Span): Diagnostic {
  return { severity, message, file: span.file, line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column };
}
