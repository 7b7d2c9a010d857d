/** Configuration text the tests build around a value they vary, and linting it from a new directory. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lint } from '../../src/lint.js';
import { ALL_RULES } from '../../rules/index.js';

/** Lints the files written in a new directory: a plan or state by its name, configuration by the directory. */
export async function lintFiles(files: Record<string, string>): Promise<Awaited<ReturnType<typeof lint>>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tf-acr-lint-files-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  const documents = Object.keys(files).filter((name) => name.endsWith('.json') && !name.endsWith('.tf.json'));
  return lint(documents.length > 0 ? documents.map((name) => path.join(dir, name)) : [dir], { root: dir, commandLine: [], rules: ALL_RULES });
}

/** An `azurerm_container_registry_credential_set` "c" for Docker Hub, its secret ids the expressions given, as lines. */
export function credentialSetLines(usernameSecretId: string, passwordSecretId: string): string[] {
  return [
    'resource "azurerm_container_registry_credential_set" "c" {',
    '  name                  = "c"',
    '  container_registry_id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/acr"',
    '  login_server          = "docker.io"',
    '  identity {',
    '    type = "SystemAssigned"',
    '  }',
    '  authentication_credentials {',
    `    username_secret_id = ${usernameSecretId}`,
    `    password_secret_id = ${passwordSecretId}`,
    '  }',
    '}',
  ];
}
