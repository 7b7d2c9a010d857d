import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../model/graph.js';

/** The longest path Linux resolves (PATH_MAX, with its terminating NUL). */
const PATH_MAX = 4096;

/**
 * Directories never scanned: provider/module caches (Terraform's, and Terragrunt's scratch directory,
 * where it copies the configuration it runs: https://terragrunt.gruntwork.io/docs/reference/terragrunt-cache),
 * VCS metadata, JavaScript dependencies.
 */
export const SKIPPED_DIRECTORIES = new Set(['.terraform', '.terragrunt-cache', '.git', 'node_modules']);

/** One Terraform module to evaluate: its configuration files and the variable files Terraform loads automatically. */
export interface ModuleSource {
  /** Directory, relative to the scan root (`.` for the root itself). */
  dir: string;
  /** Absolute directory. */
  absoluteDir: string;
  /** Configuration files (`.tf`, `.tf.json`, `.tofu`, `.tofu.json`), relative to the scan root, sorted. */
  files: string[];
  /** `terraform.tfvars`, `terraform.tfvars.json`, then `*.auto.tfvars(.json)` in lexical order: Terraform's order. */
  autoVarFiles: string[];
}

/** A plan or state JSON document named on the command line. */
export interface DocumentSource {
  /** Relative to the scan root, `/` separators. */
  file: string;
  absolutePath: string;
}

/** The result of walking the input paths. */
export interface Discovery {
  modules: ModuleSource[];
  /** Plan / state documents: only files named on the command line (a directory's JSON files are not guessed at). */
  documents: DocumentSource[];
  diagnostics: Diagnostic[];
}

/** A `.json` file that is not Terraform's JSON configuration syntax, or a `.tfstate`: read as a plan or state document. */
export function isDocumentFile(name: string): boolean {
  return (name.endsWith('.json') && !isConfigFile(name) && !name.endsWith('.tfvars.json')) || name.endsWith('.tfstate');
}

/** True for a file Terraform or OpenTofu reads as an override file (by its name, whatever its directory). */
export function isOverrideFile(file: string): boolean {
  return /(?:^|_)override\.(?:tf|tofu)(?:\.json)?$/.test(path.posix.basename(file));
}

/** True for files Terraform or OpenTofu reads as configuration. */
export function isConfigFile(name: string): boolean {
  return /\.(tf|tofu)(\.json)?$/.test(name);
}

/**
 * The configuration files of one directory, sorted. Hidden files are not among them: Terraform and
 * OpenTofu ignore a name starting with `.` (`.main.tf`, and `.#main.tf`, the lock Emacs leaves while
 * it edits `main.tf`; `IsIgnoredFile` in hashicorp/terraform internal/configs/parser_config_dir.go,
 * whose other cases, `main.tf~` and `#main.tf#`, end in no configuration extension). OpenTofu reads `x.tofu` instead of `x.tf` (and `x.tofu.json`
 * instead of `x.tf.json`) when both exist.
 */
export function configFilesIn(names: string[]): string[] {
  const present = new Set(names);
  return names
    .filter((n) => isConfigFile(n) && !n.startsWith('.'))
    .filter((n) => !(/\.tf(\.json)?$/.test(n) && present.has(n.replace(/\.tf(\.json)?$/, '.tofu$1'))))
    .sort();
}

/**
 * Walks `inputs` (directories recursively, or single files) and groups configuration files by
 * directory: each directory is a module. Files given on the command line make a module of the files
 * named in their directory, unless the directory is scanned as a whole too. Paths in the result are
 * relative to `root` with `/` separators.
 */
