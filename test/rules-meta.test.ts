/**
 * Keeps rules, their docs, their fixtures and the README's rule table in step, and lints the
 * examples in each rule's doc: `hcl incorrect` blocks must trigger the rule, `hcl correct` must not.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALL_RULES } from '../rules/index.js';
import { lint } from '../src/lint.js';
import { readExpectations, REPO_ROOT } from './helpers/fixtures.js';

const DOC_SECTIONS = ['Why', 'Examples', 'How to fix', 'Provenance', 'References'];

function docOf(name: string): string {
  return readFileSync(path.join(REPO_ROOT, 'rules', `${name}.md`), 'utf8');
}

function examples(doc: string): { kind: 'incorrect' | 'correct'; code: string }[] {
  return [...doc.matchAll(/```hcl (incorrect|correct)\n([\s\S]*?)```/g)].map((m) => ({ kind: m[1] as 'incorrect' | 'correct', code: m[2]! }));
}

describe('rule metadata', () => {
  it('every rule file is registered, and ids are unique, well-formed and in order', () => {
    const files = readdirSync(path.join(REPO_ROOT, 'rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(ALL_RULES.map((r) => r.meta.name).sort());
    const ids = ALL_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    for (const { meta } of ALL_RULES) {
      expect(meta.id).toMatch(/^ACR\d{3}$/);
      expect(meta.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(meta.securitySeverity).toBeGreaterThanOrEqual(0);
      expect(meta.securitySeverity).toBeLessThanOrEqual(10);
    }
  });

  it.each(ALL_RULES.map((r) => [r.meta.name, r]))('%s has a doc with the sections in order', (name) => {
    const headings = [...docOf(name as string).matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(DOC_SECTIONS);
  });

  it.each(ALL_RULES.map((r) => [r.meta.name]))('%s has fixtures that expect it and that show where it stays silent', (name) => {
    const dir = path.join(REPO_ROOT, 'fixtures/rules', name);
    expect(existsSync(dir)).toBe(true);
    const expectations = readExpectations(dir);
    expect(expectations.some((e) => e.kind === 'finding' && e.what === name)).toBe(true);
    expect(expectations.some((e) => e.kind === 'ok' && e.what === name)).toBe(true);
  });

  it('the README rule table lists every rule with its level and doc link', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| (ACR\d{3}) \| \[`([a-z0-9-]+)`\]\(rules\/([a-z0-9-]+)\.md\) \| (\w+) \|/gm)].map((m) => [m[1], m[2], m[3], m[4]]);
    expect(rows).toEqual(ALL_RULES.map((r) => [r.meta.id, r.meta.name, r.meta.name, r.meta.defaultLevel]));
  });
});

describe('rule doc examples', () => {
  const cases = ALL_RULES.flatMap((rule) => examples(docOf(rule.meta.name)).map((ex, i) => [`${rule.meta.name} #${i + 1} (${ex.kind})`, rule, ex] as const));

  it('every doc has at least one incorrect and one correct example', () => {
    for (const rule of ALL_RULES) {
      const kinds = examples(docOf(rule.meta.name)).map((e) => e.kind);
      expect(kinds).toContain('incorrect');
      expect(kinds).toContain('correct');
    }
  });

  it.each(cases)('%s', async (_title, rule, example) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-doc-'));
    writeFileSync(path.join(dir, 'main.tf'), example.code);
    const result = await lint([dir], { root: dir, commandLine: [], rules: ALL_RULES });
    expect(result.diagnostics).toEqual([]);
    const hits = result.findings.filter((f) => f.ruleId === rule.meta.id && f.level === rule.meta.defaultLevel);
    if (example.kind === 'incorrect') expect(hits.length).toBeGreaterThan(0);
    else expect(result.findings.filter((f) => f.ruleId === rule.meta.id)).toEqual([]);
  });
});
