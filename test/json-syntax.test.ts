import { readJsonConfig, readJsonVarsFile, type TemplateParser } from '../src/frontends/hcl/json-syntax.js';
import { parseJsonTemplate } from '../src/frontends/hcl/native-syntax.js';
import type { Body, Expr } from '../src/frontends/hcl/syntax.js';
import { attr, block } from './helpers/syntax.js';

const stubTemplate: TemplateParser = (template, span) => ({ kind: 'unsupported', reason: `template:${template}`, span });

function read(text: string) {
  return readJsonConfig(text, 'main.tf.json', stubTemplate);
}

/** The body of a config that must parse without problems. */
function body(text: string): Body {
  const { config, problems } = read(text);
  expect(problems).toEqual([]);
  if (!config) throw new Error('no config');
  return config.body;
}

/** `[line, column]` of a span's start and end. */
function where(span: { start: { line: number; column: number }; end: { line: number; column: number } }) {
  return [span.start.line, span.start.column, span.end.line, span.end.column];
}

const resourceJson = [
  '{',
  '  "resource": {',
  '    "azurerm_container_registry": {',
  '      "acr": {',
  '        "//": "a comment",',
  '        "name": "acr1",',
  '        "sku": "${var.sku}",',
  '        "admin_enabled": false,',
  '        "network_rule_set": [{ "default_action": "Deny" }]',
  '      }',
  '    }',
  '  }',
  '}',
].join('\n');

