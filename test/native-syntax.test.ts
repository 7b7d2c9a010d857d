import { evaluate } from '../src/frontends/hcl/evaluate.js';
import { MAX_NESTING, parseJsonTemplate, readNativeConfig } from '../src/frontends/hcl/native-syntax.js';
import type { Body, Expr, SyntaxProblem } from '../src/frontends/hcl/syntax.js';
import type { Span } from '../src/model/span.js';
import { toPlain } from '../src/model/value.js';
import { attr, block } from './helpers/syntax.js';

function read(text: string, file = 'main.tf') {
  return readNativeConfig(text, file);
}

/** The body of a file that must parse without any problem. */
function body(text: string): Body {
  const { config, problems } = read(text);
  expect(problems).toEqual([]);
  if (!config) throw new Error('no config');
  return config.body;
}

/** `[startLine, startColumn, endLine, endColumn]`. */
function where(span: Span): [number, number, number, number] {
  return [span.start.line, span.start.column, span.end.line, span.end.column];
}

/** `[startOffset, endOffset]`. */
function offsets(span: Span): [number, number] {
  return [span.start.offset, span.end.offset];
}

const emptyScope = { lookup: () => undefined, reference: () => undefined };

/** The plain value of a constant expression (undefined when unknown). */
function constant(expr: Expr): unknown {
  return toPlain(evaluate(expr, emptyScope));
}

/** The value of attribute `name` in a file that must parse cleanly. */
function valueOf(text: string, name = 'x'): unknown {
  return constant(attr(body(text), name).expr);
}

function errors(problems: SyntaxProblem[]): SyntaxProblem[] {
  return problems.filter((p) => p.severity === 'error');
}

