/**
 * Real `show -json` documents from public projects (fixtures/corpus/plans, see its MANIFEST):
 * every one loads without a diagnostic (an errored plan with a warning that says so), or is refused
 * with one clear message as its `expect` column says. None may throw.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readPlanDocument } from '../src/frontends/plan/read-plan.js';
import { readJsonDocument } from '../src/load/read-source.js';
import { REPO_ROOT } from './helpers/fixtures.js';

const CORPUS = path.join(REPO_ROOT, 'fixtures/corpus/plans');
const rows = readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .map((cols) => ({ file: cols[0]!, expect: cols[cols.length - 1]! }));

async function load(file: string) {
  const text = await readJsonDocument(path.join(CORPUS, file), file);
  if (!text.ok) return { diagnostics: [text.diagnostic], resources: [] };
  return readPlanDocument(text.text, file);
}

describe('plan corpus', () => {
  it('has the documents the MANIFEST lists', () => {
    expect(rows.length).toBeGreaterThan(350);
  });

  it.each(rows.filter((r) => r.expect === 'load' || r.expect === 'load-utf16').map((r) => [r.file]))('loads %s without a diagnostic', async (file) => {
    const graph = await load(file);
    expect(graph.diagnostics).toEqual([]);
  });

  it.each(rows.filter((r) => r.expect === 'errored').map((r) => [r.file]))('warns that the plan %s errored, and loads it', async (file) => {
    const graph = await load(file);
    expect(graph.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', file, message: expect.stringMatching(/^the plan errored/) })]);
  });

  it.each(rows.filter((r) => r.expect === 'invalid-json').map((r) => [r.file]))('refuses %s with one line naming the file', async (file) => {
    const graph = await load(file);
    expect(graph.diagnostics).toHaveLength(1);
    expect(graph.diagnostics[0]).toMatchObject({ severity: 'error', file, message: expect.stringMatching(/^invalid JSON/) });
    expect(graph.diagnostics[0]!.message).not.toContain('\n');
  });

  it.each(rows.filter((r) => r.expect === 'not-show-json').map((r) => [r.file]))('says clearly that %s is not show -json output', async (file) => {
    const graph = await load(file);
    expect(graph.resources).toEqual([]);
    expect(graph.diagnostics).toHaveLength(1);
    expect(graph.diagnostics[0]!.message).toMatch(/not a plan or state document|nothing to lint/);
  });

  it.each(rows.filter((r) => r.expect === 'raw-state').map((r) => [r.file]))('reads the resources of the raw state %s', async (file) => {
    const graph = await load(file);
    expect(graph.diagnostics).toEqual([]);
    expect(graph.resources.length).toBeGreaterThan(0);
  });

  it('reads UTF-16 (PowerShell) documents to the same resources as their content says', async () => {
    const graph = await load('checkov/tests/terraform/runner/resources/plan_with_utf_16_encoding/tfplan.json');
    expect(graph.resources.map((r) => r.address)).toEqual(['aws_iam_role_policy.fail_1', 'aws_s3_bucket.s3-bucket', 'null_resource.name']);
  });
});
