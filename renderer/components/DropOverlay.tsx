import { ImportableTypes } from './ImportControls';

/** Shown over the whole window while files are dragged onto it. It takes no pointer events, so the drop lands on the page. */
export function DropOverlay() {
  return (
    <div className="drop-overlay">
      <div className="drop-overlay__panel">
        <span className="drop-overlay__icon" aria-hidden="true">
          ⇩
        </span>
        <p className="drop-overlay__title">Drop articles to import</p>
        <p className="drop-overlay__hint">
          <ImportableTypes />, one or several
        </p>
      </div>
    </div>
  );
}
