/**
 * Inline expectations in fixtures. On the line before the code a finding must land on:
 *   HCL:  `# expect: <rule-name> [level]`, `# ok: <rule-name>`, `# expect-diagnostic: <text>`,
 *         `# expect-message: <text>` (a finding on that line says that text)
 *   JSON: `"//": "expect: <rule-name> [level]"` (a Terraform JSON comment key)
 * Every finding and diagnostic must be annotated; every annotation must be met.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_RULES } from '../../rules/index.js';
import type { CommandLineInput } from '../../src/frontends/hcl/index.js';
import { lint, type LintResult } from '../../src/lint.js';

/** The repository root (fixture paths in results are relative to it). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** One expected (or forbidden) outcome at a line. */
export interface Expectation {
  kind: 'finding' | 'ok' | 'diagnostic' | 'message';
  file: string;
  line: number;
  /** Rule name for findings and oks; message text for diagnostics and messages. */
  what: string;
  level?: string;
}

const HCL_MARK = /^\s*(?:#|\/\/)\s*(expect|ok|expect-diagnostic|expect-message):\s*(.+?)\s*$/;
const JSON_MARK = /^\s*"\/\/"\s*:\s*"(expect|ok|expect-diagnostic|expect-message):\s*(.+?)"\s*,?\s*$/;

/** Reads the annotations of every configuration file under `dir` (recursively). */
export function readExpectations(dir: string): Expectation[] {
  const out: Expectation[] = [];
  for (const file of filesUnder(dir)) {
    if (!/\.(tf|tofu|tf\.json|tofu\.json|tfvars)$/.test(file)) continue;
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((text, i) => {
      const m = (file.endsWith('.json') ? JSON_MARK : HCL_MARK).exec(text);
      if (!m) return;
      const kind = m[1] === 'expect' ? 'finding' : m[1] === 'ok' ? 'ok' : m[1] === 'expect-message' ? 'message' : 'diagnostic';
      const [what, level] = kind === 'diagnostic' || kind === 'message' ? [m[2]!] : m[2]!.split(/\s+/);
      out.push({ kind, file: rel(file), line: nextCodeLine(lines, i), what: what!, ...(level ? { level } : {}) });
    });
  }
  return out;
}

/** The 1-based number of the first line after `i` that is not itself an annotation. */
function nextCodeLine(lines: string[], i: number): number {
  let j = i + 1;
  while (j < lines.length && (HCL_MARK.test(lines[j]!) || JSON_MARK.test(lines[j]!))) j++;
  return j + 1;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}

function rel(file: string): string {
  return path.relative(REPO_ROOT, file).split(path.sep).join('/');
}

/** Optional `fixture.json` in a case: `{ "commandLine": [...] }` with paths relative to the case. */
function commandLineOf(dir: string): CommandLineInput[] {
  const file = path.join(dir, 'fixture.json');
  if (!existsSync(file)) return [];
  const spec = JSON.parse(readFileSync(file, 'utf8')) as { commandLine: CommandLineInput[] };
  return spec.commandLine.map((c) => (c.kind === 'var-file' ? { kind: 'var-file', path: path.join(dir, c.path) } : c));
}

/** Lints a fixture case directory the way the CLI would from the repository root. */
export async function lintCase(dir: string): Promise<LintResult> {
  return lint([dir], { root: REPO_ROOT, commandLine: commandLineOf(dir), rules: ALL_RULES });
}

/**
 * The case directories `depth` levels below `dir` (`fixtures/scenarios/<case>`: 1,
 * `fixtures/rules/<rule>/<case>`: 2). A case may hold module directories of its own.
 */
export function caseDirectories(dir: string, depth: number): string[] {
  if (!existsSync(dir)) return [];
  const children = readdirSync(dir)
    .sort()
    .map((n) => path.join(dir, n))
    .filter((p) => statSync(p).isDirectory());
  return depth === 1 ? children : children.flatMap((c) => caseDirectories(c, depth - 1));
}

/** Outcomes of a lint as comparable lines, and the expectations as the same lines. */
export function compareWithExpectations(result: LintResult, expectations: Expectation[]): { actual: string[]; expected: string[]; forbidden: string[] } {
  const levelOf = new Map(ALL_RULES.map((r) => [r.meta.name, r.meta.defaultLevel as string]));
  const actual = [
    ...result.findings.map((f) => `${f.location?.file}:${f.location?.start.line} ${f.ruleName} ${f.level}`),
    ...result.diagnostics.map((d) => `${d.file}:${d.line ?? 0} diagnostic`),
  ].sort();
  const expected = expectations
    .filter((e) => e.kind === 'finding' || e.kind === 'diagnostic')
    .map((e) => (e.kind === 'finding' ? `${e.file}:${e.line} ${e.what} ${e.level ?? levelOf.get(e.what)}` : `${e.file}:${e.line} diagnostic`))
    .sort();
  const forbidden = expectations.filter((e) => e.kind === 'ok').map((e) => `${e.file}:${e.line} ${e.what}`);
  return { actual, expected, forbidden };
}
