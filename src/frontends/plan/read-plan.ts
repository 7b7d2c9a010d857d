/**
 * The plan front-end: turns `terraform show -json` / `tofu show -json` output (a plan or a state),
 * or a raw version-4 `terraform.tfstate`, into the same resource graph the HCL front-end builds.
 * Values come from `resource_changes[].change.after` with `after_unknown` (unknown stays unknown);
 * links between resources come from `configuration` references, because new resources have
 * unknown ids. Every resource is placed at its `"address"` line in the plan file until source
 * mapping (see `source-map.ts`) finds its `.tf` block.
 */
import { instanceKeyText, parseAddress } from '../../model/address.js';
import type { Diagnostic, Graph, KnownModuleInfo, Resource } from '../../model/graph.js';
import type { Span } from '../../model/span.js';
import type { Provenance } from '../../model/value.js';
import { isolated } from '../hcl/read-config.js';
import { SourceText } from '../hcl/source-text.js';
import { AVM_CONTAINER_REGISTRY, REGISTRY_INPUTS } from '../hcl/known-modules/avm-container-registry.js';
import { resolveRelease } from '../hcl/known-modules/known-module.js';
import { classifyDocument, rawStateProblem, schemaProblem, type ConfigExpression, type RawState, type ResourceChange, type ShowDocument, type ShowModule } from './document.js';
import { AddressPlaces } from './address-places.js';
import { parseDocument } from './parse-document.js';
import { attributeLinks, collectSensitive, collectSensitivePaths, malformedObject, plannedObject, type Links, type PlannedAttributesOptions } from './planned-values.js';
import { ConfigIndex, MAX_MODULE_DEPTH, MAX_REACHED, MAX_SCOPES, type Scope } from './references.js';
import { formatCount } from '../../model/format-count.js';

/**
 * Reads one plan or state document. Never throws: problems are diagnostics. The schema covers only
 * what decides the document's shape, so a malformed document (or one nested too deeply for the
 * stack) can still fail inside the reader; that failure costs this document only.
 */
export function readPlanDocument(text: string, file: string, options: ReadPlanOptions = {}): PlanGraph {
  const diagnostics: Diagnostic[] = [];
  return isolated(file, diagnostics, () => readDocument(text, file, diagnostics, options.wanted ?? everything)) ?? { resources: [], diagnostics, unread: 0 };
}

/** How a plan document is read. */
export interface ReadPlanOptions {
  /**
   * The resources the caller reads (all by default). The others are counted, and neither their
   * values built nor their references resolved: in a plan of a whole estate, most resources are
   * no registry's business. So the bounds on following references (MAX_SCOPES, MAX_REACHED) are
   * spent on the resources read only.
   */
  wanted?: (resource: Pick<Resource, 'mode' | 'type'>) => boolean;
}

/** The resources of a plan document, and how many others it lists that were not wanted. */
export type PlanGraph = Graph & { unread: number };

const everything = (): boolean => true;

function readDocument(text: string, file: string, diagnostics: Diagnostic[], wanted: Wanted): PlanGraph {
  const fail = (severity: Diagnostic['severity'], message: string, line?: number, column?: number): PlanGraph => {
    diagnostics.push({ severity, file, message, ...(line !== undefined ? { line, column: column ?? 1 } : {}) });
    return { resources: [], diagnostics, unread: 0 };
  };
  let data: unknown;
  try {
    data = parseDocument(text);
  } catch (error) {
    const where = jsonErrorPosition(text, error);
    // Wherever V8 stops in a document cut short (in a string, after a value), it stops at the end of the text; a text of blanks is no document at all.
    const atEnd = where !== undefined && where.offset >= text.trimEnd().length;
    const cause = !atEnd ? '' : text.trim() === '' ? '; the file is empty' : '; the file ends before the document does: it is truncated';
    return fail('error', `invalid JSON${where ? ` at line ${where.line}, column ${where.column}` : ''}: ${(error as Error).message}${cause}`, where?.line, where?.column);
  }
  const kind = classifyDocument(data);
  if (kind.kind === 'foreign') return fail('error', `not a plan or state document: ${kind.why}`);
  if (kind.kind === 'unsupported') return fail('error', `not a plan or state document tf-acr-lint can read: ${kind.why}`);
  if (kind.kind === 'empty') return fail('note', `nothing to lint: ${kind.why}`);
  const places = new AddressPlaces(text, file);
  if (kind.kind === 'raw-state') {
    const problem = rawStateProblem(data);
    if (problem) return fail('error', `not a state file tf-acr-lint can read: ${problem}`);
    const sensitive = new Set<string>();
    const state = rawStateResources(kind.state, file, places, sensitive, wanted, diagnostics);
    return { resources: state.resources, diagnostics, sensitive: [...sensitive], unread: state.unread };
  }
  const problem = schemaProblem(data);
  if (problem) return fail('error', `not a plan or state document tf-acr-lint can read: ${problem}`);
  const partial = partialPlan(kind.document);
  if (partial) diagnostics.push({ ...partial, file });
  const reader = new PlanReader(kind.document, file, places, diagnostics, wanted);
  const resources = reader.resources();
  const sensitive = [...reader.sensitive];
  if (reader.overflowed) {
    diagnostics.push({
      severity: 'warning',
      file,
      message:
        `some references in the configuration were not followed: an expression reaches more than ${MAX_REACHED} resources through module outputs and arguments, ` +
        `or names module instances past the first ${formatCount(MAX_SCOPES)}; the attributes they set link to no resource, and rules that need the link say they cannot check`,
    });
  }
  return { resources, diagnostics, sensitive, unread: reader.unread };
}

