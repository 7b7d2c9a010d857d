/**
 * Values Terraform marks sensitive are never printed: the plan's `after_sensitive` and a state's
 * `sensitive_values` / `sensitive_attributes`, and the values of variables declared
 * `sensitive = true`. Rules write values into their messages freely; before findings and
 * diagnostics leave `lint()`, every occurrence of such a value in their text is replaced, so a
 * finding uploaded to code scanning or shown in a pull request cannot leak one. A value derived
 * from a sensitive one shows as far as it contains it (`"prefix-(sensitive value)"`); one
 * transformed beyond recognition (`upper()`, `base64encode()`) is not caught.
 */
import type { Diagnostic } from '../model/graph.js';
import type { Finding } from './finding.js';

/** What a sensitive value is written as. */
export const REDACTED = '(sensitive value)';

/** Values this short are replaced only where a message quotes them whole (`"abc"`): elsewhere they are part of ordinary words. */
const MIN_BARE_LENGTH = 4;

/** A function that writes `text` without the sensitive values; the identity when there are none. */
export function redactor(sensitive: Iterable<string>): (text: string) => string {
  const values = [...new Set(sensitive)].filter((s) => s !== '').sort((a, b) => b.length - a.length);
  if (values.length === 0) return (text) => text;
  const alternatives = values.map((s) => (s.length >= MIN_BARE_LENGTH ? escapeRegExp(s) : `"${escapeRegExp(s)}"`));
  const pattern = new RegExp(alternatives.join('|'), 'g');
  return (text) => text.replace(pattern, (match) => (match.startsWith('"') && match.length < MIN_BARE_LENGTH + 2 ? `"${REDACTED}"` : REDACTED));
}

/** Findings and diagnostics with the sensitive values in their text replaced. */
export function redactAll<T extends { findings: Finding[]; suppressed: Finding[]; diagnostics: Diagnostic[] }>(result: T, redact: (text: string) => string): T {
  const finding = (f: Finding): Finding => ({ ...f, message: redact(f.message), related: f.related.map((r) => ({ ...r, message: redact(r.message) })) });
  return {
    ...result,
    findings: result.findings.map(finding),
    suppressed: result.suppressed.map(finding),
    diagnostics: result.diagnostics.map((d) => ({ ...d, message: redact(d.message) })),
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
