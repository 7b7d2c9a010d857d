import type { Resource } from '../model/graph.js';
import type { Origin, Value } from '../model/value.js';
import type { AcrModel } from '../adapt/acr-model.js';
import type { Level } from './finding.js';

/** Static description of a rule; the SARIF `reportingDescriptor` is built from it. */
export interface RuleMeta {
  /** Stable id, never reused: `ACR001`. */
  id: string;
  /** Kebab-case name shared by the rule file, its doc and its fixture folder. */
  name: string;
  defaultLevel: Level;
  /** CVSS-like score for GitHub code scanning, 0.0–10.0. */
  securitySeverity: number;
  tags: string[];
  shortDescription: string;
  fullDescription: string;
}

/** What a rule reports: the subject and the value or origin it is about. Never a location. */
export interface Report {
  /** The resource the finding is about. */
  subject: Resource;
  /** Attribute path on the subject that holds the decisive value (`network_rule_bypass_option`). */
  attribute?: string;
  /** The decisive value; its origin decides where the finding lands and what is related. */
  value?: Value;
  /** Other origins that explain the finding (e.g. the setting that restricts the network). */
  context?: { origin: Origin; message: string }[];
  message: string;
  /** Overrides the rule's default level (e.g. `note` when an input is unknown). */
  level?: Level;
}

/** What a rule sees. */
export interface RuleContext {
  model: AcrModel;
  report(report: Report): void;
  /**
   * `"text"`, for a message: a value longer than MAX_QUOTED_LENGTH (output-text.ts) is cut, saying
   * how much was left out, never inside a value Terraform marks sensitive. Rules quote values they do not
   * control with it: a value may be megabytes long, and quoted in thousands of findings.
   */
  quote(text: string): string;
  /**
   * `quote(text)` for text a rule made from the value `from`: a part of it (its host, its tag) or a
   * fix written from it. When `from` holds a value Terraform marks sensitive, the text may hold a
   * part of that value, which redaction of the message would not recognise: it is written as
   * `"(sensitive value)"` instead.
   */
  quoteDerived(text: string, from: string): string;
}

/** A rule: metadata plus one check over the typed model. */
export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
