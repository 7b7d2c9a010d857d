import { AVM_CONTAINER_REGISTRY, RELEASES } from '../src/frontends/hcl/known-modules/avm-container-registry.js';
import { resolveRelease } from '../src/frontends/hcl/known-modules/known-module.js';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InstalledModules, isLocalSource, parseVersion, satisfies } from '../src/frontends/hcl/module-sources.js';

const v = (s: string) => parseVersion(s)!;

describe('Terraform version constraints', () => {
  it.each([
    ['0.8.0', '0.8.0', true],
    ['0.8.0', '= 0.8.0', true],
    ['0.8.0', '!= 0.8.0', false],
    ['0.5.1', '~> 0.5.0', true],
    ['0.6.0', '~> 0.5.0', false],
    ['0.8.0', '~> 0.5', true],
    ['1.0.0', '~> 0.5', false],
    ['0.4.0', '>= 0.4.0, < 0.6.0', true],
    ['0.6.0', '>= 0.4.0, < 0.6.0', false],
    ['0.3.1', '> 0.3.0', true],
    ['0.3.0', '<= 0.3.0', true],
    ['0.3.0', 'v0.3.0', true],
  ])('%s satisfies "%s": %s', (version, constraint, expected) => {
    expect(satisfies(v(version), constraint)).toBe(expected);
  });

  it('cannot read a nonsense constraint', () => {
    expect(satisfies(v('1.0.0'), 'latest')).toBeUndefined();
  });

  it('reads a constraint in time linear in its length, however much space it holds', () => {
    // The term's pattern matched leading space twice over (before and after an optional operator): 40,000 spaces took 2.2 s.
    const start = performance.now();
    expect(satisfies(v('1.0.0'), `${' '.repeat(200_000)}x`)).toBeUndefined();
    expect(satisfies(v('1.0.0'), `>=${' '.repeat(200_000)}1.0.0${' '.repeat(200_000)}`)).toBe(true);
    expect(satisfies(v('1.0.0'), `${' '.repeat(200_000)}1.0.0, ${'\t'.repeat(200_000)}x`)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});

describe('resolving the AVM release a call gets', () => {
  const source = 'Azure/avm-res-containerregistry-registry/azurerm';

  it('takes the newest release that satisfies the constraint', () => {
    expect(resolveRelease(AVM_CONTAINER_REGISTRY, source, '~> 0.5.0')).toEqual({ release: RELEASES.find((r) => r.version === '0.5.1') });
    expect(resolveRelease(AVM_CONTAINER_REGISTRY, source, '0.3.0').release.version).toBe('0.3.0');
  });

  it('assumes the newest known release, and says so, when nothing is pinned or nothing matches', () => {
    const unpinned = resolveRelease(AVM_CONTAINER_REGISTRY, source, undefined);
    expect(unpinned.release.version).toBe('0.8.0');
    expect(unpinned.assumed).toMatch(/pins no version/);
    const future = resolveRelease(AVM_CONTAINER_REGISTRY, source, '9.0.0');
    expect(future.release.version).toBe('0.8.0');
    expect(future.assumed).toMatch(/matches no release/);
  });

  it('tells whether the constraint also allows a release newer than the newest known one, whatever it excludes', () => {
    const newer = (constraint: string): boolean | undefined => resolveRelease(AVM_CONTAINER_REGISTRY, source, constraint).newerAllowed;
    expect(newer('~> 0.8')).toBe(true);
    expect(newer('>= 0.5, < 0.9')).toBe(true);
    expect(newer('0.8.0')).toBeUndefined();
    expect(newer('>= 0.5, < 0.8.0')).toBeUndefined();
    // 0.8.1 is excluded, 0.8.2 is not: Terraform may install it.
    expect(newer('~> 0.8.0, != 0.8.1')).toBe(true);
    expect(newer('>= 0.8.0, < 0.8.3, != 0.8.1')).toBe(true);
    expect(newer('>= 0.8.0, < 0.8.3, != 0.8.1, != 0.8.2')).toBeUndefined();
  });

  it('reads the version a git source pins with ?ref=', () => {
    const git = 'git::https://github.com/Azure/terraform-azurerm-avm-res-containerregistry-registry.git?ref=v0.4.0';
    expect(AVM_CONTAINER_REGISTRY.matches(git)).toBe(true);
    expect(resolveRelease(AVM_CONTAINER_REGISTRY, git, undefined).release.version).toBe('0.4.0');
  });

  it.each([
    ['Azure/avm-res-containerregistry-registry/azurerm', true],
    ['registry.terraform.io/Azure/avm-res-containerregistry-registry/azurerm', true],
    ['Azure/avm-containerregistry-registry/azurerm', true],
    ['../vendor/terraform-azurerm-avm-res-containerregistry-registry', true],
    ['Azure/avm-res-network-virtualnetwork/azurerm', false],
    ['contoso/avm-res-containerregistry-registry-fork/azurerm', false],
    ['git::https://github.com/Azure/terraform-azurerm-avm-res-containerregistry-registry.git?ref=v0.8.0', true],
    // A "//" subdirectory names one of the package's submodules (modules/cache-rule, modules/credential-set, …), not the registry module.
    ['Azure/avm-res-containerregistry-registry/azurerm//modules/cache-rule', false],
    ['git::https://github.com/Azure/terraform-azurerm-avm-res-containerregistry-registry.git//modules/credential-set?ref=v0.8.0', false],
  ])('recognises %s: %s', (s, expected) => {
    expect(AVM_CONTAINER_REGISTRY.matches(s)).toBe(expected);
  });

  it('keeps the bypass default "None" in every release, as the module always has (azure-facts §1.2)', () => {
    expect(RELEASES.map((r) => r.defaults['network_rule_bypass_option'])).toEqual(RELEASES.map(() => 'None'));
    expect(RELEASES.filter((r) => r.cacheRules).map((r) => r.version)).toEqual(['0.8.0']);
  });
});

describe('local sources', () => {
  it.each([
    ['./modules/acr', true],
    ['../acr', true],
    // Windows-style prefixes are local on every platform (addrs.ParseModuleSource in hashicorp/terraform).
    ['.\\modules\\acr', true],
    ['..\\acr', true],
    ['Azure/avm-res-containerregistry-registry/azurerm', false],
    ['git::https://example.com/acr.git', false],
  ])('%s is local: %s', (s, expected) => {
    expect(isLocalSource(s)).toBe(expected);
  });
});

describe('modules installed by init', () => {
  /** A root whose manifest installed `installed` (with `version`) for the call "acr", in a directory that exists. */
  const installedFor = (installed: string, source: string, version?: string, constraint?: string) => {
    const root = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-manifest-'));
    mkdirSync(path.join(root, '.terraform/modules/acr'), { recursive: true });
    const entry = { Key: 'acr', Source: installed, Dir: '.terraform/modules/acr', ...(version ? { Version: version } : {}) };
    writeFileSync(path.join(root, '.terraform/modules/modules.json'), JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, entry] }));
    return InstalledModules.read(root).installedFor(['acr'], source, constraint)?.kind;
  };

  // Terraform compares the call's normalised source with the manifest's (configload moduleWalkerLoad).
  it.each([
    ['registry.terraform.io/Azure/avm-res-containerregistry-registry/azurerm', 'Azure/avm-res-containerregistry-registry/azurerm', 'installed'],
    ['registry.opentofu.org/Azure/avm-res-containerregistry-registry/azurerm', 'Azure/avm-res-containerregistry-registry/azurerm', 'installed'],
    ['app.terraform.io/contoso/registry/azurerm', 'APP.terraform.io/contoso/registry/azurerm', 'installed'],
    ['registry.terraform.io/contoso/registry/azurerm//modules/cache', 'contoso/registry/azurerm//modules/cache', 'installed'],
    ['registry.terraform.io/contoso/registry/azurerm', 'contoso/registry/azurerm//modules/cache', 'stale'],
    ['registry.terraform.io/contoso/registry/azurerm', 'Azure/avm-res-containerregistry-registry/azurerm', 'stale'],
    ['app.terraform.io/contoso/registry/azurerm', 'contoso/registry/azurerm', 'stale'],
    // go-getter's normal forms are not repeated: a git source matches any other remote source, never a registry address.
    ['git::https://github.com/org/acr.git?ref=v1.2.3', 'github.com/org/acr?ref=v1.2.3', 'installed'],
    ['git::https://github.com/org/acr.git//modules/x?ref=v1.2.3', 'git::https://github.com/org/acr.git//modules/x?ref=v1.2.3', 'installed'],
    ['registry.terraform.io/contoso/registry/azurerm', 'git::https://github.com/org/acr.git?ref=v1.2.3', 'stale'],
    ['./modules/old', 'contoso/registry/azurerm', 'stale'],
  ])('installed from %s, called as %s: %s', (installed, source, expected) => {
    expect(installedFor(installed, source)).toBe(expected);
  });

  it('is stale when the installed version no longer meets the constraint, or there is none to meet it', () => {
    const avm = 'registry.terraform.io/Azure/avm-res-containerregistry-registry/azurerm';
    const source = 'Azure/avm-res-containerregistry-registry/azurerm';
    expect(installedFor(avm, source, '0.4.0', '~> 0.4.0')).toBe('installed');
    expect(installedFor(avm, source, '0.4.0', undefined)).toBe('installed');
    expect(installedFor(avm, source, '0.4.0', '0.8.0')).toBe('stale');
    expect(installedFor(avm, source, undefined, '0.8.0')).toBe('stale');
  });

  it('is stale when a pre-release was installed and the constraint names none, as go-version checks it', () => {
    // A pre-release matches only a constraint with a pre-release of the same version: ~> 0.4 does not allow 0.4.1-beta.
    const avm = 'registry.terraform.io/Azure/avm-res-containerregistry-registry/azurerm';
    const source = 'Azure/avm-res-containerregistry-registry/azurerm';
    expect(installedFor(avm, source, '0.4.1-beta+build.7', '~> 0.4')).toBe('stale');
    expect(installedFor(avm, source, '0.4.1-beta', '>= 0.1.0, < 1.0.0')).toBe('stale');
    expect(installedFor(avm, source, '0.4.1-beta', undefined)).toBe('installed');
  });

  it('reads an entry only when its fields are what Terraform writes, and never throws on one that is not', () => {
    // A Version or Source that is an object without a usable toString made the whole scan an internal error.
    const root = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-manifest-'));
    mkdirSync(path.join(root, '.terraform/modules/acr'), { recursive: true });
    const read = (modules: unknown, source = 'contoso/acr/azurerm', constraint: string | undefined = '1.0.0') => {
      writeFileSync(path.join(root, '.terraform/modules/modules.json'), JSON.stringify({ Modules: modules }));
      return InstalledModules.read(root).installedFor(['acr'], source, constraint)?.kind;
    };
    const entry = { Key: 'acr', Source: 'registry.terraform.io/contoso/acr/azurerm', Version: '1.0.0', Dir: '.terraform/modules/acr' };
    expect(read([entry])).toBe('installed');
    expect(read([null, 1, 'acr', entry])).toBe('installed');
    expect(read([{ ...entry, Version: { toString: null } }])).toBeUndefined();
    expect(read([{ ...entry, Source: { toString: null } }])).toBeUndefined();
    expect(read([{ ...entry, Version: 1 }])).toBeUndefined();
    expect(read({ acr: entry })).toBeUndefined();
  });
});

