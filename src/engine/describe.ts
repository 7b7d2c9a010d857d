import { CONDITION_REASON, type Origin, type Provenance, type Value } from '../model/value.js';

/**
 * A clause saying where a value came from, for messages: ` (the default of variable "bypass")`;
 * empty for a value written right where it is used, and for a plan's value (a plan holds every
 * value; saying so would name the resource a second time). Places are related locations, not message text.
 */
export function originClause(origin: Origin): string {
  return saysNothing(origin) ? '' : ` (${describeProvenance(origin.provenance)})`;
}

/**
 * The same, for inside a parenthesis that already names the attribute: `(admin_enabled: variable
 * "admin" set in a variables file)` rather than a parenthesis in a parenthesis.
 */
export function originAside(origin: Origin): string {
  return saysNothing(origin) ? '' : `: ${describeProvenance(origin.provenance)}`;
}

function saysNothing(origin: Origin): boolean {
  return origin.provenance.kind === 'literal' || origin.provenance.kind === 'plan';
}

/** ` in module.registry` when the value is a module's default or argument: the fix belongs in that call. */
export function moduleCallHint(value: Value): string {
  const p = value.origin.provenance;
  return p.kind === 'module-default' || p.kind === 'module-argument' ? ` in ${p.call}` : '';
}

/** Provenance in words, without a place. */
export function describeProvenance(p: Provenance): string {
  switch (p.kind) {
    case 'literal':
      return 'written';
    case 'provider-default':
      return 'not set, so the default applies';
    case 'variable-default':
      return `the default of variable "${p.variable}"${p.module ? ` in ${p.module}` : ''}`;
    case 'variable-unset':
      return `variable "${p.variable}"${p.module ? ` in ${p.module}` : ''}, which has no default and was given no value`;
    case 'tfvars':
      return `variable "${p.variable}" set in a variables file`;
    case 'cli-var':
      return `variable "${p.variable}" set with --var on the command line`;
    case 'module-argument':
      return `argument "${p.input}" of module call "${p.call}"`;
    case 'module-default':
      return `default of ${p.source ?? 'the module'}${p.version ? ` ${p.version}` : ''}, "${p.input}" not set in ${p.call}`;
    case 'plan':
      return 'from the plan';
  }
}

/**
 * Settings that are unknown, for a message: `path: why; path: why`, where a setting unknown for the
 * reason already given (`earlier`, or the reason behind it when `earlier` is a condition's) reads
 * `path: for the same reason`, so that a variable deciding two settings is explained once.
 */
export function describeUnknowns(unknowns: readonly { readonly path: string; readonly why: string }[], earlier: string | undefined): string {
  const behindCondition = earlier?.startsWith(CONDITION_REASON) ? earlier.slice(CONDITION_REASON.length) : undefined;
  return unknowns.map(({ path, why }) => `${path}: ${earlier !== undefined && (why === earlier || why === behindCondition) ? 'for the same reason' : why}`).join('; ');
}
