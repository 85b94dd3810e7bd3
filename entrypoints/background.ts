export default defineBackground(() => {
  browser.runtime.onMessage.addListener((m) => { console.log(m); });
});
