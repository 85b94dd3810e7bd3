import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openClipDb, type ClipDatabase } from '../../../lib/clips/clip-db';
import { clipsForUrl, clipsNewestFirst, countClips, deleteClip } from '../../../lib/clips/clip-queries';
import { saveClip } from '../../../lib/clips/save-clip';
import { newClipInput, uniqueDbName } from './new-clip-input';

const opened: ClipDatabase[] = [];
function freshDb(): ClipDatabase {
  const db = openClipDb(uniqueDbName());
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const ARTICLE = 'https://example.com/news/gallium-rules/';
const OTHER = 'https://example.com/news/lynas/';

async function seed(db: ClipDatabase): Promise<void> {
  await saveClip(db, newClipInput({ text: 'First.', url: ARTICLE, pageUrl: ARTICLE }), 1_000);
  await saveClip(db, newClipInput({ text: 'Second.', url: OTHER, pageUrl: OTHER }), 2_000);
  await saveClip(db, newClipInput({ text: 'Third.', url: ARTICLE, pageUrl: ARTICLE }), 3_000);
}

describe('clip queries', () => {
  it('lists newest first, with an optional limit', async () => {
    const db = freshDb();
    await seed(db);
    expect((await clipsNewestFirst(db)).map((c) => c.text)).toEqual(['Third.', 'Second.', 'First.']);
    expect((await clipsNewestFirst(db, 2)).map((c) => c.text)).toEqual(['Third.', 'Second.']);
  });

  it('finds the clips of one article by canonical url, whatever link led there', async () => {
    const db = freshDb();
    await seed(db);
    const visited = 'https://EXAMPLE.com/news/gallium-rules?utm_source=x&gclid=1#top';
    expect((await clipsForUrl(db, visited)).map((c) => c.text)).toEqual(['First.', 'Third.']);
    expect(await clipsForUrl(db, 'https://example.com/elsewhere')).toEqual([]);
  });

  it('deletes by id and counts', async () => {
    const db = freshDb();
    await seed(db);
    const [newest] = await clipsNewestFirst(db, 1);
    expect(await countClips(db)).toBe(3);
    expect(await deleteClip(db, newest!.id)).toBe(true);
    expect(await deleteClip(db, newest!.id)).toBe(false);
    expect(await countClips(db)).toBe(2);
  });
});
