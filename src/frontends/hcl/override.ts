/**
 * Terraform's one-definition rule and its override files, applied to a module's parsed files before
 * anything is evaluated (https://developer.hashicorp.com/terraform/language/files/override; OpenTofu's
 * `.tofu` names are the same rule, https://opentofu.org/docs/language/files/override).
 *
 * - A resource, data source, variable, output, module call or local value defined twice in the
 *   primary files is an error in Terraform; here the first definition is kept, so the rest of the
 *   module is still linted, and the second is a diagnostic naming both places.
 * - Override files (`override.tf`, `*_override.tf`, their `.tf.json` / `.tofu` / `.tofu.json`
 *   forms) are merged into the primary definitions afterwards, in lexical order of their names and
 *   then in order within each file. An argument of the override replaces the original's argument of
 *   that name; nested blocks of a type in the override replace every block of that type (a
 *   `dynamic "x"` counts as an `x`); a resource's `lifecycle` is merged argument by argument; local
 *   values are merged by name. An override block with nothing to override is an error and is ignored.
 *
 * The merged syntax keeps each argument's own span: a finding on an overridden argument points into
 * the override file. An override file's other blocks (`terraform`, `provider`, …) are not merged:
 * nothing evaluated here reads them.
 */
import { isOverrideFile } from '../../load/discover.js';
import type { Diagnostic } from '../../model/graph.js';
import type { Span } from '../../model/span.js';
import type { Attribute, Block, Body, ConfigFile } from './syntax.js';


/** A definition's place: the list it sits in (a file's blocks, a `locals` block's attributes) and its index there. */
interface Slot<T> {
  list: T[];
  index: number;
}

/**
 * A module's files as Terraform reads them: the primary files with duplicate definitions left out
 * and the override files merged in, and the override files themselves gone. `files` are the
 * module's parsed files in lexical order of their names, the order Terraform merges overrides in;
 * problems are added to `diagnostics`.
 */
export function mergeOverrides(files: readonly ConfigFile[], diagnostics: Diagnostic[]): ConfigFile[] {
  const definitions = new Map<string, Slot<Block>>();
  const locals = new Map<string, Slot<Attribute>>();
  const primary = files.filter((f) => !isOverrideFile(f.path)).map((file) => withUniqueDefinitions(file, definitions, locals, diagnostics));
  for (const file of files.filter((f) => isOverrideFile(f.path))) {
    for (const block of file.body.blocks) {
      if (block.type === 'locals') {
        for (const attribute of block.body.attributes) overrideLocal(attribute, locals, diagnostics);
        continue;
      }
      if (block.type === 'moved') {
        diagnostics.push(at(block.headerSpan, 'a "moved" block cannot be in an override file (Terraform refuses it: records of moved objects belong in primary files); it is ignored'));
        continue;
      }
      const key = definitionKey(block);
      if (key === undefined) continue;
      const slot = definitions.get(key);
      if (!slot) {
        diagnostics.push(at(block.headerSpan, `${describe(block)} overrides nothing: no primary (non-override) file of this module defines it, and Terraform refuses an override without an original; this block is ignored`));
        continue;
      }
      slot.list[slot.index] = mergeBlock(slot.list[slot.index]!, block, diagnostics);
    }
  }
  return primary;
}

/** `file` without the definitions already made (in an earlier file, or earlier in it), each reported. */
function withUniqueDefinitions(file: ConfigFile, definitions: Map<string, Slot<Block>>, locals: Map<string, Slot<Attribute>>, diagnostics: Diagnostic[]): ConfigFile {
  const blocks: Block[] = [];
  for (const block of file.body.blocks) {
    if (block.type === 'locals') {
      const attributes: Attribute[] = [];
      for (const attribute of block.body.attributes) {
        const first = locals.get(attribute.name);
        if (first) diagnostics.push(duplicate(`local value "${attribute.name}"`, attribute.span, first.list[first.index]!.span));
        else {
          locals.set(attribute.name, { list: attributes, index: attributes.length });
          attributes.push(attribute);
        }
      }
      blocks.push({ ...block, body: { ...block.body, attributes } });
      continue;
    }
    const key = definitionKey(block);
    const first = key === undefined ? undefined : definitions.get(key);
    if (first) {
      diagnostics.push(duplicate(describe(block), block.headerSpan, first.list[first.index]!.headerSpan));
      continue;
    }
    if (key !== undefined) definitions.set(key, { list: blocks, index: blocks.length });
    blocks.push(block);
  }
  return { ...file, body: { ...file.body, blocks } };
}

function overrideLocal(attribute: Attribute, locals: Map<string, Slot<Attribute>>, diagnostics: Diagnostic[]): void {
  const slot = locals.get(attribute.name);
  if (slot) slot.list[slot.index] = attribute;
  else diagnostics.push(at(attribute.span, `local value "${attribute.name}" overrides nothing: no primary (non-override) file of this module defines it, and Terraform refuses an override without an original; it is ignored`));
}

