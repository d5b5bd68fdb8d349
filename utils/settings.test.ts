import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  enabledTopics,
  getSettings,
  hiddenFor,
  hidePassage,
  hiddenList,
  placesOf,
  restorePassage,
  modeForHost,
  parseHidden,
  parseSettings,
  rememberStored,
  resetSettings,
  settingsItem,
  updateSettings,
} from './settings';
import { SETTINGS_VERSION, pageKey, settingsToStore, storedSettingsVersion } from './settings-model';

beforeEach(() => fakeBrowser.reset());

describe('parseSettings', () => {
  it('gives the defaults for nothing stored or a non-object', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  it('drops corrupt fields one by one and keeps the valid ones', () => {
    const parsed = parseSettings({
      theme: 42,
      topics: { labour: false, data: 'yes', bogus: true },
      siteModes: { 'www.amazon.de': 'off', 'evil host!': 'off', 'www.spiegel.de': 'bogus' },
      snoozedUntil: 'tomorrow',
      defaultMode: 'panel',
      newsDetection: false,
    });
    expect(parsed).toEqual({
      ...DEFAULT_SETTINGS,
      defaultMode: 'panel',
      siteModes: { 'www.amazon.de': 'off' },
      topics: { ...DEFAULT_SETTINGS.topics, labour: false },
      newsDetection: false,
    });
  });
});

describe('modeForHost', () => {
  const now = 1_000_000;
  it('uses the host mode, else the default, and turns everything off while snoozed', () => {
    const settings = parseSettings({ siteModes: { 'www.amazon.de': 'panel' } });
    expect(modeForHost(settings, 'www.amazon.de', now)).toBe('panel');
    expect(modeForHost(settings, 'WWW.AMAZON.DE', now)).toBe('panel');
    expect(modeForHost(settings, 'www.amazon.com', now)).toBe('launcher');
    expect(modeForHost({ ...settings, snoozedUntil: now + 1 }, 'www.amazon.de', now)).toBe('off');
    expect(modeForHost({ ...settings, snoozedUntil: now - 1 }, 'www.amazon.de', now)).toBe('panel');
  });
});

describe('stored settings', () => {
  it('survive a corrupt entry without losing the rest', async () => {
    await settingsItem.setValue({ theme: 'neon', siteModes: { 'www.amazon.de': 'off' } });
    const settings = await getSettings();
    expect(settings.theme).toBe('system');
    expect(settings.siteModes).toEqual({ 'www.amazon.de': 'off' });
  });

  it('update field by field and reset to the defaults, hidden passages included', async () => {
    await updateSettings({ theme: 'dark' });
    await updateSettings({ snoozedUntil: 5 });
    expect(await getSettings()).toMatchObject({ theme: 'dark', snoozedUntil: 5 });
    await hidePassage({ scope: 'site', key: 'www.amazon.de' }, 'a/b');
    await hidePassage({ scope: 'page', key: 'www.amazon.de/dp/1' }, 'a/c');
    await resetSettings();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await hiddenFor('https://www.amazon.de/dp/1', 'www.amazon.de')).toEqual([]);
  });

  it('remember hidden passages per host, once each', async () => {
    await hidePassage({ scope: 'site', key: 'www.amazon.de' }, 'a/b');
    await hidePassage({ scope: 'site', key: 'www.amazon.de' }, 'a/b');
    await hidePassage({ scope: 'site', key: 'www.amazon.com' }, 'a/c');
    expect(await hiddenFor('https://www.amazon.de/dp/1', 'www.amazon.de')).toEqual(['a/b']);
    expect(await hiddenFor('https://www.amazon.com/', 'www.amazon.com')).toEqual(['a/c']);
    expect(parseHidden({ host: 'not a list', other: ['x', 3] })).toEqual({ other: ['x'] });
  });
});

describe('hidden passages', () => {
  it('hide on one page (any query) or a whole site, are listed, and come back one by one or all at once', async () => {
    const url = 'https://www.amazon.com/dp/B0BOOK?ref=search';
    await hidePassage({ scope: 'page', key: pageKey(url) }, 'a/page');
    await hidePassage({ scope: 'site', key: 'www.amazon.com' }, 'a/site');
    expect(await hiddenFor('https://www.amazon.com/dp/B0BOOK', 'www.amazon.com')).toEqual([
      'a/page',
      'a/site',
    ]);
    expect(await hiddenFor('https://www.amazon.com/dp/OTHER', 'www.amazon.com')).toEqual(['a/site']);
    expect(await hiddenList()).toEqual([
      { scope: 'site', key: 'www.amazon.com', passageId: 'a/site' },
      { scope: 'page', key: 'www.amazon.com/dp/B0BOOK', passageId: 'a/page' },
    ]);
    await restorePassage(placesOf(url, 'www.amazon.com'), 'a/page');
    expect(await hiddenFor(url, 'www.amazon.com')).toEqual(['a/site']);
    await hidePassage({ scope: 'page', key: pageKey(url) }, 'a/page');
    await restorePassage(placesOf(url, 'www.amazon.com'));
    expect(await hiddenList()).toEqual([]);
  });
});

