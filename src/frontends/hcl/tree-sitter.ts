import { createRequire } from 'node:module';
import { Language, Parser } from 'web-tree-sitter';

const require = createRequire(import.meta.url);

let ready: Promise<Parser> | undefined;

/**
 * The tree-sitter parser for HCL's native syntax, loaded once per process. The grammar's WASM
 * ships inside `@tree-sitter-grammars/tree-sitter-hcl`; nothing is downloaded.
 */
export function hclParser(): Promise<Parser> {
  ready ??= (async () => {
    await Parser.init();
    const language = await Language.load(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm'));
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return ready;
}
