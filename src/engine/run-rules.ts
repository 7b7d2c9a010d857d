import { createHash } from 'node:crypto';
import type { AcrModel } from '../adapt/acr-model.js';
import type { Suppression } from '../model/graph.js';
import type { Origin } from '../model/value.js';
import { spanContains, type Span } from '../model/span.js';
import { describeProvenance } from './describe.js';
import { outputText, type OutputText } from './output-text.js';
import type { Finding, RelatedLocation } from './finding.js';
import type { Report, Rule } from './rule.js';
import { applySuppressions, type PlacedFinding, type SuppressionOutcome } from './suppress.js';

/**
 * Runs every rule over the model and turns their reports into placed, de-duplicated, sorted
 * findings, minus those an inline suppression covers. Each message is written as `text.message`
 * writes it (redacted, then cut) as it is reported, so what a rule quotes is never kept whole:
 * 80,000 findings each quoting 10,000 characters twice once ran out of heap before any was cut.
 */
export function runRules(model: AcrModel, rules: readonly Rule[], suppressions: Suppression[] = [], text: OutputText = outputText([])): SuppressionOutcome {
  const placed = new Map<string, PlacedFinding>();
  for (const rule of rules) {
    rule.check({
      model,
      quote: text.quote,
      quoteDerived: text.quoteDerived,
      report: (report) => {
        const finding = placeFinding(rule, report);
        if (placed.has(finding.fingerprint)) return;
        const written = { ...finding, message: text.message(finding.message), related: finding.related.map((r) => ({ ...r, message: text.message(r.message) })) };
        placed.set(finding.fingerprint, { finding: written, callSpans: report.subject.callSpans ?? [] });
      },
    });
  }
  const outcome = applySuppressions([...placed.values()], suppressions, rules);
  return { ...outcome, findings: outcome.findings.sort(compareFindings), suppressed: outcome.suppressed.sort(compareFindings) };
}

/**
 * Chooses where a finding lands: the first place on the decisive value's trail that a person
 * edits in this repository (the attribute in the resource block, where the value enters the
 * resource; for an installed module, the argument of its call), else the resource block's header
 * or the innermost editable module call when the value is a default nobody wrote. Related
 * locations explain it: where the value was written, where the context (e.g. the restriction)
 * was set, the hops in between, and the module call when the finding lands inside a module.
 */
export function placeFinding(rule: Rule, report: Report): Finding {
  const { subject, value } = report;
  const trail = value ? [...value.origin.via, ...(value.origin.span ? [value.origin.span] : [])] : [];
  const calls = subject.callSpans ?? [];
  const location =
    trail.find(isEditable) ??
    [subject.headerSpan ?? subject.span].find((s) => s !== undefined && isEditable(s)) ??
    [...calls].reverse().find(isEditable);
  const candidates: RelatedLocation[] = [];
  if (value?.origin.span) candidates.push({ span: value.origin.span, message: writtenHere('the value comes from here', value.origin) });
  for (const c of report.context ?? []) {
    const [site, ...rest] = [...c.origin.via, ...(c.origin.span ? [c.origin.span] : [])].filter(isEditable);
    if (site) candidates.push({ span: site, message: c.message });
    if (c.origin.span && rest.includes(c.origin.span)) candidates.push({ span: c.origin.span, message: writtenHere('that value comes from here', c.origin) });
  }
  for (const hop of value?.origin.via ?? []) candidates.push({ span: hop, message: 'the value passes through here' });
  const call = calls[calls.length - 1];
  if (call && location !== call) candidates.push({ span: call, message: 'the module is called here' });
  const related: RelatedLocation[] = [];
  for (const candidate of candidates.filter((c) => isEditable(c.span))) {
    // A place inside (or around) one already shown adds nothing: the literal inside its attribute.
    const shown = location ? [location, ...related.map((r) => r.span)] : related.map((r) => r.span);
    if (shown.some((s) => overlapsAsNesting(s, candidate.span))) continue;
    related.push(candidate);
  }
  const attribute = report.attribute;
  return {
    ruleId: rule.meta.id,
    ruleName: rule.meta.name,
    level: report.level ?? rule.meta.defaultLevel,
    message: report.message,
    address: subject.address,
    ...(attribute !== undefined ? { attribute } : {}),
    ...(location ? { location } : {}),
    related,
    fingerprint: fingerprint(rule.meta.id, subject.root, subject.address, attribute),
  };
}

/** `the value comes from here`, or `the value comes from here: the default of variable "x"` when that says more. */
function writtenHere(what: string, origin: Origin): string {
  return origin.provenance.kind === 'literal' ? what : `${what}: ${describeProvenance(origin.provenance)}`;
}

/** Code under `.terraform/` was installed by `terraform init`: nobody edits it in this repository. */
function isEditable(span: Span): boolean {
  return !/(^|\/)\.terraform\//.test(span.file);
}

function overlapsAsNesting(a: Span, b: Span): boolean {
  return spanContains(a, b) || spanContains(b, a);
}

/** Survives edits that move lines: it hashes the rule, the root module, the resource address and the attribute only. */
function fingerprint(ruleId: string, root: string, address: string, attribute: string | undefined): string {
  return createHash('sha256').update([ruleId, root, address, attribute ?? ''].join('\u0000')).digest('hex').slice(0, 32);
}

/** Findings in file order, then by rule, address and attribute: code-unit order, the same on every machine whatever its locale. */
function compareFindings(a: Finding, b: Finding): number {
  return compareSpans(a.location, b.location) || compareText(a.ruleId, b.ruleId) || compareText(a.address, b.address) || compareText(a.attribute ?? '', b.attribute ?? '');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareSpans(a: Span | undefined, b: Span | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return compareText(a.file, b.file) || a.start.offset - b.start.offset;
}
