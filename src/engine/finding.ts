import type { Suppression } from '../model/graph.js';
import type { Span } from '../model/span.js';

/** Severity of a finding, as SARIF names it. */
export type Level = 'error' | 'warning' | 'note';

/** Orders levels from most to least severe. */
export const LEVELS: readonly Level[] = ['error', 'warning', 'note'];

/** True when `level` is at least as severe as `threshold`. */
export function atLeast(level: Level, threshold: Level): boolean {
  return LEVELS.indexOf(level) <= LEVELS.indexOf(threshold);
}

/** A secondary place that explains a finding: where a value was written or passed through. */
export interface RelatedLocation {
  span: Span;
  message: string;
}

/** A finding after the engine has placed it: what the reporters print. */
export interface Finding {
  ruleId: string;
  ruleName: string;
  level: Level;
  message: string;
  /** The resource the finding is about (its logical location). */
  address: string;
  /** The attribute path the finding is about (`network_rule_bypass_option`), if any. */
  attribute?: string;
  /** The place a person must edit; absent only when nothing in the input has a source span. */
  location?: Span;
  related: RelatedLocation[];
  /** Stable across line moves: rule, root module, address and attribute. */
  fingerprint: string;
  /** For a suppressed finding: the comment of the inline suppression that covers it, and its reason. */
  suppressedBy?: Pick<Suppression, 'span' | 'reason'>;
}
