/**
 * What leaves `lint()` in text: no value Terraform marks sensitive, and no message of megabytes.
 * Sensitive values are what a plan's `after_sensitive` and a state's `sensitive_values` /
 * `sensitive_attributes` mark, and the values of variables declared `sensitive = true` or returned
 * by `sensitive()`. Rules
 * write values into their messages freely; before findings and diagnostics leave `lint()`, every
 * occurrence of such a value in their text is replaced, so a finding uploaded to code scanning or
 * shown in a pull request cannot leak one. A value derived
 * from a sensitive one shows as far as it contains it (`"prefix-(sensitive value)"`), or all of it
 * in lower or upper case. What a rule makes from a value (its host, a fix written from it) is hidden
 * whole when the value holds a sensitive one (`quoteDerived`); a value Terraform transformed otherwise
 * (`base64encode()`, `substr()`) is not caught.
 */
import { instanceKeyText } from '../model/address.js';
import type { Diagnostic } from '../model/graph.js';
import type { Finding } from './finding.js';

/** What a sensitive value is written as. */
export const REDACTED = '(sensitive value)';

/** Values this short are replaced only where a message quotes them whole (`"abc"`): elsewhere they are part of ordinary words. */
const MIN_BARE_LENGTH = 4;

/**
 * The sensitive values as they may be written: as they are; in lower and upper case, since rules
 * suggest fixes that change a value's case (ACR006 lowers a repository path), as lower() and upper()
 * do; and as an instance key of an address writes them (`acr["a\\"b"]`, a sensitive `for_each` key).
 */
function sensitiveForms(sensitive: Iterable<string>): string[] {
  const forms = [...sensitive].flatMap((s) => [s, ...lowerForms(s), s.toUpperCase()]);
  return [...new Set([...forms, ...forms.map((s) => instanceKeyText(s).slice(1, -1))])].filter((s) => s !== '');
}

/**
 * `s` in lower case, as it may read within a longer text: a capital sigma lowers to a final `ς` at
 * the end of a word and to `σ` elsewhere, so where `s` meets other letters either may stand. The
 * pattern of short values matches either at every sigma (see SIGMA); a long one, and where a quote
 * may be cut, are searched in these three spellings.
 */
function lowerForms(s: string): string[] {
  const lower = s.toLowerCase();
  return /[σς]/.test(lower) ? [lower, lower.replace(/ς/g, 'σ'), lower.replace(/σ/g, 'ς')] : [lower];
}

/** Either lower-case sigma, in a pattern: every mix of them at a value's sigmas matches. */
const SIGMA = /[σς]/g;

/** A function that writes `text` without the sensitive values; the identity when there are none. */
export function redactor(sensitive: Iterable<string>): (text: string) => string {
  return redactorOf(sensitiveForms(sensitive));
}