/** Block types whose definitions are named by their labels, and how many labels name one. */
const DEFINITIONS: ReadonlyMap<string, number> = new Map([
  ['resource', 2],
  ['data', 2],
  ['variable', 1],
  ['output', 1],
  ['module', 1],
]);

/** What names a definition in its module (`resource.t.n`); undefined for blocks that are not definitions. */
function definitionKey(block: Block): string | undefined {
  const labels = DEFINITIONS.get(block.type);
  if (labels === undefined || block.labels.length !== labels) return undefined;
  return [block.type, ...block.labels.map((l) => l.value)].join('\u0000');
}

/** `resource "t" "n"`, as the block's header is written. */
function describe(block: Block): string {
  return [block.type, ...block.labels.map((l) => `"${l.value}"`)].join(' ');
}

/**
 * `base` with `override` merged in. Terraform merges neither `depends_on` (an error in the override
 * of a resource, data source or output) nor the nested blocks of a variable or an output
 * (`validation`, `precondition`): those of the original stay.
 */
function mergeBlock(base: Block, override: Block, diagnostics: Diagnostic[]): Block {
  const dependsOn = override.body.attributes.find((a) => a.name === 'depends_on');
  if (dependsOn && base.type !== 'module') diagnostics.push(at(dependsOn.span, 'depends_on may not be overridden (Terraform refuses it in an override file); it is ignored'));
  const overridingAttributes = override.body.attributes.filter((a) => a.name !== 'depends_on');
  if (base.type === 'variable' || base.type === 'output') return { ...base, body: { ...base.body, attributes: mergeAttributes(base.body.attributes, overridingAttributes) } };
  // JSON syntax writes a nested block as an argument (`"network_rule_set": {...}`): an override's blocks
  // of a type replace such an argument of the original, and its argument of that name the blocks.
  const blockTypes = new Set(override.body.blocks.filter((b) => b.type !== 'lifecycle').map(nestedType));
  const attributeNames = new Set(overridingAttributes.map((a) => a.name));
  const attributes = mergeAttributes(base.body.attributes.filter((a) => !blockTypes.has(a.name)), overridingAttributes);
  const blocks = mergeNestedBlocks(base.body.blocks.filter((b) => !attributeNames.has(nestedType(b))), override.body.blocks, base.type === 'resource');
  return { ...base, body: { ...base.body, attributes, blocks } };
}

/** `base`'s arguments, each one the override sets replaced where it stands, and the override's others after them. */
function mergeAttributes(base: readonly Attribute[], override: readonly Attribute[]): Attribute[] {
  const replacing = new Map(override.map((a) => [a.name, a]));
  const merged = base.map((a) => replacing.get(a.name) ?? a);
  const present = new Set(base.map((a) => a.name));
  return [...merged, ...override.filter((a) => !present.has(a.name))];
}

/**
 * Every nested block of `base` whose type the override has no block of, then the override's
 * blocks. A `lifecycle` block is the exception: a resource's is merged argument by argument (its
 * conditions stay the original's), and a data source's override one is ignored, as in Terraform.
 */
function mergeNestedBlocks(base: readonly Block[], override: readonly Block[], resource: boolean): Block[] {
  const overriding = override.filter((b) => b.type !== 'lifecycle');
  const replaced = new Set(overriding.map(nestedType));
  const kept = base.filter((b) => b.type === 'lifecycle' || !replaced.has(nestedType(b)));
  const lifecycle = resource ? override.find((b) => b.type === 'lifecycle') : undefined;
  const merged = lifecycle ? mergeLifecycle(kept, lifecycle) : kept;
  return [...merged, ...overriding];
}

/** `blocks` with the override's `lifecycle` arguments merged into their `lifecycle` (which it becomes, when there is none). */
function mergeLifecycle(blocks: readonly Block[], lifecycle: Block): Block[] {
  const index = blocks.findIndex((b) => b.type === 'lifecycle');
  if (index === -1) return [...blocks, { ...lifecycle, body: { ...lifecycle.body, blocks: [] } }];
  const base = blocks[index]!;
  const body: Body = { ...base.body, attributes: mergeAttributes(base.body.attributes, lifecycle.body.attributes) };
  return blocks.map((b, i) => (i === index ? { ...base, body } : b));
}

/** The block type a nested block makes: a `dynamic "x"` makes `x` blocks. */
function nestedType(block: Block): string {
  return block.type === 'dynamic' ? (block.labels[0]?.value ?? block.type) : block.type;
}

function duplicate(what: string, span: Span, first: Span): Diagnostic {
  return at(span, `${what} is already defined at ${first.file}:${first.start.line}; Terraform refuses a second definition. tf-acr-lint keeps the first one and ignores this one`);
}

function at(span: Span, message: string): Diagnostic {
  return { severity: 'error', message, file: span.file, line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column };
}
