/**
 * Artifact Cache repository paths (`docker.io/library/nginx`, `mcr.microsoft.com/dotnet/*`,
 * target `dotnet/*`) and the upstream registries Artifact Cache supports. One place for the
 * parsing the cache-rule rules share (ACR003–ACR007, ACR016).
 *
 * Facts: azure-facts.md §4.3 (supported upstreams and how each authenticates, from
 * `artifact-cache-overview.md`, last changed 2026-05-21), §4.4 (Docker Hub `library/`),
 * §4.5 (wildcards, naming: Azure/acr #766).
 */
import { addPosition } from '../model/positions.js';
import type { Value } from '../model/value.js';
import type { AcrModel, CacheRule, Registry } from './acr-model.js';
import { onceFor } from './once-for.js';

/** A repository path taken apart. Nothing here decides whether it is valid; the rules do. */
export interface RepositoryPath {
  /** The text as written. */
  text: string;
  /**
   * The registry host (lower-cased), when the first path segment looks like one: it contains a
   * dot or a colon (a port), or is `localhost` — the rule Docker's reference grammar uses. Only
   * a path with at least one `/` can have a host, and only a source (`parseRepository`).
   */
  host?: string;
  /** The path after the host (the whole text when there is no host), without tag or digest. */
  path: string;
  /** Path segments of `path` (`library`, `nginx`). */
  segments: string[];
  /** `:tag` on the last segment, without the colon. */
  tag?: string;
  /** `@digest`, without the at sign. */
  digest?: string;
  /** True when the path ends in a wildcard segment: `mcr.microsoft.com/*`, `dotnet/*`, `*`. */
  wildcard: boolean;
  /** For a wildcard, the path before the `*` (`dotnet/`; empty for `*`). */
  wildcardPrefix?: string;
  /** True when the text has an upper-case letter anywhere. */
  upperCase: boolean;
}

/** Takes a cache rule's source apart: its first segment may be the upstream's host (`docker.io/library/nginx`). */
export function parseRepository(text: string): RepositoryPath {
  return parsePath(text, true);
}

/**
 * Takes a cache rule's target apart. A target is a repository in the registry itself (`docker pull
 * <registry>/<target>`), so it has no host: a first segment with a dot (`docker.io/*`, one namespace
 * per upstream) is a namespace, and `docker.io/*` is no registry-wide wildcard.
 */
export function parseTarget(text: string): RepositoryPath {
  return parsePath(text, false);
}

function parsePath(text: string, withHost: boolean): RepositoryPath {
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let host: string | undefined;
  const slash = withHost ? rest.indexOf('/') : -1;
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      host = first.toLowerCase();
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const segments = rest === '' ? [] : rest.split('/');
  const wildcard = segments.length > 0 && segments[segments.length - 1] === '*';
  // Optional fields are assigned, not spread in: rules parse every cache rule's paths, and spreads are slow.
  const repo: RepositoryPath = { text, path: rest, segments, wildcard, upperCase: /[A-Z]/.test(text) };
  if (host !== undefined) repo.host = host;
  if (tag !== undefined) repo.tag = tag;
  if (digest !== undefined) repo.digest = digest;
  if (wildcard) repo.wildcardPrefix = rest.slice(0, -1);
  return repo;
}

/** How an upstream lets Artifact Cache pull: with a credential set only, without one only, or either. */
export type UpstreamAuth = 'authenticated' | 'anonymous' | 'both';

/** One supported upstream: a login server, or a `*.domain` pattern. */
export interface Upstream {
  /** `docker.io`, or `*.pkg.dev` for any host below `pkg.dev`. */
  pattern: string;
  name: string;
  auth: UpstreamAuth;
}

/** The date of the documentation the upstream list was read from (azure-facts §4.3). */
export const UPSTREAMS_AS_OF = '2026-05-21';

/** Where the list is documented. */
export const UPSTREAMS_DOC = 'https://learn.microsoft.com/azure/container-registry/artifact-cache-overview';

/**
 * Supported upstreams, azure-facts §4.3 (`artifact-cache-overview.md`, last change 2026-05-21).
 * `*.gcr.io` (e.g. `eu.gcr.io`) is in the service's own list of login servers (Azure/acr #862)
 * and authenticates like `gcr.io`.
 */
