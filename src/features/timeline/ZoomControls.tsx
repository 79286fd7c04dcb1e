/** The timeline's zoom buttons; with nothing to draw, only a disabled "Zoom in" stays beside them (nothing to zoom). */
export function ZoomControls({ zoomed, empty, onZoomIn, onZoomOut, onReset }: { zoomed: boolean; empty: boolean; onZoomIn: () => void; onZoomOut: () => void; onReset: () => void }) {
  return (
    <div className="chart-controls zoom-controls" role="group" aria-label="Zoom">
      <button type="button" onClick={onZoomIn} disabled={empty}>
        Zoom in
      </button>
      <button type="button" onClick={onZoomOut} disabled={!zoomed}>
        Zoom out
      </button>
      <button type="button" onClick={onReset} disabled={!zoomed}>
        Reset zoom
      </button>
      {!empty && (
        <>
          <span className="hint hint--pointer">Ctrl + scroll to zoom, drag to pan</span>
          <span className="hint hint--touch">Pinch to zoom, drag with two fingers to pan</span>
        </>
      )}
    </div>
  );
}
