import { defineConfig } from 'wxt';

const DESCRIPTION = 'Highlights market and policy signals in rare-earth news, names state-media sources, and keeps your clips on your machine.';

// Manifest and build settings. Permissions are listed and justified in README.md ("Permissions").
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // MV3 for Firefox too (WXT builds Firefox as MV2 unless told): every Firefox that has the CSS
  // Custom Highlight API (140+) runs MV3, and one manifest version means one tested code path
  // (`action`, `host_permissions`). README "Firefox" says why MV2 was dropped.
  manifestVersion: 3,
  // The sources zip addons.mozilla.org asks for (the bundles are minified): what builds the
  // extension, without the test run's output, local scratch files or the README's images.
  zip: { excludeSources: ['artifacts/**', 'bench-results/**', 'test-results/**', '.scratch-*/**', 'docs/screenshots/**'] },
  manifest: ({ browser }) => ({
    name: 'Lodestone',
    // At most 132 characters: the Chrome Web Store refuses longer (test/packages/chrome-store.test.ts).
    description: DESCRIPTION,
    permissions: [
      'storage',
      'scripting',
      'contextMenus',
      // Same-document navigations (pushState, the Navigation API, hash routes): README "Permissions".
      'webNavigation',
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen']),
    ],
    // Asked for only when the reader turns on the automatic backup (options page); README "Permissions".
    optional_permissions: ['downloads'],
    host_permissions: ['http://*/*', 'https://*/*'],
    // The gate (entrypoints/gate.ts) is an unlisted script declared here, so WXT does not wrap it
    // in its content-script context: it runs on every page and must cost next to nothing.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['gate.js'], run_at: 'document_idle' }],
    action: { default_title: 'Lodestone: open the side panel' },
    commands: {
      // Opens the panel from the keyboard. Chrome runs the action, whose click opens the side
      // panel (setPanelBehavior openPanelOnActionClick, background); Firefox toggles the sidebar.
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+L', mac: 'MacCtrl+Shift+L' },
        description: 'Open the Lodestone side panel',
      },
      // Works on any page (the background injects the reader on demand). On macOS, Control:
      // Option+Shift+C types "Ç" in text fields, and a command would take that keystroke.
      'clip-selection': {
        suggested_key: { default: 'Alt+Shift+C', mac: 'MacCtrl+Shift+C' },
        description: 'Clip the selected text (or the focused signal) to Lodestone',
      },
      // No suggested keys: Chrome allows four, and in the page the reader already answers
      // Alt+Shift+J / K / H (never in text fields). Assign them in chrome://extensions/shortcuts
      // to use them from anywhere.
      'next-signal': { description: 'Lodestone: go to the next highlighted signal' },
      'previous-signal': { description: 'Lodestone: go to the previous highlighted signal' },
      'toggle-highlights': { description: 'Lodestone: hide or show the highlights' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // Fixed: Firefox keys the reader's data (IndexedDB, storage) and a signed add-on's updates to it.
              id: 'lodestone@lodestone.invalid',
              // The CSS Custom Highlight API, which paints every highlight, shipped in Firefox 140.
              strict_min_version: '140.0',
              // Shown at install and required by addons.mozilla.org: Lodestone collects nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on. Lodestone is not
            // published for Android (no sidebar there); this only keeps the key valid if it is installed.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
