/**
 * The parts of `terraform show -json` / `tofu show -json` output that tf-acr-lint reads (plan and
 * state documents, format versions 0.1 through 1.2), their JSON Schema, and what kind of document
 * a parsed JSON value is. See https://developer.hashicorp.com/terraform/internals/json-format.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

/** A resource in `planned_values` / `values` / `prior_state`. */
export interface ShowResource {
  address: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  index?: string | number;
  /** Set on an object the state keeps beside the current one (create_before_destroy), which is to be destroyed. */
  deposed_key?: string;
  values?: Record<string, unknown>;
  /** Which parts of `values` are sensitive: the same shape, `true` where sensitive. */
  sensitive_values?: unknown;
}

/** A module in `planned_values` / `values`. */
export interface ShowModule {
  address?: string;
  resources?: ShowResource[];
  child_modules?: ShowModule[];
}

/** One entry of `resource_changes`. */
export interface ResourceChange {
  address: string;
  module_address?: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  index?: string | number;
  /** Set on an object Terraform keeps beside the current one (create_before_destroy), which it plans to destroy. */
  deposed?: string;
  change: {
    actions: string[];
    after?: unknown;
    after_unknown?: unknown;
    /** Which parts of `after` are sensitive: the same shape, `true` where sensitive. */
    after_sensitive?: unknown;
  };
}

/** An expression in `configuration`: a constant, references, or nested block expressions. */
export interface ConfigExpression {
  constant_value?: unknown;
  references?: string[];
}

/** A nested block in `configuration` is an object of expressions, or a list of them. */
export type ConfigExpressions = Record<string, ConfigExpression | Record<string, unknown>[] | Record<string, unknown>>;

/** A resource in `configuration`. */
export interface ConfigResource {
  address: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  expressions?: ConfigExpressions;
  count_expression?: ConfigExpression;
  for_each_expression?: ConfigExpression;
}

/** A module in `configuration`. */
export interface ConfigModule {
  resources?: ConfigResource[];
  module_calls?: Record<string, ModuleCall>;
  outputs?: Record<string, { expression?: ConfigExpression }>;
  variables?: Record<string, { default?: unknown }>;
}

/** A `module` block in `configuration`. */
export interface ModuleCall {
  source?: string;
  version_constraint?: string;
  expressions?: ConfigExpressions;
  count_expression?: ConfigExpression;
  for_each_expression?: ConfigExpression;
  module?: ConfigModule;
}

/** `terraform show -json` of a plan or of a state. */
export interface ShowDocument {
  format_version: string;
  terraform_version?: string;
  planned_values?: { root_module?: ShowModule };
  values?: { root_module?: ShowModule };
  /** The state the plan was made from, refreshed: all a refresh-only plan (`-refresh-only`) holds. */
  prior_state?: { values?: { root_module?: ShowModule } };
  resource_changes?: ResourceChange[];
  configuration?: { root_module?: ConfigModule };
  /** Terraform 1.5 and later, OpenTofu: planning stopped at an error, and the plan holds what was planned before it. */
  errored?: unknown;
  /** Terraform 1.8 and later: false for a plan made with `-target`, or one that defers changes to a later plan. */
  complete?: unknown;
  /** Changes Terraform leaves to a later plan (deferred actions); they are not in `resource_changes`. */
  deferred_changes?: unknown;
}

/** A raw `terraform.tfstate` (version 4), which tf-acr-lint also reads. */
export interface RawState {
  version: number;
  resources?: {
    module?: string;
    mode: 'managed' | 'data';
    type: string;
    name: string;
    /** `deposed`: an object kept beside the current one (create_before_destroy), which is to be destroyed. */
    instances?: { index_key?: string | number; deposed?: string; attributes?: Record<string, unknown> | null; sensitive_attributes?: unknown }[];
  }[];
}

/** What a JSON document is, as far as tf-acr-lint is concerned. */
export type DocumentKind =
  | { kind: 'show'; document: ShowDocument }
  | { kind: 'raw-state'; state: RawState }
  | { kind: 'empty'; why: string }
  | { kind: 'foreign'; why: string }
  /** `show -json` output in a format version tf-acr-lint does not read. */
  | { kind: 'unsupported'; why: string };

/** What names a resource instance, in `planned_values` / `values` and in `resource_changes` alike. */
const RESOURCE_INSTANCE = {
  address: { type: 'string' },
  mode: { enum: ['managed', 'data'] },
  type: { type: 'string' },
  name: { type: 'string' },
  index: { type: ['string', 'integer'] },
};

const SHOW_MODULE = {
  type: 'object',
  properties: {
    address: { type: 'string' },
    resources: {
      type: 'array',
      items: {
        type: 'object',
        required: ['address', 'mode', 'type', 'name'],
        properties: { ...RESOURCE_INSTANCE, deposed_key: { type: 'string' }, values: { type: ['object', 'null'] } },
      },
    },
    child_modules: { type: 'array', items: { $ref: '#/definitions/showModule' } },
  },
};

const CONFIG_MODULE = {
  type: 'object',
  properties: {
    resources: {
      type: 'array',
      items: { type: 'object', required: ['address', 'type', 'name'], properties: { address: { type: 'string' }, expressions: { type: 'object' } } },
    },
    module_calls: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        properties: { source: { type: 'string' }, version_constraint: { type: 'string' }, expressions: { type: 'object' }, module: { $ref: '#/definitions/configModule' } },
      },
    },
    outputs: { type: 'object' },
  },
};

