import { skipConstruct } from '../src/frontends/hcl/native/skip.js';

describe('skipping a construct nested too deep to parse', () => {
  it('finds the matching bracket past strings, comments, heredocs and template sequences', () => {
    const text = '[ "]" # ]\n, <<EOT\n]\nEOT\n, "${"]"}" /* ] */ ] tail';
    expect(skipConstruct(text, 0)).toEqual({ end: text.indexOf(' tail') });
  });

  it('takes a backslash as an escape in a quoted string only, never before a line break', () => {
    expect(skipConstruct('"a\\"b" x', 0)).toEqual({ end: 6 });
    expect(skipConstruct('"a\\\nb"', 0)).toMatchObject({ unclosedAt: 0, what: 'string' });
    // In a heredoc a backslash is text, so `\${` still opens an interpolation.
    const heredoc = '<<EOT\n\\${ "\nEOT" }\nEOT\n';
    expect(skipConstruct(heredoc, 0)).toMatchObject({ unclosedAt: heredoc.indexOf('"'), what: 'string' });
  });

  it('reports what is never closed with the span of its opening', () => {
    expect(skipConstruct('[[1]', 0)).toEqual({ unclosedAt: 0, openEnd: 1, what: 'list', token: ']' });
    expect(skipConstruct('[<<EOT\nx\n', 0)).toEqual({ unclosedAt: 1, openEnd: 6, what: 'heredoc', token: 'EOT' });
    expect(skipConstruct('("${x', 0)).toEqual({ unclosedAt: 2, openEnd: 4, what: 'interpolation', token: '}' });
    expect(skipConstruct('{ a = 1', 0)).toEqual({ unclosedAt: 0, openEnd: 1, what: 'block or object', token: '}' });
  });
});
