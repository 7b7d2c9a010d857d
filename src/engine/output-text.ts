/**
 * What leaves `lint()` in text: no value Terraform marks sensitive, and no message of megabytes.
 * Sensitive values are what a plan's `after_sensitive` and a state's `sensitive_values` /
 * `sensitive_attributes` mark, and the values of variables declared `sensitive = true`. Rules
 * write values into their messages freely; before findings and diagnostics leave `lint()`, every
 * occurrence of such a value in their text is replaced, so a finding uploaded to code scanning or
 * shown in a pull request cannot leak one. A value derived
 * from a sensitive one shows as far as it contains it (`"prefix-(sensitive value)"`), or all of it
 * in lower or upper case; one transformed otherwise (`base64encode()`, a part of it) is not caught.
 */
import type { Diagnostic } from '../model/graph.js';
import type { Finding } from './finding.js';

/** What a sensitive value is written as. */
export const REDACTED = '(sensitive value)';

/** Values this short are replaced only where a message quotes them whole (`"abc"`): elsewhere they are part of ordinary words. */
const MIN_BARE_LENGTH = 4;

/** A function that writes `text` without the sensitive values; the identity when there are none. */
export function redactor(sensitive: Iterable<string>): (text: string) => string {
  // In lower and upper case too: rules suggest fixes that change a value's case (ACR006 lowers a repository path), as lower() and upper() do.
  const values = [...new Set([...sensitive].flatMap((s) => [s, s.toLowerCase(), s.toUpperCase()]))].filter((s) => s !== '').sort((a, b) => b.length - a.length);
  if (values.length === 0) return (text) => text;
  // Long values are searched one by one, the rest by one pattern: a pattern of megabytes is more than V8 compiles.
  let long = values.filter((s) => s.length > MAX_PATTERN_VALUE);
  const short = values.filter((s) => s.length <= MAX_PATTERN_VALUE);
  const alternatives = short.map((s) => (s.length >= MIN_BARE_LENGTH ? escapeRegExp(s) : `"${escapeRegExp(s)}"`));
  let pattern: RegExp | undefined;
  try {
    pattern = alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'g') : undefined;
  } catch {
    // Too many for one pattern: each is searched on its own (the short ones bare, like the rest).
    long = values;
  }
  return (text) => {
    let out = text;
    for (const s of long) if (out.includes(s)) out = out.split(s).join(REDACTED);
    return pattern ? out.replace(pattern, (match) => (match.startsWith('"') && match.length < MIN_BARE_LENGTH + 2 ? `"${REDACTED}"` : REDACTED)) : out;
  };
}

/** Longest sensitive value searched for within the one pattern of all of them. */
const MAX_PATTERN_VALUE = 256;

/**
 * Longest message a finding or diagnostic keeps: rules write values into messages, and a value
 * of megabytes (a 3 MB `source_repo`) made a SARIF log GitHub refuses (over 10 MB compressed).
 */
export const MAX_MESSAGE_LENGTH = 10_000;

/**
 * Findings and diagnostics as they leave `lint()`: the sensitive values in their text replaced,
 * then each message and address cut to MAX_MESSAGE_LENGTH characters, saying how many were left out.
 */
export function forOutput<T extends { findings: Finding[]; suppressed: Finding[]; diagnostics: Diagnostic[] }>(result: T, redact: (text: string) => string): T {
  const text = (message: string): string => clipText(redact(message), MAX_MESSAGE_LENGTH);
  // The address too: a for_each key may be megabytes long. The fingerprint was made from the whole address.
  const finding = (f: Finding): Finding => ({
    ...f,
    address: clipText(f.address, MAX_MESSAGE_LENGTH),
    message: text(f.message),
    related: f.related.map((r) => ({ ...r, message: text(r.message) })),
  });
  return {
    ...result,
    findings: result.findings.map(finding),
    suppressed: result.suppressed.map(finding),
    diagnostics: result.diagnostics.map((d) => ({ ...d, message: text(d.message) })),
  };
}

/** `text`, cut to `max` characters (never inside a surrogate pair), with how many more there were. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