export const UPSTREAMS: readonly Upstream[] = [
  { pattern: 'docker.io', name: 'Docker Hub', auth: 'authenticated' },
  { pattern: 'dhi.io', name: 'Docker Hardened Images', auth: 'authenticated' },
  { pattern: '*.azurecr.io', name: 'Azure Container Registry', auth: 'authenticated' },
  { pattern: 'mcr.microsoft.com', name: 'Microsoft Artifact Registry', auth: 'anonymous' },
  { pattern: 'public.ecr.aws', name: 'AWS ECR Public Gallery', auth: 'anonymous' },
  { pattern: 'ghcr.io', name: 'GitHub Container Registry', auth: 'both' },
  { pattern: 'quay.io', name: 'Quay', auth: 'both' },
  { pattern: 'registry.k8s.io', name: 'Kubernetes registry', auth: 'both' },
  { pattern: '*.pkg.dev', name: 'Google Artifact Registry', auth: 'authenticated' },
  { pattern: 'gcr.io', name: 'Google Container Registry', auth: 'both' },
  { pattern: '*.gcr.io', name: 'Google Container Registry', auth: 'both' },
  { pattern: 'nvcr.io', name: 'NVIDIA NGC', auth: 'both' },
  { pattern: 'registry.redhat.io', name: 'Red Hat Registry', auth: 'authenticated' },
  { pattern: 'registry.access.redhat.com', name: 'Red Hat Public Registry', auth: 'anonymous' },
];

/** The supported upstream a host belongs to, or undefined. Hosts compare case-insensitively. */
export function upstreamOf(host: string): Upstream | undefined {
  const h = host.toLowerCase();
  return UPSTREAMS.find((u) => (u.pattern.startsWith('*.') ? h.endsWith(u.pattern.slice(1)) && h.length > u.pattern.length - 1 : h === u.pattern));
}

/** A cache rule's source, parsed, with the upstream it is from. */
export interface KnownSource {
  readonly repo: Readonly<RepositoryPath>;
  /** The supported upstream its host is, if any. */
  readonly upstream?: Upstream;
}

/** A cache rule's repository fields. */
export type RepositoryField = 'sourceRepository' | 'targetRepository';

/** Paths already parsed, by field and cache rule: several rules read every cache rule's paths, and share the result (read-only). */
const knownPaths: Record<RepositoryField, WeakMap<CacheRule, RepositoryPath>> = { sourceRepository: new WeakMap(), targetRepository: new WeakMap() };

/** A cache rule's source or target, parsed; undefined when it is unknown. */
export function knownRepository(rule: CacheRule, field: RepositoryField): Readonly<RepositoryPath> | undefined {
  const value = rule[field];
  const text = value.known && typeof value.value === 'string' ? value.value : undefined;
  if (text === undefined) return undefined;
  const cached = knownPaths[field].get(rule);
  if (cached?.text === text) return cached;
  const repo = field === 'sourceRepository' ? parseRepository(text) : parseTarget(text);
  knownPaths[field].set(rule, repo);
  return repo;
}

/** Sources with their upstreams, by cache rule, shared like the paths. */
const knownSources = new WeakMap<CacheRule, KnownSource>();

/** A cache rule's source, parsed, with the upstream its host is (if any); undefined when the source is unknown. */
export function knownSource(rule: CacheRule): KnownSource | undefined {
  const repo = knownRepository(rule, 'sourceRepository');
  if (repo === undefined) return undefined;
  const cached = knownSources.get(rule);
  if (cached?.repo === repo) return cached;
  const upstream = repo.host !== undefined ? upstreamOf(repo.host) : undefined;
  const source = upstream ? { repo, upstream } : { repo };
  knownSources.set(rule, source);
  return source;
}


/** The upstream patterns, for messages: `docker.io, dhi.io, *.azurecr.io, …`. */
export function upstreamList(): string {
  return UPSTREAMS.map((u) => u.pattern).join(', ');
}

/** The Docker Hub login server Artifact Cache documents (azure-facts §4.3). */
export const DOCKER_HUB = 'docker.io';

/**
 * Cache-rule targets, indexed to find those a new target overlaps as Azure forbids (azure-facts
 * §4.5) without comparing every pair: the same target (static or wildcard), or two wildcards where
 * one prefix contains the other (`*` overlaps every wildcard); a static target inside a wildcard
 * is allowed. A wildcard prefix is empty or ends in `/` (the segment before `*`), so one prefix
 * contains another exactly when the other is one of its `/`-ended beginnings. A registry may hold
 * 1,000 rules (§4.2); a generated configuration, many more.
 */
export class OverlapIndex {
  private readonly byText = new Map<string, number[]>();
  /** Wildcards by their prefix. */
  private readonly byPrefix = new Map<string, number[]>();
  /** Wildcards by each beginning of their prefix (the prefix itself included). */
  private readonly byBeginning = new Map<string, number[]>();

  /** Adds a target under `index`, which must be greater than every index added before. */
  add(repo: RepositoryPath, index: number): void {
    if (!repo.wildcard) {
      addPosition(this.byText, repo.text, index);
      return;
    }
    const prefix = repo.wildcardPrefix ?? '';
    addPosition(this.byPrefix, prefix, index);
    for (const beginning of beginnings(prefix)) addPosition(this.byBeginning, beginning, index);
  }

