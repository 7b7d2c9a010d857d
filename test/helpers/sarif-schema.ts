import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';

/** Reads a schema from `test/schemas/`. */
function loadSchema(name: string): object {
  return JSON.parse(readFileSync(new URL(`../schemas/${name}`, import.meta.url), 'utf8')) as object;
}

/** The SARIF 2.1.0 schema as published by SchemaStore (JSON Schema 2020-12). */
function compile2020(): ValidateFunction {
  // The packages are CommonJS: their `default` export is the whole `module.exports`, whose `.default` is the class.
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(loadSchema('sarif-2.1.0-2020-12.json'));
}

/** The OASIS SARIF 2.1.0 schema (JSON Schema draft-04); it does not compile with `strict: true`. */
function compileDraft04(): ValidateFunction {
  const ajv = new AjvDraft04.default();
  addFormats.default(ajv);
  return ajv.compile(loadSchema('sarif-schema-2.1.0-oasis-draft-04.json'));
}

let validators: { name: string; validate: ValidateFunction }[] | undefined;

/** Compiles both schemas once per test file. */
function getValidators(): { name: string; validate: ValidateFunction }[] {
  validators ??= [
    { name: 'SchemaStore 2020-12', validate: compile2020() },
    { name: 'OASIS draft-04', validate: compileDraft04() },
  ];
  return validators;
}

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `  ${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}

/** Fails the current test unless `log` is valid against both SARIF 2.1.0 schemas in `test/schemas/`. */
export function expectValidSarif(log: unknown): void {
  const failures = getValidators()
    .filter(({ validate }) => !validate(log))
    .map(({ name, validate }) => `${name}:\n${describeErrors(validate.errors)}`);
  if (failures.length > 0) throw new Error(`invalid SARIF\n${failures.join('\n')}`);
}
