/**
 * Real configurations that manage ACR through azapi (fixtures/corpus/avm-azapi, see its MANIFEST):
 * each case yields exactly the findings and diagnostics its `expected.json` lists, and nothing else.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { caseDirectories, lintCase, REPO_ROOT } from './helpers/fixtures.js';

const CORPUS = path.join(REPO_ROOT, 'fixtures/corpus/avm-azapi');

interface Expected {
  findings: { ruleId: string; level: string; address: string; attribute?: string; line: number; why: string; messageContains?: string }[];
  diagnostics: { severity: string; line: number; message: string }[];
}

describe('azapi / AVM corpus', () => {
  const cases = caseDirectories(CORPUS, 1);

  it('has the cases the MANIFEST lists', () => {
    const listed = readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')[0]!.split('/')[0]);
    expect(cases.map((c) => path.basename(c))).toEqual([...new Set(listed)].sort());
  });

  it.each(cases.map((c) => [path.basename(c), c]))('%s gives exactly the expected findings and diagnostics', async (_name, dir) => {
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
    const result = await lintCase(dir);
    expect(
      result.findings.map((f) => ({ ruleId: f.ruleId, level: f.level, address: f.address, attribute: f.attribute, line: f.location?.start.line, file: f.location?.file })),
    ).toEqual(expected.findings.map((f) => ({ ruleId: f.ruleId, level: f.level, address: f.address, attribute: f.attribute, line: f.line, file: path.relative(REPO_ROOT, path.join(dir, 'main.tf')) })));
    expected.findings.forEach((f, i) => f.messageContains !== undefined && expect(result.findings[i]?.message).toContain(f.messageContains));
    expect(result.diagnostics.map((d) => ({ severity: d.severity, line: d.line, message: d.message }))).toEqual(expected.diagnostics);
  });
});
