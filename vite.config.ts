/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    // Only the built page: the dev server injects inline scripts for hot reloading.
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
    },
  };
}

/**
 * Preloads the latin files of Noto Sans the first screen draws with (regular, semibold, bold), so
 * the text arrives in its font instead of swapping from the fallback.
 */
function preloadFonts(): Plugin {
  return {
    name: 'preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const files = Object.keys(context.bundle ?? {}).filter((name) => /noto-sans-latin-(400|600|700)-normal-[^/]*\.woff2$/.test(name));
        const links = files.map((name) => `<link rel="preload" href="/${name}" as="font" type="font/woff2" crossorigin />`).join('\n    ');
        return links ? html.replace('</head>', `  ${links}\n  </head>`) : html;
      },
    },
  };
}

// The bundled dataset, its JSON Schema and README are served from data/ and fetched at run time.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadFonts()],
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
