/**
 * Reads plan and state documents, and maps them to their `.tf` sources when those are at hand:
 * the directory holding the plan (when it is the root module), or the one `--source` names.
 */
import path from 'node:path';
import type { Diagnostic, Resource, Suppression } from '../../model/graph.js';
import { moduleSourceOf, fileNamesIn, type DocumentSource, type ModuleSource } from '../../load/discover.js';
import { readJsonDocument } from '../../load/read-source.js';
import { readHclModules, type CommandLineInput } from '../hcl/index.js';
import { readPlanDocument, type PlanGraph, type ReadPlanOptions } from './read-plan.js';
import { mapToSources } from './source-map.js';
import { appendAll } from '../../model/append.js';

/** Options for reading plan documents. */
export interface PlanOptions {
  root: string;
  /** `--source DIR`: the configuration the plans were made from. */
  source?: string;
  /** Variable inputs, used only to evaluate the sources for their places. */
  commandLine: CommandLineInput[];
  /** The resources the caller reads (all by default); the others are counted in `unread`, not built. */
  wanted?: ReadPlanOptions['wanted'];
}

/** Reads every document; each one's problems are diagnostics, and the others still count. */
export function readPlanDocuments(documents: DocumentSource[], options: PlanOptions): PlanGraph & { documentsRead: number } {
  const resources: Resource[] = [];
  const diagnostics: Diagnostic[] = [];
  const suppressions: Suppression[] = [];
  const sensitive: string[] = [];
  const sensitiveKeys: string[] = [];
  let documentsRead = 0;
  let unread = 0;
  for (const document of documents) {
    const text = readJsonDocument(document.absolutePath, document.file);
    if (!text.ok) {
      diagnostics.push(text.diagnostic);
      continue;
    }
    const graph = readPlanDocument(text.text, document.file, options.wanted ? { wanted: options.wanted } : {});
    unread += graph.unread;
    appendAll(diagnostics, graph.diagnostics);
    appendAll(sensitive, graph.sensitive ?? []);
    if (!graph.diagnostics.some((d) => d.severity === 'error')) documentsRead++;
    const sources = sourceModule(document, options);
    // Read even when no resource is: the sources' suppressions and sensitive values count all the same.
    if (!sources || (graph.resources.length === 0 && graph.unread === 0)) {
      appendAll(resources, graph.resources);
      continue;
    }
    const hcl = readHclModules([sources], { root: options.root, commandLine: options.commandLine, prune: false });
    // The sources are read for their places only: their own problems are reported when they are linted as sources.
    appendAll(resources, mapToSources(graph.resources, hcl.resources));
    appendAll(suppressions, hcl.suppressions ?? []);
    appendAll(sensitive, hcl.sensitive ?? []);
    appendAll(sensitiveKeys, hcl.sensitiveKeys ?? []);
  }
  return { resources, diagnostics, suppressions, sensitive, sensitiveKeys, documentsRead, unread };
}

/** The root module of `--source`, else of the plan's own directory when it holds configuration files. */
function sourceModule(document: DocumentSource, options: PlanOptions): ModuleSource | undefined {
  const dir = options.source ? path.resolve(options.source) : path.dirname(document.absolutePath);
  const names = fileNamesIn(dir);
  const module = moduleSourceOf(dir, names, options.root);
  return module.files.length > 0 ? module : undefined;
}
