/**
 * `.tf-acr-lint.yml`: which rules run, at which level, and which paths are not scanned. Found by
 * walking up from the scan root, or named with `--config`. Validated with a JSON Schema; an
 * invalid file is a clear error naming the key, never a guess at what was meant.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import type { Document, LineCounter } from 'yaml';
import type { Level } from '../engine/finding.js';
import { clipText } from '../engine/output-text.js';
import { isDirectory } from '../load/discover.js';
import { readSource } from '../load/read-source.js';
import { compileGlobs, GlobError } from './glob.js';
import type { Rule } from '../engine/rule.js';

/** The file name looked for. */
export const CONFIG_FILE = '.tf-acr-lint.yml';

/** A rule's setting in the config: off, on at its default level, or on at another level. */
export type RuleSetting = 'off' | 'on' | Level;

/** A loaded configuration. */
export interface Config {
  /** Where it was read from; undefined for the built-in defaults. */
  file?: string;
  /** By rule id. */
  rules: Map<string, RuleSetting>;
  /** Globs, relative to the config file's directory (or the scan root). */
  ignore: string[];
  /** Directory the globs are relative to. */
  baseDir: string;
}

const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    rules: {
      type: 'object',
      additionalProperties: { enum: ['off', 'on', 'error', 'warning', 'note'] },
    },
    ignore: { type: 'array', items: { type: 'string', minLength: 1 } },
  },
} as const;

/** A configuration problem, with the key it concerns. */
export class ConfigError extends Error {
  /**
   * @param place The config file (as the caller named it to `loadConfig`) and the line the problem
   *   is on, when it is in one: the Action annotates that line.
   */
  constructor(
    message: string,
    readonly place?: { readonly file: string; readonly line?: number },
  ) {
    super(message);
  }
}

