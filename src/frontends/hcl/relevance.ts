/**
 * Relevance first: before anything is parsed, find the root modules that can produce a finding.
 * A root matters when its own files, a module it calls by a local source (at any depth) or a module
 * `terraform init` installed for it mentions a container registry (an azurerm registry resource, an
 * ARM `Microsoft.ContainerRegistry` type, or the AVM registry module). Links between resources never
 * cross root modules, so a root whose whole tree never mentions one cannot produce a finding; only the
 * text is read to decide, and the rest of a monorepo is never parsed.
 */
import path from 'node:path';
import type { Diagnostic } from '../../model/graph.js';
import { MAX_CALL_DEPTH, type DirectoryFile, type ModuleLoader } from './module-loader.js';
import { InstalledModules, isLocalSource } from './module-sources.js';
import { moduleSources } from './module-sources-text.js';

/** Text that makes a module worth parsing. */
export const REGISTRY_MENTION = /azurerm_container_registry|Microsoft\.ContainerRegistry|containerregistry-registry/i;

/** Text without which a file has no `module` block, so its calls need no parsing. */
const MODULE_BLOCK = /(^|\n)\s*module\s*"/;

/** Answers "can this directory's tree matter?"; the loader reads each directory's files once for both this and parsing. */
export class Relevance {
  private readonly verdicts = new Map<string, boolean>();

  constructor(private readonly loader: ModuleLoader) {}

  /**
   * Absolute directories the module in `dir` calls by a local source, read from the text of its
   * native-syntax files without parsing them (a JSON-syntax file with a `module` key sends the
   * directory to the loader, which parses all of it).
   */
  localCallees(dir: string, only?: readonly string[]): string[] {
    const files = this.loader.sourcesOf(dir, only);
    if (files.some((f) => f.file.endsWith('.json') && /"module"\s*:/.test(textOf(f)))) return this.loader.localCallees(dir, only);
    return files
      .map(textOf)
      .filter((text) => MODULE_BLOCK.test(text))
      .flatMap(moduleSources)
      .filter(isLocalSource)
      .map((source) => path.resolve(dir, source));
  }

  /**
   * True when `dir`'s tree mentions a container registry (see the module comment). A tree deeper
   * than the loader reads (MAX_CALL_DEPTH) counts as relevant, so that its root is loaded and the
   * loader says why the deepest calls are not evaluated.
   */
  relevant(dir: string, visiting: readonly string[] = []): boolean {
    let verdict = this.verdicts.get(dir);
    if (verdict === undefined) {
      verdict = visiting.length > MAX_CALL_DEPTH || this.decide(dir, [...visiting, dir]);
      this.verdicts.set(dir, verdict);
    }
    return verdict;
  }

  /** `relevant` for a root module of some of its directory's files (`only`). */
  relevantRoot(dir: string, only: readonly string[]): boolean {
    return this.decide(dir, [dir], only);
  }

  private decide(dir: string, visiting: readonly string[], only?: readonly string[]): boolean {
    if (this.mentions(dir, only)) return true;
    for (const callee of this.localCallees(dir, only)) {
      if (!visiting.includes(callee) && this.relevant(callee, visiting)) return true;
    }
    for (const installed of InstalledModules.read(dir).dirs()) {
      if (this.mentions(installed)) return true;
    }
    return false;
  }

  private mentions(dir: string, only?: readonly string[]): boolean {
    return this.loader.sourcesOf(dir, only).some((f) => REGISTRY_MENTION.test(textOf(f)));
  }

  /**
   * Why the files of `dir` could not be read (binary, not UTF-8, unreadable). A module that is
   * skipped is never parsed, but a file nobody can read is still reported.
   */
  unreadable(dir: string, only?: readonly string[]): Diagnostic[] {
    return this.loader.sourcesOf(dir, only).flatMap((f) => (f.source.ok ? [] : [f.source.diagnostic]));
  }
}

/** A file's text; an unreadable file counts as empty here (it is reported elsewhere). */
function textOf(f: DirectoryFile): string {
  return f.source.ok ? f.source.text : '';
}