/** JSON Schema (draft-07) of the subset read. Everything else in the document is ignored. */
export const SHOW_DOCUMENT_SCHEMA = {
  type: 'object',
  required: ['format_version'],
  definitions: { showModule: SHOW_MODULE, configModule: CONFIG_MODULE },
  properties: {
    format_version: { type: 'string', pattern: '^[01]\\.[0-9]+$' },
    planned_values: { type: 'object', properties: { root_module: { $ref: '#/definitions/showModule' } } },
    values: { type: 'object', properties: { root_module: { $ref: '#/definitions/showModule' } } },
    prior_state: { type: 'object', properties: { values: { type: 'object', properties: { root_module: { $ref: '#/definitions/showModule' } } } } },
    resource_changes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['address', 'mode', 'type', 'name', 'change'],
        properties: {
          ...RESOURCE_INSTANCE,
          module_address: { type: 'string' },
          change: { type: 'object', required: ['actions'], properties: { actions: { type: 'array', items: { type: 'string' } } } },
        },
      },
    },
    configuration: { type: 'object', properties: { root_module: { $ref: '#/definitions/configModule' } } },
  },
} as const;

/**
 * JSON Schema (draft-07) of the subset of a raw version-4 state that is read. An instance may lack
 * `attributes` or have it `null` (a state that still holds only `attributes_flat`); its attributes
 * are then unknown.
 */
export const RAW_STATE_SCHEMA = {
  type: 'object',
  required: ['version', 'resources'],
  properties: {
    resources: {
      type: 'array',
      items: {
        type: 'object',
        required: ['mode', 'type', 'name'],
        properties: {
          module: { type: 'string' },
          mode: { enum: ['managed', 'data'] },
          type: { type: 'string' },
          name: { type: 'string' },
          instances: {
            type: 'array',
            items: { type: 'object', properties: { index_key: { type: ['string', 'integer'] }, deposed: { type: 'string' }, attributes: { type: ['object', 'null'] } } },
          },
        },
      },
    },
  },
} as const;

const validators = new Map<object, ValidateFunction>();

/** Validates a parsed document against `schema`; the first problem, in words, or undefined. */
function problemAgainst(schema: object, document: unknown, otherwise: string): string | undefined {
  let validate = validators.get(schema);
  if (!validate) {
    validate = new Ajv({ allErrors: false, strict: false }).compile(schema);
    validators.set(schema, validate);
  }
  if (validate(document)) return undefined;
  const error = validate.errors?.[0];
  return error ? describeSchemaError(error) : otherwise;
}

/** Validates a parsed `show -json` document against its schema; the first problem, in words, or undefined. */
export function schemaProblem(document: unknown): string | undefined {
  return problemAgainst(SHOW_DOCUMENT_SCHEMA, document, 'it does not match the structure of terraform show -json output');
}

/** Validates a parsed raw state against its schema; the first problem, in words, or undefined. */
export function rawStateProblem(state: unknown): string | undefined {
  return problemAgainst(RAW_STATE_SCHEMA, state, 'it does not match the structure of a version-4 state');
}

function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the document' : error.instancePath;
  return `${where} ${error.message ?? 'is not as expected'}`;
}

/** Tells a `show -json` plan or state from a raw state, an empty document and other JSON. */
export function classifyDocument(data: unknown): DocumentKind {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { kind: 'foreign', why: 'it is not a JSON object' };
  const o = data as Record<string, unknown>;
  if ('plan_format_version' in o) {
    return { kind: 'foreign', why: 'it is a redacted plan from HCP Terraform / Terraform Cloud (plan_format_version); export the plan with "terraform show -json <planfile>"' };
  }
  if ('remote_plan_format' in o) return { kind: 'foreign', why: 'it points at a remote plan in HCP Terraform / Terraform Cloud; export it with "terraform show -json <planfile>"' };
  if (typeof o['version'] === 'number' && 'lineage' in o) {
    if (o['version'] === 4 && Array.isArray(o['resources'])) return { kind: 'raw-state', state: data as RawState };
    return { kind: 'foreign', why: `it is a raw state file of version ${String(o['version'])}; tf-acr-lint reads version 4, or the output of "terraform show -json"` };
  }
  if (!('format_version' in o)) {
    return { kind: 'foreign', why: 'it has no "format_version": it is not the output of "terraform show -json" or "tofu show -json"' };
  }
  // A new major version is one a reader of the old cannot read; Terraform's format documentation asks readers to refuse it.
  const major = typeof o['format_version'] === 'string' ? /^(\d+)\./.exec(o['format_version'])?.[1] : undefined;
  if (major !== undefined && Number(major) > 1) {
    return { kind: 'unsupported', why: `its format_version ${JSON.stringify(o['format_version'])} is a newer major version of the show -json format than the 0.x and 1.x that tf-acr-lint reads` };
  }
  if (!('planned_values' in o) && !('resource_changes' in o) && !('values' in o)) {
    return { kind: 'empty', why: 'it holds no resources (the "show -json" output of an empty state or plan)' };
  }
  return { kind: 'show', document: data as ShowDocument };
}