type Wanted = NonNullable<ReadPlanOptions['wanted']>;

/**
 * What to say of a plan that does not hold all of its configuration: one that errored (Terraform
 * saves what it planned before the error; hashicorp/terraform#32395, `errored` since 1.5), or one
 * Terraform calls incomplete (`complete: false` since 1.8: made with `-target`, or deferring
 * changes). Its resources are linted all the same; a finding that needs one it lacks may be
 * missing, or wrong (a private endpoint not planned). Undefined for a whole plan, and for one
 * whose Terraform does not say.
 */
function partialPlan(document: ShowDocument): Pick<Diagnostic, 'severity' | 'message'> | undefined {
  const affected = 'findings that need a resource it leaves out (a cache rule\'s registry, a private endpoint) may be missing or wrong';
  if (document.errored === true) {
    return { severity: 'warning', message: `the plan errored ("errored": true): Terraform saved what it had planned before the error, so resources may be missing from it; ${affected}. Fix the error and lint the new plan` };
  }
  const deferred = Array.isArray(document.deferred_changes) ? document.deferred_changes.length : 0;
  if (document.complete !== false && deferred === 0) return undefined;
  const why = deferred > 0 ? `: ${formatCount(deferred)} resource ${deferred === 1 ? 'change is' : 'changes are'} deferred to a later plan ("deferred_changes") and not linted` : ' ("complete": false: made with -target, or deferring changes to a later plan)';
  return { severity: 'note', message: `the plan is incomplete${why}; only the resources it plans are linted, and ${affected}` };
}

/** Offset, line and column of a `JSON.parse` error, from the position V8 reports. */
function jsonErrorPosition(text: string, error: unknown): { offset: number; line: number; column: number } | undefined {
  const m = /position (\d+)/.exec(String((error as Error).message));
  const offset = m ? Number(m[1]) : /Unexpected end of JSON input/.test(String(error)) ? text.length : undefined;
  if (offset === undefined) return undefined;
  const pos = new SourceText('', text).pos(offset);
  return { offset, line: pos.line, column: pos.column };
}

/** Builds resources from a `show -json` plan or state. */
class PlanReader {
  private readonly config: ConfigIndex;
  /** The known module each module instance met is in, if any. */
  private readonly knownModules = new Map<Scope, KnownModuleInfo | undefined>();
  /** Module instances by the module address resource changes name them with (`module.a["x"]`; `''` for the root). */
  private readonly scopesByModule = new Map<string, Scope | undefined>();
  /** The strings of the linted resources' values that the document marks sensitive. */
  readonly sensitive = new Set<string>();
  /** Every resource address the document lists where its resources are read from. */
  private listed = new Set<string>();
  /** Resources listed and linted, but not wanted: not built. */
  unread = 0;

  constructor(
    private readonly document: ShowDocument,
    private readonly file: string,
    private readonly places: AddressPlaces,
    private readonly diagnostics: Diagnostic[],
    private readonly wanted: Wanted,
  ) {
    this.config = new ConfigIndex(document.configuration?.root_module);
  }

  /** Whether some references were not followed for their size (see ConfigIndex.overflowed). */
  get overflowed(): boolean {
    return this.config.overflowed;
  }

