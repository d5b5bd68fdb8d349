import { browser } from 'wxt/browser';
import { createLauncher, type LauncherEdge } from '../../components/launcher';
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

export function mountSidebar(callbacks: {
  onToggle: () => void;
  onMoveEdge: (edge: LauncherEdge) => void;
}): Sidebar {
  // customElements is not available to content scripts; an autonomous custom element name may carry a
  // shadow root without being defined.
  const host = document.createElement(HOST_TAG);
  // A page's stylesheet may try to hide us ("kehrseite-sidebar { display: none !important }"); an
  // inline !important declaration outranks any selector. Set through CSSOM, which page CSPs allow.
  for (const [property, value] of [
    ['display', 'block'],
    ['visibility', 'visible'],
    ['opacity', '1'],
    ['position', 'static'],
  ] as const) {
    host.style.setProperty(property, value, 'important');
  }
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = launcherCss;
  shadow.append(style);
  const launcher = createLauncher(shadow, callbacks);
  document.documentElement.append(host);

  let frame: HTMLIFrameElement | null = null;
  let open = false;
  shadow.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && open) callbacks.onToggle();
  });

  return {
    update(state) {
      open = state.open;
      launcher.update({
        ...state,
        label: browser.i18n.getMessage('launcherLabel', String(state.count)) || `Kehrseite: ${state.count}`,
      });
      if (state.open && !frame) {
        frame = document.createElement('iframe');
        frame.src = `${browser.runtime.getURL('/panel.html')}?embed=1`;
        frame.title = browser.i18n.getMessage('panelFrameTitle') || 'Kehrseite';
        frame.setAttribute('allow', 'clipboard-write');
        shadow.append(frame);
        frame.addEventListener('load', () => frame?.focus(), { once: true });
      } else if (!state.open && frame) {
        frame.remove();
        frame = null;
        launcher.element.focus();
      }
      if (frame) frame.className = `panel-frame panel-frame--${state.edge}`;
    },
    remove() {
      host.remove();
    },
  };
}
