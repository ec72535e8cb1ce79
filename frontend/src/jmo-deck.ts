/**
 * <jmo-deck>: full-screen slides. Its light-DOM children with class `slide` are the slides; one is shown at a time.
 * Keys (what presentation clickers send): → ↓ PageDown Space next; ← ↑ PageUp previous; Home/End first/last;
 * F toggles full screen; Esc (outside full screen) dispatches `deck-exit`. A click on the left third of a slide goes
 * back, elsewhere on (not on charts). Every change dispatches `slide-change`
 * with {index}. Handled in the browser, so a clicker never waits for the server.
 */
export class JmoDeck extends HTMLElement {
  private current = 0;
  private readonly onKey = (event: KeyboardEvent) => this.handleKey(event);
  private readonly onClick = (event: MouseEvent) => {
    const target = event.target as HTMLElement | null;
    if (target?.closest('jmo-chart, a, button')) {
      return; // charts keep their tooltips
    }
    const slide = this.slides()[this.current];
    if (!slide) {
      return;
    }
    const box = slide.getBoundingClientRect();
    if (event.clientX < box.left + box.width / 3) {
      this.previous();
    } else {
      this.next();
    }
  };
  private readonly observer = new MutationObserver(() => this.show(this.current));

  connectedCallback() {
    document.addEventListener('keydown', this.onKey);
    // without a clicker: a click on the right two thirds of a slide goes on, on the left third goes back
    this.addEventListener('click', this.onClick);
    this.observer.observe(this, { childList: true });
    this.tabIndex = 0;
    this.show(0);
    this.focus();
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.onKey);
    this.removeEventListener('click', this.onClick);
    this.observer.disconnect();
  }

  get index(): number {
    return this.current;
  }

  private slides(): HTMLElement[] {
    return Array.from(this.children).filter((c) => c.classList.contains('slide')) as HTMLElement[];
  }

  show(index: number) {
    const slides = this.slides();
    if (slides.length === 0) {
      return;
    }
    const next = Math.max(0, Math.min(slides.length - 1, index));
    slides.forEach((slide, i) => slide.classList.toggle('active', i === next));
    this.setAttribute('current', String(next + 1));
    if (next !== this.current) {
      this.current = next;
      this.dispatchEvent(new CustomEvent('slide-change', { detail: { index: next } }));
    }
  }

  next() {
    this.show(this.current + 1);
  }

  previous() {
    this.show(this.current - 1);
  }

  toggleFullScreen() {
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else {
      this.requestFullscreen?.().catch(() => undefined);
    }
  }

  private handleKey(event: KeyboardEvent) {
    if (event.ctrlKey || event.altKey || event.metaKey) {
      return;
    }
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
      case 'PageDown':
      case ' ':
        this.next();
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
      case 'PageUp':
        this.previous();
        break;
      case 'Home':
        this.show(0);
        break;
      case 'End':
        this.show(this.slides().length - 1);
        break;
      case 'f':
      case 'F':
        this.toggleFullScreen();
        break;
      case 'Escape':
        if (!document.fullscreenElement) {
          this.dispatchEvent(new CustomEvent('deck-exit'));
        }
        break;
      default:
        return;
    }
    event.preventDefault();
  }
}

customElements.define('jmo-deck', JmoDeck);

declare global {
  interface HTMLElementTagNameMap {
    'jmo-deck': JmoDeck;
  }
}
