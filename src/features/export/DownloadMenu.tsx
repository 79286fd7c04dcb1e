import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { PNG_SIZE_LABELS, PNG_SIZES, type PngSize } from './png-sizes';

/** What the menu offers: the three downloads, the PNG's size, and why CSV is not offered (if so). */
export interface DownloadMenuProps {
  size: PngSize;
  onSize: (size: PngSize) => void;
  onDownload: (kind: 'png' | 'svg' | 'csv') => void;
  /** Set when there are no rows to save: the CSV item is disabled and says why. */
  csvDisabledReason?: string | null;
}

/**
 * One "Download" menu button (the APG menu-button pattern): Enter, Space or Down opens it on the
 * first item, Up on the last; the arrow keys, Home and End move; Escape closes it and returns to the
 * button; choosing a size keeps it open so the PNG can be saved at that size next.
 */
export function DownloadMenu({ size, onSize, onDownload, csvDisabledReason }: DownloadMenuProps) {
  const [open, setOpen] = useState(false);
  const [start, setStart] = useState<'first' | 'last'>('first');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const sizeLabelId = useId();
  const reasonId = useId();

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    const list = items();
    (start === 'first' ? list[0] : list.at(-1))?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open, start]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setStart(event.key === 'ArrowDown' ? 'first' : 'last');
      setOpen(true);
    }
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      list[(to + list.length) % list.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') close(false);
  };

  const download = (kind: 'png' | 'svg' | 'csv') => {
    close(true);
    onDownload(kind);
  };

  return (
    <div className="menu-button">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          setStart('first');
          setOpen(!open);
        }}
        onKeyDown={onButtonKey}
      >
        Download <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div ref={menuRef} id={menuId} role="menu" aria-label="Download" className="menu" onKeyDown={onMenuKey}>
          <button type="button" role="menuitem" tabIndex={-1} onClick={() => download('png')}>
            Download PNG
          </button>
          <button type="button" role="menuitem" tabIndex={-1} onClick={() => download('svg')}>
            Download SVG
          </button>
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            aria-disabled={csvDisabledReason ? true : undefined}
            aria-describedby={csvDisabledReason ? reasonId : undefined}
            onClick={() => (csvDisabledReason ? undefined : download('csv'))}
          >
            Download CSV
          </button>
          {csvDisabledReason && (
            <p id={reasonId} className="menu__note">
              {csvDisabledReason}
            </p>
          )}
          <div role="separator" className="menu__separator" />
          <div role="group" aria-labelledby={sizeLabelId}>
            <p id={sizeLabelId} className="menu__label">
              PNG size
            </p>
            {PNG_SIZES.map((s) => (
              <button key={s} type="button" role="menuitemradio" aria-checked={s === size} tabIndex={-1} onClick={() => onSize(s)}>
                <span className="menu__check" aria-hidden="true">
                  {s === size ? '●' : '○'}
                </span>
                {PNG_SIZE_LABELS[s]}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
