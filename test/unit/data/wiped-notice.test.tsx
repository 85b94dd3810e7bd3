// @vitest-environment jsdom
// Covers what the reader sees of a wiped library and of the automatic backup: the side panel's
// notice (components/side-panel/side-panel-app.tsx + wiped-notice.tsx: what happened, the last
// export to restore, "Restore from a file…" opening the Library's file picker, "Start with an
// empty library" dismissing it) and the options page's backup field (components/options).
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options/options-app';
import { SidePanelApp } from '../../../components/side-panel/side-panel-app';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { freshDb } from '../clips/fresh-db';
import { button, click, mount } from '../components/render';

let ui: ReturnType<typeof mount>;
beforeEach(() => {
  ui = mount();
  localStorage.clear();
});
afterEach(() => {
  ui.unmount();
  vi.restoreAllMocks();
});

const WIPED = { expected: 42, lastWriteAt: Date.UTC(2026, 1, 2), detectedAt: Date.UTC(2026, 1, 3) };
const LAST = { kind: 'backup' as const, at: Date.UTC(2026, 1, 1), fileName: 'lodestone-backups/lodestone-clips-2026-02-01.json', count: 41 };
const PAGE = { tabId: null, url: null, result: null };

describe('the wiped-library notice', () => {
  it('says what happened and names the last backup to restore', () => {
    ui.render(<SidePanelApp db={freshDb()} page={PAGE} onJump={() => {}} wiped={WIPED} lastExport={LAST} onDismissWiped={() => {}} />);
    const notice = ui.container.querySelector('[role=alert]')!;
    expect(notice.textContent).toContain('Your library was emptied');
    expect(notice.textContent).toContain('It held 42 clips');
    expect(notice.textContent).toContain('automatic backup is lodestone-backups/lodestone-clips-2026-02-01.json');
    expect(notice.textContent).toContain('41 clips');
  });

  it('is not shown for a healthy library', () => {
    ui.render(<SidePanelApp db={freshDb()} page={PAGE} onJump={() => {}} />);
    expect(ui.container.querySelector('.wiped')).toBeNull();
  });

  it('"Restore from a file…" opens the Library and its file picker; "Start with an empty library" dismisses', async () => {
    const picked = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      expect(this.type).toBe('file');
    });
    const onDismiss = vi.fn();
    ui.render(<SidePanelApp db={freshDb()} page={PAGE} onJump={() => {}} wiped={WIPED} lastExport={null} onDismissWiped={onDismiss} />);
    expect(ui.container.textContent).toContain('If you exported your clips as JSON');
    click(button(ui.container, 'Restore from a file…'));
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(ui.container.querySelector('[role=tab][aria-selected=true]')?.textContent).toBe('Library');
    expect(picked).toHaveBeenCalledTimes(1);
    click(button(ui.container, 'Start with an empty library'));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});

describe('the backup field of the options page', () => {
  it('offers off, daily and weekly, says where the files go and when the last one was made', () => {
    const onBackup = vi.fn();
    ui.render(<OptionsApp settings={DEFAULT_SETTINGS} onChange={async () => {}} backup={{ lastBackup: LAST, status: null, onChange: onBackup }} />);
    const radios = [...ui.container.querySelectorAll<HTMLInputElement>('input[name=backup-every]')];
    expect(radios.map((r) => r.value)).toEqual(['off', 'day', 'week']);
    expect(radios[0]!.checked).toBe(true);
    expect(ui.container.textContent).toContain('Downloads/lodestone-backups/');
    expect(ui.container.textContent).toContain('41 clips, saved as Downloads/lodestone-backups/lodestone-clips-2026-02-01.json');
    click(radios[2]);
    expect(onBackup).toHaveBeenCalledWith('week');
  });

  it('shows a refused permission as an alert', () => {
    ui.render(
      <OptionsApp
        settings={{ ...DEFAULT_SETTINGS, backupEvery: 'day' }}
        onChange={async () => {}}
        backup={{ lastBackup: null, status: { text: 'Without permission to save files, the automatic backup stays off.', error: true }, onChange: () => {} }}
      />,
    );
    expect(ui.container.querySelector('[role=alert]')?.textContent).toContain('Without permission');
    expect(ui.container.textContent).toContain('No automatic backup yet.');
  });
});
