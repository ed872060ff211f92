import { validateConfig } from '../core/configFile';
import type { LensConfig } from '../core/config';

/**
 * The editor settings under `transcriptLens` (workspace/configuration), read into what the server uses.
 * Keys read: enable, checks, knownNames, ignoredFindings, maxFileSize. The config-related keys go through the
 * same validator as the config file, so both accept exactly the same shapes.
 */
export interface ServerSettings {
  /** False: no live diagnostics (structure features stay on: they cost one parse and change nothing). */
  readonly enable: boolean;
  readonly config: LensConfig;
  /** Documents larger than this (UTF-8 bytes) get no live checks, only the outline. */
  readonly maxFileSizeBytes: number;
}

export const DEFAULT_MAX_FILE_SIZE_MB = 5;
const MB = 1024 * 1024;

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  config: {},
  maxFileSizeBytes: DEFAULT_MAX_FILE_SIZE_MB * MB,
};

/**
 * A size as a setting may state it: a number of megabytes (5, 0.5) — or of bytes when it is too large to be
 * megabytes (> 10 000) — or a string with a unit ("2MB", "500 KB", "1048576").
 */
export function parseFileSize(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value > 10_000 ? value : value * MB;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|bytes?|kb|kib|k|mb|mib|m|gb|gib|g)?\s*$/i.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  if (unit.startsWith('k')) return n * 1024;
  if (unit.startsWith('m')) return n * MB;
  if (unit.startsWith('g')) return n * 1024 * MB;
  return unit ? n : parseFileSize(n);
}

/**
 * VS Code nests the per-check settings `transcriptLens.checks.<id>.severity` into {<id>: {severity}}, with
 * "default" for checks the user left alone; hand-written settings (Neovim, Helix) say {<id>: severity}.
 * Both become {<id>: severity} holding only what the user chose, so the config file and defaults still apply.
 */
function flattenChecks(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = {};
  for (const [id, v] of Object.entries(raw as Record<string, unknown>)) {
    const severity = v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as { severity?: unknown }).severity : v;
    if (severity === undefined || severity === 'default') continue;
    out[id] = severity;
  }
  return out;
}

/** Reads the raw `transcriptLens` settings object; anything missing or malformed takes its default. */
export function readSettings(raw: unknown): ServerSettings {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return DEFAULT_SETTINGS;
  const obj = raw as Record<string, unknown>;
  const { config } = validateConfig({ checks: flattenChecks(obj.checks), knownNames: obj.knownNames, ignoredFindings: obj.ignoredFindings });
  return {
    enable: obj.enable !== false,
    config,
    maxFileSizeBytes: parseFileSize(obj.maxFileSize) ?? DEFAULT_SETTINGS.maxFileSizeBytes,
  };
}

/** UTF-8 length without allocating an encoded copy (the browser has no Buffer). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** True when the document is past the live-checking limit; exact only near the limit. */
export function exceedsSize(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;
  return utf8Length(text) > maxBytes;
}
