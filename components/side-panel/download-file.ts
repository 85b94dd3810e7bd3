/**
 * Saves `content` as a file through the browser's own download (a Blob URL clicked as an
 * `<a download>`): no `downloads` permission, and it works the same in Chrome's side panel and
 * Firefox's sidebar. The URL is revoked a minute later, not at once: Firefox reads the Blob after
 * the click returns, and a URL revoked at once can fail the download.
 */
export function downloadFile(fileName: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