describe('positions', () => {
  it('counts columns in UTF-16 code units after multi-byte characters on the same line', () => {
    // "é" is 2 bytes in UTF-8 and 1 UTF-16 unit; "😀" is 4 bytes and 2 UTF-16 units.
    const text = 'locals {\n  /* é😀 */ x = "é😀"\n}\n';
    const x = attr(block(body(text), 'locals').body, 'x');
    // cols: 3-4 "/*", 6 é, 7-8 😀, 10-11 "*/", 13 x, 15 =, 17 opening quote, 18 é, 19-20 😀, 21 closing quote
    expect(where(x.nameSpan)).toEqual([2, 13, 2, 14]);
    expect(where(x.expr.span)).toEqual([2, 17, 2, 22]);
    expect(where(x.span)).toEqual([2, 13, 2, 22]);
    // Offsets are UTF-16 offsets into the decoded text, consistent with the columns.
    expect(offsets(x.nameSpan)).toEqual([text.indexOf('x ='), text.indexOf('x =') + 1]);
    expect(text.slice(x.expr.span.start.offset, x.expr.span.end.offset)).toBe('"é😀"');
    expect(x.expr).toMatchObject({ kind: 'literal', value: 'é😀' });
  });

  it('positions labels and attributes of a one-line block with non-ASCII labels', () => {
    const text = 'resource "é😀" "b" { x = 1 }\n';
    const resource = block(body(text), 'resource');
    expect(resource.labels.map((l) => l.value)).toEqual(['é😀', 'b']);
    expect(where(resource.labels[0]!.span)).toEqual([1, 10, 1, 15]);
    expect(where(resource.labels[1]!.span)).toEqual([1, 16, 1, 19]);
    expect(where(resource.headerSpan)).toEqual([1, 1, 1, 21]);
    expect(where(attr(resource.body, 'x').span)).toEqual([1, 22, 1, 27]);
    expect(where(resource.span)).toEqual([1, 1, 1, 29]);
  });

  it('gives block headers from the block type through the opening brace', () => {
    const text = [
      'resource  "azurerm_container_registry"   "acr" {',
      '  name = "acr1"',
      '',
      '  network_rule_set {',
      '    default_action = "Deny"',
      '  }',
      '}',
      '',
    ].join('\n');
    const resource = block(body(text), 'resource');
    expect(where(resource.headerSpan)).toEqual([1, 1, 1, 49]);
    expect(text.slice(resource.headerSpan.start.offset, resource.headerSpan.end.offset)).toBe('resource  "azurerm_container_registry"   "acr" {');
    expect(where(resource.span)).toEqual([1, 1, 7, 2]);
    expect(where(resource.labels[1]!.span)).toEqual([1, 42, 1, 47]);
    const nested = block(resource.body, 'network_rule_set');
    expect(nested.labels).toEqual([]);
    expect(where(nested.headerSpan)).toEqual([4, 3, 4, 21]);
    expect(where(nested.span)).toEqual([4, 3, 6, 4]);
    expect(where(attr(nested.body, 'default_action').span)).toEqual([5, 5, 5, 28]);
  });

  it('gives expressions their own spans', () => {
    const text = 'x = var.a.b[0] + max(1, 2)\ny = true ? "a" : local.z\n';
    const b = body(text);
    const x = attr(b, 'x').expr;
    expect(x.kind).toBe('binary');
    if (x.kind !== 'binary') throw new Error('not binary');
    expect(where(x.span)).toEqual([1, 5, 1, 27]);
    expect(where(x.left.span)).toEqual([1, 5, 1, 15]);
    expect(x.left.kind).toBe('index');
    expect(where(x.right.span)).toEqual([1, 18, 1, 27]);
    expect(x.right).toMatchObject({ kind: 'call', name: 'max', expandFinal: false });
    const y = attr(b, 'y').expr;
    if (y.kind !== 'conditional') throw new Error('not conditional');
    expect(where(y.span)).toEqual([2, 5, 2, 25]);
    expect(where(y.cond.span)).toEqual([2, 5, 2, 9]);
    expect(where(y.then.span)).toEqual([2, 12, 2, 15]);
    expect(where(y.else.span)).toEqual([2, 18, 2, 25]);
  });

  it('reads CRLF line endings with the same lines and columns, offsets counting the CR', () => {
    const text = 'locals {\r\n  a = 1\r\n  b = "x"\r\n}\r\nresource "t" "n" {\r\n  c = [1,\r\n    2]\r\n}\r\n';
    const b = body(text);
    const locals = block(b, 'locals');
    expect(where(attr(locals.body, 'a').span)).toEqual([2, 3, 2, 8]);
    const bAttr = attr(locals.body, 'b');
    expect(where(bAttr.span)).toEqual([3, 3, 3, 10]);
    expect(bAttr.span.start.offset).toBe(text.indexOf('b ='));
    expect(bAttr.expr).toMatchObject({ kind: 'literal', value: 'x' });
    const resource = block(b, 'resource');
    expect(where(resource.headerSpan)).toEqual([5, 1, 5, 19]);
    const c = attr(resource.body, 'c');
    expect(where(c.span)).toEqual([6, 3, 7, 7]);
    expect(constant(c.expr)).toEqual([1, 2]);
  });

  it('keeps CRLF inside a heredoc, as HCL does', () => {
    expect(valueOf('x = <<EOT\r\n  hi\r\nthere\r\nEOT\r\ny = 1\r\n')).toBe('  hi\r\nthere\r\n');
    expect(valueOf('x = <<-EOT\r\n    hi\r\n      there\r\n  EOT\r\n')).toBe('hi\r\n  there\r\n');
  });
});

