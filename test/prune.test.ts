/**
 * Relevance first must never lose a finding: on generated monorepos, the pruned scan (the default)
 * finds exactly what a full scan finds, while skipping the modules that cannot matter.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALL_RULES } from '../rules/index.js';
import { lint } from '../src/lint.js';
import { REPO_ROOT } from './helpers/fixtures.js';

const SEED = readFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/locked-down-cache/main.tf'), 'utf8');
const AVM = readFileSync(path.join(REPO_ROOT, 'fixtures/scenarios/avm-private-cache/main.tf'), 'utf8');

/** A deterministic PRNG (mulberry32), so every run builds the same tree. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const storage = (i: number): string => `resource "azurerm_storage_account" "s${i}" {\n  name                     = "st${i}"\n  resource_group_name      = "rg"\n  location                 = "westeurope"\n  account_tier             = "Standard"\n  account_replication_type = "LRS"\n}\n`;

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** Roots of four kinds: plain, registry, caller of a local registry module, AVM call; plus an installed module. */
function monorepo(seed: number, roots: number): string {
  const random = prng(seed);
  const root = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-mono-'));
  write(root, 'modules/registry/main.tf', SEED.replace('public_network_access_enabled = false', 'public_network_access_enabled = var.private') + 'variable "private" {\n  type = bool\n}\n');
  for (let i = 0; i < roots; i++) {
    const dir = `stacks/s${i}`;
    const kind = Math.floor(random() * 5);
    write(root, `${dir}/main.tf`, storage(i));
    if (kind === 1) write(root, `${dir}/acr.tf`, SEED);
    if (kind === 2) write(root, `${dir}/platform.tf`, `module "registry" {\n  source  = "../../modules/registry"\n  private = ${random() < 0.5}\n}\n`);
    if (kind === 3) write(root, `${dir}/avm.tf`, AVM);
    if (kind === 4) {
      // The caller never names a registry; the module `terraform init` installed does.
      write(root, `${dir}/mod.tf`, 'module "acr" {\n  source  = "app.terraform.io/contoso/registry/azurerm"\n  version = "1.0.0"\n  private = true\n}\n');
      write(root, `${dir}/.terraform/modules/modules.json`, JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, { Key: 'acr', Source: 'app.terraform.io/contoso/registry/azurerm', Version: '1.0.0', Dir: '.terraform/modules/acr' }] }));
      write(root, `${dir}/.terraform/modules/acr/main.tf`, readFileSync(path.join(root, 'modules/registry/main.tf'), 'utf8'));
    }
  }
  return root;
}

describe('relevance first', () => {
  it.each([
    [1, 40],
    [7, 60],
  ])('finds exactly what a full scan finds (seed %i, %i stacks)', async (seed, roots) => {
    const root = monorepo(seed, roots);
    const options = { root, commandLine: [], rules: ALL_RULES };
    const pruned = await lint([root], options);
    const full = await lint([root], { ...options, prune: false });
    const key = (f: { fingerprint: string; level: string; location?: { file: string; start: { line: number } } }): string => `${f.fingerprint} ${f.level} ${f.location?.file}:${f.location?.start.line}`;
    // Every kind of root that matters shows up: its own registry, a local registry module, an installed one.
    const files = new Set(full.findings.map((f) => f.location?.file ?? ''));
    expect([...files].some((f) => f.endsWith('/acr.tf'))).toBe(true);
    expect(files.has('modules/registry/main.tf')).toBe(true);
    expect([...files].some((f) => f.endsWith('/mod.tf'))).toBe(true);
    expect(pruned.findings.map(key).sort()).toEqual(full.findings.map(key).sort());
    expect(pruned.diagnostics).toEqual(full.diagnostics);
    expect(pruned.skipped.modules).toBeGreaterThan(0);
    expect(full.skipped).toEqual({ modules: 0, files: 0 });
  });
});