describe('settings of every version', () => {
  // Exactly what 0.1.0 wrote: no version field.
  const version1 = {
    defaultMode: 'panel',
    siteModes: { 'www.amazon.de': 'off' },
    snoozedUntil: null,
    topics: { labour: true, data: false, alexa: true, alibaba: true, power: true },
    newsDetection: false,
    anySiteArticles: false,
    theme: 'dark',
  };

  it('version 1 (no version field) is read whole and stamped with the current version on the next write', async () => {
    expect(storedSettingsVersion(version1)).toBe(1);
    await settingsItem.setValue(version1);
    expect(await getSettings()).toEqual(version1);
    await updateSettings({ newsDetection: true });
    expect(await settingsItem.getValue()).toEqual({
      ...version1,
      newsDetection: true,
      version: SETTINGS_VERSION,
    });
  });

  it('version 2 is read whole', async () => {
    await settingsItem.setValue({ ...version1, version: 2 });
    expect(storedSettingsVersion(await settingsItem.getValue())).toBe(2);
    expect(await getSettings()).toMatchObject({ defaultMode: 'panel', theme: 'dark', newsDetection: false });
  });

  it('a newer version keeps its unknown and changed fields through a write by this release', async () => {
    const future = { ...version1, version: 7, theme: { base: 'dark', contrast: 'high' }, newFeature: [1, 2] };
    await settingsItem.setValue(future);
    // What this release understands is used; the changed `theme` falls back for now.
    expect(await getSettings()).toMatchObject({
      defaultMode: 'panel',
      siteModes: { 'www.amazon.de': 'off' },
    });
    expect((await getSettings()).theme).toBe('system');
    await updateSettings({ defaultMode: 'launcher' });
    expect(await settingsItem.getValue()).toEqual({ ...future, defaultMode: 'launcher' });
  });

  it('a corrupt entry gives the defaults and is replaced only by what the user changes', async () => {
    for (const corrupt of ['{"theme":', 42, null, [], { version: 'two', theme: 'dark' }]) {
      await settingsItem.setValue(corrupt);
      const settings = await getSettings();
      expect(settings.defaultMode).toBe(DEFAULT_SETTINGS.defaultMode);
      expect(settings.siteModes).toEqual({});
    }
    expect((await getSettings()).theme).toBe('dark'); // the valid field of the last one survives
    expect(settingsToStore('garbage', { theme: 'light' })).toEqual({
      theme: 'light',
      version: SETTINGS_VERSION,
    });
  });

  it('an invalid patch does not write its invalid value', () => {
    const stored = settingsToStore(version1, { theme: 'neon' as never, snoozedUntil: -5 });
    expect(stored).toMatchObject({ theme: 'system', snoozedUntil: null, siteModes: version1.siteModes });
  });
});

describe('enabledTopics', () => {
  it('lists the topics left on', () => {
    const settings = parseSettings({ topics: { alexa: false, alibaba: false } });
    expect([...enabledTopics(settings)].sort()).toEqual(['data', 'labour', 'power']);
  });
});

describe('rememberStored', () => {
  const url = 'https://www.amazon.de/dp/B1';
  it('answers from memory until storage says the settings or hidden passages changed', async () => {
    const stored = rememberStored();
    expect((await stored.settings()).defaultMode).toBe('launcher');
    expect(await stored.hiddenFor(url, 'www.amazon.de')).toEqual([]);
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    await stored.settings();
    await stored.hiddenFor(url, 'www.amazon.de');
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();

    await updateSettings({ defaultMode: 'panel' });
    await hidePassage(placesOf(url, 'www.amazon.de')[1]!, 'p1');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await stored.settings()).defaultMode).toBe('panel');
    expect(await stored.hiddenFor(url, 'www.amazon.de')).toEqual(['p1']);
  });

  it('reads its own write at once when told to forget', async () => {
    const stored = rememberStored();
    await stored.hiddenFor(url, 'www.amazon.de');
    await hidePassage(placesOf(url, 'www.amazon.de')[0]!, 'p2');
    stored.forget();
    expect(await stored.hiddenFor(url, 'www.amazon.de')).toEqual(['p2']);
  });
});