describe('quoted strings', () => {
  it('decodes every escape sequence', () => {
    const text = String.raw`x = "a\nb\"c\\d\u00e9\tE\rF\U0001F600"` + '\n';
    expect(valueOf(text)).toBe('a\nb"c\\dé\tE\rF😀');
  });

  it('turns $${ and %%{ into literal ${ and %{, and leaves lone $$ and %% alone', () => {
    expect(valueOf('x = "$${var.a} and %%{ if }"\n')).toBe('${var.a} and %{ if }');
    expect(valueOf('x = "$$ and %% and $ and %"\n')).toBe('$$ and %% and $ and %');
    expect(valueOf('x = "\\\\$${x}"\n')).toBe('\\${x}');
  });

  it('decodes escapes in block labels', () => {
    const resource = block(body(String.raw`resource "a\"b" "c\u00e9" {` + '\n}\n'), 'resource');
    expect(resource.labels.map((l) => l.value)).toEqual(['a"b', 'cé']);
  });

  it('reads a string with only literal text as a literal, and one with interpolation as a template', () => {
    const b = body('a = "plain"\nb = "x-${var.y}-z"\nc = ""\n');
    expect(attr(b, 'a').expr).toMatchObject({ kind: 'literal', value: 'plain' });
    expect(attr(b, 'c').expr).toMatchObject({ kind: 'literal', value: '' });
    const t = attr(b, 'b').expr;
    if (t.kind !== 'template') throw new Error('not a template');
    expect(t.parts.map((p) => p.kind)).toEqual(['text', 'interpolation', 'text']);
    expect(t.parts[0]).toMatchObject({ kind: 'text', text: 'x-' });
    expect(t.parts[2]).toMatchObject({ kind: 'text', text: '-z' });
    const interp = t.parts[1]!;
    if (interp.kind !== 'interpolation') throw new Error('not an interpolation');
    expect(interp.expr).toMatchObject({ kind: 'getattr', name: 'y', object: { kind: 'variable', name: 'var' } });
    expect(where(interp.span)).toEqual([2, 8, 2, 16]);
    expect(where(interp.expr.span)).toEqual([2, 10, 2, 15]);
  });
});

describe('heredocs', () => {
  it('keeps indentation and the trailing newline of <<EOT, with an indented closing marker', () => {
    const text = 'x = <<EOT\n  line1\n    ${"v"}\n  EOT\ny = "after"\n';
    const b = body(text);
    expect(constant(attr(b, 'x').expr)).toBe('  line1\n    v\n');
    expect(where(attr(b, 'x').span)).toEqual([1, 1, 4, 6]);
    expect(attr(b, 'y').expr).toMatchObject({ kind: 'literal', value: 'after' });
    expect(where(attr(b, 'y').span)).toEqual([5, 1, 5, 12]);
  });

  it('strips the smallest indentation in <<-EOT, counting a line that holds an interpolation', () => {
    const text = 'x = <<-EOT\n    line1\n      ${"interp"} tail\n    last\n    EOT\n';
    expect(valueOf(text)).toBe('line1\n  interp tail\nlast\n');
  });

  it('counts a line that starts with an interpolation as unindented', () => {
    expect(valueOf('x = <<-EOT\n    a\n${"x"}\n    b\n  EOT\n')).toBe('    a\nx\n    b\n');
  });

  it('strips tabs and leaves whitespace-only lines as they are', () => {
    expect(valueOf('x = <<-EOT\n\t  a\n\t    b\n\tEOT\n')).toBe('a\n  b\n');
    // HCL neither counts nor trims a line of nothing but whitespace.
    expect(valueOf('x = <<-EOT\n    a\n        \n    b\n  EOT\n')).toBe('a\n        \nb\n');
    expect(valueOf('x = <<-EOT\n\n    after blank\n  EOT\n')).toBe('\nafter blank\n');
  });

  it('unindents text inside template directives too', () => {
    expect(valueOf('x = <<-EOT\n    %{ if true }\n    yes\n    %{ endif }\n  EOT\n')).toBe('\nyes\n\n');
  });

  it('reads an empty heredoc as an empty string', () => {
    const b = body('x = <<EOT\nEOT\ny = 2\n');
    expect(attr(b, 'x').expr).toMatchObject({ kind: 'literal', value: '' });
    expect(attr(b, 'y').expr).toMatchObject({ kind: 'literal', value: 2 });
  });

  it('applies only $${ / %%{ escapes, not backslash escapes', () => {
    expect(valueOf('x = <<EOT\na\\nb $${c} %%{d}\nEOT\n')).toBe('a\\nb ${c} %{d}\n');
  });
});

