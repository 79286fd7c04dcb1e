/** Copies text to the clipboard; in older browsers and insecure contexts through a hidden field. */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.append(field);
  field.select();
  const ok = document.execCommand('copy');
  field.remove();
  if (!ok) throw new Error('the browser did not allow copying');
}

/**
 * Puts a PNG on the clipboard. The image is handed over as a promise, so the browser still counts
 * the click as the reason for the copy while the image is being drawn.
 */
export async function copyPng(png: Promise<Blob>): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('this browser cannot put images on the clipboard');
  if (ClipboardItem.supports && !ClipboardItem.supports('image/png')) throw new Error('this browser cannot put PNG images on the clipboard');
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}
