import path from 'node:path';
import { caseDirectories, compareWithExpectations, lintCase, readExpectations, REPO_ROOT } from './helpers/fixtures.js';

const cases = [...caseDirectories(path.join(REPO_ROOT, 'fixtures/rules'), 2), ...caseDirectories(path.join(REPO_ROOT, 'fixtures/scenarios'), 1)];

describe('fixtures: every finding and diagnostic is annotated, every annotation is met', () => {
  it('has fixture cases', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases.map((c) => [path.relative(REPO_ROOT, c), c]))('%s', async (_name, dir) => {
    const result = await lintCase(dir);
    const expectations = readExpectations(dir);
    const { actual, expected, forbidden } = compareWithExpectations(result, expectations);
    expect(actual).toEqual(expected);
    // `# ok: <rule>`: no finding of that rule on that line (compared by token, not substring: paths contain rule names).
    for (const ok of forbidden) {
      const [where, rule] = ok.split(' ');
      expect(actual.filter((a) => a.split(' ')[0] === where && a.split(' ')[1] === rule)).toEqual([]);
    }
    // A message built from a value that is not text (an object, a missing field) says so in words no rule means to write.
    for (const finding of [...result.findings, ...result.suppressed]) expect(finding.message).not.toMatch(/\[object \w+\]|\bundefined\b|\bNaN\b/);
    // Diagnostics annotated with text must say that text.
    for (const e of expectations.filter((x) => x.kind === 'diagnostic')) {
      const d = result.diagnostics.find((x) => x.file === e.file && x.line === e.line);
      expect(d?.message).toContain(e.what);
    }
    // Findings annotated with `expect-message` must say that text (the line's finding, or one of them).
    for (const e of expectations.filter((x) => x.kind === 'message')) {
      const messages = result.findings.filter((f) => f.location?.file === e.file && f.location.start.line === e.line).map((f) => f.message);
      expect(messages.some((m) => m.includes(e.what)) ? e.what : messages).toEqual(e.what);
    }
  });
});
