import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALL_RULES } from '../rules/index.js';
import { lint } from '../src/lint.js';
import { REPO_ROOT } from './helpers/fixtures.js';

/** A directory with the seed scenario (one ACR001 error) plus the given hostile files. */
async function lintBeside(files: Record<string, string | Buffer>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-hostile-'));
  copyFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache/main.tf'), path.join(dir, 'seed.tf'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return lint([dir], { root: dir, commandLine: [], rules: ALL_RULES });
}

describe('hostile input never costs the findings of the other files', () => {
  const n = 10_000;

  it.each([
    ['10,000 nested blocks', 'deep.tf', `resource "x" "y" {\n${'a {\n'.repeat(n)}${'}\n'.repeat(n)}}\n`, /nested deeper than 256 levels/],
    ['10,000 nested lists', 'deep.tf', `locals {\n  x = ${'['.repeat(n)}${']'.repeat(n)}\n}\n`, /nested deeper than 256 levels/],
    ['10,000 nested JSON arrays', 'deep.tf.json', `{"locals": {"x": ${'['.repeat(n)}${']'.repeat(n)}}}`, /nested or chained too deeply/],
    ['a heredoc that never ends', 'heredoc.tf', 'locals {\n  x = <<EOT\nnever ends\n', /never closed/],
    ['binary content', 'blob.tf', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d]), /binary/],
  ])('%s', async (_title, name, content, message) => {
    const result = await lintBeside({ [name]: content });
    expect(result.findings.filter((f) => f.level === 'error').map((f) => `${f.ruleId} ${f.location?.file}`)).toEqual(['ACR001 seed.tf']);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ file: name, message: expect.stringMatching(message) });
  });

  it('treats __proto__ as an ordinary key in HCL and JSON objects', async () => {
    const result = await lintBeside({
      'proto.tf': 'locals {\n  a = { __proto__ = { polluted = true } }\n  b = jsondecode("{\\"__proto__\\": {\\"polluted\\": true}}")\n}\n',
      'proto.tf.json': '{"locals": {"c": {"__proto__": {"polluted": true}}}}',
    });
    expect(result.diagnostics).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(result.findings.filter((f) => f.level === 'error')).toHaveLength(1);
  });

  it('reads CRLF line endings and a UTF-8 byte-order mark with the same positions', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-crlf-'));
    const seed = path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache/main.tf');
    const text = (await import('node:fs')).readFileSync(seed, 'utf8');
    writeFileSync(path.join(dir, 'main.tf'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'))]));
    const result = await lint([dir], { root: dir, commandLine: [], rules: ALL_RULES });
    expect(result.diagnostics).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'ACR001').map((f) => [f.location?.start.line, f.location?.start.column])).toEqual([[10, 3]]);
  });
});
