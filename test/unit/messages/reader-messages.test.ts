// Covers the message schemas of lib/messages.ts added for highlights that hold: the reader's
// orphan report, its measured colours (colours, never CSS, cross into the background), the
// manual-clip request and answers, the commands and notices sent to the reader, and the
// clips:for-page answer carrying each clip's selector.
import { describe, expect, it } from 'vitest';
import { BackgroundMessage, ClipTargetReply, ReaderMessage, SavedClipsReply } from '../../../lib/messages';

const URL_ = 'http://magnetwire.example/news/dysprosium-licences/';

describe('messages to the background', () => {
  it('accepts the orphan report, the measured colours and the manual-clip request', () => {
    for (const msg of [
      { type: 'reader:orphans', url: URL_, ids: [] },
      { type: 'reader:orphans', url: URL_, ids: ['3f1c2a4e-8d1b-4c4e-9f0a-1b2c3d4e5f60'] },
      { type: 'reader:theme', background: [18, 18, 18], text: [228, 228, 228], token: 'k3v9q2m7x1a8' },
      { type: 'clip:selection' },
    ]) {
      expect(BackgroundMessage.safeParse(msg).success, JSON.stringify(msg)).toBe(true);
    }
  });

  it('refuses colours that are not three 0–255 integers, and CSS in their place', () => {
    for (const bad of [
      { background: [18, 18], text: [0, 0, 0] },
      { background: [18, 18, 18, 1], text: [0, 0, 0] },
      { background: [256, 0, 0], text: [0, 0, 0] },
      { background: [-1, 0, 0], text: [0, 0, 0] },
      { background: [1.5, 0, 0], text: [0, 0, 0] },
      { background: '#121212', text: [0, 0, 0] },
      { background: [0, 0, 0], text: [0, 0, 0], css: 'body{display:none}' },
    ]) {
      const parsed = BackgroundMessage.safeParse({ type: 'reader:theme', token: 'k3v9q2m7x1a8', ...bad });
      // Extra keys are dropped (never passed on); wrong colours are refused.
      if ('css' in bad) expect(parsed.success && !('css' in parsed.data)).toBe(true);
      else expect(parsed.success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('refuses a highlight token that is not 12 of [a-z0-9]: it becomes part of the stylesheet', () => {
    for (const token of [undefined, '', 'k3v9q2m7x1a', 'K3V9Q2M7X1A8', 'x){}body{x:y', 'k3v9q2m7x1a8 ', 12]) {
      expect(BackgroundMessage.safeParse({ type: 'reader:theme', background: [0, 0, 0], text: [9, 9, 9], token }).success, String(token)).toBe(false);
    }
  });

  it('bounds the orphan report', () => {
    expect(BackgroundMessage.safeParse({ type: 'reader:orphans', url: URL_, ids: Array.from({ length: 1_001 }, (_, i) => `${i}`) }).success).toBe(false);
    expect(BackgroundMessage.safeParse({ type: 'reader:orphans', url: URL_, ids: ['x'.repeat(65)] }).success).toBe(false);
    expect(BackgroundMessage.safeParse({ type: 'reader:orphans', url: URL_ }).success).toBe(false);
  });
});

describe('messages to the reader', () => {
  it('accepts the commands, the clip-target request and notices', () => {
    for (const command of ['next', 'previous', 'toggle', 'clip']) {
      expect(ReaderMessage.safeParse({ type: 'reader:command', command }).success).toBe(true);
    }
    expect(ReaderMessage.safeParse({ type: 'reader:command', command: 'delete-all' }).success).toBe(false);
    expect(ReaderMessage.safeParse({ type: 'reader:clip-target', withHtml: false }).success).toBe(true);
    expect(ReaderMessage.safeParse({ type: 'reader:notice', text: 'Clipped to Lodestone.', tone: 'ok' }).success).toBe(true);
    expect(ReaderMessage.safeParse({ type: 'reader:notice', text: 'x'.repeat(301), tone: 'ok' }).success).toBe(false);
    expect(ReaderMessage.safeParse({ type: 'reader:notice', text: 'x', tone: 'loud' }).success).toBe(false);
  });
});

describe('replies', () => {
  it('clips:for-page carries each clip’s selector and category', () => {
    const reply = { texts: ['A.'], clips: [{ id: 'id-1', text: 'A.', prefix: '', suffix: ' B.', category: 'unclassified' }] };
    expect(SavedClipsReply.safeParse(reply).success).toBe(true);
    expect(SavedClipsReply.safeParse({ texts: ['A.'] }).success).toBe(false);
    expect(SavedClipsReply.safeParse({ ...reply, clips: [{ ...reply.clips[0], category: 'weather' }] }).success).toBe(false);
  });

  it('the clip target is a selection with its quote, the focused signal, or nothing', () => {
    expect(ClipTargetReply.safeParse({ kind: 'selection', quote: { exact: 'A.', prefix: '', suffix: '' }, pageUrl: URL_ }).success).toBe(true);
    expect(ClipTargetReply.safeParse({ kind: 'selection', quote: { exact: '', prefix: '', suffix: '' }, pageUrl: URL_ }).success).toBe(false);
    expect(ClipTargetReply.safeParse({ kind: 'signal', ok: true }).success).toBe(true);
    expect(ClipTargetReply.safeParse({ kind: 'none' }).success).toBe(true);
    expect(ClipTargetReply.safeParse({ kind: 'other' }).success).toBe(false);
  });
});
