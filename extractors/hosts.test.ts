import { describe, expect, it } from 'vitest';
import { AMAZON_STOREFRONTS, NEWS_HOSTS, classifyHost, contentScriptMatches } from './hosts';
import { detect } from './gate';

describe('classifyHost', () => {
  it.each(AMAZON_STOREFRONTS.flatMap((tld) => ['www', 'smile', 'm'].map((sub) => `${sub}.amazon.${tld}`)))(
    '%s is Amazon',
    (host) => {
      expect(classifyHost(host)).toBe('amazon');
    },
  );

  it.each([
    'www.alibaba.com',
    'german.alibaba.com',
    'de.aliexpress.com',
    'www.aliexpress.us',
    'aliexpress.ru',
    'detail.1688.com',
    'item.taobao.com',
    'detail.tmall.com',
  ])('%s is the Alibaba group', (host) => {
    expect(classifyHost(host)).toBe('alibaba');
  });

  it.each([
    'amazon.de.evil.com',
    'notamazon.com',
    'amazon.example',
    'aliexpress.com.phish.net',
    'myalibaba.com',
    'fakespiegel.de',
  ])('%s is nothing of ours', (host) => {
    expect(classifyHost(host)).toBeNull();
  });

  it('knows about a hundred news hosts, with subdomains', () => {
    expect(NEWS_HOSTS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(NEWS_HOSTS).size).toBe(NEWS_HOSTS.length);
    expect(classifyHost('edition.cnn.com')).toBe('news-host');
    expect(classifyHost('www.tagesschau.de')).toBe('news-host');
  });
});

describe('detect', () => {
  const defaults = { anySite: false, newsDetection: true };

  it('reads news on curated hosts, and elsewhere only with the optional permission', () => {
    expect(detect(new URL('https://www.theguardian.com/a'), defaults)).toBe('news');
    expect(detect(new URL('https://blog.example.org/a'), defaults)).toBeNull();
    expect(detect(new URL('https://blog.example.org/a'), { ...defaults, anySite: true })).toBe('news');
  });

  it('leaves news alone when news detection is off, but not the shops', () => {
    const off = { anySite: true, newsDetection: false };
    expect(detect(new URL('https://www.spiegel.de/a'), off)).toBeNull();
    expect(detect(new URL('https://www.amazon.de/dp/B000000000'), off)).toBe('amazon');
  });

  it('ignores non-web schemes', () => {
    expect(
      detect(new URL('file:///home/amazon.de/x.html'), { anySite: true, newsDetection: true }),
    ).toBeNull();
  });
});

describe('contentScriptMatches', () => {
  it('are valid match patterns without <all_urls>', () => {
    for (const pattern of contentScriptMatches) expect(pattern).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/);
    expect(contentScriptMatches).toContain('*://*.amazon.de/*');
    expect(contentScriptMatches).toContain('*://*.aliexpress.com/*');
  });
});
