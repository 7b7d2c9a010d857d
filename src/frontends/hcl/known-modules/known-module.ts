/**
 * Known modules: modules whose code tf-acr-lint models as data, so a call to one can be linted
 * without its source (nobody ran `terraform init`). The model's defaults follow the release the
 * call pins.
 */
import type { Resource } from '../../../model/graph.js';
import type { Span } from '../../../model/span.js';
import type { Value } from '../../../model/value.js';
import { compareVersions, parseVersion, satisfies } from '../module-sources.js';

/** One instance of a call to a known module, with its evaluated arguments. */
export interface KnownModuleCall {
  /** Root module directory (as on every resource). */
  root: string;
  /** `module.acr` or `module.acr["k"]` (with any parent module path in front). */
  address: string;
  /** The arguments, each carrying the argument's span in its trail. */
  args: Map<string, Value>;
  /** The `module "x" {` header, and the module call headers from the root down to it. */
  header: Span;
  callSpans: Span[];
  /** Set when the release was assumed rather than pinned (see `resolveRelease`). */
  assumed?: string;
  /** Set when the call's constraint also allows releases newer than the newest modelled one (see `resolveRelease`). */
  newerAllowed?: boolean;
}

/** What a known module's model produces for one call instance. */
export interface KnownModuleInstance {
  resources: Resource[];
  outputs: Map<string, Value>;
  /** Problems with the call itself (an input the release does not have); warnings unless a level is given. */
  problems: { message: string; span: Span; severity?: 'warning' | 'note' }[];
}

/** A module modelled as data, with one row per release. */
export interface KnownModuleModel<Release extends { version: string }> {
  /** The registry address people know it by, for messages. */
  name: string;
  /** True when a `module` block's `source` is this module. */
  matches(source: string): boolean;
  /** Every modelled release, oldest first. */
  releases: readonly Release[];
  /** A version pinned in the source itself (a git `?ref=`), if any. */
  versionFromSource(source: string): string | undefined;
  /** The resources and outputs of one call instance at `release`. */
  build(call: KnownModuleCall, release: Release): KnownModuleInstance;
}

/** The release a call gets, and a note when it had to be assumed. */
export interface ResolvedRelease<Release> {
  release: Release;
  /** Set when the call pins no version, or one no known release satisfies. */
  assumed?: string;
  /**
   * Set when the constraint also allows a release newer than the newest modelled one (`~> 0.8`,
   * `>= 0.5`): Terraform installs the newest release the registry has, which may have inputs the
   * model does not know.
   */
  newerAllowed?: boolean;
}

/**
 * The newest known release that satisfies the call's `version` constraint (or the `?ref=` of a
 * git source). Without a usable constraint the newest known release is assumed, and the result
 * says so: a finding built on its defaults must not pretend the version was pinned.
 */
export function resolveRelease<Release extends { version: string }>(
  model: KnownModuleModel<Release>,
  source: string,
  constraint: string | undefined,
): ResolvedRelease<Release> {
  const newest = model.releases[model.releases.length - 1]!;
  const wanted = constraint ?? model.versionFromSource(source);
  if (wanted === undefined) return { release: newest, assumed: `the call pins no version; ${newest.version}, the newest release tf-acr-lint knows, is assumed` };
  const matching = model.releases.filter((r) => satisfies(parseVersion(r.version)!, wanted) === true);
  const best = matching.sort((a, b) => compareVersions(parseVersion(a.version)!, parseVersion(b.version)!)).pop();
  if (best) return { release: best, ...(allowsNewer(newest.version, wanted) ? { newerAllowed: true } : {}) };
  const known = model.releases.map((r) => r.version).join(', ');
  return { release: newest, assumed: `version "${wanted}" matches no release tf-acr-lint knows (${known}); ${newest.version} is assumed` };
}

/**
 * Whether `constraint`, which a release at or below `newest` satisfies, allows a version above
 * `newest`. Its terms other than `!=` each allow a range of versions, so together they allow one
 * range, which holds that release: if it holds any version above `newest`, it holds the patch
 * releases after `newest` up to that one. Each `!=` takes out one version, so with n of them one of
 * the first n + 1 patch releases after `newest` is allowed (`~> 0.8.0, != 0.8.1` allows 0.8.2).
 */
function allowsNewer(newest: string, constraint: string): boolean {
  const [major, minor, patch] = parseVersion(newest)!;
  const exclusions = constraint.split(',').filter((term) => term.trim().startsWith('!=')).length;
  for (let next = patch + 1; next <= patch + 1 + exclusions; next++) if (satisfies([major, minor, next], constraint) === true) return true;
  return false;
}
