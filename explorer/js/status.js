// What the page tells the user about itself: the status line (counts, what is loading),
// the error banner, screen-reader announcements, and the busy flag tests wait for
// (body[data-busy="false"] once nothing is loading).

const $ = (id) => document.getElementById(id);

export class StatusBar {
  #busy = 0;

  /** @param {() => string} counts the status line's text for what is drawn */
  constructor(counts) {
    this.counts = counts;
  }

  announce(message) {
    $('announcer').textContent = message;
  }

  showError(e) {
    const box = $('error');
    box.textContent = e ? `${e.message}` : '';
    box.hidden = !e;
  }

  get idle() {
    return this.#busy === 0;
  }

  /** Runs `fn` with the page marked busy; a failure is shown in the banner, not thrown. */
  async busy(message, fn) {
    this.#busy++;
    document.body.dataset.busy = 'true';
    $('status-busy').textContent = message;
    this.showError(null);
    try {
      return await fn();
    } catch (e) {
      this.showError(e);
      return undefined;
    } finally {
      if (--this.#busy === 0) {
        document.body.dataset.busy = 'false';
        $('status-busy').textContent = '';
      }
      this.update();
    }
  }

  update() {
    $('status-counts').textContent = this.counts();
  }
}
