// The Library at scale in Chromium, through the built side panel (opened as a tab): import a
// 10,000-clip export file generated here (test/fixtures/clips/generate-library.ts, with duplicates
// and invalid entries appended) through the UI, check the preview, merge; then filter, search and
// export (CSV neutralized, JSON versioned) through real downloads; edit a note and tags with
// autocomplete; delete and undo; move through the list by keyboard; and check accessible names and
// roles with an accessibility-tree snapshot (locator.ariaSnapshot).
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '../../lib/clips/clip-schema';
import { queryTerms, searchWords } from '../../lib/clips/search-words';
import { FORMULA_NOTE, exportFile, generateLibrary } from '../fixtures/clips/generate-library';
import { type Harness, e2eAvailable, launch, openSidePanel } from './harness';

const COUNT = 10_000;
const run = e2eAvailable();

/** What the search must return, read from the rule itself (every term a prefix of a word). */
function matching(clips: readonly Clip[], query: string): Clip[] {
  const terms = queryTerms(query);
  return clips.filter((c) => terms.every((t) => searchWords(c).some((w) => w.startsWith(t))));
}

const n = (x: number) => x.toLocaleString('en-US');

describe.runIf(run)('side panel library with 10,000 clips', () => {
  let h: Harness;
  let panel: Page;
  const clips = generateLibrary(COUNT);
  const status = () => panel.locator('.library__count');

  beforeAll(async () => {
    h = await launch([{ host: 'library.example', routes: { '/': () => '<p>nothing here</p>' } }]);
    panel = await openSidePanel(h);
  });
  afterAll(async () => h?.close());

  async function download(click: () => Promise<void>): Promise<{ name: string; text: string }> {
    const [file] = (await Promise.all([panel.waitForEvent('download'), click()])) as [Download, void];
    return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
  }

  it('shows a new reader what to do in the empty library', async () => {
    await panel.getByRole('tab', { name: 'Library' }).click();
    const empty = panel.getByRole('region', { name: 'Your library is empty' });
    await expect.poll(() => empty.count()).toBe(1);
    const tree = await empty.ariaSnapshot();
    expect(tree).toContain('- heading "Your library is empty" [level=2]');
    expect(tree).toMatch(/- listitem:[\s\S]*Hover a highlighted sentence and press/);
    expect(tree).toContain('- button "Import JSON…"');
  });

  it('imports a 10,000-clip file through the UI after a preview of new, duplicate and invalid clips', async () => {
    const extra = [{ ...clips[5]!, id: crypto.randomUUID() }, { ...clips[6]! }, { ...clips[7]!, category: 'gossip' }, { ...clips[8]!, text: '' }, 42];
    const file = exportFile(clips, extra);
    await panel.locator('input[type=file]').setInputFiles({ name: 'ten-thousand.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const dialog = panel.getByRole('dialog', { name: 'Import clips' });
    await expect.poll(() => dialog.count(), { timeout: 60_000 }).toBe(1);
    const text = await dialog.innerText();
    expect(text).toContain(`${n(COUNT)} new clips`);
    expect(text).toContain('2 duplicates');
    expect(text).toContain('3 invalid');
    expect(text).toMatch(/Clip 10,003: category: /);
    expect(text).toMatch(/Clip 10,004: text: /);
    await dialog.getByRole('button', { name: `Add ${n(COUNT)} clips` }).click();
    await expect.poll(() => panel.getByText(`Imported ${n(COUNT)} clips.`).count(), { timeout: 90_000 }).toBe(1);
    await expect.poll(() => status().innerText(), { timeout: 30_000 }).toBe(`${n(COUNT)} clips`);
    // Virtualized: a screenful of rows in the DOM, not ten thousand.
    expect(await panel.locator('.clip').count()).toBeLessThan(40);
  });

  it('filters by category, searches within it, and exports the clips shown as CSV', async () => {
    const category = clips.find((c) => /gallium/i.test(c.text))!.category;
    const inCategory = clips.filter((c) => c.category === category);
    await panel.locator('details.filters > summary').click();
    await panel.getByRole('combobox', { name: 'Category' }).selectOption(category);
    await expect.poll(() => status().innerText()).toBe(`${n(inCategory.length)} of ${n(COUNT)} clips`);
    const found = matching(inCategory, 'gallium');
    expect(found.length).toBeGreaterThan(0);
    await panel.getByRole('searchbox', { name: 'Search clips' }).fill('gallium');
    await expect.poll(() => status().innerText()).toBe(`${n(found.length)} of ${n(COUNT)} clips`);
    for (const text of await panel.locator('.clip__text').allInnerTexts()) expect(found.map((c) => c.text)).toContain(text);

    const csv = await download(() => panel.getByRole('button', { name: `Export ${n(found.length)} clips as CSV` }).click());
    expect(csv.name).toMatch(/^lodestone-clips-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(found.length + 1);
    expect(lines[0]).toMatch(/^clipped_at,category,sentence,note,tags,source_label/);
  });

  it('neutralizes a formula in an exported CSV cell', async () => {
    await panel.getByRole('button', { name: 'Clear filters' }).click();
    await panel.getByRole('searchbox', { name: 'Search clips' }).fill('hyperlink evil');
    await expect.poll(() => status().innerText()).toBe(`1 of ${n(COUNT)} clips`);
    const csv = await download(() => panel.getByRole('button', { name: 'Export 1 clip as CSV' }).click());
    expect(csv.text).toContain(`"'${FORMULA_NOTE.replace(/"/g, '""')}"`);
    expect(csv.text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('exports the whole library as versioned JSON', async () => {
    await panel.getByRole('searchbox', { name: 'Search clips' }).fill('');
    await expect.poll(() => status().innerText()).toBe(`${n(COUNT)} clips`);
    const json = await download(() => panel.getByRole('button', { name: `Export ${n(COUNT)} clips as JSON` }).click());
    const file = JSON.parse(json.text) as { format: string; version: number; clips: Clip[] };
    expect(file.format).toBe('lodestone-clips');
    expect(file.version).toBe(1);
    expect(file.clips).toHaveLength(COUNT);
    const byId = new Map(clips.map((c) => [c.id, c]));
    for (const clip of file.clips.slice(0, 50)) expect(clip).toEqual(byId.get(clip.id));
  });

  it('edits a note and adds tags with autocomplete from existing tags', async () => {
    const first = panel.locator('.clip').first();
    const id = (await first.getAttribute('data-id'))!;
    const row = panel.locator(`.clip[data-id="${id}"]`);
    await row.getByRole('button', { name: /^(Add|Edit) note$/ }).click();
    await row.getByRole('textbox', { name: 'Note' }).fill('Cross-check with the zirconolite customs data.');
    await row.getByRole('textbox', { name: 'Note' }).press('Control+Enter');
    await expect.poll(() => row.locator('.clip__note').innerText()).toContain('Cross-check with the zirconolite customs data.');

    await row.getByRole('button', { name: 'Add tag' }).click();
    const tagBox = row.getByRole('combobox', { name: 'New tag' });
    await tagBox.fill('gal');
    await expect.poll(() => row.getByRole('option').allInnerTexts()).toContain('gallium');
    await tagBox.press('ArrowDown');
    await tagBox.press('Enter');
    await tagBox.fill('customs-check');
    await tagBox.press('Enter');
    await row.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => row.getByRole('list', { name: 'Tags' }).innerText()).toMatch(/gallium[\s\S]*customs-check/);

    // Kept in IndexedDB: a fresh panel shows them, and the note is searchable.
    const again = await openSidePanel(h);
    await again.getByRole('searchbox', { name: 'Search clips' }).fill('zirconol customs');
    await expect.poll(() => again.locator('.library__count').innerText(), { timeout: 30_000 }).toBe(`1 of ${n(COUNT)} clips`);
    expect(await again.locator('.clip').first().innerText()).toMatch(/Cross-check with the zirconolite customs data\.[\s\S]*gallium[\s\S]*customs-check/);
    await again.close();
  });

  it('deletes a clip and undoes the delete', async () => {
    const first = panel.locator('.clip').first();
    const id = (await first.getAttribute('data-id'))!;
    const text = await first.locator('.clip__text').innerText();
    await first.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => status().innerText()).toBe(`${n(COUNT - 1)} clips`);
    expect(await panel.locator(`.clip[data-id="${id}"]`).count()).toBe(0);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => status().innerText()).toBe(`${n(COUNT)} clips`);
    await expect.poll(() => panel.locator(`.clip[data-id="${id}"] .clip__text`).innerText()).toBe(text);
    await expect.poll(() => panel.locator(`.clip[data-id="${id}"] .clip__note`).count()).toBe(1);
  });

  it('moves through the list by keyboard, to the last of 10,000 clips and back', async () => {
    const focused = () => panel.evaluate(() => document.activeElement?.getAttribute('aria-posinset') ?? document.activeElement?.tagName ?? null);
    await panel.locator('.clip').first().focus();
    expect(await focused()).toBe('1');
    await panel.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('2');
    await panel.keyboard.press('j');
    await expect.poll(focused).toBe('3');
    await panel.keyboard.press('End');
    await expect.poll(focused).toBe(String(COUNT));
    await panel.keyboard.press('PageUp');
    await expect.poll(focused).toBe(String(COUNT - 5));
    await panel.keyboard.press('Home');
    await expect.poll(focused).toBe('1');
    // N opens the note editor of the focused clip; Escape closes it and returns nothing changed.
    await panel.keyboard.press('n');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await panel.keyboard.press('Escape');
    await expect.poll(() => panel.locator('textarea').count()).toBe(0);
    // "/" jumps to the search field from anywhere outside a text field.
    await panel.locator('.clip').first().focus();
    await panel.keyboard.press('/');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search clips');
    // The tabs follow the arrow keys (WAI-ARIA tabs).
    await panel.getByRole('tab', { name: 'Library' }).focus();
    await panel.keyboard.press('ArrowLeft');
    await expect.poll(() => panel.getByRole('tab', { name: 'This page' }).getAttribute('aria-selected')).toBe('true');
    await panel.keyboard.press('ArrowRight');
    await expect.poll(() => panel.getByRole('tab', { name: 'Library' }).getAttribute('aria-selected')).toBe('true');
  });

  it('names every control and region in the accessibility tree', async () => {
    await expect.poll(() => status().innerText()).toBe(`${n(COUNT)} clips`);
    // The filters were opened earlier and stayed open across the switch to "This page" and back.
    expect(await panel.locator('details.filters').getAttribute('open')).not.toBeNull();
    const tree = await panel.locator('body').ariaSnapshot();
    for (const line of [
      '- tablist "Views"',
      '- tab "Library" [selected]',
      '- tabpanel "Library"',
      '- searchbox "Search clips"',
      '- combobox "Category"',
      '- combobox "Material or element"',
      '- combobox "Organization"',
      '- combobox "Country"',
      '- combobox "Source level"',
      '- combobox "Site"',
      '- textbox "Clipped from"',
      '- combobox "Note"',
      '- combobox "Group"',
      '- combobox "Sort"',
      `- status: ${n(COUNT)} clips`,
      `- button "Export ${n(COUNT)} clips as CSV"`,
      '- list "Clips"',
      '- group "Clip actions"',
    ]) {
      expect(tree).toContain(line);
    }
    // Each clip row is named by its sentence, and has exactly one link: the passage.
    const row = panel.locator('.clip').first();
    const rowTree = await row.ariaSnapshot();
    const sentence = await row.locator('.clip__text').innerText();
    expect(rowTree.split('\n')[0]).toMatch(/^- '?listitem "/);
    expect(await panel.getByRole('listitem', { name: sentence, exact: true }).count()).toBe(1);
    expect(await row.getByRole('link').count()).toBe(1);
    expect(await row.getByRole('link', { name: /^Open at the passage/ }).count()).toBe(1);
    expect(rowTree).toMatch(/- button "Copy citation"/);
  });
});
