import type { Attribute, Block, Body } from '../../src/frontends/hcl/syntax.js';

/** The attribute `name` of a body; throws when absent so a test fails with its name. */
export function attr(b: Body, name: string): Attribute {
  const found = b.attributes.find((a) => a.name === name);
  if (!found) throw new Error(`no attribute ${name}`);
  return found;
}

/** The first nested block of `type`; throws when absent. */
export function block(b: Body, type: string): Block {
  const found = b.blocks.find((x) => x.type === type);
  if (!found) throw new Error(`no block ${type}`);
  return found;
}
