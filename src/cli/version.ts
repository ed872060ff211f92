import pkg from '../../package.json';

/** Bundled from package.json at build time, so the CLI needs no file next to it at run time. */
export const VERSION: string = pkg.version;

/** Where people read about the tool: package.json `homepage`, else its repository, else the npm page. */
export function informationUri(): string {
  const p = pkg as { homepage?: string; repository?: string | { url?: string } };
  if (p.homepage) return p.homepage;
  const repo = typeof p.repository === 'string' ? p.repository : p.repository?.url;
  if (repo) return repo.replace(/^git\+/, '').replace(/\.git$/, '');
  return `https://www.npmjs.com/package/${pkg.name}`;
}

/** Link to a check's section in docs/checks.md (its id is the heading's anchor). */
export function checkHelpUri(id: string): string {
  const base = informationUri();
  return base.includes('github.com') ? `${base.replace(/\/$/, '')}/blob/main/docs/checks.md#${id}` : `${base}#${id}`;
}
