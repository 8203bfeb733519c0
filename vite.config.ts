import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No eval and no inline scripts, so the strict Content-Security-Policy holds.
    modulePreload: { polyfill: false },
  },
});
