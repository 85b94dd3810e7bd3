import { defineConfig } from 'wxt';

// Manifest and build settings. Permissions are listed and justified in README.md ("Permissions").
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Lodestone',
    description:
      'Source-aware reading of rare-earth and critical-minerals news: signals highlighted in place, state-media relays named, clips kept on your machine.',
    permissions: [
      'storage',
      'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen']),
    ],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Lodestone: open the side panel' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'lodestone@lodestone.invalid', strict_min_version: '128.0' } } }
      : {}),
  }),
});
