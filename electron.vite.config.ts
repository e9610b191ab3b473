import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type RendererViteConfig, type UserConfig } from 'electron-vite';
import { loadConfigFromFile, mergeConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const rendererConfigFile = resolve(root, 'vite.renderer.config.ts');

/**
 * The renderer has one vite config (vite.renderer.config.ts, shared with `npm run web` and the UI
 * tests); it is loaded here rather than duplicated. Until it exists, only main and preload are built.
 */
async function rendererConfig(mode: string): Promise<RendererViteConfig | undefined> {
  if (!existsSync(rendererConfigFile)) {
    console.warn('[electron.vite.config] vite.renderer.config.ts not found: skipping the renderer build.');
    return undefined;
  }
  const loaded = await loadConfigFromFile({ command: 'build', mode }, rendererConfigFile, root);
  const config = (loaded?.config ?? {}) as RendererViteConfig;
  const input = config.build?.rolldownOptions?.input ?? config.build?.rollupOptions?.input;
  return mergeConfig(config, {
    root: config.root ?? resolve(root, 'renderer'),
    build: {
      outDir: resolve(root, 'out/renderer'),
      ...(input ? {} : { rolldownOptions: { input: resolve(root, 'renderer/index.html') } }),
    },
  }) as RendererViteConfig;
}

export default defineConfig(async ({ mode }): Promise<UserConfig> => ({
  main: {
    build: {
      // Dependencies (better-sqlite3-multiple-ciphers, drizzle-orm, zod, electron-updater) stay in
      // node_modules; the native module cannot be bundled.
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          'data-worker': resolve(root, 'electron/worker/data-worker.ts'),
          // The data worker starts it beside itself (core/server/import/parse-in-worker.ts).
          'import-parser': resolve(root, 'core/server/import/import-parser.ts'),
        },
        output: { entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot load ESM or node_modules: one self-contained CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: await rendererConfig(mode),
}));
