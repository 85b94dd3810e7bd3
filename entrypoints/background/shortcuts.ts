import { browser, type Browser } from 'wxt/browser';
import type { ClipDatabase } from '@/lib/clips/clip-db';
import { sendToTab } from '@/lib/messages';
import { clipSelectionInTab } from './manual-clip';

export const CLIP_MENU_ID = 'lodestone-clip';

/** Commands of wxt.config.ts handled here (another module may handle its own, e.g. the side panel's). */
const READER_COMMANDS = {
  'next-signal': 'next',
  'previous-signal': 'previous',
  'toggle-highlights': 'toggle',
} as const;

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * The context menu "Clip to Lodestone" (on a selection) and the keyboard commands: clip the
 * selection (or the focused signal), next/previous signal, toggle the highlights. Returns the
 * listeners it registered, so tests can call the very functions the browser calls (headless
 * Chromium cannot press extension shortcuts or open the native context menu).
 */
export function registerShortcuts(db: ClipDatabase) {
  const menus = browser.contextMenus;
  // Menus persist across service-worker restarts and are created once per install/update.
  browser.runtime.onInstalled.addListener(() => {
    void menus.removeAll().then(() =>
      menus.create({ id: CLIP_MENU_ID, title: 'Clip to Lodestone', contexts: ['selection'] }),
    );
  });

  async function onContextMenuClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
    if (info.menuItemId !== CLIP_MENU_ID || tab?.id === undefined) return;
    try {
      await clipSelectionInTab(db, tab.id, { frameId: info.frameId, selectionText: info.selectionText, pageUrl: info.frameUrl ?? info.pageUrl });
    } catch (err) {
      console.error('[lodestone] clip from the context menu', err);
    }
  }

  async function onCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
    try {
      const tabId = tab?.id ?? (await activeTabId());
      if (tabId === undefined) return;
      if (command === 'clip-selection') {
        await clipSelectionInTab(db, tabId);
        return;
      }
      const readerCommand = READER_COMMANDS[command as keyof typeof READER_COMMANDS];
      // No reader in the tab: nothing is highlighted there, so there is nothing to move to or hide.
      if (readerCommand) await sendToTab(tabId, { type: 'reader:command', command: readerCommand }).catch(() => {});
    } catch (err) {
      console.error('[lodestone] command', command, err);
    }
  }

  menus.onClicked.addListener((info, tab) => void onContextMenuClicked(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
  return { onContextMenuClicked, onCommand };
}