describe('template directives and strip markers', () => {
  it('reads %{ if } / %{ else } / %{ endif } into an if part', () => {
    const t = attr(body('x = "a%{ if var.c }yes%{ else }no%{ endif }b"\n'), 'x').expr;
    if (t.kind !== 'template') throw new Error('not a template');
    expect(t.parts).toHaveLength(3);
    const part = t.parts[1]!;
    if (part.kind !== 'if') throw new Error('not an if');
    expect(part.cond).toMatchObject({ kind: 'getattr', name: 'c' });
    expect(part.then).toMatchObject([{ kind: 'text', text: 'yes' }]);
    expect(part.else).toMatchObject([{ kind: 'text', text: 'no' }]);
    expect(valueOf('x = "%{ if true }yes%{ else }no%{ endif }"\n')).toBe('yes');
    expect(valueOf('x = "a%{ if false }b%{ endif }c"\n')).toBe('ac');
  });

  it('reads %{ for } with key and value, iterating maps in key order', () => {
    const t = attr(body('x = "%{ for k, v in var.m }${k}=${v};%{ endfor }"\n'), 'x').expr;
    if (t.kind !== 'template') throw new Error('not a template');
    expect(t.parts[0]).toMatchObject({ kind: 'for', keyVar: 'k', valueVar: 'v' });
    expect(valueOf('x = "%{ for k, v in {b = 2, a = 1} }${k}=${v};%{ endfor }"\n')).toBe('a=1;b=2;');
    expect(valueOf('x = "%{ for x in ["a", "b"] }${x},%{ endfor }"\n')).toBe('a,b,');
  });

  it('strips whitespace around interpolations with ~', () => {
    expect(valueOf('x = "a ${~ "b" ~} c"\n')).toBe('abc');
    expect(valueOf('x = "a ${~ "b"} c"\n')).toBe('ab c');
    expect(valueOf('x = "a ${"b" ~} c"\n')).toBe('a bc');
    // An escaped newline is whitespace like any other.
    expect(valueOf('x = "a \\n  ${~ "b"}"\n')).toBe('ab');
  });

  it('applies strip markers inside directives to the text they enclose', () => {
    expect(valueOf('x = "%{ for x in ["a", "b"] ~}  ${x}  %{~ endfor }|"\n')).toBe('ab|');
    expect(valueOf('x = "<%{ if true ~}  yes  %{~ else ~}  no  %{~ endif ~}  >"\n')).toBe('<yes>');
    expect(valueOf('x = "<  %{~ if false ~}  yes  %{~ else ~}  no  %{~ endif ~}  >"\n')).toBe('<no>');
    expect(valueOf('x = "<  %{ if false ~}  yes  %{~ else }  no  %{ endif }  >"\n')).toBe('<    no    >');
  });

  it('in a heredoc, strips no further than the line of the marker', () => {
    expect(valueOf('x = <<EOT\na\n  ${~ "b"}\nEOT\n')).toBe('a\nb\n');
    expect(valueOf('x = <<EOT\na\n${~ "b"}\nEOT\n')).toBe('ab\n');
    expect(valueOf('x = <<EOT\na  ${"b" ~}  \n\n  c\nEOT\n')).toBe('a  b\n  c\n');
    expect(valueOf('x = <<EOT\n%{ for x in ["a", "b"] ~}\n  ${x}\n%{ endfor ~}\ndone\nEOT\n')).toBe('  a\n  b\ndone\n');
  });

  it('combines strip markers and <<- as HCL does (strip first, then measure indentation)', () => {
    const text = ['x = <<-EOT', '    %{~ for x in ["a", "b"] ~}', '    ${x}', '    %{~ endfor ~}', '  EOT', ''].join('\n');
    expect(valueOf(text)).toBe('    a\n    b\n');
  });
});

