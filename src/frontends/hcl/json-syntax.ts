/**
 * Reader for Terraform's JSON configuration syntax (`.tf.json`, `.tfvars.json`). It maps the JSON
 * object structure onto the shared HCL syntax tree, so the evaluator does not care which syntax a
 * file used. See https://developer.hashicorp.com/terraform/language/syntax/json.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Span } from '../../model/span.js';
import type { Suppression } from '../../model/graph.js';
import { SourceText } from './source-text.js';
import { ignoreDirective } from './suppressions.js';
import type { Attribute, Block, Body, ConfigFile, Expr, ObjectItem, SyntaxProblem } from './syntax.js';
import { appendAll } from '../../model/append.js';

/**
 * Parses HCL template syntax (`${...}`, `%{...}`) found inside a JSON string; supplied by the
 * native-syntax parser. `template` is the unescaped string value and `span` the JSON string token
 * (quotes included). Returning an Expr whose spans all equal `span` is acceptable. Problems (an
 * invalid template) go to `report`, and become the file's.
 */
export type TemplateParser = (template: string, span: Span, report: (problem: SyntaxProblem) => void) => Expr;

/**
 * Parses a file in Terraform's JSON configuration syntax (`.tf.json`) into the shared syntax tree.
 * Invalid JSON yields a single error problem and no config; structural mistakes (a block that is
 * not an object, a duplicate argument) yield problems alongside the config.
 */
export function readJsonConfig(
  text: string,
  file: string,
  parseTemplate: TemplateParser,
): { config?: ConfigFile; problems: SyntaxProblem[] } {
  const parsed = parseRootObject(text, file);
  if (!parsed.root) return { problems: parsed.problems };
  const reader = new ConfigReader(parsed.positions, parsed.problems, parseTemplate);
  // The file's own "//" comments are no block's: a directive there covers nothing.
  reader.readSuppressions(parsed.root, undefined);
  const body = reader.readBody(parsed.root, 'file');
  return { config: { path: file, body, json: true, suppressions: reader.suppressions }, problems: parsed.problems };
}

/**
 * Parses a `.tfvars.json` file: a flat object whose keys are variable names. Values are literal
 * JSON (strings are never templates there); `//` comment keys are skipped.
 */
export function readJsonVarsFile(text: string, file: string): { attributes?: Attribute[]; problems: SyntaxProblem[] } {
  const parsed = parseRootObject(text, file);
  if (!parsed.root) return { problems: parsed.problems };
  const reader = new ConfigReader(parsed.positions, parsed.problems, undefined);
  return { attributes: reader.readAttributes(parsed.root), problems: parsed.problems };
}

/** A property name that marks a comment in a body. */
const COMMENT_KEY = '//';

/** A comment that is a suppression: `"//": "tf-acr-lint:ignore <rules> -- <reason>"`. */
const DIRECTIVE = /^\s*tf-acr-lint:ignore\b(.*)$/s;

/** Which nested keys of a body are blocks, and how strings in its attributes are read. */
type BodyKind = 'file' | 'resource' | 'dynamic' | 'provisioner' | 'variable' | 'output' | 'plain';

/** How a block type is written in JSON: how many levels of label objects precede its body. */
interface BlockRule {
  labels: number;
  body: BodyKind;
}

