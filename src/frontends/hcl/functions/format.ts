/**
 * Terraform's `format`: Go-style `%` verbs (`%v`, `%s`, `%q`, `%t`, `%d`, `%f`) with flags, width,
 * precision and `[n]` argument indexes.
 */
import type { Value } from '../../../model/value.js';
import { formatCount } from '../../../model/format-count.js';
import { Bail, bool, codePoints, encodeJson, encodeString, formatNumber, int, MAX_CHARACTERS, need, notEvaluated, num, str } from './call.js';

/** A number as Go's `%g` with shortest precision prints it (`format("%v", n)`). */
function formatShortestG(n: number): string {
  const [mantissa = '', exp = '0'] = n.toExponential().split('e');
  const e = Number(exp);
  if (e >= -4 && e < 6) return formatNumber(n);
  return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}
interface Verb {
  raw: string;
  flags: string;
  width?: number;
  prec?: number;
  mode: string;
}

/** `%%`, or `%` flags `[argument]` width `.precision` letter; a bare `%` matches the empty branch. */
const VERB = /%(?:%|([-+ #0]*)(?:\[([1-9]\d*)\])?([1-9]\d*)?(?:\.(\d*))?([a-zA-Z])|)/g;

/** Terraform's `format`: each verb takes the next argument, or the one `[n]` names. */
export function formatString(template: string, values: readonly Value[]): string {
  let next = 0;
  let highest = 0;
  const out = template.replace(
    VERB,
    (raw: string, flags?: string, index?: string, width?: string, prec?: string, mode?: string) => {
      if (raw === '%%') return '%';
      if (mode === undefined) throw new Bail(`has an invalid verb in the format string ${JSON.stringify(template)}`);
      next = index === undefined ? next + 1 : Number(index);
      highest = Math.max(highest, next);
      const value = values[next - 1];
      if (value === undefined) throw new Bail(`needs argument ${next} for ${raw} but has ${values.length}`);
      const verb: Verb = { raw, flags: flags ?? '', mode };
      if (width !== undefined) verb.width = Number(width);
      if (prec !== undefined) verb.prec = Number(prec);
      return formatVerb(verb, value);
    },
  );
  if (highest < values.length) throw new Bail(`has ${values.length} arguments but the format string uses ${highest}`);
  return out;
}

function formatVerb(verb: Verb, value: Value): string {
  if (verb.mode !== 'v' && need(value).value === null) throw new Bail(`cannot format null with ${verb.raw}`);
  switch (verb.mode) {
    case 'v':
      return pad(verb, formatDefault(value, verb.flags.includes('#')));
    case 's':
      return pad(verb, truncate(str(value), verb.prec));
    case 'q':
      return pad(verb, encodeString(truncate(str(value), verb.prec)));
    case 't':
      return String(bool(value));
    case 'd': {
      const n = int(value);
      return padNumber(verb, (n < 0 ? '-' : '') + formatNumber(Math.abs(n)).padStart(verb.prec ?? 0, '0'));
    }
    case 'f':
      return padNumber(verb, fixed(num(value), verb.prec ?? 6));
    default:
      throw notEvaluated(`does not support the verb ${verb.raw}`);
  }
}

/** `%v`: strings as they are, numbers like `%g`, everything else (or everything with `#`) as JSON. */
function formatDefault(value: Value, sharp: boolean): string {
  const d = need(value).value;
  if (!sharp && typeof d === 'string') return d;
  if (!sharp && typeof d === 'number' && Number.isFinite(d)) return formatShortestG(d);
  return encodeJson(value);
}

function truncate(s: string, prec: number | undefined): string {
  return prec === undefined ? s : codePoints(s).slice(0, prec).join('');
}

/** `n` with `prec` decimals and no exponent. */
function fixed(n: number, prec: number): string {
  if (Math.abs(n) < 1e21) return n.toFixed(prec);
  return formatNumber(n) + (prec > 0 ? `.${'0'.repeat(prec)}` : '');
}

/** Pads to the verb's width (in characters): left unless `-`, with `0`s when that flag is set. */
function pad(verb: Verb, s: string, fill = verb.flags.includes('0') ? '0' : ' '): string {
  const missing = width(verb) - codePoints(s).length;
  if (missing <= 0) return s;
  return verb.flags.includes('-') ? s + fill.repeat(missing) : fill.repeat(missing) + s;
}

/** The verb's width; bails past MAX_CHARACTERS (`%400000000s` would build 400 MB). */
function width(verb: Verb): number {
  const w = verb.width ?? 0;
  if (w > MAX_CHARACTERS) throw notEvaluated(`is not evaluated: a width of ${formatCount(w)} is more than the ${formatCount(MAX_CHARACTERS)} characters tf-acr-lint pads to`);
  return w;
}

/** Signs and pads a formatted number like Go: `+`/space flags, zeros go after the sign. */
function padNumber(verb: Verb, text: string): string {
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  const sign = negative ? '-' : verb.flags.includes('+') ? '+' : verb.flags.includes(' ') ? ' ' : '';
  if (verb.flags.includes('0') && !verb.flags.includes('-')) {
    return sign + digits.padStart(width(verb) - sign.length, '0');
  }
  return pad(verb, sign + digits, ' ');
}
