import * as path from 'node:path';
import { globSync } from './glob';
import type { SeveritySetting } from '../core/checks/types';
import { checks } from '../core/checks/registry';
import { mergeConfigs, type LensConfig } from '../core/config';
import { ConfigFileCache, readConfigFile, type LoadedConfigFile } from '../node/configDiscovery';

export interface ConfigOptions {
  /** `--config FILE`: used for every file instead of the discovered ones. */
  readonly configFile?: string;
  /** `--no-config`: no file at all, only defaults and `--rule`. */
  readonly noConfig: boolean;
  /** `--rule id=severity`, applied last. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  /** `--stdin-filename`: where stdin's config is looked for (else the working directory). */
  readonly stdinPath?: string;
}

export interface ResolvedConfig {
  readonly config: LensConfig;
  /** The file it came from, if any. */
  readonly source?: string;
  /** True when the file is matched by the config's `ignore` globs. */
  readonly ignored: boolean;
}

/**
 * Decides the configuration of each checked file: the nearest `transcript-lens.config.json` /
 * `.transcriptlensrc.json` above it (or `--config`, or none), then `--rule` on top.
 * Config problems are reported once per config file through `warn`.
 */
export class ConfigResolver {
  private readonly cache = new ConfigFileCache({ knownCheckIds: checks.map((c) => c.id) });
  private readonly explicit?: LoadedConfigFile;
  private readonly reported = new Set<string>();
  private readonly ignoredByConfig = new Map<string, Set<string>>();

  constructor(
    private readonly options: ConfigOptions,
    private readonly warn: (message: string) => void,
  ) {
    if (options.configFile && !options.noConfig) {
      this.explicit = readConfigFile(path.resolve(options.configFile), { knownCheckIds: checks.map((c) => c.id) });
    }
  }

  /** Problems of `--config FILE` that make it unusable (unreadable, not JSON): a usage error. */
  explicitFatal(): string | undefined {
    const fatal = this.explicit?.problems.find((p) => p.path === '');
    return fatal ? `${this.explicit!.path}: ${fatal.message}` : undefined;
  }

  private loaded(file: string): LoadedConfigFile | undefined {
    if (this.options.noConfig) return undefined;
    if (this.explicit) return this.explicit;
    if (file === '-') return this.cache.load(this.options.stdinPath ? path.dirname(path.resolve(this.options.stdinPath)) : process.cwd());
    return this.cache.load(path.dirname(file));
  }

  private report(loaded: LoadedConfigFile): void {
    if (this.reported.has(loaded.path)) return;
    this.reported.add(loaded.path);
    for (const p of loaded.problems) this.warn(`${loaded.path}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
  }

  /** Files matched by a config's `ignore` globs, relative to the config file's folder; found once per config. */
  private ignoredSet(loaded: LoadedConfigFile): Set<string> {
    let set = this.ignoredByConfig.get(loaded.path);
    if (!set) {
      const patterns = (loaded.config.ignore ?? []).flatMap((p) => {
        const q = p.replace(/^\.\//, '').replace(/\/$/, '');
        // "drafts" and "drafts/" name a folder: ignore what is inside it too.
        return [q, `${q}/**`];
      });
      const base = path.dirname(loaded.path);
      set = new Set(patterns.length ? globSync(patterns, { cwd: base, absolute: true, dot: true }).map((f) => path.resolve(f)) : []);
      this.ignoredByConfig.set(loaded.path, set);
    }
    return set;
  }

  resolve(file: string): ResolvedConfig {
    const loaded = this.loaded(file);
    if (loaded) this.report(loaded);
    const config = mergeConfigs(loaded?.config, { checks: this.options.rules });
    const ignored = !!loaded && file !== '-' && (loaded.config.ignore?.length ?? 0) > 0 && this.ignoredSet(loaded).has(file);
    return { config, source: loaded?.path, ignored };
  }
}