describe('readJsonConfig', () => {
  it('reads a resource with labels, header and attribute positions', () => {
    const { config } = read(resourceJson);
    expect(config?.json).toBe(true);
    expect(config?.path).toBe('main.tf.json');
    const resource = block(body(resourceJson), 'resource');
    expect(resource.labels.map((l) => l.value)).toEqual(['azurerm_container_registry', 'acr']);
    expect(where(resource.labels[0]!.span)).toEqual([3, 5, 3, 33]);
    expect(where(resource.headerSpan)).toEqual([4, 7, 4, 15]);
    expect(where(resource.span)).toEqual([4, 7, 10, 8]);
    expect(where(resource.body.span)).toEqual([4, 14, 10, 8]);

    const name = attr(resource.body, 'name');
    expect(where(name.nameSpan)).toEqual([6, 9, 6, 15]);
    expect(where(name.span)).toEqual([6, 9, 6, 23]);
    expect(name.expr).toMatchObject({ kind: 'literal', value: 'acr1' });
    expect(name.span.start.offset).toBe(resourceJson.indexOf('"name"'));
  });

  it('skips comment keys', () => {
    const resource = block(body(resourceJson), 'resource');
    expect(resource.body.attributes.map((a) => a.name)).toEqual(['name', 'sku', 'admin_enabled', 'network_rule_set']);
  });

  it('sends strings with ${ or %{ to the template parser, with the string token span', () => {
    const resource = block(body(resourceJson), 'resource');
    const sku = attr(resource.body, 'sku').expr;
    expect(sku).toMatchObject({ kind: 'unsupported', reason: 'template:${var.sku}' });
    expect(where(sku.span)).toEqual([7, 16, 7, 28]);
    const text = '{"locals": {"a": "%{ if true }x%{ endif }", "b": "$${literal}", "c": "plain $ {"}}';
    const locals = block(body(text), 'locals').body;
    expect(attr(locals, 'a').expr).toMatchObject({ kind: 'unsupported', reason: 'template:%{ if true }x%{ endif }' });
    expect(attr(locals, 'b').expr).toMatchObject({ kind: 'unsupported', reason: 'template:$${literal}' });
    expect(attr(locals, 'c').expr).toMatchObject({ kind: 'literal', value: 'plain $ {' });
  });

  it('converts JSON values to expressions; nested blocks written as arrays stay attributes', () => {
    const resource = block(body(resourceJson), 'resource');
    expect(attr(resource.body, 'admin_enabled').expr).toMatchObject({ kind: 'literal', value: false });
    const rules = attr(resource.body, 'network_rule_set').expr;
    expect(rules).toMatchObject({
      kind: 'tuple',
      items: [{ kind: 'object', items: [{ key: { kind: 'literal', value: 'default_action' }, value: { kind: 'literal', value: 'Deny' } }] }],
    });
    const numbers = body('{"locals": {"n": 3, "z": null, "m": {"k": [1.5, true]}}}').blocks[0]!.body;
    expect(attr(numbers, 'n').expr).toMatchObject({ kind: 'literal', value: 3 });
    expect(attr(numbers, 'z').expr).toMatchObject({ kind: 'literal', value: null });
    expect(attr(numbers, 'm').expr).toMatchObject({
      kind: 'object',
      items: [{ value: { kind: 'tuple', items: [{ value: 1.5 }, { value: true }] } }],
    });
  });

  it('keeps variable defaults, types and descriptions literal, as Terraform decodes them without a context', () => {
    const text = JSON.stringify({
      variable: {
        sku: {
          type: 'map(string)',
          default: { a: '${not.a.template}' },
          description: '${x}',
        },
      },
    });
    const variable = block(body(text), 'variable');
    expect(variable.labels.map((l) => l.value)).toEqual(['sku']);
    expect(attr(variable.body, 'type').expr).toMatchObject({ kind: 'literal', value: 'map(string)' });
    expect(attr(variable.body, 'default').expr).toMatchObject({
      kind: 'object',
      items: [{ value: { kind: 'literal', value: '${not.a.template}' } }],
    });
    expect(attr(variable.body, 'description').expr).toMatchObject({ kind: 'literal', value: '${x}' });
  });

  it('keeps an output\'s description literal, and its value a template', () => {
    const text = JSON.stringify({ output: { id: { description: 'the ${broken', value: '${azurerm_container_registry.acr.id}' } } });
    const { config, problems } = readJsonConfig(text, 'main.tf.json', parseJsonTemplate);
    expect(problems).toEqual([]);
    const output = block(config!.body, 'output');
    expect(attr(output.body, 'description').expr).toMatchObject({ kind: 'literal', value: 'the ${broken' });
    expect(attr(output.body, 'value').expr.kind).not.toBe('literal');
  });

  it('reads one-label blocks, zero-label blocks and terraform settings', () => {
    const text = JSON.stringify({
      output: { id: { value: '${azurerm_container_registry.acr.id}' } },
      module: { net: { source: './net', count: '${var.n}' } },
      terraform: { required_providers: { azurerm: { source: 'hashicorp/azurerm' } } },
    });
    const b = body(text);
    expect(b.blocks.map((x) => [x.type, x.labels.map((l) => l.value)])).toEqual([
      ['output', ['id']],
      ['module', ['net']],
      ['terraform', []],
    ]);
    expect(attr(block(b, 'module').body, 'count').expr).toMatchObject({ reason: 'template:${var.n}' });
    expect(attr(block(b, 'terraform').body, 'required_providers').expr.kind).toBe('object');
  });

  it('reads bodies given as arrays of objects, each its own block', () => {
    const text = ['{', '  "provider": {', '    "azurerm": [', '      { "features": {} },', '      { "alias": "west" }', '    ]', '  }', '}'].join('\n');
    const providers = body(text).blocks;
    expect(providers.map((p) => [p.type, p.labels[0]?.value, p.body.attributes[0]?.name])).toEqual([
      ['provider', 'azurerm', 'features'],
      ['provider', 'azurerm', 'alias'],
    ]);
    expect(where(providers[1]!.headerSpan)).toEqual([5, 7, 5, 8]);
    expect(where(providers[1]!.span)).toEqual([5, 7, 5, 26]);
    const locals = body('{"locals": [{"a": 1}, {"b": 2}]}').blocks;
    expect(locals.map((l) => [l.type, l.body.attributes[0]?.name])).toEqual([
      ['locals', 'a'],
      ['locals', 'b'],
    ]);
  });

  it('reads dynamic, lifecycle and provisioner blocks inside resources', () => {
    const text = JSON.stringify({
      resource: {
        azurerm_container_registry: {
          acr: {
            dynamic: {
              georeplications: {
                for_each: '${var.regions}',
                iterator: 'region',
                content: { location: '${region.value}' },
              },
            },
            lifecycle: { ignore_changes: ['tags'] },
            provisioner: [{ 'local-exec': { command: 'echo hi', connection: { host: 'h' } } }],
          },
        },
      },
    });
    const resource = block(body(text), 'resource');
    expect(resource.body.attributes).toEqual([]);
    const dynamic = block(resource.body, 'dynamic');
    expect(dynamic.labels.map((l) => l.value)).toEqual(['georeplications']);
    expect(dynamic.body.attributes.map((a) => a.name)).toEqual(['for_each', 'iterator']);
    expect(attr(dynamic.body, 'for_each').expr).toMatchObject({ reason: 'template:${var.regions}' });
    const content = block(dynamic.body, 'content');
    expect(content.labels).toEqual([]);
    expect(attr(content.body, 'location').expr).toMatchObject({ reason: 'template:${region.value}' });
    expect(block(resource.body, 'lifecycle').body.attributes.map((a) => a.name)).toEqual(['ignore_changes']);
    const provisioner = block(resource.body, 'provisioner');
    expect(provisioner.labels.map((l) => l.value)).toEqual(['local-exec']);
    expect(block(provisioner.body, 'connection').body.attributes.map((a) => a.name)).toEqual(['host']);
  });

  it('reads a property named as a dynamic block of the same body as blocks, and warns of one that cannot be blocks', () => {
    const dynamic = { georeplications: { for_each: '${var.regions}', content: { location: '${georeplications.value}' } } };
    const resource = block(body(JSON.stringify({ resource: { t: { n: { georeplications: [{ location: 'a' }, { location: 'b' }], dynamic } } } })), 'resource');
    expect(resource.body.attributes).toEqual([]);
    expect(resource.body.blocks.map((b) => [b.type, b.labels.map((l) => l.value)])).toEqual([
      ['georeplications', []],
      ['georeplications', []],
      ['dynamic', ['georeplications']],
    ]);
    const { config, problems } = read(JSON.stringify({ resource: { t: { n: { georeplications: '${var.regions}', dynamic } } } }));
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('"georeplications" is also written as a dynamic block here') })]);
    expect(block(config!.body, 'resource').body.blocks.map((b) => b.type)).toEqual(['dynamic']);
    expect(block(config!.body, 'resource').body.attributes).toEqual([]);
  });

  it('reports the first syntax error of invalid JSON with its position, and no config', () => {
    const text = '{\n  "locals": {\n    "a": 1\n    "b": 2\n  }\n}';
    const { config, problems } = read(text);
    expect(config).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', message: 'invalid JSON: expected a comma' });
    expect(where(problems[0]!.span)).toEqual([4, 5, 4, 8]);
  });

  it('rejects comments and trailing commas', () => {
    expect(read('{"locals": {} // no\n}').problems[0]?.message).toBe('invalid JSON: comments are not allowed');
    expect(read('{"locals": {},}').problems[0]?.message).toBe('invalid JSON: expected a property name');
    expect(read('').problems[0]?.message).toBe('invalid JSON: expected a value');
  });

  it('requires an object at the top level', () => {
    const { config, problems } = read('\n  [1, 2]');
    expect(config).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('JSON object at the top level') }),
    ]);
    expect(where(problems[0]!.span)).toEqual([2, 3, 2, 9]);
  });

  it('reports a duplicate key at the second occurrence', () => {
    const text = '{"locals": {\n"a": 1,\n  "a": 2, "m": {"k": 1, "k": 2}}}';
    const { config, problems } = read(text);
    expect(config).toBeDefined();
    expect(problems.map((p) => [p.severity, p.message, p.span.start.line, p.span.start.column])).toEqual([
      ['error', 'duplicate key "a"', 3, 3],
      ['error', 'duplicate key "k"', 3, 25],
    ]);
  });

  it('reports an invalid template as an error at its string, as Terraform rejects it, and reads a valid one without problems', () => {
    const text = '{"resource": {"azurerm_container_registry": {"acr": {\n  "name": "acr-${var.env}",\n  "admin_enabled": "${"}}}}';
    const { config, problems } = readJsonConfig(text, 'main.tf.json', parseJsonTemplate);
    expect(config).toBeDefined();
    expect(problems.map((p) => [p.severity, p.message.replace(/: .*/, ''), p.span.start.line, p.span.start.column])).toEqual([['error', 'invalid template "${"', 3, 20]]);
  });

  it('warns about unsupported top-level keys and reports blocks that are not objects', () => {
    const { problems } = read('{"foo": 1, "locals": "x"}');
    expect(problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'unsupported top-level key "foo"'],
      ['error', 'expected a JSON object for the locals block'],
    ]);
  });

  it('counts columns in UTF-16 code units after multi-byte characters', () => {
    const text = '{"locals": {"é😀": "x", "b": 1}}';
    const b = block(body(text), 'locals').body;
    expect(attr(b, 'é😀').nameSpan.end.column).toBe(18);
    expect(where(attr(b, 'b').nameSpan)).toEqual([1, 25, 1, 28]);
    expect(attr(b, 'b').nameSpan.start.offset).toBe(24);
  });

  it('keeps __proto__ as an ordinary attribute name', () => {
    const b = block(body('{"locals": {"__proto__": {"x": 1}, "constructor": 2}}'), 'locals').body;
    expect(b.attributes.map((a) => a.name)).toEqual(['__proto__', 'constructor']);
    expect(attr(b, '__proto__').expr).toMatchObject({ kind: 'object', items: [{ key: { value: 'x' } }] });
  });

  it('tolerates a byte-order mark and CRLF line endings', () => {
    const b = block(body('\uFEFF{\r\n"locals": {\r\n  "a": 1\r\n}}'), 'locals').body;
    expect(where(attr(b, 'a').span)).toEqual([3, 3, 3, 9]);
  });
});

describe('readJsonVarsFile', () => {
  it('reads variable values as literal expressions', () => {
    const { attributes, problems } = readJsonVarsFile('{\n  "sku": "${x}",\n  "//": "c",\n  "n": [1]\n}', 'a.tfvars.json');
    expect(problems).toEqual([]);
    expect(attributes?.map((a) => a.name)).toEqual(['sku', 'n']);
    const sku: Expr | undefined = attributes?.[0]?.expr;
    expect(sku).toMatchObject({ kind: 'literal', value: '${x}' });
    expect(where(attributes![0]!.span)).toEqual([2, 3, 2, 16]);
    expect(attributes?.[1]?.expr).toMatchObject({ kind: 'tuple', items: [{ kind: 'literal', value: 1 }] });
  });

  it('reports invalid JSON, non-object files and duplicate keys', () => {
    expect(readJsonVarsFile('{"a": }', 'v.json').problems[0]?.message).toBe('invalid JSON: expected a value');
    expect(readJsonVarsFile('"x"', 'v.json').attributes).toBeUndefined();
    expect(readJsonVarsFile('{"a": 1, "a": 2}', 'v.json').problems.map((p) => p.message)).toEqual(['duplicate key "a"']);
  });
});