export function discover(inputs: string[], root: string, ignore: (absolutePath: string) => boolean = () => false): Discovery {
  const diagnostics: Diagnostic[] = [];
  const modules = new Map<string, ModuleSource>();
  const documents: DocumentSource[] = [];
  const visited = new Set<string>();
  const rel = (abs: string): string => toPosix(path.relative(root, abs)) || '.';
  // Files named on the command line, by directory: those of one directory are one module of those files.
  const named = new Map<string, ModuleSource>();

  /**
   * `knownReal`, when given, is `dir` with its symbolic links resolved: its parent's and its name, for
   * a directory that is no link. One past PATH_MAX is resolved by the system all the same, which
   * refuses it, as it refuses to read such a directory.
   */
  const walk = (dir: string, knownReal?: string): void => {
    let real: string;
    try {
      real = knownReal !== undefined && knownReal.length < PATH_MAX ? knownReal : realpathSync.native(dir);
    } catch (error) {
      diagnostics.push({ severity: 'error', file: rel(dir), message: `cannot read the directory: ${errorCode(error)}` });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      diagnostics.push({ severity: 'error', file: rel(dir), message: `cannot read the directory: ${errorCode(error)}` });
      return;
    }
    const files = entries.filter((e) => isFileEntry(dir, e) && !ignore(path.join(dir, e.name))).map((e) => e.name).sort();
    const configs = configFilesIn(files);
    if (configs.length > 0) {
      modules.set(dir, moduleSourceOf(dir, files, root));
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (SKIPPED_DIRECTORIES.has(e.name) || ignore(path.join(dir, e.name))) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full, path.join(real, e.name));
      else if (e.isSymbolicLink() && isDirectory(full)) walk(full);
    }
  };

  const documentsNamed = new Set<string>();
  for (const input of inputs) {
    const abs = path.resolve(input);
    let info;
    try {
      info = statSync(abs);
    } catch (error) {
      diagnostics.push({ severity: 'error', file: rel(abs), message: `no such file or directory (${errorCode(error)})` });
      continue;
    }
    if (info.isDirectory()) {
      walk(abs);
    } else if (isDocumentFile(abs)) {
      // Named twice (by any path to it), a document is still read once: two copies of its resources would each lint as half of it.
      const real = realPathOf(abs);
      if (!documentsNamed.has(real)) documents.push({ file: rel(abs), absolutePath: abs });
      documentsNamed.add(real);
    } else if (isConfigFile(abs)) {
      const dir = path.dirname(abs);
      const shadow = abs.replace(/\.tf(\.json)?$/, '.tofu$1');
      if (shadow !== abs && isFile(shadow)) {
        diagnostics.push({ severity: 'note', file: rel(abs), message: `not read: ${path.basename(shadow)} beside it takes its place, as OpenTofu reads it instead; name that file to lint it` });
        continue;
      }
      // By the directory's real path: files named through two paths to one directory are one module, named by the first path.
      const real = realPathOf(dir);
      let module = named.get(real);
      if (!module) named.set(real, (module = { dir: rel(dir), absoluteDir: dir, files: [], autoVarFiles: autoVarFiles(fileNamesIn(dir).sort()).map((f) => rel(path.join(dir, f))) }));
      const file = rel(path.join(module.absoluteDir, path.basename(abs)));
      if (!module.files.includes(file)) module.files.push(file);
    } else {
      diagnostics.push({ severity: 'error', file: rel(abs), message: 'not a configuration file (.tf, .tf.json, .tofu, .tofu.json), a plan or state (.json, .tfstate), or a directory' });
    }
  }
  // Override files change how every file of their module reads (Terraform merges them into the others, and
  // they refer to blocks of any of them): a file named in a directory that has some names the whole directory.
  // Files the configuration's ignore patterns exclude, or whose directories they exclude, stay out.
  const ignored = (file: string): boolean => {
    for (let at = file; within(root, at); at = path.dirname(at)) if (ignore(at)) return true;
    return false;
  };
  for (const module of named.values()) {
    const dir = module.absoluteDir;
    const names = configFilesIn(fileNamesIn(dir)).filter((name) => !ignored(path.join(dir, name)));
    if (!names.some(isOverrideFile)) continue;
    for (const name of names) {
      const file = rel(path.join(dir, name));
      if (!module.files.includes(file)) module.files.push(file);
    }
  }
  // A directory also scanned as a whole (by any path to it: a symbolic link too) is that module already: its named files are not a second one.
  for (const [real, module] of named) if (!visited.has(real)) modules.set(module.absoluteDir, { ...module, files: module.files.sort() });
  return { modules: [...modules.values()].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0)), documents, diagnostics };
}

/** Whether `at` lies below `root` (`root` itself not included). */
function within(root: string, at: string): boolean {
  return path.relative(root, at) !== '' && isAtOrBelow(root, at);
}

/** Whether `at` (absolute) is `root` (absolute) or lies below it. */
export function isAtOrBelow(root: string, at: string): boolean {
  const relative = path.relative(root, at);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/**
 * A directory's or file's absolute path with symbolic links resolved, as the walk records what it
 * visited; the path itself, absolute, when that fails (there is no such file yet).
 */
export function realPathOf(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return path.resolve(file);
  }
}

/** The module in directory `dir` (absolute), given the names of the files in it. */
export function moduleSourceOf(dir: string, names: string[], root: string): ModuleSource {
  const rel = (name: string): string => toPosix(path.relative(root, path.join(dir, name)));
  return { dir: toPosix(path.relative(root, dir)) || '.', absoluteDir: dir, files: configFilesIn(names).map(rel), autoVarFiles: autoVarFiles(names).map(rel) };
}

/** Terraform's automatic variable files, in the order it loads them (later wins). */
function autoVarFiles(names: string[]): string[] {
  const fixed = ['terraform.tfvars', 'terraform.tfvars.json'].filter((f) => names.includes(f));
  const auto = names.filter((n) => n.endsWith('.auto.tfvars') || n.endsWith('.auto.tfvars.json')).sort();
  return [...fixed, ...auto];
}

/** An entry of `dir` that is neither a directory nor a symlink to one. */
function isFileEntry(dir: string, entry: Dirent): boolean {
  return !entry.isDirectory() && !(entry.isSymbolicLink() && isDirectory(path.join(dir, entry.name)));
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Whether `p` is a directory (or a symbolic link to one); false when it cannot be read. */
export function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The names of a directory's entries that are not directories (nor symlinks to one), or none when
 * it cannot be read: Terraform reads `.tf` files only, so a directory named `x.tf` is no file of the module.
 */
export function fileNamesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => isFileEntry(dir, e))
      .map((e) => e.name);
  } catch {
    return [];
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** `\` to `/`, for paths printed and put in SARIF. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
