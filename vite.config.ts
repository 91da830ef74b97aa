import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The renderer bundle. `base: './'` keeps every asset URL relative, so the same build loads
 * under Electron's app:// protocol and under serve mode's http:// server.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // A desktop app loads from disk: one large vendor chunk (Fluent UI, ag-grid) is fine.
    chunkSizeWarningLimit: 4000,
  },
});
