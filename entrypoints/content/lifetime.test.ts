import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLifetime } from './lifetime';

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState({}, '', '/dp/START');
});
afterEach(() => vi.useRealTimers());

describe('createLifetime', () => {
  it('ends for good within a second of the extension going away, and runs its end callbacks once', () => {
    let alive = true;
    const lifetime = createLifetime(() => alive);
    const ended = vi.fn();
    lifetime.onEnd(ended);
    vi.advanceTimersByTime(3000);
    expect(lifetime.isValid()).toBe(true);
    alive = false;
    vi.advanceTimersByTime(1000);
    expect(ended).toHaveBeenCalledTimes(1);
    alive = true; // a reloaded extension is a different one: this script stays ended
    expect(lifetime.isValid()).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('runs no clock where the Navigation API reports URL changes and nothing waits for the end', () => {
    // A silent page: no launcher to take away when the extension goes.
    vi.stubGlobal('navigation', { addEventListener: () => undefined });
    try {
      const lifetime = createLifetime(() => true);
      expect(vi.getTimerCount()).toBe(0);
      lifetime.onEnd(() => undefined);
      lifetime.onEnd(() => undefined);
      expect(vi.getTimerCount()).toBe(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('runs an end callback at once when added after the end', () => {
    const lifetime = createLifetime(() => false);
    const ended = vi.fn();
    lifetime.onEnd(ended);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('drops timeouts after the end and lets them be cancelled', () => {
    let alive = true;
    const lifetime = createLifetime(() => alive);
    const fired = vi.fn();
    lifetime.setTimeout(fired, 100);
    const cancel = lifetime.setTimeout(fired, 100);
    cancel();
    vi.advanceTimersByTime(100);
    expect(fired).toHaveBeenCalledTimes(1);
    lifetime.setTimeout(fired, 100);
    alive = false;
    vi.advanceTimersByTime(100);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('reports same-document URL changes once each, and none after the end', () => {
    let alive = true;
    const lifetime = createLifetime(() => alive);
    const changed = vi.fn();
    lifetime.onLocationChange(changed);
    history.pushState({}, '', '/dp/SECOND');
    vi.advanceTimersByTime(1000);
    expect(changed).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3000);
    expect(changed).toHaveBeenCalledTimes(1);
    history.replaceState({}, '', '/dp/THIRD');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(changed).toHaveBeenCalledTimes(2);
    alive = false;
    history.pushState({}, '', '/dp/FOURTH');
    vi.advanceTimersByTime(1000);
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('cannot be ended or driven by events a page dispatches', () => {
    const lifetime = createLifetime(() => true);
    const ended = vi.fn();
    const changed = vi.fn();
    lifetime.onEnd(ended);
    lifetime.onLocationChange(changed);
    // The names WXT's own context listens to, computable by any page that knows the extension id.
    for (const name of ['wxt:content-script-started', 'wxt:locationchange']) {
      const forged = `abcdefghijklmnopabcdefghijklmnop:content:${name}`;
      document.dispatchEvent(
        new CustomEvent(forged, { detail: { contentScriptName: 'content', messageId: 'x' } }),
      );
      window.dispatchEvent(new Event(forged));
    }
    window.postMessage({ type: 'wxt:content-script-started', contentScriptName: 'content' }, '*');
    vi.advanceTimersByTime(2000);
    expect(lifetime.isValid()).toBe(true);
    expect(ended).not.toHaveBeenCalled();
    expect(changed).not.toHaveBeenCalled();
  });
});
