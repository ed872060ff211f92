import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../src/core/checks/registry';
import { parseConfigFile } from '../src/core/configFile';
import { buildConfigSchema } from '../src/cli/configSchema';

const SCHEMA = path.resolve(__dirname, '../schemas/transcript-lens.config.schema.json');

describe('config file JSON schema', () => {
  it('schemas/transcript-lens.config.schema.json is generated from the check registry (TL_UPDATE_SCHEMA=1 rewrites it)', () => {
    const expected = `${JSON.stringify(buildConfigSchema(checks), null, 2)}\n`;
    if (process.env.TL_UPDATE_SCHEMA === '1') writeFileSync(SCHEMA, expected);
    expect(readFileSync(SCHEMA, 'utf8')).toBe(expected);
  });

  it('lists exactly the registered check ids, each with its summary and default severity', () => {
    const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const props = schema.properties.checks.properties;
    expect(Object.keys(props).sort()).toEqual(checks.map((c) => c.id).sort());
    expect(schema.properties.checks.propertyNames.enum.sort()).toEqual(checks.map((c) => c.id).sort());
    for (const c of checks) {
      expect(props[c.id].enum).toEqual(['off', 'hint', 'info', 'warning', 'error']);
      expect(props[c.id].description).toContain(c.summary);
      expect(props[c.id].default).toBe(c.defaultSeverity);
    }
  });

  it('describes the same keys the config parser reads', () => {
    const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));
    const id = checks[0]?.id ?? 'x';
    const sample = { checks: { [id]: 'off' }, knownNames: ['Kingsoft Cloud'], ignore: ['drafts/**'], ignoredFindings: [{ check: id, hash: '0123abcd' }] };
    const parsed = parseConfigFile(JSON.stringify(sample), { knownCheckIds: checks.map((c) => c.id) });
    expect(parsed.problems).toEqual([]);
    expect(Object.keys(parsed.config).sort()).toEqual(Object.keys(sample).sort());
    expect(Object.keys(schema.properties).filter((k) => k !== '$schema').sort()).toEqual(Object.keys(sample).sort());
    expect(schema.additionalProperties).toBe(false);
  });
});
