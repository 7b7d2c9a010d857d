/**
 * Where a `module` block's code lives: a local directory, a module installed by `terraform init`
 * (`.terraform/modules/modules.json`), a known module modelled as data, or nowhere tf-acr-lint can
 * read. Nothing is downloaded: remote sources are read only from an existing `.terraform/modules`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readSource } from '../../load/read-source.js';

/**
 * True for `./x` and `../x` sources, which Terraform reads from disk relative to the calling module,
 * and their Windows spellings `.\x` and `..\x`, local on every platform (`moduleSourceLocalPrefixes`
 * in hashicorp/terraform internal/addrs/module_source.go).
 */
export function isLocalSource(source: string): boolean {
  return /^\.\.?[/\\]/.test(source) || source === '.' || source === '..';
}

/**
 * The absolute directory a local source names from the calling module's directory. Terraform reads
 * a backslash in it as a slash on every platform, so `.\modules\acr` is `./modules/acr` on Linux too.
 */
export function localSourceDir(fromDir: string, source: string): string {
  return path.resolve(fromDir, source.replaceAll('\\', '/'));
}

/** One entry of `.terraform/modules/modules.json`. */
interface InstalledModule {
  Key: string;
  Source: string;
  Version?: string;
  Dir: string;
}

/** The modules `terraform init` installed for one root module, by module path (`acr`, `acr.cache_rule`). */
export class InstalledModules {
  private constructor(
    private readonly rootDir: string,
    private readonly byKey: Map<string, InstalledModule>,
  ) {}

  /**
   * Reads `<rootDir>/.terraform/modules/modules.json`; empty when there is none or it cannot be
   * read. It is read as configuration files are: a FIFO, a device or a file over the size limit
   * is not read at all.
   */
  static read(rootDir: string): InstalledModules {
    const manifest = path.join(rootDir, '.terraform', 'modules', 'modules.json');
    if (!existsSync(manifest)) return new InstalledModules(rootDir, new Map());
    const text = readSource(manifest, manifest);
    if (!text.ok) return new InstalledModules(rootDir, new Map());
    try {
      const parsed = JSON.parse(text.text) as { Modules?: InstalledModule[] };
      const entries = (parsed.Modules ?? []).filter((m) => typeof m.Key === 'string' && typeof m.Dir === 'string');
      return new InstalledModules(rootDir, new Map(entries.map((m) => [m.Key, m])));
    } catch {
      return new InstalledModules(rootDir, new Map());
    }
  }

  /** Every installed module's absolute directory. */
  dirs(): string[] {
    return [...this.byKey.values()].filter((m) => m.Key !== '').map((m) => path.resolve(this.rootDir, m.Dir));
  }

  /** The absolute directory of the module at `modulePath` (call names from the root), if installed. */
  dirOf(modulePath: string[]): { dir: string; version?: string } | undefined {
    const entry = this.byKey.get(modulePath.join('.'));
    if (!entry) return undefined;
    return { dir: path.resolve(this.rootDir, entry.Dir), ...(entry.Version ? { version: entry.Version } : {}) };
  }
}

/** A version as three numbers. */
export type Version = [number, number, number];

/** Parses `1.2.3`, `v1.2`, `1`; undefined for anything else (pre-releases are not matched). */
export function parseVersion(text: string): Version | undefined {
  const m = /^\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(text);
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}

/** Orders versions. */
export function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * True when `version` satisfies a Terraform version constraint: comma-separated `=`, `!=`, `>`,
 * `>=`, `<`, `<=` and `~>` terms (`~> 0.5` allows 0.x from 0.5, `~> 0.5.0` allows 0.5.x).
 * Undefined when the constraint cannot be read.
 */
export function satisfies(version: Version, constraint: string): boolean | undefined {
  for (const term of constraint.split(',')) {
    const m = /^\s*(=|!=|>=|<=|>|<|~>)?\s*(v?\d+(?:\.\d+){0,2})\s*$/.exec(term);
    if (!m) return undefined;
    const op = m[1] ?? '=';
    const target = parseVersion(m[2]!)!;
    const c = compareVersions(version, target);
    const segments = m[2]!.replace(/^v/, '').split('.').length;
    const ok =
      op === '=' ? c === 0 : op === '!=' ? c !== 0 : op === '>' ? c > 0 : op === '>=' ? c >= 0 : op === '<' ? c < 0 : op === '<=' ? c <= 0 : pessimistic(version, target, segments);
    if (!ok) return false;
  }
  return true;
}

/** `~> X.Y` means `>= X.Y, < (X+1).0`; `~> X.Y.Z` means `>= X.Y.Z, < X.(Y+1).0`. */
function pessimistic(version: Version, target: Version, segments: number): boolean {
  if (compareVersions(version, target) < 0) return false;
  if (segments <= 2) return version[0] === target[0];
  return version[0] === target[0] && version[1] === target[1];
}
