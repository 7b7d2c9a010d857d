import type { Rule } from '../src/engine/rule.js';
import { acrCacheBlockedByBypassNone } from './acr-cache-blocked-by-bypass-none.js';

/** Every rule, in id order. */
export const ALL_RULES: readonly Rule[] = [acrCacheBlockedByBypassNone];
