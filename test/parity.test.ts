/**
 * Parity: each scenario in fixtures/scenarios, linted from its `.tf` sources and from its plan,
 * gives the same findings (rule, address, attribute, level). With the sources beside the plan,
 * the plan's findings land on the same `.tf` lines as the HCL ones.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ALL_RULES } from '../rules/index.js';
import type { Finding } from '../src/engine/finding.js';
import { lint } from '../src/lint.js';
import { caseDirectories, REPO_ROOT } from './helpers/fixtures.js';

const scenarios = caseDirectories(path.join(REPO_ROOT, 'fixtures/scenarios'), 1).filter((dir) => existsSync(path.join(dir, 'plan.json')));

const key = (f: Finding): string => `${f.ruleId} ${f.address} ${f.attribute ?? ''} ${f.level}`;
const place = (f: Finding): string => `${key(f)} @ ${f.location?.file}:${f.location?.start.line}`;

describe('HCL and plan front-ends agree', () => {
  it('has scenarios with plans', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(3);
  });

  it.each(scenarios.map((s) => [path.basename(s), s]))('%s', async (_name, dir) => {
    const options = { root: REPO_ROOT, commandLine: [], rules: ALL_RULES };
    const fromHcl = await lint([dir], options);
    const fromPlan = await lint([path.join(dir, 'plan.json')], options);
    expect(fromHcl.findings.length).toBeGreaterThan(0);
    expect(fromPlan.findings.map(key).sort()).toEqual(fromHcl.findings.map(key).sort());
    expect(fromPlan.findings.map(place).sort()).toEqual(fromHcl.findings.map(place).sort());
  });
});