describe('module sources read from text, without parsing', () => {
  it('agree with the parser on every fixture file', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const path = await import('node:path');
    const { readNativeConfig } = await import('../src/frontends/hcl/native-syntax.js');
    const { moduleSources } = await import('../src/frontends/hcl/module-sources-text.js');
    const { REPO_ROOT } = await import('./helpers/fixtures.js');
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(tf|tofu)$/.test(name)) files.push(full);
      }
    };
    walk(path.join(REPO_ROOT, 'fixtures'));
    let withModules = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const { config, problems } = readNativeConfig(text, file);
      if (!config || problems.some((p) => p.severity === 'error')) continue;
      const sources = config.body.blocks
        .filter((b) => b.type === 'module')
        .map((b) => b.body.attributes.find((a) => a.name === 'source')?.expr);
      const parsed = sources.flatMap((e) => (e?.kind === 'literal' && typeof e.value === 'string' ? [e.value] : []));
      // A source that is an expression (OpenTofu's `source = var.dir`) is left to the parser.
      const expression = sources.some((e) => e !== undefined && !(e.kind === 'literal' && typeof e.value === 'string'));
      if (parsed.length > 0) withModules++;
      expect([file, moduleSources(text)]).toEqual([file, expression ? undefined : parsed]);
    }
    expect(withModules).toBeGreaterThan(20);
  });

  it('skips strings, comments and heredocs while matching braces', async () => {
    const { moduleSources } = await import('../src/frontends/hcl/module-sources-text.js');
    const text = [
      'module "a" {',
      '  note = "a } in a string, and ${"nested"}"',
      '  # a } in a comment, and source = "./not-this"',
      '  doc = <<-EOT',
      '    } source = "./nor-this"',
      '  EOT',
      '  description = <<EOT',
      'x',
      'EOT',
      '  /* } */',
      '  # the source comes next',
      '  source = "./modules/a"',
      '}',
      'module "c" {',
      '  source_dir = "./not-the-source"',
      '  nested {',
      '    source = "./nested-not-the-source"',
      '  }',
      '}',
      'resource "x" "y" {',
      '  source = "./not-a-module"',
      '}',
      'module "b" {',
      '  source = "Azure/avm-res-containerregistry-registry/azurerm"',
      '}',
    ].join('\n');
    expect(moduleSources(text)).toEqual(['./modules/a', 'Azure/avm-res-containerregistry-registry/azurerm']);
  });

  it('reads only top-level module blocks, one-line ones too, and gives up cleanly on blocks that never close', async () => {
    const { moduleSources } = await import('../src/frontends/hcl/module-sources-text.js');
    const text = [
      'module "one_line" { source = "./one-line" }',
      'locals {',
      '  doc = <<EOT',
      'module "in_heredoc" {',
      '  source = "./not-this"',
      '}',
      'EOT',
      '}',
      'resource "x" "y" {',
      '  module "in_a_block" {',
      '    source = "./nor-this"',
      '  }',
      '}',
      'module "last" {',
      '  source = "./last"',
      '}',
    ].join('\n');
    expect(moduleSources(text)).toEqual(['./one-line', './last']);
    // Each header used to rescan to the end of the text: 20,000 unclosed ones took 33 s (the bench's scaling check times this shape).
    expect(moduleSources('module "a" {\n'.repeat(20_000) + 'module "b" {\n  source = "./b"\n}\n')).toEqual([]);
    expect(moduleSources('}\n}\nmodule "b" {\n  source = "./b"\n}\n')).toEqual(['./b']);
  });

  it('reads templates with strings and braces of their own, unquoted labels and headers after a comment', async () => {
    const { moduleSources } = await import('../src/frontends/hcl/module-sources-text.js');
    const text = [
      'module acr {',
      '  source = "./a"',
      '}',
      '/* platform */ module "b" {',
      '  source = "./b"',
      '}',
      'locals {',
      '  x = "${"{"}"',
      '  y = "%{ if true }}%{ endif }$${ %%{ "',
      '}',
      'module "c" {',
      '  for_each = toset(["${',
      '  "a"}"])',
      '  source = "./c"',
      '}',
    ].join('\n');
    expect(moduleSources(text)).toEqual(['./a', './b', './c']);
    // A blank line at a time, in one pass: a pattern that ran over line breaks took 8.6 s on 100 KB of them.
    expect(moduleSources(`${'\n'.repeat(200_000)}module "d" {\n  source = "./d"\n}\n`)).toEqual(['./d']);
  });

  it('ends a heredoc only at its closing line outside interpolations', async () => {
    const { moduleSources } = await import('../src/frontends/hcl/module-sources-text.js');
    // The `for` variable named like the marker, alone on a line inside the interpolation, does not close it.
    const text = 'module "app" {\n  description = <<x\n${join(",", [for x in ["a"] :\nx\n])}\nx\n  source = "./acr"\n}\n';
    expect(moduleSources(text)).toEqual(['./acr']);
    // In a heredoc a backslash is text, so `\${` still opens an interpolation (and the marker inside it does not close the heredoc).
    expect(moduleSources('module "a" {\n  description = <<-EOT\n    \\${join(",", [for EOT in ["a"] :\n    EOT\n    ])} $${\n  EOT\n  source = "./a"\n}\n')).toEqual(['./a']);
  });

  it('leaves to the parser a source with an escape, and templates nested past its bound', async () => {
    const { moduleSources } = await import('../src/frontends/hcl/module-sources-text.js');
    expect(moduleSources('module "a" {\n  source = "./\\u0061"\n}\n')).toBeUndefined();
    // An escaped backslash is read: Windows-style local sources write one per separator.
    expect(moduleSources('module "a" {\n  source = ".\\\\modules\\\\acr"\n}\n')).toEqual(['.\\modules\\acr']);
    expect(moduleSources('module "a" {\n  source = ".\\\\a\\u0061"\n}\n')).toBeUndefined();
    expect(moduleSources(`locals {\n  x = ${'"${'.repeat(100)}1${'}"'.repeat(100)}\n}\nmodule "a" {\n  source = "./a"\n}\n`)).toBeUndefined();
    // A text where no module block can start is not scanned at all.
    expect(moduleSources(`locals {\n  x = ${'"${'.repeat(100)}1${'}"'.repeat(100)}\n  y = module.a.id\n}\n`)).toEqual([]);
    expect(moduleSources(`locals {\n  x = ${'"${'.repeat(30)}1${'}"'.repeat(30)}\n}\nmodule "a" {\n  source = "./a"\n}\n`)).toEqual(['./a']);
  });

  it('agrees with the parser, or leaves the file to it, on mutations of the fixtures', async () => {
    const fc = (await import('fast-check')).default;
    const { readdirSync, readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { readNativeConfig } = await import('../src/frontends/hcl/native-syntax.js');
    const { moduleSources } = await import('../src/frontends/hcl/module-sources-text.js');
    const { REPO_ROOT } = await import('./helpers/fixtures.js');
    const { mutated } = await import('./helpers/fuzz-hcl.js');
    const texts = readdirSync(path.join(REPO_ROOT, 'fixtures'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.tf') && !f.includes('corpus'))
      .map((f) => readFileSync(path.join(REPO_ROOT, 'fixtures', f), 'utf8'))
      .filter((t) => t.includes('module'));
    let compared = 0;
    fc.assert(
      fc.property(mutated(texts, 3), (text) => {
        const { config, problems } = readNativeConfig(text, 'm.tf');
        if (!config || problems.some((p) => p.severity === 'error')) return;
        const parsed = config.body.blocks
          .filter((b) => b.type === 'module')
          .map((b) => b.body.attributes.find((a) => a.name === 'source')?.expr)
          .flatMap((e) => (e?.kind === 'literal' && typeof e.value === 'string' ? [e.value] : []));
        const scanned = moduleSources(text);
        if (scanned !== undefined) {
          compared++;
          expect(scanned).toEqual(parsed);
        }
      }),
      { numRuns: 400, seed: 0x50_0c },
    );
    expect(compared).toBeGreaterThan(50);
  });
});
