import type { SeveritySetting } from './checks/types';

/**
 * The shared configuration: `transcript-lens.config.json` / `.transcriptlensrc.json` for the CLI and the
 * extension, and the extension's `transcriptLens.*` settings, which override the file.
 */
export interface LensConfig {
  /** Per-check severity or off, by check id. */
  readonly checks?: Readonly<Record<string, SeveritySetting>>;
  /** Names that are right as written: never reported as variants, never "corrected". */
  readonly knownNames?: readonly string[];
  /** Glob patterns of files the CLI skips. */
  readonly ignore?: readonly string[];
  /** Single findings silenced by "ignore here": the check and a hash of the text around it. */
  readonly ignoredFindings?: readonly IgnoredFinding[];
}

export interface IgnoredFinding {
  readonly check: string;
  readonly hash: string;
}

/** Later configs override earlier ones; lists are joined. */
export function mergeConfigs(...configs: readonly (LensConfig | undefined)[]): LensConfig {
  let checks: Record<string, SeveritySetting> = {};
  const knownNames: string[] = [];
  const ignore: string[] = [];
  const ignoredFindings: IgnoredFinding[] = [];
  for (const c of configs) {
    if (!c) continue;
    checks = { ...checks, ...c.checks };
    knownNames.push(...(c.knownNames ?? []));
    ignore.push(...(c.ignore ?? []));
    ignoredFindings.push(...(c.ignoredFindings ?? []));
  }
  return { checks, knownNames, ignore, ignoredFindings };
}
