import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// Offline check of electron-builder.yml: electron-builder's own JSON schema plus the settings the
// architecture requires. No packaging, no downloads.

const root = resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const schemaPath = join(dirname(require.resolve('app-builder-lib/package.json')), 'scheme.json');

interface FileSet {
  from: string;
  to: string;
  filter?: string[];
}
type Targets = { target: (string | { target: string })[] };

const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  extraResources: FileSet[];
  files: string[];
  asarUnpack: string[];
  win: Targets;
  linux: Targets;
  mac: Targets;
  publish?: { provider: string; url: string };
  directories: { buildResources: string };
};

const targetNames = (t: Targets) => t.target.map((entry) => (typeof entry === 'string' ? entry : entry.target));

describe('electron-builder.yml', () => {
  it("matches electron-builder's schema (app-builder-lib/scheme.json)", () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
    // Same tolerance as electron-builder's own validator (draft-07, non-standard keywords allowed).
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check really rejects a bad config', () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate({ ...config, npmRebuild: 'no' })).toBe(false);
    expect(validate({ ...config, notAnOption: true })).toBe(false);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
  });

  it('identifies the app', () => {
    expect(config.appId).toBe('id.go.dinsos.verivali');
    expect(config.productName).toBe('Verivali Desktop');
    expect(config.directories.buildResources).toBe('build');
  });

  it('never rebuilds native modules and packs into asar with the SQLite prebuilds unpacked', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack.some((p) => p.includes('better-sqlite3-multiple-ciphers'))).toBe(true);
    expect(existsSync(join(root, 'node_modules/better-sqlite3-multiple-ciphers/prebuilds'))).toBe(true);
  });

  it('ships the built app and package.json', () => {
    expect(config.files).toContain('out/**');
    expect(config.files).toContain('package.json');
  });

  it('builds the installers of each OS', () => {
    expect(targetNames(config.win).sort()).toEqual(['nsis', 'portable']);
    expect(targetNames(config.linux).sort()).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.mac)).toEqual(['dmg']);
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('ships migrations and region data as extra resources, from folders that exist', () => {
    const byTarget = new Map(config.extraResources.map((r) => [r.to, r]));
    expect(byTarget.get('migrations')?.from).toBe('db/migrations');
    expect(byTarget.get('regions')?.from).toBe('node_modules/idn-area-data/data');
    for (const resource of config.extraResources) {
      const folder = join(root, resource.from);
      expect(existsSync(folder) && statSync(folder).isDirectory(), `${resource.from} must exist`).toBe(true);
    }
  });

  it('keeps the ODbL licence next to the region data', () => {
    const regions = config.extraResources.find((r) => r.to === 'regions');
    expect(regions?.filter).toContain('LICENSE.md');
    expect(existsSync(join(root, 'node_modules/idn-area-data/data/LICENSE.md'))).toBe(true);
  });

  it('names distinct artifacts for the two Windows .exe targets', () => {
    const nsis = (config.nsis as { artifactName: string }).artifactName;
    const portable = (config.portable as { artifactName: string }).artifactName;
    expect(nsis).not.toBe(portable);
  });

  it('publishes nowhere real: the update URL comes from settings at run time', () => {
    if (config.publish) {
      expect(config.publish.provider).toBe('generic');
      expect(new URL(config.publish.url).hostname.endsWith('.invalid')).toBe(true);
    }
    expect(JSON.stringify(config)).not.toMatch(/\$\{env\./);
  });
});