  resources(): Resource[] {
    const changes = this.document.resource_changes;
    if (changes && changes.length > 0) {
      this.listed = new Set(changes.map((c) => c.address));
      // A deposed object (`deposed`) shares its address with the current one; it is not a duplicate.
      const current = new Set(firstOfEach(changes.filter((c) => c.deposed === undefined), 'resource_changes', this.file, (address) => this.places.span(address), this.diagnostics));
      return changes
        .filter((c) => (c.deposed !== undefined || current.has(c)) && isLinted(c))
        .flatMap((c) => {
          // Sensitive strings are collected from every resource: the same string may stand unmarked in a wanted one.
          collectSensitive(c.change.after, c.change.after_sensitive, this.sensitive);
          return this.isWanted(c, c.change.after, c.change.after_unknown) ? [this.resource(c.address, c.mode, c.type, c.name, c.index, c.change.after, c.change.after_unknown, c.module_address)] : [];
        });
    }
    let part: string = this.document.planned_values?.root_module ? 'planned_values' : 'values';
    let listed = showModuleResources(this.document.planned_values?.root_module ?? this.document.values?.root_module);
    // A refresh-only plan (`terraform plan -refresh-only`) plans no change and lists none: what it holds is the refreshed state.
    const prior = this.document.prior_state?.values?.root_module;
    if (listed.length === 0 && prior) [part, listed] = ['prior_state', showModuleResources(prior)];
    this.listed = new Set(listed.map((r) => r.address));
    // A deposed object (`deposed_key`) shares its address with the current one and is to be destroyed: not linted, and no duplicate.
    const current = listed.filter((r) => r.deposed_key === undefined);
    return firstOfEach(current, part, this.file, (address) => this.places.span(address), this.diagnostics).flatMap((r) => {
      collectSensitive(r.values, r.sensitive_values, this.sensitive);
      return this.isWanted(r, r.values, undefined) ? [this.resource(r.address, r.mode, r.type, r.name, r.index, r.values, undefined)] : [];
    });
  }

  /**
   * Whether the caller reads this resource. One it does not is counted, and a planned object that
   * is no object still reported; its references are not resolved (see ReadPlanOptions.wanted).
   */
  private isWanted(resource: Pick<Resource, 'mode' | 'type' | 'address'>, after: unknown, afterUnknown: unknown): boolean {
    if (this.wanted(resource)) return true;
    this.unread++;
    const malformed = malformedObject(after, afterUnknown, resource.address);
    if (malformed) this.diagnostics.push({ severity: 'warning', file: this.file, message: malformed });
    return false;
  }

  private resource(address: string, mode: 'managed' | 'data', type: string, name: string, index: string | number | undefined, after: unknown, afterUnknown: unknown, moduleAddress?: unknown): Resource {
    const { scope, local } = this.placeOf(address, moduleAddress, mode, type, name, index);
    const links = scope && this.links(scope, local, index);
    const provenance = scope && local === 'azurerm_container_registry.this' ? this.moduleDefaults(scope) : undefined;
    const options: PlannedAttributesOptions = {};
    if (links) options.links = links;
    if (provenance) options.provenance = provenance;
    const planned = plannedObject(after, afterUnknown, address, options);
    if (planned.malformed) this.diagnostics.push({ severity: 'warning', file: this.file, message: planned.malformed });
    // Optional fields are assigned, not spread in: this runs for every resource of the plan.
    const resource: Resource = { root: this.file, address, mode, type, name, attributes: planned.attributes };
    if (planned.unknownAttributes !== undefined) resource.unknownAttributes = planned.unknownAttributes;
    if (index !== undefined) resource.instanceKey = index;
    resource.span = resource.headerSpan = this.places.span(address) ?? this.places.documentStart();
    const knownModule = scope && this.knownModule(scope);
    if (knownModule) resource.knownModule = knownModule;
    return resource;
  }

  /**
   * The module instance a resource is in, where its references are resolved (undefined more than
   * MAX_MODULE_DEPTH module calls down: such a resource is read, but not linked), and its address
   * there (`azurerm_x.y`, without instance key). A resource change names its module
   * (`module_address`); where that, its type, name and index spell its address exactly, and the type
   * and name are plain (no `.`, `[`, `]` or `"` that parsing would read otherwise), the instance found
   * by parsing the first such address of a module serves the others.
   */
  private placeOf(address: string, moduleAddress: unknown, mode: string, type: string, name: string, index: string | number | undefined): { scope: Scope | undefined; local: string } {
    const module = typeof moduleAddress === 'string' ? moduleAddress : '';
    const local = `${mode === 'data' ? 'data.' : ''}${type}.${name}`;
    const spelled = !ODD_IN_NAMES.test(type) && !ODD_IN_NAMES.test(name) && spells(address, module, local, index);
    if (spelled && this.scopesByModule.has(module)) return { scope: this.scopesByModule.get(module), local };
    const parsed = parseAddress(address);
    const scope = parsed.modules.length <= MAX_MODULE_DEPTH ? this.config.scope(parsed.modules) : undefined;
    const parsedLocal = parsed.parts.join('.');
    if (spelled && parsedLocal === local) this.scopesByModule.set(module, scope);
    return { scope, local: parsedLocal };
  }

