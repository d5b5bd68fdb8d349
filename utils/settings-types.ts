import type { Topic } from '../core/types';

/** How Kehrseite behaves on a host: open the panel, show only the launcher, or stay off. */
export type SiteMode = 'panel' | 'launcher' | 'off';
export type Theme = 'system' | 'light' | 'dark';

/** The user's settings, stored locally; version 1. */
export interface Settings {
  /** Mode for hosts without their own entry. */
  defaultMode: SiteMode;
  /** Per-host overrides, keyed by hostname (`www.amazon.de`). */
  siteModes: Record<string, SiteMode>;
  /** Epoch milliseconds until which nothing is shown anywhere, or null. */
  snoozedUntil: number | null;
  /** Topics the user wants to see; a passage is offered only if one of its topics is on. */
  topics: Record<Topic, boolean>;
  /** Detect news articles on the curated news hosts. */
  newsDetection: boolean;
  /** Detect articles on any site (the optional host permission has been granted). */
  anySiteArticles: boolean;
  theme: Theme;
}