describe('numbers', () => {
  it('reads exponents with and without a fraction', () => {
    const text = 'a = 1e3\nb = 2E+2\nc = 1.5e-3\nd = 12e-1\ne = "next"\n';
    const b = body(text);
    expect(attr(b, 'a').expr).toMatchObject({ kind: 'literal', value: 1000 });
    expect(attr(b, 'b').expr).toMatchObject({ kind: 'literal', value: 200 });
    expect(attr(b, 'c').expr).toMatchObject({ kind: 'literal', value: 0.0015 });
    expect(attr(b, 'd').expr).toMatchObject({ kind: 'literal', value: 1.2 });
    expect(attr(b, 'e').expr).toMatchObject({ kind: 'literal', value: 'next' });
    expect(where(attr(b, 'e').span)).toEqual([5, 1, 5, 11]);
    expect(b.attributes.map((a) => a.name)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('spans the whole number, exponent included', () => {
    const b = body('a = 1e3\nb = [2E+2, 7]\n');
    expect(where(attr(b, 'a').expr.span)).toEqual([1, 5, 1, 8]);
    expect(where(attr(b, 'a').span)).toEqual([1, 1, 1, 8]);
    const list = attr(b, 'b').expr;
    if (list.kind !== 'tuple') throw new Error('not a tuple');
    expect(where(list.items[0]!.span)).toEqual([2, 6, 2, 10]);
    expect(where(list.items[1]!.span)).toEqual([2, 12, 2, 13]);
  });

  it('reads several exponent numbers in one expression', () => {
    expect(valueOf('x = 1e3 + 2E+2 + 1.5e-3\n')).toBe(1200.0015);
    expect(valueOf('x = [1e3, 2e1, 3E2]\n')).toEqual([1000, 20, 300]);
    // A long chain (the case that once took a parse per number) still reads every term.
    expect(valueOf(`x = ${Array.from({ length: 100 }, () => '1e3').join(' + ')}\n`)).toBe(100_000);
    expect(valueOf('x = "${1e3}e3"\n')).toBe('1000e3');
  });

  it('does not touch exponent-like text in strings, identifiers and comments', () => {
    const b = body('a = "1e3"\nb = var.x1e3 # 2e5\nc = 10\n');
    expect(attr(b, 'a').expr).toMatchObject({ kind: 'literal', value: '1e3' });
    expect(attr(b, 'b').expr).toMatchObject({ kind: 'getattr', name: 'x1e3' });
    expect(attr(b, 'c').expr).toMatchObject({ kind: 'literal', value: 10 });
  });
});

describe('errors HCL reports beyond the grammar: line breaks and repeated arguments', () => {
  it('reports two arguments on one line at the second one', () => {
    const { problems } = read('a = 1 b = 2\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.severity).toBe('error');
    expect(problems[0]!.message).toMatch(/^missing newline after argument/);
    expect(where(problems[0]!.span)).toEqual([1, 7, 1, 12]);
  });

  it('reports a block that follows an argument or block on the same line', () => {
    const { problems } = read('locals {\n  a = 1\n}\nx {} y {}\n');
    expect(errors(problems)).toHaveLength(1);
    expect(where(problems[0]!.span)).toEqual([4, 6, 4, 10]);
  });

  it('accepts a one-line block with a single argument', () => {
    expect(read('a { x = 1 }\n').problems).toEqual([]);
  });

  it('reports a line break before "?" at the "?"', () => {
    const { problems } = read('x = true\n  ? 1\n  : 2\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.severity).toBe('error');
    expect(problems[0]!.message).toMatch(/line break before "\?"/);
    expect(where(problems[0]!.span)).toEqual([2, 3, 2, 4]);
  });

  it('reports a line break before "?" in an object value, where newlines separate items', () => {
    expect(errors(read('x = {\n  a = true\n  ? 1\n  : 2\n}\n').problems)).toHaveLength(1);
  });

  it('accepts a line break before "?" inside parentheses, brackets, calls and interpolations', () => {
    expect(read('x = (true\n  ? 1\n  : 2)\n').problems).toEqual([]);
    expect(read('x = [true\n  ? 1\n  : 2]\n').problems).toEqual([]);
    expect(read('x = max(true\n  ? 1\n  : 2, 0)\n').problems).toEqual([]);
    expect(read('x = "${true\n ? 1 : 2}"\n').problems).toEqual([]);
    expect(read('x = [for v in [1] : v\n  if true\n  ? true\n  : false]\n').problems).toEqual([]);
    expect(read('x = true ? 1 : 2\n').problems).toEqual([]);
  });

  it('reports a repeated argument with the first line, at the second name', () => {
    const { problems, config } = read('a = 1\nb = 2\na = 3\n');
    expect(problems).toEqual([
      {
        message: 'argument "a" was already set at line 1; each argument may be set only once',
        severity: 'error',
        span: { file: 'main.tf', start: { line: 3, column: 1, offset: 12 }, end: { line: 3, column: 2, offset: 13 } },
      },
    ]);
    expect(config?.body.attributes.map((a) => a.name)).toEqual(['a', 'b', 'a']);
  });

  it('reports a repeated argument inside a block', () => {
    const { problems } = read('resource "t" "n" {\n  sku = "Basic"\n  name = "x"\n  sku = "Premium"\n}\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe('argument "sku" was already set at line 2; each argument may be set only once');
    expect(where(problems[0]!.span)).toEqual([4, 3, 4, 6]);
  });

  it('does not report the same name in different blocks, or repeated nested blocks', () => {
    const text = 'a {\n  x = 1\n  n {\n    x = 2\n  }\n  n {\n    x = 3\n  }\n}\nb {\n  x = 4\n}\nx = 5\n';
    expect(read(text).problems).toEqual([]);
  });
});

describe('syntax errors', () => {
  it('points an unclosed string at its opening quote', () => {
    const { problems } = read('resource "t" "n" {\n  name = "a"\n  sku  = "Premium\n}\n');
    const [first] = errors(problems);
    expect(first?.message).toMatch(/string is never closed/);
    expect(where(first!.span)).toEqual([3, 10, 3, 11]);
  });

  it('points an unclosed block at its opening brace, not at the end of the file', () => {
    const { problems } = read('locals {\n  a = 1\n}\nresource "t" "n" {\n  x = 1\n\n');
    expect(errors(problems)).toHaveLength(1);
    expect(problems[0]!.message).toBe('syntax error: missing "}": this block is never closed');
    expect(where(problems[0]!.span)).toEqual([4, 18, 4, 19]);
  });

  it('points an unclosed list and an unclosed call at their opening bracket', () => {
    const list = errors(read('x = [1, 2\n').problems);
    expect(list[0]?.message).toMatch(/missing "\]": this list is never closed/);
    expect(where(list[0]!.span)).toEqual([1, 5, 1, 6]);
    const call = errors(read('x = max(1\n').problems);
    expect(call[0]?.message).toMatch(/missing "\)"/);
    expect(where(call[0]!.span)).toEqual([1, 8, 1, 9]);
  });

  it('reports other syntax errors as errors with a position in the file', () => {
    for (const text of ['x = = 1\n', 'resource "t" {\n  = 1\n}\n', 'x = "${a"\n', 'x = <<EOT\nabc\n']) {
      const found = errors(read(text).problems);
      expect(found.length).toBeGreaterThan(0);
      expect(found[0]!.message).toMatch(/^syntax error/);
      expect(found[0]!.span.file).toBe('main.tf');
      expect(found[0]!.span.start.line).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('messages that name the cause', () => {
  it('names a line break before an object item\'s "=" or a conditional\'s ":"', () => {
    expect(errors(read('x = { a\n= 1 }\n').problems)[0]?.message).toMatch(/^syntax error: line break before "="/);
    expect(errors(read('x = true ? 1\n: 2\n').problems)[0]?.message).toMatch(/^syntax error: line break before ":"/);
  });

  it('points an unclosed comment at its opening', () => {
    const [problem] = errors(read('a = 1\n/* never closed\n').problems);
    expect(problem?.message).toBe('syntax error: missing "*/": this comment is never closed');
    expect(where(problem!.span)).toEqual([2, 1, 2, 3]);
  });

  it('points a heredoc that never ends at its whole opening, <<- included', () => {
    const [problem] = errors(read('x = <<-EOT\n  never ends\n').problems);
    expect(problem?.message).toBe('syntax error: missing "EOT": this heredoc is never closed');
    expect(where(problem!.span)).toEqual([1, 5, 1, 11]);
  });

  it('shows an invalid escape as written, and no more', () => {
    const [problem] = errors(read('x = "\\u12"\n').problems);
    expect(problem?.message).toBe('syntax error: invalid escape sequence "\\\\u12" in a quoted string');
    expect(where(problem!.span)).toEqual([1, 6, 1, 10]);
  });

  it('gives a lone surrogate a one-unit span', () => {
    const [problem] = errors(read('\ud800\nx = 1\n').problems);
    expect(where(problem!.span)).toEqual([1, 1, 1, 2]);
  });

  it('keeps the reason an invalid JSON-string template fails', () => {
    const span: Span = { file: 'main.tf.json', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
    expect(parseJsonTemplate('a ${', span)).toMatchObject({ kind: 'unsupported', reason: expect.stringMatching(/^invalid template "a \$\{": syntax error/) });
  });
});

describe('deep nesting', () => {
  it('reports 2000 nested lists instead of overflowing the stack', () => {
    const text = 'x = ' + '['.repeat(2000) + ']'.repeat(2000) + '\ny = 1\n';
    const { config, problems } = read(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(new RegExp(`nested deeper than ${MAX_NESTING} levels`));
    expect(config?.body.attributes.map((a) => a.name)).toEqual(['x', 'y']);
    const x = attr(config!.body, 'x');
    expect(x.expr.kind).toBe('tuple');
    const v = evaluate(x.expr, emptyScope);
    expect(toPlain(v)).toBeUndefined();
  });

  it('marks the too-deep part as unsupported', () => {
    const { config } = read('x = ' + '('.repeat(2000) + '1' + ')'.repeat(2000) + '\n');
    let e: Expr = attr(config!.body, 'x').expr;
    while (e.kind === 'parens') e = e.expr;
    expect(e).toMatchObject({ kind: 'unsupported', reason: expect.stringMatching(/nested deeper/) });
    expect(evaluate(attr(config!.body, 'x').expr, emptyScope).known).toBe(false);
  });

  it('survives long operator chains, unary chains and unclosed nesting', () => {
    for (const text of ['x = ' + '1 + '.repeat(3000) + '1\n', 'x = ' + '-'.repeat(3000) + '1\n', 'x = ' + '['.repeat(2000) + '\n', 'x = a' + '.b'.repeat(3000) + '\n']) {
      let result: ReturnType<typeof read> | undefined;
      expect(() => (result = read(text))).not.toThrow();
      const x = result?.config?.body.attributes[0];
      if (x) expect(() => evaluate(x.expr, emptyScope)).not.toThrow();
    }
    expect(errors(read('x = ' + '['.repeat(2000) + '\n').problems)).not.toHaveLength(0);
  });
});

describe('splats and traversals', () => {
  it('reads [*] and .* splats; .* ends at the first [index], as in HCL', () => {
    expect(valueOf('x = [{a = [1, 2]}, {a = [3, 4]}][*].a[0]\n')).toEqual([1, 3]);
    expect(valueOf('x = [{a = [1, 2]}, {a = [3, 4]}].*.a[0]\n')).toEqual([1, 2]);
    expect(valueOf('x = [{a = [1, 2]}, {a = [3, 4]}].*.a.1\n')).toEqual([2, 4]);
    expect(valueOf('x = [{a = {b = 1}}, {a = {b = 2}}].*.a.b\n')).toEqual([1, 2]);
  });

  it("reads what HashiCorp's parser reads in a few corners", () => {
    expect(valueOf('x = { k /* c */ = 1 }\n')).toEqual({ k: 1 });
    expect(valueOf('x = { null = 1, true = 2 }\n')).toEqual({ null: 1, true: 2 });
    expect(valueOf('x = 1.e3\n')).toBe(1000);
    expect(valueOf('x = <<EOT\nhello\nEOT  \n')).toBe('hello\n');
    expect(valueOf('x = [for /* c */ v in [1, 2] : v * 2]\n')).toEqual([2, 4]);
    // Strip markers trim what Go counts as white space: U+0085 is, U+FEFF is not.
    expect(valueOf('x = "a\u0085${~"b"}"\n')).toBe('ab');
    expect(valueOf('x = "a\ufeff${~"b"}"\n')).toBe('a\ufeffb');
  });

  it('reads nested splats, each applying to the elements of the one before', () => {
    expect(valueOf('x = [{b = [{c = 1}, {c = 2}]}, {b = [{c = 3}]}][*].b[*].c\n')).toEqual([[1, 2], [3]]);
    expect(valueOf('x = [{b = [{c = 1}, {c = 2}]}, {b = [{c = 3}]}][*].b.*.c\n')).toEqual([[1, 2], [3]]);
    expect(errors(read('x = a.*.b.*.c\n').problems)[0]?.message).toMatch(/inside an attribute-only splat/);
  });

  it('reads a legacy index (.0) and a bare object key as literals', () => {
    const b = body('x = var.list.0\ny = { name = 1, "quoted" = 2, (var.k) = 3 }\n');
    expect(attr(b, 'x').expr).toMatchObject({ kind: 'index', key: { kind: 'literal', value: 0 } });
    const y = attr(b, 'y').expr;
    if (y.kind !== 'object') throw new Error('not an object');
    expect(y.items.map((i) => i.key)).toMatchObject([
      { kind: 'literal', value: 'name' },
      { kind: 'literal', value: 'quoted' },
      { kind: 'parens', expr: { kind: 'getattr', name: 'k' } },
    ]);
  });
});

describe('parseJsonTemplate', () => {
  const span: Span = { file: 'main.tf.json', start: { line: 3, column: 7, offset: 20 }, end: { line: 3, column: 19, offset: 32 } };

  it('reads a template with every span set to the JSON string', () => {
    const t = parseJsonTemplate('a-${var.x}-b', span);
    if (t.kind !== 'template') throw new Error('not a template');
    expect(t.span).toBe(span);
    expect(t.parts.map((p) => p.kind)).toEqual(['text', 'interpolation', 'text']);
    expect(t.parts.every((p) => p.span === span)).toBe(true);
    const interp = t.parts[1]!;
    if (interp.kind !== 'interpolation') throw new Error('not an interpolation');
    expect(interp.expr.span).toBe(span);
  });

  it('applies only $${ / %%{ escapes and keeps a trailing newline of the string', () => {
    expect(parseJsonTemplate('$${x} %%{y} \\n', span)).toMatchObject({ kind: 'literal', value: '${x} %{y} \\n' });
    expect(parseJsonTemplate('line\n', span)).toMatchObject({ kind: 'literal', value: 'line\n' });
    expect(parseJsonTemplate('', span)).toMatchObject({ kind: 'literal', value: '' });
  });

  it('reads bare object keys as strings there too, where every span is the same', () => {
    const t = parseJsonTemplate('${ {a = 1, null = 2}["a"] + {a = 1, null = 2}["null"] }', span);
    expect(toPlain(evaluate(t, emptyScope))).toBe(3);
  });

  it('gives an unsupported expression for an invalid template', () => {
    expect(parseJsonTemplate('a ${', span)).toMatchObject({ kind: 'unsupported' });
  });
});
