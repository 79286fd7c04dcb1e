import { useEffect, useEffectEvent, useState } from 'react';

/**
 * Files dropped anywhere on the page go to `onFiles`; `dragging` is true while files are held over
 * it. Drags of anything else (text, links) are left to the browser.
 */
export function useFileDrop(onFiles: (files: FileList | null | undefined) => void): boolean {
  const [dragging, setDragging] = useState(false);
  // The listeners below, added once, call the latest onFiles.
  const dropped = useEffectEvent(onFiles);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const listeners: Record<'dragenter' | 'dragleave' | 'dragover' | 'drop', (e: DragEvent) => void> = {
      dragenter: (e) => {
        if (!hasFiles(e)) return;
        depth++;
        setDragging(true);
      },
      dragleave: (e) => {
        if (!hasFiles(e)) return;
        depth = Math.max(0, depth - 1);
        if (depth === 0) setDragging(false);
      },
      dragover: (e) => {
        if (hasFiles(e)) e.preventDefault();
      },
      drop: (e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth = 0;
        setDragging(false);
        dropped(e.dataTransfer?.files);
      },
    };
    const entries = Object.entries(listeners) as [keyof typeof listeners, (e: DragEvent) => void][];
    for (const [type, listener] of entries) window.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of entries) window.removeEventListener(type, listener);
    };
  }, []);
  return dragging;
}
