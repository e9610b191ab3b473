import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = 'fs|path|os|crypto|child_process|worker_threads|http|https|net|url|util|stream|zlib|events|buffer|module|process';

const noNode = { regex: `^(node:.*|(${NODE_BUILTINS})(/.*)?)$`, message: 'Kode ini berjalan di mana saja (renderer dan Node): jangan impor modul bawaan Node.' };
const noElectron = { regex: '^(electron|@electron/.*)(/.*)?$', message: "Hanya electron/main dan electron/preload yang boleh mengimpor 'electron'." };
const noDb = { regex: '(^|/)db(/|$)', message: 'Akses database hanya lewat core/server (kontrak), bukan langsung.' };
const noServer = { regex: '(^|/)core/server(/|$)|^\\.\\./server(/|$)|^\\.\\./\\.\\./server(/|$)', message: 'Gunakan kontrak (core/contract), bukan core/server.' };
const noRenderer = { regex: '(^|/)renderer(/|$)', message: 'Backend tidak boleh bergantung pada UI.' };
const noDrizzleMigrator = { group: ['drizzle-orm/migrator', 'drizzle-orm/*/migrator'], message: 'Hanya db/migrate.ts yang menjalankan migrasi.' };

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', '.cache', 'bench/.data', 'db/migrations', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      ...restrict(noDrizzleMigrator),
    },
  },
  // Section 2 of the architecture: import boundaries, enforced here rather than by hope.
  { files: ['renderer/**'], plugins: { 'react-hooks': reactHooks }, rules: { ...reactHooks.configs.recommended.rules, ...restrict(noNode, noElectron, noDb, noServer, noDrizzleMigrator) } },
  { files: ['core/contract/**', 'core/domain/**'], rules: restrict(noNode, noElectron, noDb, noServer, noRenderer, noDrizzleMigrator) },
  { files: ['core/server/**', 'db/**', 'cli/**', 'electron/worker/**'], rules: restrict(noElectron, noRenderer, noDrizzleMigrator) },
  { files: ['db/migrate.ts'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['electron/main/**', 'electron/preload/**'], rules: restrict(noDb, noRenderer, noDrizzleMigrator) },
);