  /** The AVM registry module call a module instance is in (or is), if any; once per instance. */
  private knownModule(scope: Scope): KnownModuleInfo | undefined {
    if (this.knownModules.has(scope)) return this.knownModules.get(scope);
    let info: KnownModuleInfo | undefined;
    const call = scope.call;
    if (call?.source && AVM_CONTAINER_REGISTRY.matches(call.source)) {
      const { release, assumed } = resolveRelease(AVM_CONTAINER_REGISTRY, call.source, call.version_constraint);
      info = { name: AVM_CONTAINER_REGISTRY.name, call: scope.prefix.slice(0, -1), ...(assumed ? {} : { version: release.version }) };
    } else if (scope.parent) {
      info = this.knownModule(scope.parent);
    }
    this.knownModules.set(scope, info);
    return info;
  }

  /** The references of the resource's attributes, from its `configuration` expressions. */
  private links(scope: Scope, local: string, index: string | number | undefined): Links | undefined {
    const config = this.config.resource(scope, local);
    if (!config?.expressions) return undefined;
    // `for_each = azurerm_x.y` makes `each.value` the same-keyed instance of `azurerm_x.y`; `for_each = module.acr`, of module.acr.
    const key = index === undefined ? undefined : instanceKeyText(index);
    const eachOf = key === undefined ? undefined : this.config.element(config.for_each_expression, scope, key, true);
    return attributeLinks(config.expressions, (expression) => {
      const refs = this.config.resolve(expression, scope, eachOf);
      if (key === undefined || !indexedByOwnKey(expression)) return refs;
      const keyed = (ref: string): boolean => this.listed.has(`${ref}[${key}]`);
      // Shared as resolved unless an instance is named: n instances of an expression naming n resources would cost n × n.
      return refs.some(keyed) ? refs.map((ref) => (keyed(ref) ? `${ref}[${key}]` : ref)) : refs;
    });
  }

  /**
   * The plan shows a module's defaults as plain values. For the AVM registry module, a registry
   * setting whose input the call does not pass is the module's default: say so, as the HCL
   * front-end's model does. The provenance of each such setting of the registry in `scope`, by
   * attribute name.
   */
  private moduleDefaults(scope: Scope): Map<string, Provenance> | undefined {
    const call = scope.call;
    if (!call?.source || !AVM_CONTAINER_REGISTRY.matches(call.source)) return undefined;
    const callAddress = scope.prefix.slice(0, -1);
    const version = call.version_constraint ? `${call.version_constraint} (version constraint)` : 'unpinned';
    const defaults = new Map<string, Provenance>();
    for (const input of REGISTRY_INPUTS) {
      if (call.expressions?.[input] !== undefined) continue;
      defaults.set(input, { kind: 'module-default', call: callAddress, input, version, source: AVM_CONTAINER_REGISTRY.name });
    }
    return defaults;
  }
}

/** Whether `address` is `<module>.<local>[<index>]` (without the module for the root), compared without building that text. */
function spells(address: string, module: string, local: string, index: string | number | undefined): boolean {
  const at = module === '' ? 0 : module.length + 1;
  if (!address.startsWith(local, at) || (module !== '' && !(address.startsWith(module) && address.charCodeAt(module.length) === DOT))) return false;
  const rest = at + local.length;
  if (index === undefined) return address.length === rest;
  const key = instanceKeyText(index);
  return address.length === rest + key.length + 2 && address.charCodeAt(rest) === OPEN_BRACKET && address.startsWith(key, rest + 1) && address.charCodeAt(address.length - 1) === CLOSE_BRACKET;
}

const DOT = 0x2e;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * Whether an expression indexes a resource by its own instance's key, and does nothing else:
 * Terraform writes `azurerm_x.y[each.key].id` (or `[count.index]`) as the references `azurerm_x.y`
 * and `each.key`, the index lost. Read as the instance with this instance's key when that is all the
 * expression refers to: an index computed from other inputs too (`[local.map[each.key]]`) is not
 * guessed. One computed from the key alone (`[count.index + 1]`) is written the same way, and is
 * taken for the key itself (the README says so).
 */
