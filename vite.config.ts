/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { paletteCss } from './src/components/palette.ts';

/**
 * The built page's Content-Security-Policy: scripts, styles, data and workers from this site only,
 * no inline scripts; images also from blob: and data: (exports are drawn from blob: URLs).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The built page's stylesheet written into the page itself, and the policy meta tag with the hash
 * of each such style (the only inline style the policy allows). The first paint then needs no
 * request after the page: one round trip less on a phone's network, and the heading and lede paint
 * before the script has arrived (Lighthouse mobile FCP and LCP: README, performance).
 */
function inlineStylesAndPolicy(): Plugin {
  return {
    name: 'inline-styles-and-policy',
    // Only the built page: the dev server injects inline scripts and styles for hot reloading.
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const hashes: string[] = [];
        const inlined = html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (link, file: string) => {
          const asset = context.bundle?.[file];
          if (asset?.type !== 'asset') return link;
          const css = String(asset.source);
          hashes.push(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
          return `<style>${css}</style>`;
        });
        const policy = CONTENT_SECURITY_POLICY.replace("style-src 'self'", ["style-src 'self'", ...hashes].join(' '));
        return inlined.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      },
    },
  };
}

const PALETTE_ID = 'virtual:palette.css';

/**
 * The page's colours as CSS custom properties, written from the palette the charts use too
 * (src/components/palette.ts), so each colour is written once. Imported before global.css; in the
 * build it lands in the same stylesheet, so the first paint has its colours.
 */
function paletteStylesheet(): Plugin {
  return {
    name: 'palette-stylesheet',
    resolveId: (id) => (id === PALETTE_ID ? `\0${PALETTE_ID}` : null),
    load: (id) => (id === `\0${PALETTE_ID}` ? paletteCss() : null),
  };
}

// The bundled dataset, its JSON Schema and README are served from data/ and fetched at run time.
export default defineConfig({
  plugins: [react(), paletteStylesheet(), inlineStylesAndPolicy()],
  publicDir: 'data',
  build: {
    target: 'es2022',
    sourcemap: true,
    // Read by scripts/check-bundle.mjs to find what the page loads first.
    manifest: true,
    // The dashboard, and the page another site's <iframe> shows one of its views on.
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    // A ceiling for a test that hangs, well above what any test takes with every core busy.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