/** The block types each kind of body contains; every other key is an attribute. */
const BLOCK_RULES: Record<BodyKind, ReadonlyMap<string, BlockRule>> = {
  file: new Map<string, BlockRule>([
    ['resource', { labels: 2, body: 'resource' }],
    ['data', { labels: 2, body: 'resource' }],
    ['ephemeral', { labels: 2, body: 'resource' }],
    ['variable', { labels: 1, body: 'variable' }],
    ['output', { labels: 1, body: 'output' }],
    ['module', { labels: 1, body: 'plain' }],
    ['provider', { labels: 1, body: 'plain' }],
    ['check', { labels: 1, body: 'plain' }],
    ['locals', { labels: 0, body: 'plain' }],
    ['terraform', { labels: 0, body: 'plain' }],
    ['moved', { labels: 0, body: 'plain' }],
    ['import', { labels: 0, body: 'plain' }],
    ['removed', { labels: 0, body: 'plain' }],
  ]),
  resource: new Map<string, BlockRule>([
    ['dynamic', { labels: 1, body: 'dynamic' }],
    ['lifecycle', { labels: 0, body: 'plain' }],
    ['provisioner', { labels: 1, body: 'provisioner' }],
    ['connection', { labels: 0, body: 'plain' }],
  ]),
  dynamic: new Map([['content', { labels: 0, body: 'resource' }]]),
  provisioner: new Map([['connection', { labels: 0, body: 'plain' }]]),
  variable: new Map(),
  output: new Map(),
  plain: new Map(),
};

/**
 * Attributes whose strings are literal, not templates: Terraform decodes them without an evaluation
 * context, and HCL's JSON syntax then returns a string verbatim (a variable's default, type
 * expression and description; an output's description).
 */
const LITERAL_ATTRIBUTES: Partial<Record<BodyKind, ReadonlySet<string>>> = {
  variable: new Set(['default', 'type', 'description']),
  output: new Set(['description']),
};

/** Offsets to positions for one JSON file, plus the span of a JSON node. */
class Positions extends SourceText {
  /** The span of a JSON node's text. */
  of(node: Node): Span {
    return this.span(node.offset, node.offset + node.length);
  }
}

/** Readable wording for jsonc-parser's error codes. */
const PARSE_ERROR_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'expected the end of the file',
  InvalidCommentToken: 'comments are not allowed',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
};

function parseErrorMessage(error: ParseError): string {
  const code = printParseErrorCode(error.error);
  return `invalid JSON: ${PARSE_ERROR_MESSAGES[code] ?? code}`;
}

/** Parses `text` as strict JSON and checks that it is an object; reports the first error otherwise. */
function parseRootObject(text: string, file: string): { root?: Node; positions: Positions; problems: SyntaxProblem[] } {
  const positions = new Positions(file, text);
  // A BOM becomes a space, so offsets still match `text`.
  const source = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (first) {
    const span = positions.span(first.offset, first.offset + first.length);
    return { positions, problems: [{ message: parseErrorMessage(first), span, severity: 'error' }] };
  }
  if (root?.type !== 'object') {
    const span = root ? positions.of(root) : positions.span(0, 0);
    const message = 'a Terraform JSON file must contain a JSON object at the top level';
    return { positions, problems: [{ message, span, severity: 'error' }] };
  }
  return { root, positions, problems: [] };
}

/** One `"key": value` of a JSON object. */
interface Property {
  name: string;
  key: Node;
  value: Node;
  /** The whole property, key through value. */
  node: Node;
}

/** The properties of a JSON object node, in source order. */
function properties(object: Node): Property[] {
  const result: Property[] = [];
  for (const node of object.children ?? []) {
    const [key, value] = node.children ?? [];
    if (key && value) result.push({ name: String(key.value), key, value, node });
  }
  return result;
}

/** The properties of a body object, without comment keys. */
function bodyProperties(object: Node): Property[] {
  return properties(object).filter((p) => p.name !== COMMENT_KEY);
}

/** The block types the `dynamic` properties of a body object name (`{"dynamic": {"georeplications": {...}}}`, or an array of such objects). */
function dynamicBlockTypes(object: Node): Set<string> {
  const types = new Set<string>();
  for (const property of bodyProperties(object)) {
    if (property.name !== 'dynamic') continue;
    const labelObjects = property.value.type === 'array' ? (property.value.children ?? []) : [property.value];
    for (const labels of labelObjects) if (labels.type === 'object') for (const label of bodyProperties(labels)) types.add(label.name);
  }
  return types;
}

/** Where a block lands: its whole text and its header (labels up to the opening brace). */
interface BlockSite {
  span: Span;
  header: Span;
}

