/**
 * Inline suppressions: a finding of a named rule inside a suppression's target (or inside a module
 * whose `module` block is the target) is suppressed. Suppressed findings are kept apart (counted in
 * the text summary, left out of SARIF, where GitHub would show them as open alerts); a suppression
 * without a reason, and one that suppressed nothing, are reported.
 */
import type { Diagnostic, Suppression } from '../model/graph.js';
import { addPosition, itemsAt } from '../model/positions.js';
import { spanContains, type Span } from '../model/span.js';
import type { Finding } from './finding.js';
import type { Rule } from './rule.js';

/** A finding and the module calls its resource sits under. */
export interface PlacedFinding {
  finding: Finding;
  callSpans: Span[];
}

/** Findings split by suppression, and what the suppressions themselves call for. */
export interface SuppressionOutcome {
  findings: Finding[];
  suppressed: Finding[];
  diagnostics: Diagnostic[];
}

/** Applies `suppressions` (duplicates from reading one file twice are merged) to `placed`. */
export function applySuppressions(placed: PlacedFinding[], suppressions: Suppression[], rules: readonly Rule[]): SuppressionOutcome {
  const unique = [...new Map(suppressions.map((s) => [`${s.span.file}:${s.span.start.offset}`, s])).values()];
  const index = new SuppressionIndex(unique, rules);
  // The rule ids each suppression covered a finding of.
  const used = new Map<Suppression, Set<string>>();
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const p of placed) {
    const by = index.candidates(p).find((s) => s.target !== undefined && covers(s.target, p));
    if (by) {
      used.set(by, (used.get(by) ?? new Set<string>()).add(p.finding.ruleId));
      suppressed.push({ ...p.finding, suppressedBy: { span: by.span, ...(by.reason !== undefined ? { reason: by.reason } : {}) } });
    } else findings.push(p.finding);
  }
  const diagnostics: Diagnostic[] = [];
  for (const s of unique) {
    if (!s.target) diagnostics.push(at(s, 'warning', COVERS_NOTHING));
    if (s.rules.length === 0) diagnostics.push(at(s, 'warning', 'tf-acr-lint:ignore names no rule, so it suppresses nothing: write the rule ids or names before "--"'));
    const unknownRules = [...new Set(s.rules.filter((r) => !ruleOf(r, rules)))];
    if (unknownRules.length > 0) diagnostics.push(at(s, 'warning', `tf-acr-lint:ignore names no known rule: ${unknownRules.join(', ')} (see tf-acr-lint rules)`));
    if (!s.reason) diagnostics.push(at(s, 'warning', 'tf-acr-lint:ignore needs a reason: write "-- <why this is acceptable>" after the rule ids'));
    const unused = s.target ? unusedRules(s, used.get(s), rules) : [];
    if (unused.length > 0) diagnostics.push(at(s, 'note', `unused suppression: no ${unused.join(', ')} finding in the block or argument it covers`));
  }
  return { findings, suppressed, diagnostics };
}

/** What a directive with nothing to cover is told: one before a closing brace or the end of a file, or a `"//"` key of no block. */
const COVERS_NOTHING = 'tf-acr-lint:ignore is attached to no block, argument or module call, so it suppresses nothing: write it on the line before one, or at the end of its first line (in a .tf.json file, as a "//" key of the block)';

/**
 * The suppressions by the file of their target and the rule they name, so that a finding is
 * tested only against those that could cover it: the ones in its own file, or in the file of a
 * module call above it, for its rule. Candidates keep the suppressions' order.
 */
class SuppressionIndex {
  private readonly positions = new Map<string, number[]>();

  constructor(
    private readonly suppressions: Suppression[],
    rules: readonly Rule[],
  ) {
    suppressions.forEach((s, i) => {
      const target = s.target;
      if (!target) return;
      const ids = new Set(s.rules.map((r) => ruleOf(r, rules)?.meta.id).filter((id) => id !== undefined));
      for (const id of ids) addPosition(this.positions, `${target.file}\u0000${id}`, i);
    });
  }

  candidates(p: PlacedFinding): Suppression[] {
    const files = new Set([...(p.finding.location ? [p.finding.location.file] : []), ...p.callSpans.map((c) => c.file)]);
    const found = [...files].flatMap((file) => this.positions.get(`${file}\u0000${p.finding.ruleId}`) ?? []);
    return itemsAt(this.suppressions, found);
  }
}

/** Whether a suppression's `target` holds the finding's place or a module call above it. */
function covers(target: Span, p: PlacedFinding): boolean {
  const location = p.finding.location;
  return (location !== undefined && spanContains(target, location)) || p.callSpans.some((call) => spanContains(target, call));
}

/** The known rules `s` names, each once (as first written), that it covered no finding of. */
function unusedRules(s: Suppression, covered: ReadonlySet<string> | undefined, rules: readonly Rule[]): string[] {
  const named = new Map<string, string>();
  for (const key of s.rules) {
    const id = ruleOf(key, rules)?.meta.id;
    if (id !== undefined && !named.has(id) && !covered?.has(id)) named.set(id, key);
  }
  return [...named.values()];
}

function ruleOf(key: string, rules: readonly Rule[]): Rule | undefined {
  return rules.find((r) => r.meta.id.toUpperCase() === key.toUpperCase() || r.meta.name === key);
}

function at(s: Suppression, severity: Diagnostic['severity'], message: string): Diagnostic {
  return { severity, message, file: s.span.file, line: s.span.start.line, column: s.span.start.column };
}
