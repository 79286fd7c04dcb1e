const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT_WEIGHTS = [400, 600, 700] as const;

async function decoded(markup: string): Promise<{ image: HTMLImageElement; url: string }> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  const image = new Image();
  image.decoding = 'async';
  image.src = url;
  await image.decode();
  return { image, url };
}

/**
 * Waits until an SVG drawn as an image has the fonts of `css` (data URLs) ready. An image's fonts
 * load after the image itself decodes, and text in a font still loading is drawn as nothing: the
 * first export of a page lost most of its text so (every text of a size and weight, once one of
 * them needed a subset still loading). A probe in each weight and subset is drawn until it shows
 * (in the font, or in a fallback once the font has failed), as the grapher's rasteriser does; the
 * fonts are then ready for the image that follows. A few tries, a tenth of a second apart.
 */
export async function svgFontsReady(css: string, tries = 10): Promise<void> {
  if (!css) return;
  // A bullet (Latin) and an A with macron (Latin Extended): a text needs every subset it touches
  // before it is drawn at all, and a face still loading hides every text of its size and weight.
  const texts = FONT_WEIGHTS.map((w, i) => `<text x="${2 + i * 40}" y="40" font-family="'Noto Sans'" font-size="24" font-weight="${w}">•Ā</text>`).join('');
  const probe = `<svg xmlns="${SVG_NS}" width="124" height="48" viewBox="0 0 124 48"><defs><style>${css.replace(/[<>&]/g, '')}</style></defs>${texts}</svg>`;
  const canvas = document.createElement('canvas');
  canvas.width = 124;
  canvas.height = 48;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return;
  for (let attempt = 0; attempt < tries; attempt++) {
    const { image, url } = await decoded(probe);
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0);
    URL.revokeObjectURL(url);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const drawn = FONT_WEIGHTS.every((_, i) => {
      for (let y = 0; y < canvas.height; y++) for (let x = i * 40; x < i * 40 + 40; x++) if (data[(y * canvas.width + x) * 4 + 3]! > 0) return true;
      return false;
    });
    if (drawn) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Draws SVG markup onto a canvas at `density` device pixels per CSS px and encodes it as PNG. */
export async function rasterizeSvg(markup: string, width: number, height: number, density: number): Promise<Blob> {
  const { image, url } = await decoded(markup);
  try {
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * density);
    canvas.height = Math.round(height * density);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the image (no canvas).');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded as PNG.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