/** Walks a parsed JSON document, building syntax-tree nodes and collecting problems. */
class ConfigReader {
  /** The suppressions read so far: a block's (or nested block's) `"//"` comment naming rules covers it. */
  readonly suppressions: Suppression[] = [];

  constructor(
    private readonly positions: Positions,
    private readonly problems: SyntaxProblem[],
    /** Absent when reading values that are never templates (`.tfvars.json`). */
    private readonly parseTemplate: TemplateParser | undefined,
  ) {}

  /** Reads a body object: block-type keys become blocks, other keys attributes. */
  readBody(object: Node, kind: BodyKind): Body {
    const body: Body = { attributes: [], blocks: [], span: this.positions.of(object) };
    const seen = new Set<string>();
    const dynamicTypes = BLOCK_RULES[kind].has('dynamic') ? dynamicBlockTypes(object) : undefined;
    for (const property of bodyProperties(object)) {
      const rule = BLOCK_RULES[kind].get(property.name);
      if (rule) {
        appendAll(body.blocks, this.readBlocks(property, rule));
      } else if (dynamicTypes?.has(property.name)) {
        this.checkDuplicate(seen, property);
        appendAll(body.blocks, this.readBesideDynamic(property));
      } else if (kind === 'file') {
        this.report(`unsupported top-level key "${property.name}"`, property.key, 'warning');
      } else {
        this.checkDuplicate(seen, property);
        const literal = LITERAL_ATTRIBUTES[kind]?.has(property.name) ?? false;
        body.attributes.push(this.readAttribute(property, literal));
      }
    }
    return body;
  }

  /**
   * A property named as a `dynamic` block of the same body names (`"georeplications": [...]` beside
   * `"dynamic": {"georeplications": {...}}`). In JSON, HCL reads a property as an argument or as
   * blocks by the schema (hashicorp/hcl json/structure.go, `PartialContent`), and a `dynamic` block
   * is only accepted for a nested block type (ext/dynblock: "Blocks of type ... are not expected
   * here" otherwise): so, where Terraform accepts the file at all, the property is blocks of that type,
   * one per object of an array (none for `[]` or `null`), and the dynamic blocks come beside them in
   * the order the properties are written. Any other value Terraform rejects under every schema: a
   * warning, and the property is left out so that the dynamic blocks are still read.
   */
  private readBesideDynamic(property: Property): Block[] {
    const value = property.value;
    if (value.type === 'null') return [];
    const elements = value.type === 'array' ? (value.children ?? []) : [value];
    if (elements.some((e) => e.type !== 'object')) {
      this.report(
        `"${property.name}" is also written as a dynamic block here, so Terraform reads it as ${property.name} blocks, which must be a JSON object or an array of objects; Terraform rejects this value, and tf-acr-lint reads only the dynamic blocks`,
        property.key,
        'warning',
      );
      return [];
    }
    return this.readBlocks(property, { labels: 0, body: 'resource' });
  }

  /** Reads a flat object of literal-valued attributes, skipping comment keys. */
  readAttributes(object: Node): Attribute[] {
    const seen = new Set<string>();
    return bodyProperties(object).map((property) => {
      this.checkDuplicate(seen, property);
      return this.readAttribute(property, true);
    });
  }

  private readBlocks(property: Property, rule: BlockRule): Block[] {
    const header = this.positions.span(property.key.offset, property.value.offset + 1);
    const site = { span: this.positions.of(property.node), header };
    return this.readLabelled(property.name, rule, [], property.value, site);
  }

