/**
 * Builds the Action's `dist/`: one ESM file (esbuild, every dependency inlined, so it runs with no
 * `node_modules`). Run with `npm run build:action`; a test checks that the committed `dist/` is
 * what the sources build.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The files `dist/` holds. */
export const DIST_FILES = ['index.js'];

/** Bundles the Action from the sources under `root` into `outdir`. */
export async function bundleAction(root: string, outdir: string): Promise<void> {
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string; homepage: string };
  await mkdir(outdir, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, 'src/action-entry.ts')],
    outfile: path.join(outdir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Prefer ESM builds: jsonc-parser's UMD build requires its parts dynamically, which a bundle cannot follow.
    mainFields: ['module', 'main'],
    legalComments: 'none',
    logLevel: 'warning',
    define: { TF_ACR_LINT_PACKAGE: JSON.stringify({ name: pkg.name, version: pkg.version, homepage: pkg.homepage }) },
    // Bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __tfAcrLintCreateRequire } from 'node:module'; const require = __tfAcrLintCreateRequire(import.meta.url);" },
  });
}

// `node lib/src/action-bundle.js <outdir>`, from the repository root.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await bundleAction(process.cwd(), path.resolve(process.argv[2] ?? 'dist'));
}
