/**
 * Plan and state fixtures: each sits beside an `expected.json` listing its findings (rule, address,
 * attribute, level). Scenarios (fixtures/scenarios/*) also have `.tf` sources beside the plan; the
 * parity test checks those against the HCL front-end.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALL_RULES } from '../rules/index.js';
import { lint } from '../src/lint.js';
import { caseDirectories, REPO_ROOT } from './helpers/fixtures.js';
import { expectValidSarif } from './helpers/sarif-schema.js';
import { toSarif } from '../src/report/sarif.js';

interface Expected {
  ruleId: string;
  address: string;
  attribute?: string;
  level: string;
}

const DOCUMENT = /^(plan|state)\.json$/;

const cases = [...caseDirectories(path.join(REPO_ROOT, 'fixtures/plans'), 1), ...caseDirectories(path.join(REPO_ROOT, 'fixtures/scenarios'), 1)]
  .flatMap((dir) => readdirSync(dir).filter((f) => DOCUMENT.test(f)).map((f) => path.join(dir, f)))
  .filter((file) => existsSync(path.join(path.dirname(file), 'expected.json')));

function summary(findings: { ruleId: string; address: string; attribute?: string; level: string }[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.address} ${f.attribute ?? ''} ${f.level}`).sort();
}

describe('plan fixtures give the findings in their expected.json', () => {
  it('has plan fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases.map((c) => [path.relative(REPO_ROOT, c), c]))('%s', async (_name, file) => {
    const expected = JSON.parse(readFileSync(path.join(path.dirname(file), 'expected.json'), 'utf8')) as Expected[];
    const result = await lint([file], { root: REPO_ROOT, commandLine: [], rules: ALL_RULES });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(summary(result.findings)).toEqual(summary(expected));
  });

  it.each(cases.map((c) => [path.relative(REPO_ROOT, c), c]))('%s without its sources: findings point at the address in the plan, and the SARIF is valid', async (_name, file) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-plan-'));
    const copy = path.join(dir, path.basename(file));
    copyFileSync(file, copy);
    const result = await lint([copy], { root: dir, commandLine: [], rules: ALL_RULES });
    const lines = readFileSync(copy, 'utf8').split('\n');
    for (const finding of result.findings) {
      expect(finding.location?.file).toBe(path.basename(file));
      expect(lines[finding.location!.start.line - 1]).toContain(`"address": ${JSON.stringify(finding.address)}`);
    }
    const log = toSarif({ findings: result.findings, diagnostics: result.diagnostics, rules: ALL_RULES.map((r) => r.meta), tool: { name: 'tf-acr-lint', version: '0.0.0', informationUri: 'https://example.com' }, helpUri: () => 'https://example.com/rule' });
    expectValidSarif(log);
  });
});