function indexedByOwnKey(expression: ConfigExpression): boolean {
  const refs: unknown = expression.references;
  if (!Array.isArray(refs) || !refs.some((r) => r === 'each.key' || r === 'count.index')) return false;
  return refs.every((r) => r === 'each.key' || r === 'count.index' || (typeof r === 'string' && !/^(?:var|local|each|count|module|path|terraform|self)\./.test(r) && !r.includes('[')));
}

/** Characters that make a type or name parse as more than one address part. */
const ODD_IN_NAMES = /[.["\]]/;

/** Resources being destroyed (or forgotten) are not linted; a replacement's new object is. */
function isLinted(change: ResourceChange): boolean {
  const actions = change.change.actions;
  return actions.includes('create') || actions.includes('update') || actions.includes('no-op') || actions.includes('read');
}

function showModuleResources(module: ShowModule | undefined): NonNullable<ShowModule['resources']> {
  if (!module) return [];
  return [...(module.resources ?? []), ...(module.child_modules ?? []).flatMap(showModuleResources)];
}

/**
 * The first entry of each address in `entries`, in order. A document that lists an address more
 * than once contradicts itself: a warning names the address, and only its first entry is read.
 */
function firstOfEach<T extends { address: string }>(entries: readonly T[], part: string, file: string, placeOf: (address: string) => Span | undefined, diagnostics: Diagnostic[]): T[] {
  const seen = new Map<string, number>();
  const first = entries.filter((e) => {
    const count = seen.get(e.address) ?? 0;
    seen.set(e.address, count + 1);
    return count === 0;
  });
  for (const [address, count] of seen) {
    if (count < 2) continue;
    const at = placeOf(address)?.start;
    diagnostics.push({
      severity: 'warning',
      file,
      message: `${part} lists ${address} ${count} times; only its first entry is linted`,
      ...(at ? { line: at.line, column: at.column } : {}),
    });
  }
  return first;
}

/**
 * A raw version-4 state: `resources[].instances[].attributes`, all known. An address listed twice
 * is read once (see firstOfEach); instances the caller does not want are counted, not built.
 */
function rawStateResources(state: RawState, file: string, places: AddressPlaces, sensitive: Set<string>, wanted: Wanted, diagnostics: Diagnostic[]): { resources: Resource[]; unread: number } {
  const instances = (state.resources ?? []).flatMap((r) =>
    // A deposed object (`deposed`) shares its address with the current one and is to be destroyed: not linted, and no duplicate.
    (r.instances ?? []).filter((instance) => instance.deposed === undefined).map((instance) => {
      collectSensitivePaths(instance.attributes, instance.sensitive_attributes, sensitive);
      const key = instance.index_key;
      const base = `${r.module ? `${r.module}.` : ''}${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`;
      return { r, instance, base, address: key === undefined ? base : `${base}[${instanceKeyText(key)}]` };
    }),
  );
  const placeOf = (base: string): Span => places.rawStateResource(base) ?? places.documentStart();
  const bases = new Map(instances.map((i) => [i.address, i.base]));
  let unread = 0;
  const resources = firstOfEach(instances, 'resources', file, (address) => placeOf(bases.get(address) ?? address), diagnostics).flatMap(({ r, instance, base, address }): Resource[] => {
    if (!wanted(r)) {
      unread++;
      return [];
    }
    const header = placeOf(base);
    const key = instance.index_key;
    return [
      {
        root: file,
        address,
        mode: r.mode,
        type: r.type,
        name: r.name,
        ...(key !== undefined ? { instanceKey: key } : {}),
        ...stateAttributes(instance.attributes, address),
        span: header,
        headerSpan: header,
      },
    ];
  });
  return { resources, unread };
}

/** An instance's attributes in a raw state; unknown when it has none Terraform 0.12 or later wrote (only `attributes_flat`). */
function stateAttributes(attributes: Record<string, unknown> | null | undefined, address: string): Pick<Resource, 'attributes' | 'unknownAttributes'> {
  if (attributes === undefined || attributes === null) return { attributes: new Map(), unknownAttributes: `${address}: the state holds no attributes object for it; tf-acr-lint does not read attributes_flat` };
  return { attributes: plannedObject(attributes, undefined, address).attributes };
}
