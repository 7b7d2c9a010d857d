/** Reading settings out of evaluated resources: nested paths, blocks, azapi bodies, flags. */
import { formatCount } from '../model/format-count.js';
import { onceFor } from './once-for.js';
import type { Resource } from '../model/graph.js';
import { numberFromString } from '../model/number-text.js';
import { attr, fromPlain, known, listOf, unknown, type Value } from '../model/value.js';

/** The ARM type of an `azapi_resource` / `azapi_update_resource`, lower-cased and without the API version. */
export function armType(resource: Resource): string | undefined {
  if (resource.type !== 'azapi_resource' && resource.type !== 'azapi_update_resource') return undefined;
  const type = resource.attributes.get('type');
  if (!type?.known || typeof type.value !== 'string') return undefined;
  return type.value.split('@')[0]!.toLowerCase();
}

/**
 * The azapi `body` as an object: azapi v2 takes an object, v1 a `jsonencode(...)` string (whose
 * encoded value is kept with its spans) or a JSON string from a plan.
 */
export function azapiBody(resource: Resource): Value | undefined {
  const body = resource.attributes.get('body');
  if (body?.encodedFrom) return body.encodedFrom;
  if (!body?.known || typeof body.value !== 'string') return body;
  if (body.value.length > MAX_BODY_LENGTH) return unknown(`body is a JSON text of ${formatCount(body.value.length)} characters, more than the ${formatCount(MAX_BODY_LENGTH)} tf-acr-lint reads`, body.origin, body.refs);
  // Parsed once per body: the adapters read a dozen settings from it, and a body of megabytes was parsed for each.
  return onceFor(parsedBodies, body, () => {
    try {
      return fromPlain(JSON.parse(body.value as string), body.origin);
    } catch {
      return unknown('body is a string that is not valid JSON', body.origin, body.refs);
    }
  });
}

/** Longest azapi `body` JSON text read (an ARM resource's body is a few KB; one of 32 Mi characters took 1.6 GB to read). */
const MAX_BODY_LENGTH = 1024 * 1024;

/** Bodies parsed so far, by the value that holds the JSON text. */
const parsedBodies = new WeakMap<Value, Value>();

/**
 * Reads a nested path of an object value (blocks included); unknown when a step on the way is
 * unknown, a block of a known list included (`network_rule_set = [var.rules]`, or `[true]` in a
 * plan's `after_unknown`): what it holds is not known, so it is not taken as absent.
 */
export function readPath(value: Value | undefined, path: readonly string[]): Value | undefined {
  let current = value;
  for (const key of path) {
    const block = firstBlock(current);
    if (block === undefined) return undefined;
    if (!block.known) return unknown(block.why, block.origin, block.refs);
    current = attr(block, key);
  }
  return current;
}

/**
 * A nested block's object: blocks evaluate to lists of objects (as in plan JSON); JSON syntax
 * may give the object itself. Undefined when the block is absent; the value itself when unknown.
 */
export function firstBlock(value: Value | undefined): Value | undefined {
  if (value === undefined || !value.known) return value;
  if (value.value === null) return undefined;
  const list = listOf(value);
  return list ? list[0] : value;
}

/** A setting as written; a known `null` counts as not written, as in Terraform (the default applies). */
export function written(value: Value | undefined): Value | undefined {
  return value && !(value.known && value.value === null) ? value : undefined;
}

/** The provider schema makes a bool of `"true"` / `"false"` (a `--var` on an untyped variable is a string). */
export function asBool(v: Value | undefined): Value | undefined {
  if (!v?.known || typeof v.value !== 'string') return v;
  if (v.value === 'true' || v.value === 'false') return known(v.value === 'true', v.origin, v.refs);
  return unknown(`"${v.value}" is not a bool`, v.origin, v.refs);
}

/**
 * The provider schema makes a number of a numeric string, as Terraform converts a string for a number
 * attribute (a variable typed `string`, or a `--var` on an untyped one, gives `"30"`).
 */
export function asNumber(v: Value | undefined): Value | undefined {
  if (!v?.known || typeof v.value !== 'string') return v;
  const n = numberFromString(v.value);
  return n !== undefined && Number.isFinite(n) ? known(n, v.origin, v.refs) : unknown(`"${v.value}" is not a number`, v.origin, v.refs);
}

/** ARM's `Enabled` / `Disabled` (any case) as the boolean the azurerm spelling uses, keeping the origin. */
export function enabledFlag(v: Value | undefined): Value | undefined {
  if (!v?.known || typeof v.value !== 'string') return v;
  const s = v.value.toLowerCase();
  if (s !== 'enabled' && s !== 'disabled') return unknown(`"${v.value}" is not Enabled or Disabled`, v.origin, v.refs);
  return known(s === 'enabled', v.origin, v.refs);
}