/** `redactor` of the forms `sensitiveForms` spells out; `quotedForms` only where quoted whole, whatever their length. */
function redactorOf(forms: readonly string[], quotedForms: readonly string[] = []): (text: string) => string {
  const quotedOnly = new Set(quotedForms.filter((s) => !forms.includes(s)));
  const values = [...forms, ...quotedOnly].sort((a, b) => b.length - a.length);
  if (values.length === 0) return (text) => text;
  const bare = (s: string): boolean => s.length >= MIN_BARE_LENGTH && !quotedOnly.has(s);
  // Long values are searched one by one, the rest by one pattern: a pattern of megabytes is more than V8 compiles.
  let long = values.filter((s) => s.length > MAX_PATTERN_VALUE).map((s) => (bare(s) ? s : `"${s}"`));
  const short = values.filter((s) => s.length <= MAX_PATTERN_VALUE);
  const alternatives = [...new Set(short.map((s) => (bare(s) ? escapeRegExp(s) : `"${escapeRegExp(s)}"`).replace(SIGMA, '[σς]')))];
  let pattern: RegExp | undefined;
  try {
    pattern = alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'g') : undefined;
  } catch {
    // Too many for one pattern: each is searched on its own (the short ones bare, like the rest; keys quoted).
    long = values.map((s) => (quotedOnly.has(s) ? `"${s}"` : s));
  }
  const quotedMatch = (match: string): boolean => match.startsWith('"') && (match.length < MIN_BARE_LENGTH + 2 || quotedOnly.has(match.slice(1, -1)));
  return (text) => {
    let out = text;
    for (const s of long) if (out.includes(s)) out = out.split(s).join(quotedMatch(s) ? `"${REDACTED}"` : REDACTED);
    return pattern ? out.replace(pattern, (match) => (quotedMatch(match) ? `"${REDACTED}"` : REDACTED)) : out;
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
 * Longest value a rule quotes in full (see {@link OutputText.quote}): longer than any repository
 * path, resource id or secret URL Azure accepts, so no ordinary value is cut. Quoted whole, one
 * value of 10,000 characters in the messages of 120,000 findings (5 blocks of `count = 10000`) came
 * to gigabytes and ran out of heap before a message was cut to MAX_MESSAGE_LENGTH.
 */
export const MAX_QUOTED_LENGTH = 256;

/** How text is made fit to leave `lint()`, given the values Terraform marks sensitive. */
export interface OutputText {
  /** `text` with the sensitive values replaced (see {@link redactor}), then cut to MAX_MESSAGE_LENGTH characters: a message as it is printed. */
  message: (text: string) => string;
  /**
   * `"text"`; longer than MAX_QUOTED_LENGTH, `"first 256 characters..." (n more characters)`,
   * cut earlier where the cut would split a sensitive value: redaction of the message the quote
   * goes into replaces whole values only, so no part of one may be left at the cut. The mark is
   * ASCII, unlike clipText's `…`: V8 stores a string holding `…` at two bytes a character, and the
   * messages joining such quotes doubled in size.
   */
  quote: (text: string) => string;
  /** `quote(text)`, or `"(sensitive value)"` when `from`, the value `text` was made from, holds a sensitive value (see RuleContext.quoteDerived). */
  quoteDerived: (text: string, from: string) => string;
  /**
   * An address or attribute path as `message` writes text, but with only its quoted keys
   * (`["…"]`) redacted: a value can stand there alone, and the names around them are the tool's
   * own (a sensitive `admin` would otherwise turn `admin_enabled` into a giveaway).
   */
  key: (path: string) => string;
}

/**
 * The {@link OutputText} of a run whose sensitive values are `sensitive`, and `keys` the keys of the
 * maps among them: an object's attribute names are keys too, ordinary words, so a key is hidden
 * only where it is quoted whole (`source_repo = "<key>"`, an instance key `["<key>"]`), as a value
 * shorter than four characters is.
 */
export function outputText(sensitive: Iterable<string>, keys: Iterable<string> = []): OutputText {
  const keyForms = sensitiveForms(keys);
  // Every form redaction replaces: a cut inside any of them would leave a part it no longer recognises.
  const values = [...new Set([...sensitiveForms(sensitive), ...keyForms])];
  const redact = redactorOf(sensitiveForms(sensitive), keyForms);
  const quote = (text: string): string => {
    if (text.length <= MAX_QUOTED_LENGTH) return `"${text}"`;
    const end = cutOutside(text, clipEnd(text, MAX_QUOTED_LENGTH), values);
    return `"${detached(text.slice(0, end))}..." (${text.length - end} more characters)`;
  };
  // A value short enough to be redacted only where quoted whole (MIN_BARE_LENGTH) is sensitive here when it is the whole value.
  const holdsSensitive = (from: string): boolean => values.includes(from) || redact(from) !== from;
  return {
    message: (text) => clipText(redact(text), MAX_MESSAGE_LENGTH),
    key: (path) => clipText(path.replace(INSTANCE_KEY, (key) => redact(key)), MAX_MESSAGE_LENGTH),
    quote,
    quoteDerived: (text, from) => (values.length > 0 && holdsSensitive(from) ? `"${REDACTED}"` : quote(text)),
  };
}

/** An instance key in an address or attribute path, as instanceKeyText writes one: quoted, or a number. */
const INSTANCE_KEY = /\[(?:"(?:[^"\\]|\\.)*"|\d+)\]/g;

/**
 * A copy of `text` that keeps nothing else alive. V8 makes a slice of a string a view of the whole:
 * a quote cut from a value a rule builds per finding (a lower-cased suggestion) kept the whole value,
 * 10,000 characters a finding. JSON gives back every code unit, lone surrogates too, in one byte a
 * character where the text allows it.
 */
function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** `end`, moved back to the start of any value of `values` that a cut at `end` would split, until none does. */
function cutOutside(text: string, end: number, values: readonly string[]): number {
  for (let moved = true; moved; ) {
    moved = false;
    for (const s of values) {
      // Any occurrence within s.length - 1 characters either side of the cut spans it.
      const from = Math.max(0, end - s.length + 1);
      const at = text.slice(from, end + s.length - 1).indexOf(s);
      if (at >= 0) {
        end = from + at;
        moved = true;
      }
    }
  }
  return end;
}

/**
 * Findings and diagnostics as they leave `lint()`: each diagnostic's message, each finding's
 * address and attribute, and each suppression's reason, as `text.message` writes them (redacted,
 * then cut). Finding messages are already written so: runRules does it as each finding is reported
 * (see run-rules.ts).
 */
export function forOutput<T extends { findings: Finding[]; suppressed: Finding[]; diagnostics: Diagnostic[] }>(result: T, text: OutputText): T {
  // A for_each key may be a sensitive value, or megabytes long. The fingerprint was made from the whole address.
  const finding = (f: Finding): Finding => ({ ...f, address: text.key(f.address), ...(f.attribute !== undefined ? { attribute: text.key(f.attribute) } : {}) });
  // A reason is one comment line, which may be megabytes long.
  const suppressed = (f: Finding): Finding => {
    const reason = f.suppressedBy?.reason;
    return reason === undefined ? finding(f) : { ...finding(f), suppressedBy: { ...f.suppressedBy!, reason: text.message(reason) } };
  };
  return {
    ...result,
    findings: result.findings.map(finding),
    suppressed: result.suppressed.map(suppressed),
    diagnostics: result.diagnostics.map((d) => ({ ...d, message: text.message(d.message) })),
  };
}

/** `text`, cut to `max` characters (never inside a surrogate pair), with how many more there were. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = clipEnd(text, max);
  return `${text.slice(0, end)}${clipMark(text.length - end)}`;
}

/** Where to cut `text`, longer than `max`: at `max`, or one before when that would split a surrogate pair. */
function clipEnd(text: string, max: number): number {
  const last = text.charCodeAt(max - 1);
  return last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
}

/** What follows a cut: how many characters were left out. */
function clipMark(left: number): string {
  return `… (${left} more characters)`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
