import type { Span } from './span.js';
import type { Value } from './value.js';

/** The known module a resource was created by (the AVM registry module), as far as the input tells. */
export interface KnownModuleInfo {
  /** `Azure/avm-res-containerregistry-registry/azurerm`. */
  name: string;
  /** The release its defaults come from (`0.8.0`); undefined when the input does not pin one. */
  version?: string;
  /** The call's address (`module.registry`). */
  call: string;
}

/** One resource instance (after `count` / `for_each` expansion). */
export interface Resource {
  /**
   * The root module the resource belongs to: its directory relative to the scan root. Addresses
   * are unique only within one root module; a monorepo has many `azurerm_container_registry.this`.
   */
  root: string;
  /** Full address, e.g. `azurerm_container_registry.env["prod"]`. */
  address: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  /** The instance key (`0`, `"prod"`), absent for a single instance. */
  instanceKey?: string | number;
  /**
   * Set when the block's `count` / `for_each` is unknown: this one instance stands for all of them,
   * and there may be none. Says why.
   */
  unknownInstances?: string;
  /** Evaluated arguments; nested blocks appear as lists of objects, as in plan JSON. */
  attributes: Map<string, Value>;
  /**
   * Set when the resource's attributes are unknown as a whole (a plan's wholly unknown planned
   * object, or one that could not be read): an attribute `attributes` does not list is unknown for
   * this reason, never absent, so no default applies to it. Says why.
   */
  unknownAttributes?: string;
  /** The whole block. Absent when the resource has no source (a plan without configuration). */
  span?: Span;
  /** The block's header (`resource "type" "name" {`): where findings about absent attributes land. */
  headerSpan?: Span;
  /**
   * The `module "x" {` headers from the root module down to the module holding this resource;
   * empty or absent in the root module. A finding whose trail lies in code nobody edits here
   * (an installed module, a modelled one) lands on the innermost editable call.
   */
  callSpans?: Span[];
  /** Set on resources created by a known module's call. */
  knownModule?: KnownModuleInfo;
}

/** A problem with the input: a file that could not be read or parsed, a value that could not be evaluated. */
export interface Diagnostic {
  /** `error`: input lost (a file not read); `warning`: input read with a problem; `note`: something left unknown, said once. */
  severity: 'error' | 'warning' | 'note';
  message: string;
  /** Relative to the scan root, `/` separators. */
  file: string;
  /** 1-based; absent when the problem concerns the whole file. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * An inline suppression: `# tf-acr-lint:ignore ACR002,ACR013 -- reason` on the line before a block,
 * an attribute or a `module` call. It covers findings of those rules inside `target`.
 */
export interface Suppression {
  /** Rule ids or names, as written. */
  rules: string[];
  reason?: string;
  /** The comment itself. */
  span: Span;
  /** The block or attribute that follows it; absent when nothing it can cover does (it suppresses nothing). */
  target?: Span;
}

/** One argument of a module call that is not read, as evaluated in the caller. */
export interface UnreadCallArgument {
  name: string;
  /** The evaluated argument; its origin's trail starts at the argument in the call. Its parts keep their refs. */
  value: Value;
}

/**
 * One instance of a `module` call whose code tf-acr-lint does not read: a registry or git source
 * that is neither installed nor modelled, a stale installed copy, a local directory with no `.tf`
 * files, a call that leads into a cycle or too deep. The resources it creates are unknown; what it
 * is given is known, so rules can tell that it may create something for a resource it receives.
 */
export interface UnreadModuleCall {
  /** The root module the call belongs to (see `Resource.root`). */
  root: string;
  /** The instance's address: `module.private_endpoint`, `module.app["prod"].module.pe`. */
  address: string;
  /** The `source` as written; empty when it is not a literal. */
  source: string;
  /** Why the module is not read (the text of the call's diagnostic). */
  why: string;
  /** Set when `terraform init` / `tofu init` would let tf-acr-lint read it: not installed, or a stale installed copy (not a cycle, an empty directory, a source that is no literal). */
  init?: true;
  /** Set when the call's `count` / `for_each` is unknown: this instance stands for all of them, and there may be none. Says why. */
  unknownInstances?: string;
  /** The `module "x" {` header. */
  headerSpan: Span;
  /** Its arguments, meta-arguments (`source`, `count`, `providers`...) left out, in the order written. */
  arguments: UnreadCallArgument[];
}

/** What a front-end produces: every resource it found, and what went wrong on the way. */
export interface Graph {
  resources: Resource[];
  diagnostics: Diagnostic[];
  /** Module calls the front-end could not read (HCL only: a plan holds every module's resources). */
  unreadCalls?: UnreadModuleCall[];
  /** Inline suppressions in the files read. */
  suppressions?: Suppression[];
  /** Values Terraform marks sensitive, which no finding or diagnostic may print (see engine/output-text.ts). */
  sensitive?: string[];
  /**
   * Keys of the maps among them: also an object's attribute names, which are ordinary words, so
   * they are hidden only where a message quotes them whole (see engine/output-text.ts).
   */
  sensitiveKeys?: string[];
}
