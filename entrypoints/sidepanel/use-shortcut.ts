import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/** Chrome opens the panel with the action's command; Firefox with the sidebar's. */
const OPEN_COMMANDS = new Set(['_execute_action', '_execute_sidebar_action']);

/** The shortcut that opens the panel as the browser has it (the reader may have changed it), or null. */
export function useOpenShortcut(): string | null {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name && OPEN_COMMANDS.has(c.name))?.shortcut || null))
      .catch(() => setShortcut(null));
  }, []);
  return shortcut;
}
