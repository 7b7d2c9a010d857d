/** Numbers written as text, converted as Terraform converts them; one rule for the front-ends and the adapters. */

const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A string converted to a number as Terraform converts it: decimal digits with an optional sign,
 * fraction and exponent, nothing else (JavaScript's `Number` also takes `0x10`, `" 5 "` and
 * `Infinity`); undefined when Terraform would refuse it.
 */
export function numberFromString(s: string): number | undefined {
  return NUMERIC.test(s) ? Number(s) : undefined;
}
