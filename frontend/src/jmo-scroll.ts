/**
 * Back after a drill-down returns to where the person was on the page. Vaadin Flow renders the view again on Back
 * (its charts arrive a moment later), so the browser's own scroll restoration lands at the top. Instead:
 * - while someone scrolls, the position is kept in sessionStorage under the page's address (path and query);
 * - on Back/Forward (popstate) that address's position is restored once the page is tall enough for it (charts
 *   drawn), trying for up to 5 s; saving pauses meanwhile so the short, half-rendered page does not overwrite it.
 * - a drill-down replaces the view before the address changes: the page gets shorter under the position and the
 *   browser moves it up. That is not a place the person chose, so it does not overwrite the stored one.
 * - Back is taken in two steps by the router (it goes forward again until the server agrees to leave, then back):
 *   each popstate starts a restore for its address, and only the latest one may end the pause.
 * The scrolling element is the document, or the app layout's content area when that is what scrolls.
 */
const PREFIX = 'jmo-scroll:';
let restoring = false;
let restores = 0;

function key(): string {
  return PREFIX + location.pathname + location.search;
}

function layoutContent(): HTMLElement | null {
  const layout = document.querySelector('vaadin-app-layout');
  return (layout?.shadowRoot?.querySelector('[part~="content"]') as HTMLElement | null) ?? null;
}

function scroller(): HTMLElement {
  const doc = document.scrollingElement as HTMLElement;
  if (doc.scrollHeight > doc.clientHeight + 1) {
    return doc;
  }
  const content = layoutContent();
  return content ?? doc;
}

// scroll events inside the app layout's shadow root do not reach window: listen on its content area itself
let watched: HTMLElement | null = null;
function watchLayout() {
  const content = layoutContent();
  if (content && content !== watched) {
    content.addEventListener('scroll', onScroll, { passive: true });
    watched = content;
  }
}
setInterval(watchLayout, 500);

function save() {
  watchLayout();
  if (restoring) {
    return;
  }
  const element = scroller();
  const top = Math.round(element.scrollTop);
  const stored = sessionStorage.getItem(key());
  const pushedUp = top >= element.scrollHeight - element.clientHeight - 1 && stored !== null && top < Number(stored);
  if (!pushedUp) {
    sessionStorage.setItem(key(), String(top));
  }
}

let pending = 0;
function onScroll() {
  if (!pending) {
    pending = requestAnimationFrame(() => {
      pending = 0;
      save();
    });
  }
}

function restore() {
  const stored = sessionStorage.getItem(key());
  if (stored === null) {
    return;
  }
  const target = Number(stored);
  const wanted = key();
  const id = ++restores;
  restoring = true;
  const started = performance.now();
  const step = () => {
    if (id !== restores) {
      return;
    }
    if (key() !== wanted) {
      restoring = false;
      return;
    }
    const element = scroller();
    const reachable = element.scrollHeight - element.clientHeight >= target;
    if (reachable) {
      element.scrollTop = target;
    }
    // keep it there until the charts settle (they change the height as they draw), then hand back to the person
    if (performance.now() - started < (reachable ? 1500 : 5000)) {
      setTimeout(step, 100);
    } else {
      if (!reachable) {
        element.scrollTop = target;
      }
      restoring = false;
    }
  };
  step();
}

if ('scrollRestoration' in history) {
  history.scrollRestoration = 'manual';
}
window.addEventListener('scroll', onScroll, { capture: true, passive: true });
window.addEventListener('popstate', () => setTimeout(restore, 0));
// a person scrolling during the restore wins
window.addEventListener('wheel', () => (restoring = false), { passive: true });
window.addEventListener('touchstart', () => (restoring = false), { passive: true });
window.addEventListener('keydown', () => (restoring = false));

export {};
