/**
 * Where a `module` block's code lives: a local directory, a module installed by `terraform init`
 * (`.terraform/modules/modules.json`), a known module modelled as data, or nowhere tf-acr-lint can
 * read. Nothing is downloaded: remote sources are read only from an existing `.terraform/modules`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isDirectory } from '../../load/discover.js';
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

/**
 * An entry with the fields Terraform writes, as strings (`Version` only for registry modules): any
 * other is left out, as one whose values cannot even be quoted in a message (`{"toString": null}`).
 */
function isInstalledModule(m: unknown): m is InstalledModule {
  if (typeof m !== 'object' || m === null) return false;
  const { Key, Source, Version, Dir } = m as Record<string, unknown>;
  return typeof Key === 'string' && typeof Source === 'string' && typeof Dir === 'string' && (Version === undefined || typeof Version === 'string');
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
    let modules: unknown;
    try {
      modules = (JSON.parse(text.text) as { Modules?: unknown } | null)?.Modules;
    } catch {
      return new InstalledModules(rootDir, new Map());
    }
    const entries = Array.isArray(modules) ? modules.filter(isInstalledModule) : [];
    return new InstalledModules(rootDir, new Map(entries.map((m) => [m.Key, m])));
  }

  /** Every installed module's absolute directory. */
  dirs(): string[] {
    return [...this.byKey.values()].filter((m) => m.Key !== '').map((m) => path.resolve(this.rootDir, m.Dir));
  }

  /**
   * The copy `init` installed for the module call at `modulePath` (call names from the root), when
   * the manifest has one. Terraform reads it only while it still matches the call
   * (`moduleWalkerLoad` in hashicorp/terraform internal/configs/configload/loader_load.go): the
   * source is the one installed and the installed version meets the `version` constraint, or else
   * "Module source has changed" / "Module version requirements have changed"; and its directory
   * can be read, or else "Module not installed". Such a call is `stale`, saying why: what
   * `terraform init` would install for it is not the copy on disk.
   */
  installedFor(modulePath: string[], source: string, constraint: string | undefined): { kind: 'installed'; dir: string } | { kind: 'stale'; why: string } | undefined {
    const entry = this.byKey.get(modulePath.join('.'));
    if (!entry) return undefined;
    const dir = path.resolve(this.rootDir, entry.Dir);
    const manifest = `.terraform/modules/modules.json`;
    if (!sameSource(source, entry.Source)) return { kind: 'stale', why: `${manifest} installed it from "${entry.Source}", and the call now says "${source}"` };
    const installed = entry.Version === undefined ? undefined : parseVersion(entry.Version);
    if (constraint !== undefined && (entry.Version === undefined || (installed && satisfies(installed, constraint) === false) || unwantedPrerelease(entry.Version, constraint))) {
      return { kind: 'stale', why: `${manifest} installed ${entry.Version === undefined ? 'no version of it' : `version ${entry.Version}`}, which the call's version "${constraint}" does not allow` };
    }
    if (!isDirectory(dir)) return { kind: 'stale', why: `${manifest} installed it in "${entry.Dir}", which is not a directory here` };
    return { kind: 'installed', dir };
  }
}

/**
 * Whether the manifest's `Source` is the call's source, as Terraform compares them: in their
 * normalised forms, where a registry address names its host (`registry.terraform.io` when it names
 * none; OpenTofu writes `registry.opentofu.org`). Other remote sources are normalised by go-getter,
 * which this does not repeat: one is taken to match whatever is neither a registry address nor a
 * local path.
 */
function sameSource(source: string, installed: string): boolean {
  if (source === installed) return true;
  const call = registryAddress(source);
  if (call) return call.some((address) => address === registryAddress(installed)?.[0]);
  return !isLocalSource(installed) && registryAddress(installed) === undefined;
}

/** The hosts a registry address without one means: Terraform's and OpenTofu's registries. */
const DEFAULT_REGISTRY_HOSTS = ['registry.terraform.io', 'registry.opentofu.org'];

/** A module registry name or namespace, and a target system (hashicorp/terraform internal/addrs/module_source.go). */
const REGISTRY_NAME = /^[0-9A-Za-z](?:[0-9A-Za-z_-]{0,62}[0-9A-Za-z])?$/;
const REGISTRY_SYSTEM = /^[0-9a-z]{1,64}$/;

/**
 * `source` as a registry address with its host, `host/namespace/name/system[//subdir]`: one form per
 * default host when it names none; undefined when it is no registry address (a local path, a git,
 * HTTP or other go-getter address, `github.com/…`, which is fetched from the repository).
 */
function registryAddress(source: string): string[] | undefined {
  if (isLocalSource(source)) return undefined;
  const split = source.indexOf('//');
  const [address, subdir] = split === -1 ? [source, ''] : [source.slice(0, split), source.slice(split)];
  const parts = address.split('/');
  if (parts.length !== 3 && parts.length !== 4) return undefined;
  const host = parts.length === 4 ? parts.shift()!.toLowerCase() : undefined;
  if (host !== undefined && (!host.includes('.') || host === 'github.com' || host === 'bitbucket.org')) return undefined;
  const [namespace, name, system] = parts as [string, string, string];
  if (!REGISTRY_NAME.test(namespace) || !REGISTRY_NAME.test(name) || !REGISTRY_SYSTEM.test(system)) return undefined;
  return (host === undefined ? DEFAULT_REGISTRY_HOSTS : [host]).map((h) => `${h}/${namespace}/${name}/${system}${subdir}`);
}


/** `1.2.3-beta`, `v1.2-rc.1+build`: a version with a pre-release part. */
const PRERELEASE = /^\s*v?\d+(?:\.\d+){0,2}-/;

/**
 * True when `version` is a pre-release that `constraint` cannot allow: go-version, which Terraform
 * checks module versions with, matches a pre-release only against a constraint that names a
 * pre-release itself (`prereleaseCheck` in hashicorp/go-version constraint.go).
 */
function unwantedPrerelease(version: string, constraint: string): boolean {
  return PRERELEASE.test(version) && !constraint.split(',').some((term) => PRERELEASE.test(term.trim().replace(/^(?:=|!=|>=|<=|>|<|~>)\s*/, '')));
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
    // Trimmed first: a pattern with \s* on both sides of the optional operator backtracks quadratically over leading space.
    const m = /^(=|!=|>=|<=|>|<|~>)?\s*(v?\d+(?:\.\d+){0,2})$/.exec(term.trim());
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
