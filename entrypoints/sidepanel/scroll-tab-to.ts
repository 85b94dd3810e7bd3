import { sendToTab } from '@/lib/messages';

export async function scrollTabTo(tabId: number, index: number): Promise<void> {
  try {
    await sendToTab(tabId, { type: 'reader:scroll-to', index });
  } catch (err) {
    console.debug('[lodestone] the page has no reader to scroll', err);
  }
}
