import { browser } from 'wxt/browser';
import { createLauncher, type LauncherEdge } from '../../components/launcher';
import { launcherLabel } from '../../utils/launcher-label';
import launcherCss from '../../assets/launcher.css?inline';

/**
 * The in-page UI: a `<kehrseite-sidebar>` host with an open shadow root holding the launcher and, when
 * open, the panel as an extension-origin iframe. The page can see that the launcher exists; it can read
 * neither the passages nor what the user types in the panel.
 */
export interface SidebarState {
  count: number;
  open: boolean;
  edge: LauncherEdge;
}

export interface Sidebar {
  update(state: SidebarState): void;
  remove(): void;
}

const HOST_TAG = 'kehrseite-sidebar';
/** How long after closing the panel the launcher's focus is not read as wanting it again. */
const FOCUS_HANDBACK_MS = 1000;
/** How long a closed panel stays (hidden) before it is freed. */
const FREE_PANEL_AFTER_MS = 500;

/**
 * A constructed stylesheet is CSSOM, which a page's `style-src` policy cannot block (a <style> element
 * can be). The element stays as the fallback where adopting fails.
 */
function adoptStyles(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) return;
  } catch {
    // Older engines and some content-script sandboxes: use the element.
  }
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

/**
 * Even the top layer is not rendered when the root element is `display: none`. When the page hides
 * every element that way (`* { display: none !important }`, so its own body stays hidden regardless),
 * the root alone is made to render again; an inline !important declaration outranks the page's rule.
 */
function keepRootRendered(): void {
  const root = document.documentElement;
  const body = document.body;
  if (getComputedStyle(root).display !== 'none') return;
  if (body && getComputedStyle(body).display !== 'none') return;
  root.style.setProperty('display', 'block', 'important');
}

/**
 * `zoom` on <html> scales every descendant, the top layer included, and `all: initial` on the host
 * cannot undo an ancestor's factor; the inverse factor on our own layer does.
 */
function undoRootZoom(layer: HTMLElement): void {
  const zoom = Number.parseFloat(getComputedStyle(document.documentElement).zoom) || 1;
  layer.style.zoom = zoom === 1 ? '' : String(1 / zoom);
}

/** Takes away launchers that an earlier instance of the content script left in this document. */
export function removeStaleSidebars(): void {
  for (const stale of Array.from(document.querySelectorAll(HOST_TAG))) stale.remove();
}

export function mountSidebar(callbacks: {
  onToggle: () => void;
  onMoveEdge: (edge: LauncherEdge) => void;
}): Sidebar {
  // customElements is not available to content scripts; an autonomous custom element name may carry a
  // shadow root without being defined.
  const host = document.createElement(HOST_TAG);
  // A manual popover sits in the top layer: above any z-index the page uses, and outside the page's
  // opacity, transforms, filters and clipping on <html> or <body>. Its UA styles are reset by :host.
  host.setAttribute('popover', 'manual');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, launcherCss);
  // Everything Kehrseite shows sits in one layer, so one zoom can undo the page's.
  const layer = document.createElement('div');
  shadow.append(layer);
  const launcher = createLauncher(layer, callbacks);
  // First in the document, so keyboard users reach the launcher with their first Tab, not after
  // every link of a shop page. The popover puts it on top wherever it stands in the tree.
  document.documentElement.prepend(host);
  // Reading the root's computed style forces the page to compute its styles; right after a frame they
  // are already computed, so the check costs nothing there instead of milliseconds during page load.
  let repairPending = false;
  const repairAfterNextFrame = () => {
    if (repairPending) return;
    repairPending = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        repairPending = false;
        keepRootRendered();
        undoRootZoom(layer);
      }, 0),
    );
  };
  const raise = () => {
    repairAfterNextFrame();
    // Without the Popover API the launcher keeps its z-index in the page's own stacking.
    if (typeof host.showPopover !== 'function' || !host.isConnected || host.matches(':popover-open')) return;
    host.showPopover();
  };
  raise();

  let frame: HTMLIFrameElement | null = null;
  let frameLoaded = false;
  let framesMade = 0;
  let open = false;
  shadow.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && open) callbacks.onToggle();
  });

  /** The panel frame, created hidden: loading it takes longer than the user's move from pointing to clicking. */
  const panelFrame = (): HTMLIFrameElement => {
    if (frame) return frame;
    const created = document.createElement('iframe');
    created.hidden = true;
    created.src = `${browser.runtime.getURL('/panel.html')}?embed=1`;
    created.title = browser.i18n.getMessage('panelFrameTitle') || 'Kehrseite';
    created.setAttribute('allow', 'clipboard-write');
    created.className = 'panel-frame';
    frameLoaded = false;
    created.addEventListener(
      'load',
      () => {
        frameLoaded = true;
        if (open) created.focus();
      },
      { once: true },
    );
    layer.append(created);
    framesMade++;
    return (frame = created);
  };
  // The panel is prepared, hidden, once the launcher has painted: a click then only shows it (its
  // passages are drawn already) instead of waiting for its document to load and run. Not when the page
  // is idle: a large shop page is not idle for seconds after the launcher shows, and a click came first
  // on the Amazon pages (issue 12). The frame's document runs in the extension's process; the page
  // pays for one element. Only pages that show a launcher have a sidebar, so a silent page never pays.
  // It is an extension-origin frame: the page can see that it exists, never what it holds.
  // Once: a panel the user already opened (or pointed at) and closed again is not brought back.
  let prepareTimer: ReturnType<typeof setTimeout> | undefined;
  const prepareFrame = requestAnimationFrame(() => {
    prepareTimer = setTimeout(() => framesMade === 0 && panelFrame(), 0);
  });
  // Pointing at the launcher or tabbing to it says the panel is wanted now: load it at once.
  // Not for the focus that closing the panel hands back (it may arrive a little later, once the
  // page's window has the focus again).
  let intentIgnoredUntil = 0;
  for (const intent of ['pointerenter', 'focus']) {
    launcher.element.addEventListener(intent, () => {
      if (performance.now() >= intentIgnoredUntil) panelFrame();
    });
  }

  return {
    update(state) {
      raise();
      open = state.open;
      launcher.update({
        ...state,
        label: launcherLabel(state.count),
      });
      if (state.open) {
        const shown = panelFrame();
        if (shown.hidden) {
          shown.hidden = false;
          if (frameLoaded) shown.focus();
        }
        shown.className = `panel-frame panel-frame--${state.edge}`;
      } else if (frame && !frame.hidden) {
        // Closing hides the panel at once and frees it a moment later: removing a frame while the key
        // press that closed it (Escape) is still being delivered to it can leave that input unanswered
        // in Chromium. Reopened meanwhile, the same panel comes back.
        const closing = frame;
        closing.hidden = true;
        intentIgnoredUntil = performance.now() + FOCUS_HANDBACK_MS;
        launcher.element.focus();
        setTimeout(() => {
          if (closing !== frame || !closing.hidden) return;
          closing.remove();
          frame = null;
        }, FREE_PANEL_AFTER_MS);
      }
    },
    remove() {
      cancelAnimationFrame(prepareFrame);
      clearTimeout(prepareTimer);
      host.remove();
    },
  };
}
