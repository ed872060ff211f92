import type { Check } from '../core/checks/types';

const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'] as const;

/**
 * The JSON schema of transcript-lens.config.json / .transcriptlensrc.json, built from the check registry so the
 * list of check ids cannot drift: schemas/transcript-lens.config.schema.json is this, written by
 * `TL_UPDATE_SCHEMA=1 npx vitest run test/cli-config-schema.test.ts`, and that test fails when they differ.
 */
export function buildConfigSchema(checks: readonly Check[]): object {
  const severity = {
    description: 'off turns the check off; the others set the severity of its findings.',
    enum: [...SEVERITIES],
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Transcript Lens configuration',
    description:
      'transcript-lens.config.json or .transcriptlensrc.json: the nearest one above a transcript applies to it, in the CLI and in the editor.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'The schema this file follows.' },
      checks: {
        description: 'Severity of each check by id, or off. Checks not listed keep their default severity.',
        type: 'object',
        propertyNames: { enum: checks.map((c) => c.id) },
        properties: Object.fromEntries(
          checks.map((c) => [c.id, { ...severity, description: `${c.summary} (${c.category}; default: ${c.defaultSeverity})`, default: c.defaultSeverity }]),
        ),
        additionalProperties: false,
      },
      knownNames: {
        description: 'Names that are right as written: never reported as garbled variants, never "corrected".',
        type: 'array',
        items: { type: 'string', minLength: 1 },
        uniqueItems: true,
      },
      ignore: {
        description: 'Glob patterns, relative to this file\'s folder, of files the CLI does not check (e.g. "drafts/**").',
        type: 'array',
        items: { type: 'string', minLength: 1 },
      },
      ignoredFindings: {
        description: 'Single findings silenced with "ignore here": the check id and a hash of the text around the finding.',
        type: 'array',
        items: {
          type: 'object',
          required: ['check', 'hash'],
          additionalProperties: false,
          properties: {
            check: { type: 'string', description: 'Check id.', enum: checks.map((c) => c.id) },
            hash: { type: 'string', description: 'Hash of the finding\'s text and context (as in `check --format json`).', pattern: '^[0-9a-f]{8}$' },
          },
        },
      },
    },
  };
}
