/**
 * Relevance first: before anything is parsed, find the root modules that can produce a finding.
 * A root matters when its own files, a module it calls by a local source (at any depth) or a module
 * `terraform init` installed for it (and what that calls) mentions a container registry (an azurerm
 * registry resource, an ARM `Microsoft.ContainerRegistry` type, or the AVM registry module), or may
 * name one without spelling it out (see `mentionsRegistry`). Links between resources never cross root
 * modules, so a root whose whole tree never mentions one cannot produce a finding. The text is read to
 * decide; only a file whose module calls the text scanner cannot read exactly is parsed, and the rest
 * of a monorepo never is.
 */
import { isOverrideFile } from '../../load/discover.js';
import type { Diagnostic } from '../../model/graph.js';
import { MAX_CALL_DEPTH, type DirectoryFile, type ModuleLoader } from './module-loader.js';
import { InstalledModules, isLocalSource, localSourceDir } from './module-sources.js';
import { moduleSources } from './module-sources-text.js';
import { appendAll } from '../../model/append.js';

/** Text that makes a module worth parsing. */
export const REGISTRY_MENTION = /azurerm_container_registry|Microsoft\.ContainerRegistry|containerregistry-registry/i;

/** An escape (`\u005f`, `\U0000005F`) could spell any of those in a label, a string or a JSON key. */
const ESCAPE = /\\[uU]/;

/** A `module` key in a JSON-syntax file. */
const JSON_MODULE_KEY = /"module"\s*:/;

/** An azapi resource, whose `type` names what it is. */
const AZAPI = /azapi_(?:update_)?resource/;

/** Every `type` name (`"type"` as a JSON key). */
const TYPE_NAME = /\btype\b"?/g;
/** A plain string (no escape, no template) that is the whole value: what follows it ends the argument. */
const PLAIN_STRING = /"(?:[^"\\\n$%]|[$%](?!\{))*"[ \t]*(?:#|\/\/|\/\*|\r?\n|,|\}|$)/y;
/** A type constraint (`string`, `list(object({…}))`): a variable's type, never a resource's. */
const TYPE_CONSTRAINT = /(?:string|number|bool|any|list|map|set|tuple|object)\b/y;
/** Comments and blank space a `type` argument may have around its `=` (or `:`), read no further than this. */
const MAX_BLANK = 4096;

/**
 * Whether the text sets some `type` otherwise than to a plain string or a type constraint: with an
 * azapi resource in the file, it may compute `Microsoft.ContainerRegistry/…` from a variable, a
 * `.tfvars` file or a template (`"Microsoft.${local.rp}/registries@…"`). Comments around the `=`
 * count as blank; more blank than MAX_BLANK counts as computed.
 */
function computesType(text: string): boolean {
  // Blank already skipped is not searched again: a `type` in a comment that one skip passed is no argument.
  let skipped = 0;
  for (const m of text.matchAll(TYPE_NAME)) {
    if (m.index < skipped) continue;
    let at = skipBlank(text, m.index + m[0].length);
    if (at === undefined) return true;
    skipped = at;
    const sign = text[at];
    if ((sign !== '=' && sign !== ':') || text[at + 1] === '=') continue;
    at = skipBlank(text, at + 1);
    if (at === undefined) return true;
    skipped = at;
    if (!matchesAt(PLAIN_STRING, text, at) && !matchesAt(TYPE_CONSTRAINT, text, at)) return true;
  }
  return false;
}

/** Whether the sticky `pattern` matches at `at`. */
function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** Past spaces, line breaks and comments from `at`; undefined past MAX_BLANK characters of them. */
function skipBlank(text: string, at: number): number | undefined {
  let i = at;
  while (i - at <= MAX_BLANK) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') i++;
    else if (ch === '#' || (ch === '/' && text[i + 1] === '/')) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else return i;
  }
  return undefined;
}

/** Whether a file's text can make its module produce a finding (see the module comment). */
function mentionsRegistry(text: string): boolean {
  return REGISTRY_MENTION.test(text) || ESCAPE.test(text) || (AZAPI.test(text) && computesType(text));
}

