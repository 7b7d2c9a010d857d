/**
 * The two bundles, each one ESM file built by esbuild with every dependency inlined:
 *
 * - the Action's `dist/index.js`, committed, so that it runs with no `node_modules`
 *   (`npm run build:action`; a test checks that the committed file is what the sources build);
 * - the command's `lib/tf-acr-lint.js` (the package's `bin`), built with `lib/`: one file loads
 *   faster than a hundred modules resolved one by one, and start-up counts on every run.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The files `dist/` holds: what {@link bundleAction} writes, and what the Action's test compares with a fresh build. */
export const DIST_FILES = ['index.js'];

/** Bundles the Action from the sources under `root` into `outdir`. */
export function bundleAction(root: string, outdir: string): Promise<void> {
  return bundle(root, 'src/action-entry.ts', path.join(outdir, 'index.js'));
}

/** Bundles the command (`src/bin.ts`) into `outfile`. */
export function bundleCli(root: string, outfile: string): Promise<void> {
  return bundle(root, 'src/bin.ts', outfile);
}

async function bundle(root: string, entry: string, outfile: string): Promise<void> {
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string; homepage: string };
  await mkdir(path.dirname(outfile), { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, entry)],
    outfile,
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

// `node lib/src/bundle.js action <outdir>` or `node lib/src/bundle.js cli <outfile>`, from the repository root.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [what, out] = process.argv.slice(2);
  if (what === 'action') await bundleAction(process.cwd(), path.resolve(out ?? 'dist'));
  else if (what === 'cli') await bundleCli(process.cwd(), path.resolve(out ?? 'lib/tf-acr-lint.js'));
  else throw new Error('usage: node lib/src/bundle.js action <outdir> | cli <outfile>');
}
