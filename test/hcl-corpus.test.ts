/**
 * Real configurations that manage ACR with the azurerm provider, from public projects
 * (fixtures/corpus/hcl, see its MANIFEST.tsv and fixtures/THIRD_PARTY.md). The files are not
 * edited, so what a correct lint gives lives beside them in each case's `expected.json`: exactly
 * these findings (rule, address, attribute, line, each with why it is right) and diagnostics, and
 * nothing else.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { lintCase, REPO_ROOT } from './helpers/fixtures.js';

const CORPUS = path.join(REPO_ROOT, 'fixtures/corpus/hcl');

interface Expected {
  findings: { ruleId: string; address: string; attribute?: string; file: string; line: number; why: string }[];
  diagnostics: { severity: string; file: string; line: number; message: string }[];
}

const cases = readdirSync(CORPUS)
  .filter((name) => statSync(path.join(CORPUS, name)).isDirectory())
  .sort();

const manifestCases = new Set(
  readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0]!),
);

describe('hcl corpus', () => {
  it('lists every case in the MANIFEST', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect([...manifestCases].sort()).toEqual(cases);
  });

  it.each(cases.map((c) => [c]))('%s: gives exactly the expected findings and diagnostics', async (name) => {
    const dir = path.join(CORPUS, name);
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
    const result = await lintCase(dir);
    const inCase = (file: string | undefined): string => path.relative(dir, path.join(REPO_ROOT, file ?? '')).split(path.sep).join('/');
    expect(
      result.findings.map((f) => ({ ruleId: f.ruleId, address: f.address, attribute: f.attribute, file: inCase(f.location?.file), line: f.location?.start.line })),
    ).toEqual(expected.findings.map(({ why: _why, ...f }) => ({ attribute: undefined, ...f })));
    expect(result.diagnostics.map((d) => ({ severity: d.severity, file: inCase(d.file), line: d.line, message: d.message }))).toEqual(expected.diagnostics);
    for (const f of expected.findings) expect(f.why.length).toBeGreaterThan(0);
  });
});
