import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { EXPORT_THEME_LABELS, EXPORT_THEMES, PNG_SIZE_LABELS, PNG_SIZES, type ExportThemeName, type PngSize } from './png-sizes';

/** What the menu offers: the three downloads, and the image's size and colours. */
export interface DownloadMenuProps {
  size: PngSize;
  onSize: (size: PngSize) => void;
  /** The images' colours: light unless the reader picks dark, whatever the screen's scheme. */
  theme: ExportThemeName;
  onTheme: (theme: ExportThemeName) => void;
  onDownload: (kind: 'png' | 'svg' | 'csv') => void;
}

/** The item a menu key moves to (wrapping round), or null for a key that does not move. */
function itemAfterKey(key: string, at: number, count: number): number | null {
  const to = key === 'ArrowDown' ? at + 1 : key === 'ArrowUp' ? at - 1 : key === 'Home' ? 0 : key === 'End' ? count - 1 : null;
  return to === null ? null : (to + count) % count;
}

/** A labelled group of menu radio items: the image's size, or its colours. Choosing one keeps the menu open. */
function RadioGroup<T extends string>({ label, options, labels, value, onChange }: { label: string; options: readonly T[]; labels: Record<T, string>; value: T; onChange: (value: T) => void }) {
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId}>
      <p id={labelId} className="menu__label">
        {label}
      </p>
      {options.map((option) => (
        <button key={option} type="button" role="menuitemradio" aria-checked={option === value} tabIndex={-1} onClick={() => onChange(option)}>
          <span className="menu__check" aria-hidden="true">
            {option === value ? '●' : '○'}
          </span>
          {labels[option]}
        </button>
      ))}
    </div>
  );
}

/** Whether an open menu would run past the page's end (the last figure's buttons sit near it), and so opens upwards. */
function useOpensUpward(open: boolean, menuRef: RefObject<HTMLDivElement | null>, buttonRef: RefObject<HTMLButtonElement | null>) {
  const [up, setUp] = useState(false);
  useLayoutEffect(() => {
    const menu = menuRef.current;
    const button = buttonRef.current;
    if (!open || !menu || !button) return;
    const below = menu.getBoundingClientRect().height + button.getBoundingClientRect().bottom + window.scrollY;
    setUp(below > document.documentElement.scrollHeight && button.getBoundingClientRect().top > menu.getBoundingClientRect().height);
  }, [open, menuRef, buttonRef]);
  return up;
}

/**
 * One "Download" menu button (the APG menu-button pattern): Enter, Space or Down opens it on the
 * first item, Up on the last; the arrow keys, Home and End move; Escape closes it and returns to the
 * button; choosing a size or the colours keeps it open, so the image can be saved next.
 */
export function DownloadMenu({ size, onSize, theme, onTheme, onDownload }: DownloadMenuProps) {
  const [open, setOpen] = useState(false);
  const [start, setStart] = useState<'first' | 'last'>('first');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];

  const up = useOpensUpward(open, menuRef, buttonRef);

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
    const to = itemAfterKey(event.key, list.indexOf(document.activeElement as HTMLElement), list.length);
    if (to !== null) {
      event.preventDefault();
      list[to]?.focus();
    } else if (event.key === 'Escape') {
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
          <button type="button" role="menuitem" tabIndex={-1} onClick={() => download('csv')}>
            Download CSV
          </button>
          <div role="separator" className="menu__separator" />
          <RadioGroup label="Image size" options={PNG_SIZES} labels={PNG_SIZE_LABELS} value={size} onChange={onSize} />
          <div role="separator" className="menu__separator" />
          <RadioGroup label="Image colours" options={EXPORT_THEMES} labels={EXPORT_THEME_LABELS} value={theme} onChange={onTheme} />
        </div>
      )}
    </div>
  );
}
