/**
 * Relevance first: before anything is parsed, find the root modules that can produce a finding.
 * A root matters when its own files, a module it calls by a local source (at any depth) or a module
 * `terraform init` installed for it mentions a container registry (an azurerm registry resource, an
 * ARM `Microsoft.ContainerRegistry` type, or the AVM registry module). Links between resources never
 * cross root modules, so a root whose whole tree never mentions one cannot produce a finding; only the
 * text is read to decide, and the rest of a monorepo is never parsed.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../../model/graph.js';
import { configFilesIn, toPosix } from '../../load/discover.js';
import { readSource } from '../../load/read-source.js';
import type { ModuleLoader } from './module-loader.js';
import { InstalledModules, isLocalSource } from './module-sources.js';
import { moduleSources } from './module-sources-text.js';

/** Text that makes a module worth parsing. */
export const REGISTRY_MENTION = /azurerm_container_registry|Microsoft\.ContainerRegistry|containerregistry-registry/i;

/** Text without which a file has no `module` block, so its calls need no parsing. */
const MODULE_BLOCK = /(^|\n)\s*module\s*"/;

/** Answers "can this directory's tree matter?", reading each directory's files once. */
export class Relevance {
  private readonly texts = new Map<string, Promise<string[]>>();
  private readonly verdicts = new Map<string, Promise<boolean>>();
  private readonly problems = new Map<string, Diagnostic[]>();
  private readonly names = new Map<string, string[]>();

  constructor(
    private readonly loader: ModuleLoader,
    /** Directory diagnostics' paths are relative to. */
    private readonly root: string,
  ) {}

  /**
   * Absolute directories the module in `dir` calls by a local source, read from the text of its
   * native-syntax files without parsing them (a JSON-syntax file with a `module` key sends the
   * directory to the loader, which parses all of it).
   */
  async localCallees(dir: string): Promise<string[]> {
    const texts = await this.textsOf(dir);
    const names = await this.namesOf(dir);
    if (names.some((n, i) => n.endsWith('.json') && /"module"\s*:/.test(texts[i]!))) return this.loader.localCallees(dir);
    return texts
      .filter((text) => MODULE_BLOCK.test(text))
      .flatMap(moduleSources)
      .filter(isLocalSource)
      .map((source) => path.resolve(dir, source));
  }

  /** True when `dir`'s tree mentions a container registry (see the module comment). */
  relevant(dir: string, visiting: ReadonlySet<string> = new Set()): Promise<boolean> {
    let verdict = this.verdicts.get(dir);
    if (!verdict) {
      verdict = this.decide(dir, new Set([...visiting, dir]));
      this.verdicts.set(dir, verdict);
    }
    return verdict;
  }

  private async decide(dir: string, visiting: ReadonlySet<string>): Promise<boolean> {
    if ((await this.textsOf(dir)).some((t) => REGISTRY_MENTION.test(t))) return true;
    for (const callee of await this.localCallees(dir)) {
      if (!visiting.has(callee) && (await this.relevant(callee, visiting))) return true;
    }
    for (const installed of (await InstalledModules.read(dir)).dirs()) {
      if ((await this.textsOf(installed)).some((t) => REGISTRY_MENTION.test(t))) return true;
    }
    return false;
  }

  /**
   * Why the files of `dir` could not be read (binary, not UTF-8, unreadable). A module that is
   * skipped is never parsed, but a file nobody can read is still reported.
   */
  async unreadable(dir: string): Promise<Diagnostic[]> {
    await this.textsOf(dir);
    return this.problems.get(dir) ?? [];
  }

  /** The text of every configuration file in `dir`; unreadable files count as empty. */
  private textsOf(dir: string): Promise<string[]> {
    let texts = this.texts.get(dir);
    if (!texts) {
      texts = this.read(dir);
      this.texts.set(dir, texts);
    }
    return texts;
  }

  /** The configuration files of `dir`, in the order `textsOf` gives their texts. */
  private async namesOf(dir: string): Promise<string[]> {
    await this.textsOf(dir);
    return this.names.get(dir) ?? [];
  }

  private async read(dir: string): Promise<string[]> {
    const names = configFilesIn(await readdir(dir).catch(() => [] as string[]));
    this.names.set(dir, names);
    const reads = await Promise.all(names.map((n) => readSource(path.join(dir, n), toPosix(path.relative(this.root, path.join(dir, n))))));
    this.problems.set(dir, reads.flatMap((r) => (r.ok ? [] : [r.diagnostic])));
    return reads.map((r) => (r.ok ? r.text : ''));
  }
}
