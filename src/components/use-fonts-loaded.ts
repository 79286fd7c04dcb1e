import { useEffect, useState } from 'react';

/** The font the charts are drawn in, as text measuring asks for it. */
const CHART_FONT = '12px "Noto Sans"';

/**
 * Whether the chart font has loaded. Text is measured on a canvas in the font it is drawn in; until
 * the font arrives the canvas measures its fallback, so a layout made before then is made again
 * once it is there (labels placed clear of lines and edges stay clear). True where there is no font
 * loading to wait for (tests, old browsers).
 */
export function useFontsLoaded(): boolean {
  const [loaded, setLoaded] = useState(() => typeof document === 'undefined' || !document.fonts || document.fonts.check(CHART_FONT));
  useEffect(() => {
    if (loaded || typeof document === 'undefined' || !document.fonts) return;
    let live = true;
    document.fonts.load(CHART_FONT).then(
      () => live && setLoaded(true),
      () => live && setLoaded(true),
    );
    return () => {
      live = false;
    };
  }, [loaded]);
  return loaded;
}
