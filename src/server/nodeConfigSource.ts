import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigFileCache } from '../node/configDiscovery';
import type { ConfigFileSource } from './server';

/**
 * The Node server's view of `transcript-lens.config.json` / `.transcriptlensrc.json`: found upward from the
 * document's folder, cached per folder, problems logged once per file version.
 */
export function nodeConfigFileSource(log: (message: string) => void): ConfigFileSource {
  const cache = new ConfigFileCache();
  const reported = new Set<string>();
  return {
    load(uri) {
      if (!uri.startsWith('file:')) return undefined;
      const loaded = cache.load(path.dirname(fileURLToPath(uri)));
      if (!loaded) return undefined;
      for (const p of loaded.problems) {
        const key = `${loaded.path}:${p.path}:${p.message}`;
        if (reported.has(key)) continue;
        reported.add(key);
        log(`${loaded.path}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
      }
      return loaded.config;
    },
    clear() {
      cache.clear();
      reported.clear();
    },
  };
}
