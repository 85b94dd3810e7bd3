export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const t = document.title;
    if (/rare earth/i.test(t)) browser.runtime.sendMessage({ type: 'gate:candidate', score: 1 });
  },
});
