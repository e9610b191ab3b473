import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The renderer as static files (out/renderer), loaded by Electron via app:// and by the loopback web server. */
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    // Loaded from disk or loopback, never over a network: AG Grid alone is ~1 MB and need not be split.
    chunkSizeWarningLimit: 2000,
  },
});
