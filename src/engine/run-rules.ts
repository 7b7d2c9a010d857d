import { createHash } from 'node:crypto';
import type { AcrModel } from '../adapt/acr-model.js';
import { spanContains, type Span } from '../model/span.js';
import type { Origin } from '../model/value.js';
import { describeProvenance } from './describe.js';
import type { Finding, RelatedLocation } from './finding.js';
import type { Report, Rule } from './rule.js';

/** Runs every rule over the model and turns their reports into placed, de-duplicated, sorted findings. */
export function runRules(model: AcrModel, rules: readonly Rule[]): Finding[] {
  const findings = new Map<string, Finding>();
  for (const rule of rules) {
    rule.check({
      model,
      report: (report) => {
        const finding = placeFinding(rule, report);
        if (!findings.has(finding.fingerprint)) findings.set(finding.fingerprint, finding);
      },
    });
  }
  return [...findings.values()].sort(compareFindings);
}

/**
 * Chooses where a finding lands: the first place on the decisive value's trail (the attribute in
 * the resource block, which is where it enters the resource), else the resource block's header
 * when the value is a default that nobody wrote. The rest of the trail becomes related locations.
 */
export function placeFinding(rule: Rule, report: Report): Finding {
  const { subject, value } = report;
  const trail = value ? trailOf(value.origin) : [];
  const location = trail[0]?.span ?? subject.headerSpan ?? subject.span;
  const related: RelatedLocation[] = [];
  const add = (r: RelatedLocation): void => {
    // A hop inside a place already shown (the literal inside its attribute) adds nothing.
    if (location && spanContains(location, r.span)) return;
    if (related.some((x) => spanContains(x.span, r.span))) return;
    related.push(r);
  };
  trail.slice(1).forEach(add);
  for (const c of report.context ?? []) trailOf(c.origin).forEach((hop, i) => add(i === 0 ? { span: hop.span, message: c.message } : hop));
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
    fingerprint: fingerprint(rule.meta.id, subject.address, attribute),
  };
}

/** The places a value passed through, use site first, ending where it was written. */
function trailOf(origin: Origin): RelatedLocation[] {
  const hops: RelatedLocation[] = origin.via.map((span) => ({ span, message: 'the value passes through here' }));
  if (origin.span) hops.push({ span: origin.span, message: `value comes from here: ${describeProvenance(origin.provenance)}` });
  return hops;
}

/** Survives edits that move lines: it hashes the rule, the resource address and the attribute only. */
function fingerprint(ruleId: string, address: string, attribute: string | undefined): string {
  return createHash('sha256').update(`${ruleId}\u0000${address}\u0000${attribute ?? ''}`).digest('hex').slice(0, 32);
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    compareSpans(a.location, b.location) ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.address.localeCompare(b.address) ||
    (a.attribute ?? '').localeCompare(b.attribute ?? '')
  );
}

function compareSpans(a: Span | undefined, b: Span | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.start.offset - b.start.offset;
}
