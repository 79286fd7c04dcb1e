import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { EXPORT_THEME_LABELS, EXPORT_THEMES, PNG_SIZE_LABELS, PNG_SIZES, type ExportThemeName, type PngSize } from './png-sizes';

/** What the menu offers: the three downloads, the image's size and colours, and why CSV is not offered (if so). */
export interface DownloadMenuProps {
  size: PngSize;
  onSize: (size: PngSize) => void;
  /** The images' colours: light unless the reader picks dark, whatever the screen's scheme. */
  theme: ExportThemeName;
  onTheme: (theme: ExportThemeName) => void;
  onDownload: (kind: 'png' | 'svg' | 'csv') => void;
  /** Set when there are no rows to save: the CSV item is disabled and says why. */
  csvDisabledReason?: string | null;
}

/**
 * One "Download" menu button (the APG menu-button pattern): Enter, Space or Down opens it on the
 * first item, Up on the last; the arrow keys, Home and End move; Escape closes it and returns to the
 * button; choosing a size or the colours keeps it open, so the image can be saved so next.
 */
export function DownloadMenu({ size, onSize, theme, onTheme, onDownload, csvDisabledReason }: DownloadMenuProps) {
  const [open, setOpen] = useState(false);
  const [start, setStart] = useState<'first' | 'last'>('first');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const sizeLabelId = useId();
  const themeLabelId = useId();
  const reasonId = useId();

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];

  // A menu that would run past the page's end (the last figure's buttons sit near it) opens upwards.
  const [up, setUp] = useState(false);
  useLayoutEffect(() => {
    const menu = menuRef.current;
    const button = buttonRef.current;
    if (!open || !menu || !button) return;
    const below = menu.getBoundingClientRect().height + button.getBoundingClientRect().bottom + window.scrollY;
    setUp(below > document.documentElement.scrollHeight && button.getBoundingClientRect().top > menu.getBoundingClientRect().height);
  }, [open]);

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
        <div ref={menuRef} id={menuId} role="menu" aria-label="Download" className={up ? 'menu menu--up' : 'menu'} onKeyDown={onMenuKey}>
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
              Image size
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
          <div role="separator" className="menu__separator" />
          <div role="group" aria-labelledby={themeLabelId}>
            <p id={themeLabelId} className="menu__label">
              Image colours
            </p>
            {EXPORT_THEMES.map((t) => (
              <button key={t} type="button" role="menuitemradio" aria-checked={t === theme} tabIndex={-1} onClick={() => onTheme(t)}>
                <span className="menu__check" aria-hidden="true">
                  {t === theme ? '●' : '○'}
                </span>
                {EXPORT_THEME_LABELS[t]}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
