import type { Origin, Provenance, Value } from '../model/value.js';

/**
 * A clause saying where a value came from, for messages: ` (the default of variable "bypass")`;
 * empty for a value written right where it is used. Places are related locations, not message text.
 */
export function originClause(origin: Origin): string {
  return origin.provenance.kind === 'literal' ? '' : ` (${describeProvenance(origin.provenance)})`;
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
      return `not set, so the default applies: ${p.source}`;
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
      return `the plan's value for ${p.address}`;
  }
}
