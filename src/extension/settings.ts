/**
 * Settings as the server wants them. VS Code nests the dotted keys `transcriptLens.checks.<id>.severity`
 * into `{checks: {<id>: {severity}}}` and returns "default" for checks the user did not set; the server
 * (and the core's LensConfig) want `checks: {<id>: severity}` holding only what the user chose, so the
 * config file and each check's own default still apply. Pure: unit-tested.
 */
import type { SeveritySetting } from '../core/checks/types';

const SEVERITIES: ReadonlySet<string> = new Set(['off', 'hint', 'info', 'warning', 'error']);

export interface ClientSettings {
  readonly enable?: boolean;
  readonly checks?: Record<string, SeveritySetting>;
  readonly knownNames?: readonly string[];
  readonly maxFileSize?: number;
  readonly [key: string]: unknown;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Accepts `{id: {severity}}` (what the per-check settings produce) and `{id: severity}` (hand-written). */
export function normaliseChecks(raw: unknown): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  if (!isObject(raw)) return out;
  for (const [id, v] of Object.entries(raw)) {
    const sev = isObject(v) ? v.severity : v;
    if (typeof sev === 'string' && SEVERITIES.has(sev)) out[id] = sev as SeveritySetting;
  }
  return out;
}

export function normaliseSettings(raw: unknown): ClientSettings {
  if (!isObject(raw)) return {};
  return { ...raw, checks: normaliseChecks(raw.checks) };
}
