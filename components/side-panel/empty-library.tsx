import type { ReactNode } from 'react';

/** What a new reader sees in an empty library: what clips are, how to make one, what they can do. */
export function EmptyLibrary({ importButton, shortcut }: { importButton: ReactNode; shortcut: string | null }) {
  return (
    <section className="empty-library" aria-labelledby="empty-title">
      <h2 id="empty-title">Your library is empty</h2>
      <p>Clips are sentences you keep from articles about rare earths and critical minerals, with who said them and a link back to the passage.</p>
      <ol>
        <li>Open a news article about rare earths, magnets or critical minerals. Lodestone highlights the sentences that carry a market or policy signal.</li>
        <li>Hover a highlighted sentence and press <strong>Clip</strong>, or open <strong>This page</strong> here and clip every signal of a category at once.</li>
        <li>Your clips collect here: search them, filter them, add notes and tags, and export them as a spreadsheet (CSV), Markdown or JSON.</li>
      </ol>
      <p>Everything stays on this computer. Moving from another browser? {importButton}</p>
      {shortcut && <p className="empty-library__shortcut">Open this panel any time with <kbd>{shortcut}</kbd>.</p>}
    </section>
  );
}
