import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Language, Parser } from 'web-tree-sitter';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * A `.wasm` file: next to this module when it runs bundled (the GitHub Action's `dist/` ships both
 * files beside `index.js`), otherwise from the package that provides it.
 */
function wasm(name: string, fromPackage: string): string {
  const beside = path.join(here, name);
  return existsSync(beside) ? beside : require.resolve(fromPackage);
}

let ready: Promise<Parser> | undefined;

/**
 * The tree-sitter parser for HCL's native syntax, loaded once per process. The grammar's WASM
 * ships inside `@tree-sitter-grammars/tree-sitter-hcl`; nothing is downloaded.
 */
export function hclParser(): Promise<Parser> {
  ready ??= (async () => {
    await Parser.init({ locateFile: (name: string) => wasm(name, `web-tree-sitter/${name}`) });
    const language = await Language.load(wasm('tree-sitter-hcl.wasm', '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm'));
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return ready;
}