/** Finds the config file: `explicit` when given, else the first `.tf-acr-lint.yml` from `startDir` upwards. */
export function findConfig(startDir: string, explicit?: string): string | undefined {
  if (explicit) {
    if (!existsSync(explicit)) throw new ConfigError(`--config ${explicit}: no such file`);
    return explicit;
  }
  for (let dir = path.resolve(startDir); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * The config file of a scan of `scanned`: the first `.tf-acr-lint.yml` upwards from it (from a
 * file's directory), else upwards from `fallbackDir` (the working directory, the Action's workspace).
 */
export function findConfigFor(scanned: string, fallbackDir: string): string | undefined {
  const resolved = path.resolve(scanned);
  return findConfig(isDirectory(resolved) ? resolved : path.dirname(resolved)) ?? findConfig(fallbackDir);
}

/**
 * Reads and validates a config file against the known rules (ids or names as keys). Errors name
 * the file as `shown` (the Action gives it relative to the workspace), by default as `file`.
 */
export async function loadConfig(file: string | undefined, rules: readonly Rule[], scanRoot: string, shown?: string): Promise<Config> {
  if (!file) return { rules: new Map(), ignore: [], baseDir: scanRoot };
  const name = shown ?? file;
  // Loaded only when there is a config file: together they cost a scan about 50 ms of start-up.
  const yaml = await import('yaml');
  const { Ajv } = await import('ajv');
  // Read as the sources are: a regular file only (never a FIFO or /dev/zero), at most 16 MiB, UTF-8.
  const source = readSource(path.resolve(file), name, 'a YAML configuration file');
  if (!source.ok) throw new ConfigError(`${name}: ${source.diagnostic.message}`, { file: name });
  let document;
  let data: unknown;
  let duplicate: DuplicateKey | undefined;
  const lines = new yaml.LineCounter();
  try {
    // The yaml package's own check of unique keys compares each key with every one before it in
    // its map (100,000 keys took over a minute): duplicates are found here instead, in one pass.
    document = yaml.parseDocument(source.text, { lineCounter: lines, uniqueKeys: false });
    duplicate = document.errors.length > 0 ? undefined : firstDuplicateKey(yaml, document);
    data = document.errors.length > 0 || duplicate ? undefined : ((document.toJS({ maxAliasCount: 100 }) as unknown) ?? {});
  } catch (error) {
    // The yaml library throws for alias bombs ("Excessive alias count") and similar resource limits.
    throw new ConfigError(`${name}: invalid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { file: name });
  }
  if (document.errors.length > 0) {
    const e = document.errors[0]!;
    const line = e.linePos?.[0]?.line ?? 1;
    throw new ConfigError(`${name}:${line}: invalid YAML: ${e.message.split('\n')[0]}`, { file: name, line });
  }
  if (duplicate) {
    const line = lines.linePos(duplicate.offset).line;
    throw new ConfigError(`${name}:${line}: invalid YAML: the key ${clipText(JSON.stringify(duplicate.key), 100)} is written twice in one map`, { file: name, line });
  }
  const validate = new Ajv({ allErrors: false, strict: false }).compile(SCHEMA);
  // `file:line: problem`, the line of the key at `keys` when the document has it.
  const at = (keys: readonly string[], problem: string): ConfigError => {
    const line = lineOf(yaml, document, lines, keys);
    return new ConfigError(`${name}${line === undefined ? '' : `:${line}`}: ${problem}`, line === undefined ? { file: name } : { file: name, line });
  };
  if (!validate(data)) {
    const error = validate.errors![0]!;
    throw at(errorKeys(error), schemaProblem(error, data));
  }
  const { rules: settings = {}, ignore = [] } = data as { rules?: Record<string, RuleSetting>; ignore?: string[] };
  try {
    compileGlobs(ignore);
  } catch (error) {
    if (error instanceof GlobError) throw at(error.index === undefined ? ['ignore'] : ['ignore', String(error.index)], error.message);
    throw error;
  }
  const byKey = new Map(rules.flatMap((r) => [[r.meta.id.toUpperCase(), r.meta.id] as const, [r.meta.name, r.meta.id] as const]));
  const resolved = new Map<string, RuleSetting>();
  const keyOf = new Map<string, string>();
  for (const [key, setting] of Object.entries(settings)) {
    const id = byKey.get(key.toUpperCase()) ?? byKey.get(key);
    if (!id) throw at(['rules', key], `rules.${key}: no rule has this id or name (see tf-acr-lint rules)`);
    const earlier = keyOf.get(id);
    if (earlier !== undefined) throw at(['rules', key], `rules.${key} names the same rule as rules.${earlier}`);
    keyOf.set(id, key);
    resolved.set(id, setting);
  }
  return { file, rules: resolved, ignore, baseDir: path.dirname(path.resolve(file)) };
}

/** The keys of the value an ajv error is about, from its JSON Pointer (`/rules/a~1b` → `rules`, `a/b`). */
function instanceKeys(error: ErrorObject): string[] {
  return error.instancePath.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The keys leading to what an ajv error is about (the unknown key itself, for one). */
function errorKeys(error: ErrorObject): string[] {
  const keys = instanceKeys(error);
  return error.keyword === 'additionalProperties' ? [...keys, (error.params as { additionalProperty: string }).additionalProperty] : keys;
}

/** The 1-based line of the entry `keys` lead to (a map's key, a list's item), or undefined when the document has none there. */
function lineOf(yaml: YamlGuards, document: Document, lines: LineCounter, keys: readonly string[]): number | undefined {
  let node: unknown = document.contents;
  let offset: number | undefined;
  for (const key of keys) {
    if (yaml.isMap(node)) {
      const pair = node.items.find((p) => yaml.isScalar(p.key) && String(p.key.value) === key);
      offset = yaml.isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
      node = pair?.value;
    } else if (yaml.isSeq(node)) {
      node = node.items[Number(key)];
      offset = yaml.isNode(node) ? node.range?.[0] : undefined;
    } else return undefined;
    if (offset === undefined) return undefined;
  }
  return offset === undefined ? undefined : lines.linePos(offset).line;
}

/** The yaml package's node tests, from its module loaded when there is a config file. */
type YamlGuards = Pick<typeof import('yaml'), 'isMap' | 'isSeq' | 'isScalar' | 'isNode'>;

/** A scalar key written a second time in one map, and where. */
interface DuplicateKey {
  key: string;
  offset: number;
}

/**
 * The first scalar key (in the text's order) that repeats an earlier one of its map, as the yaml
 * package's `uniqueKeys` reports it, but with a set per map rather than a comparison per pair.
 * Keys are compared as the strings they become in the configuration, so `1` and `"1"` are one key.
 */
function firstDuplicateKey(yaml: YamlGuards & Pick<typeof import('yaml'), 'visit'>, document: Document): DuplicateKey | undefined {
  let first: DuplicateKey | undefined;
  yaml.visit(document, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!yaml.isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const offset = pair.key.range?.[0] ?? 0;
        if (seen.has(key) && (first === undefined || offset < first.offset)) first = { key, offset };
        seen.add(key);
      }
    },
  });
  return first;
}

/** What is wrong with the file, in the words of its format rather than of JSON Schema: the first error ajv found. */
function schemaProblem(error: ErrorObject, data: unknown): string {
  const keys = instanceKeys(error);
  const where = keys.join('.');
  if (error.keyword === 'additionalProperties') return `${(error.params as { additionalProperty: string }).additionalProperty}: unknown key (the file takes rules and ignore)`;
  if (keys.length === 0) return 'the file must be a map with the keys rules and ignore';
  if (keys[0] === 'rules' && keys.length === 1) return 'rules must be a map of rule ids or names to off, on, error, warning or note';
  if (keys[0] === 'rules') {
    const value = (data as { rules: Record<string, unknown> }).rules[keys[1]!];
    return `${where} must be off, on, error, warning or note, not ${clipText(JSON.stringify(value) ?? String(value), 100)}`;
  }
  if (keys.length === 1) return 'ignore must be a list of globs';
  return `${where} must be a glob (a string that is not empty)`;
}

/** Applies `--enable` / `--disable` (ids or names) on top of the config. */
export function withCommandLine(config: Config, rules: readonly Rule[], enable: string[], disable: string[]): Config {
  const out = new Map(config.rules);
  const idOf = (key: string): string => {
    const rule = rules.find((r) => r.meta.id.toUpperCase() === key.toUpperCase() || r.meta.name === key);
    if (!rule) throw new ConfigError(`no rule has the id or name "${key}" (see tf-acr-lint rules)`);
    return rule.meta.id;
  };
  for (const key of enable) out.set(idOf(key), 'on');
  for (const key of disable) out.set(idOf(key), 'off');
  return { ...config, rules: out };
}

/** The rules that run, each at its configured level. */
export function configuredRules(config: Config, rules: readonly Rule[]): Rule[] {
  return rules.flatMap((rule) => {
    const setting = config.rules.get(rule.meta.id) ?? 'on';
    if (setting === 'off') return [];
    if (setting === 'on' || setting === rule.meta.defaultLevel) return [rule];
    return [{ ...rule, meta: { ...rule.meta, defaultLevel: setting } }];
  });
}

/** A predicate for paths (absolute) the config says not to scan. */
export function ignoredPaths(config: Config): (absolutePath: string) => boolean {
  if (config.ignore.length === 0) return () => false;
  const match = compileGlobs(config.ignore);
  return (absolutePath) => {
    const relative = path.relative(config.baseDir, absolutePath).split(path.sep).join('/');
    return relative !== '..' && !relative.startsWith('../') && !path.isAbsolute(relative) && (match(relative) || match(`${relative}/`));
  };
}