  /**
   * The indices of the targets added so far that overlap `repo`, as lists in ascending order that
   * share no index (read-only: they are the index's own). Their total length may be every target
   * added, so a caller that needs only a few should not copy them.
   */
  overlapping(repo: RepositoryPath): readonly (readonly number[])[] {
    if (!repo.wildcard) return [this.byText.get(repo.text) ?? []];
    // Wildcards whose prefix begins with this one's (itself and longer ones), and those whose
    // prefix this one's begins with (shorter ones).
    const prefix = repo.wildcardPrefix ?? '';
    const lists = [this.byBeginning.get(prefix) ?? []];
    for (const beginning of beginnings(prefix)) if (beginning !== prefix) lists.push(this.byPrefix.get(beginning) ?? []);
    return lists;
  }
}

/** `''`, `a/`, `a/b/` for the prefix `a/b/`: every beginning of it that ends where a segment does. */
function beginnings(prefix: string): string[] {
  const out = [''];
  for (let slash = prefix.indexOf('/'); slash !== -1; slash = prefix.indexOf('/', slash + 1)) out.push(prefix.slice(0, slash + 1));
  return out;
}

/** The model's cache rules with their registries, gathered once per model: five rules read them all. */
const cacheRulesOf = new WeakMap<AcrModel, readonly { rule: CacheRule; registry?: Registry }[]>();

/** Every cache rule in the model with its registry (undefined for a rule whose registry is not in the configuration); read-only, shared. */
export function allCacheRules(model: AcrModel): readonly { rule: CacheRule; registry?: Registry }[] {
  return onceFor(cacheRulesOf, model, () => [
    ...model.registries.flatMap((registry) => registry.cacheRules.map((rule) => ({ rule, registry }))),
    ...model.orphanCacheRules.map((rule) => ({ rule })),
  ]);
}

/** The cache-rule fields the rules name. */
export type CacheRuleField = RepositoryField | 'credentialSetId';

const AVM_FIELDS: Record<CacheRuleField, string> = {
  sourceRepository: 'source_repository',
  targetRepository: 'target_repository',
  credentialSetId: 'credential_set_key / credential_set_resource_id',
};

/**
 * How a person finds `field` of `rule` in their configuration: the attribute path for azurerm and
 * azapi (`source_repo`, `body.properties.sourceRepository`); for a cache rule the AVM module creates,
 * the entry of its `cache_rules` input (`cache_rules["nginx"].source_repository of module.registry`).
 */
export function cacheRuleField(rule: CacheRule, field: CacheRuleField): string {
  if (!rule.avm) return rule.paths[field];
  return `cache_rules[${rule.avm.key}].${field === 'credentialSetId' ? avmCredentialInput(rule.credentialSetId) : AVM_FIELDS[field]} of ${rule.avm.call}`;
}

/** Which AVM input set the credential set: a key of `credential_sets` (an id known after apply) or an id. */
function avmCredentialInput(v: Value): string {
  if (!v.known && (v.refs ?? []).some((r) => r.includes('.module.credential_set['))) return 'credential_set_key';
  if (v.known && typeof v.value === 'string' && v.value !== '') return 'credential_set_resource_id';
  return AVM_FIELDS.credentialSetId;
}

/** True when a cache rule's credential set id is known to be absent (`null`, or an empty string). */
export function knownNoCredentialSet(v: Value): boolean {
  return v.known && (v.value === null || v.value === '');
}

/** The addresses of the model's credential sets, gathered once per model (a rule asks for each cache rule). */
const setAddresses = new WeakMap<AcrModel, ReadonlySet<string>>();

function credentialSetAddresses(model: AcrModel): ReadonlySet<string> {
  return onceFor(setAddresses, model, () => new Set(model.registries.flatMap((r) => r.credentialSets.map((c) => c.resource.address))));
}

const CREDENTIAL_SET_ADDRESS = /(^|\.)(data\.)?azurerm_container_registry_credential_set\.|(^|\.)module\.credential_set\[/;

/**
 * True when a cache rule's unknown credential set id is derived from a credential set resource (a
 * credential set in the model, an `azurerm_container_registry_credential_set`, or the AVM module's
 * `credential_set` submodule): its id is known only after apply, but it is certainly set. In a plan
 * the references of an azapi rule are known for its whole `body` only, so those count too.
 */
export function refersToCredentialSet(rule: CacheRule, model: AcrModel): boolean {
  const addresses = credentialSetAddresses(model);
  const refs = [...(rule.credentialSetId.refs ?? []), ...(rule.spelling === 'azapi' && !rule.credentialSetId.refs ? (rule.resource.attributes.get('body')?.refs ?? []) : [])];
  return refs.some((ref) => addresses.has(ref) || CREDENTIAL_SET_ADDRESS.test(ref));
}
