/**
 * tinyglobby, loaded through its CommonJS build on purpose: its ESM build pulls fdir's ESM build, which calls
 * createRequire(import.meta.url), and import.meta.url is empty in the CommonJS bundle esbuild makes of the CLI.
 * `require` makes esbuild pick the "require" export condition for tinyglobby and, through it, for fdir.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tinyglobby = require('tinyglobby') as typeof import('tinyglobby');

export const globSync = tinyglobby.globSync;
export const isDynamicPattern = tinyglobby.isDynamicPattern;