/** Answers "can this directory's tree matter?"; the loader reads each directory's files once for both this and parsing. */
export class Relevance {
  /** Directories whose whole tree was searched and found not to matter. */
  private readonly irrelevant = new Set<string>();
  /** Local callees of whole directories, read once. */
  private readonly callees = new Map<string, string[]>();

  constructor(private readonly loader: ModuleLoader) {}

  /**
   * Absolute directories the module in `dir` calls by a local source, read from the text of its
   * native-syntax files without parsing them. A file the text scanner cannot read exactly (see
   * moduleSources), or a JSON-syntax file that may have a `module` key, sends the directory to the
   * loader, which parses all of it.
   */
  localCallees(dir: string, only?: readonly string[]): string[] {
    const cached = only === undefined ? this.callees.get(dir) : undefined;
    if (cached) return cached;
    const callees = this.readCallees(dir, only);
    if (only === undefined) this.callees.set(dir, callees);
    return callees;
  }

  private readCallees(dir: string, only?: readonly string[]): string[] {
    const files = this.loader.sourcesOf(dir, only);
    // An override file may change a call's source: the text would name the call's old module too.
    if (files.some((f) => isOverrideFile(f.file))) return this.loader.localCallees(dir, only);
    const sources: string[] = [];
    for (const f of files) {
      const text = textOf(f);
      if (f.file.endsWith('.json')) {
        // A `module` key, or one an escape may spell.
        if (JSON_MODULE_KEY.test(text) || ESCAPE.test(text)) return this.loader.localCallees(dir, only);
        continue;
      }
      const found = moduleSources(text);
      if (found === undefined) return this.loader.localCallees(dir, only);
      appendAll(sources, found);
    }
    return sources.filter(isLocalSource).map((source) => localSourceDir(dir, source));
  }

  /**
   * True when the tree of the root module of `dir` (its files `only`) mentions a container registry
   * (see the module comment). A tree deeper than the loader reads (MAX_CALL_DEPTH) counts as
   * relevant, so that its root is loaded and the loader says why the deepest calls are not evaluated.
   *
   * The tree is searched depth-first, each directory once. Directories found, their whole trees
   * searched, not to mention a registry are remembered: each one's tree lies within the root's.
   * (Remembering a verdict for a directory while a cycle through it was still open would lose the
   * part of its tree the cycle leads back to.)
   */
  relevantRoot(dir: string, only: readonly string[]): boolean {
    const seen = new Set<string>();
    const stack: { dir: string; depth: number; only?: readonly string[] }[] = [{ dir, depth: 0, only }];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      // The root stands for some of its directory's files; a call back into the directory reads all of them.
      const key = next.only ? undefined : next.dir;
      if (key !== undefined && seen.has(key)) continue;
      if (key !== undefined) seen.add(key);
      if (key !== undefined && this.irrelevant.has(key)) continue;
      if (next.depth > MAX_CALL_DEPTH || this.mentions(next.dir, next.only)) return true;
      for (const callee of this.localCallees(next.dir, next.only)) stack.push({ dir: callee, depth: next.depth + 1 });
      // Installed modules are part of the tree too, and so is what they call by a local source.
      for (const installed of InstalledModules.read(next.dir).dirs()) stack.push({ dir: installed, depth: next.depth + 1 });
    }
    for (const searched of seen) this.irrelevant.add(searched);
    return false;
  }

  private mentions(dir: string, only?: readonly string[]): boolean {
    return this.loader.sourcesOf(dir, only).some((f) => mentionsRegistry(textOf(f)));
  }

  /**
   * Why the files of `dir` could not be read (binary, not UTF-8, unreadable). A module that is
   * skipped is never parsed, but a file of its own that nobody can read is still reported.
   */
  unreadable(dir: string, only?: readonly string[]): Diagnostic[] {
    return this.loader.sourcesOf(dir, only).flatMap((f) => (f.source.ok ? [] : [f.source.diagnostic]));
  }
}

/** A file's text; an unreadable file counts as empty here (it is reported elsewhere). */
function textOf(f: DirectoryFile): string {
  return f.source.ok ? f.source.text : '';
}