  /**
   * Reads what follows a block type and the `labels` so far: either further label objects or,
   * once all labels are known, the body. Any level may be an array of objects, each read in turn.
   */
  private readLabelled(type: string, rule: BlockRule, labels: Block['labels'], value: Node, site: BlockSite): Block[] {
    if (value.type === 'array') {
      return (value.children ?? []).flatMap((element) => {
        const elementSite = { span: this.positions.of(element), header: this.braceSpan(element) };
        return this.readLabelled(type, rule, labels, element, elementSite);
      });
    }
    if (value.type !== 'object') {
      this.report(`expected a JSON object for the ${type} block`, value, 'error');
      return [];
    }
    if (labels.length === rule.labels) {
      this.readSuppressions(value, site.span);
      return [{ type, labels, body: this.readBody(value, rule.body), span: site.span, headerSpan: site.header }];
    }
    // A label object is no block body: a directive in it covers nothing.
    this.readSuppressions(value, undefined);
    return bodyProperties(value).flatMap((property) => {
      const label = { value: property.name, span: this.positions.of(property.key) };
      const header = this.positions.span(property.key.offset, property.value.offset + 1);
      const labelSite = { span: this.positions.of(property.node), header };
      return this.readLabelled(type, rule, [...labels, label], property.value, labelSite);
    });
  }

  /**
   * Keeps the `"//"` comments of `object` that are suppressions, each covering `target`: the block
   * (or nested block) whose body it is. Without one (the file's object, a label's), each covers nothing.
   */
  readSuppressions(object: Node, target: Span | undefined): void {
    for (const property of properties(object)) {
      const m = property.name === COMMENT_KEY && property.value.type === 'string' ? DIRECTIVE.exec(property.value.value as string) : null;
      if (m) this.suppressions.push({ ...ignoreDirective(m[1]!), span: this.positions.of(property.node), ...(target ? { target } : {}) });
    }
  }

  private readAttribute(property: Property, literal: boolean): Attribute {
    return {
      name: property.name,
      nameSpan: this.positions.of(property.key),
      expr: this.readExpr(property.value, literal, this.positions.of(property.node)),
      span: this.positions.of(property.node),
    };
  }

  /**
   * Converts a JSON value to an expression; unless `literal`, strings with `${`/`%{` are templates.
   * An object may then be a nested block written as an argument, whose `"//"` comments are
   * suppressions covering `site`: the `"key": value` that holds it, or its element of an array.
   */
  private readExpr(node: Node, literal: boolean, site: Span): Expr {
    const span = this.positions.of(node);
    switch (node.type) {
      case 'array':
        return { kind: 'tuple', items: (node.children ?? []).map((item) => this.readExpr(item, literal, this.positions.of(item))), span };
      case 'object':
        if (!literal) this.readSuppressions(node, site);
        return { kind: 'object', items: this.readObjectItems(node, literal), span };
      case 'string':
        return this.readString(node.value as string, span, literal);
      default:
        return { kind: 'literal', value: node.value as number | boolean | null, span };
    }
  }

  /**
   * Object keys are literal strings. `//` keys are skipped unless `literal`, because objects in
   * template context may be nested blocks written as attributes.
   */
  private readObjectItems(object: Node, literal: boolean): ObjectItem[] {
    const seen = new Set<string>();
    const items = literal ? properties(object) : bodyProperties(object);
    return items.map((property) => {
      this.checkDuplicate(seen, property);
      const key: Expr = { kind: 'literal', value: property.name, span: this.positions.of(property.key) };
      const site = this.positions.of(property.node);
      return { key, value: this.readExpr(property.value, literal, site), span: site };
    });
  }

  private readString(value: string, span: Span, literal: boolean): Expr {
    if (!literal && this.parseTemplate && (value.includes('${') || value.includes('%{'))) {
      return this.parseTemplate(value, span, (problem) => this.problems.push(problem));
    }
    return { kind: 'literal', value, span };
  }

  /** Reports a key already seen in the same object, as HCL reports a redefined attribute. */
  private checkDuplicate(seen: Set<string>, property: Property): void {
    if (seen.has(property.name)) this.report(`duplicate key "${property.name}"`, property.key, 'error');
    seen.add(property.name);
  }

  /** The opening brace of an object, the header of a block written as an array element. */
  private braceSpan(node: Node): Span {
    return this.positions.span(node.offset, node.offset + 1);
  }

  private report(message: string, node: Node, severity: SyntaxProblem['severity']): void {
    this.problems.push({ message, span: this.positions.of(node), severity });
  }
}
