import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// BUILD_ID lets the e2e suite serve a second, different build to prove the update prompt.
const buildId = process.env.BUILD_ID ?? new Date().toISOString();

export default defineConfig({
  define: {
    __BUILD_ID__: JSON.stringify(buildId),
  },
  plugins: [
    react(),
    VitePWA({
      // Prompt, never auto-reload: an update must wait until no edit is pending.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: {
        name: 'Early Help CAF',
        short_name: 'Early Help',
        description: 'Common Assessment Framework for early-help practitioners, offline first.',
        theme_color: '#1d70b8',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/health/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  css: {
    // govuk-frontend keeps an old IE media-query hack (`min-width: 0\0`) that lightningcss rejects;
    // recovering drops just that rule, which no supported browser uses.
    lightningcss: { errorRecovery: true },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
});
