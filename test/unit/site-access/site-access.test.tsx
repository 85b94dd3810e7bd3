// @vitest-environment jsdom
// Covers lib/site-access.ts (what the granted origins mean) and components/site-access/
// site-access-notice.tsx: the notice asks only when no website is allowed, its button calls the
// grant from the click, and it says what the reader's answer means.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SiteAccessNotice, perSiteHint } from '../../../components/site-access/site-access-notice';
import type { SiteAccessState } from '../../../components/site-access/use-site-access';
import { siteAccessOf } from '../../../lib/site-access';
import { button, click, mount } from '../components/render';

describe('siteAccessOf', () => {
  it('reads every site from the manifest’s two patterns, or <all_urls>', () => {
    expect(siteAccessOf(['http://*/*', 'https://*/*'])).toBe('all');
    expect(siteAccessOf(['<all_urls>'])).toBe('all');
  });

  it('reads single sites picked by the reader as some (a choice: nothing to ask)', () => {
    expect(siteAccessOf(['*://example.com/*'])).toBe('some');
    expect(siteAccessOf(['https://*/*'])).toBe('some');
  });

  it('reads no http(s) origin as none, whatever else is granted', () => {
    expect(siteAccessOf([])).toBe('none');
    expect(siteAccessOf(['moz-extension://abc/*'])).toBe('none');
  });
});

describe('SiteAccessNotice', () => {
  let ui: ReturnType<typeof mount>;
  beforeEach(() => {
    ui = mount();
  });
  afterEach(() => ui.unmount());
  const state = (over: Partial<SiteAccessState>): SiteAccessState => ({ access: 'none', ask: 'idle', allow: vi.fn(), ...over });

  it('asks, with one button, when no website is allowed', () => {
    const s = state({});
    ui.render(<SiteAccessNotice state={s} perSiteHint={perSiteHint(true)} />);
    expect(ui.container.textContent).toContain('Lodestone cannot read the pages you open');
    expect(ui.container.textContent).toContain('Always allow on this site');
    click(button(ui.container, 'Allow on all websites'));
    expect(s.allow).toHaveBeenCalledTimes(1);
  });

  it('waits for the browser’s prompt, then says a refusal leaves Lodestone inactive', () => {
    ui.render(<SiteAccessNotice state={state({ ask: 'asking' })} />);
    expect(button(ui.container, 'Allow on all websites').disabled).toBe(true);
    expect(ui.container.textContent).toContain('Answer your browser’s prompt');
    ui.render(<SiteAccessNotice state={state({ ask: 'refused' })} />);
    expect(ui.container.textContent).toContain('Not allowed: Lodestone stays inactive on every page.');
    expect(button(ui.container, 'Allow on all websites').disabled).toBe(false);
  });

  it('shows nothing once sites are allowed, and a reload hint right after a grant', () => {
    ui.render(<SiteAccessNotice state={state({ access: 'all' })} />);
    expect(ui.container.textContent).toBe('');
    ui.render(<SiteAccessNotice state={state({ access: 'some' })} />);
    expect(ui.container.textContent).toBe('');
    ui.render(<SiteAccessNotice state={state({ access: 'all', ask: 'granted' })} />);
    expect(ui.container.textContent).toContain('Reload a page already open');
  });
});
