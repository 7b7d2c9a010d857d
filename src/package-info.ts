import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the tool says about itself (name, version, where its docs live). */
export interface PackageInfo {
  name: string;
  version: string;
  homepage: string;
}

/** Set by the Action's bundler: the bundle runs with no `package.json` guaranteed beside it. */
declare const TF_ACR_LINT_PACKAGE: PackageInfo | undefined;

/** Reads this package's `package.json`, found by walking up from this module (works from sources and from the build). */
export function packageInfo(): PackageInfo {
  if (typeof TF_ACR_LINT_PACKAGE !== 'undefined' && TF_ACR_LINT_PACKAGE) return TF_ACR_LINT_PACKAGE;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    try {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as Partial<PackageInfo>;
      if (pkg.name === 'tf-acr-lint') return { name: pkg.name, version: pkg.version ?? '0.0.0', homepage: pkg.homepage ?? '' };
    } catch {
      // not here; keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) return { name: 'tf-acr-lint', version: '0.0.0', homepage: '' };
    dir = parent;
  }
}

/** Where a rule's documentation is published: its Markdown file in the repository. */
export function ruleHelpUri(info: PackageInfo, ruleName: string): string {
  return `${info.homepage}/blob/main/rules/${ruleName}.md`;
}
