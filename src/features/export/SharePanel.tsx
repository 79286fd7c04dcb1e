import { useEffect, useRef } from 'react';

/** A text to take away (a citation, an embed snippet, alt text), shown selected for copying by hand. */
export interface SharePanelProps {
  id: string;
  label: string;
  text: string;
  /** What happened to the text: copied, or why not. */
  note: string;
  onClose: () => void;
}

/** The text in a read-only field, selected when it opens, with a note and a Close button. */
export function SharePanel({ id, label, text, note, onClose }: SharePanelProps) {
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    fieldRef.current?.select();
  }, [text]);
  return (
    <div id={id} className="share-panel" role="group" aria-label={label}>
      <label className="share-panel__label" htmlFor={`${id}-text`}>
        {label}
      </label>
      <textarea
        ref={fieldRef}
        id={`${id}-text`}
        readOnly
        value={text}
        rows={Math.min(6, Math.ceil(text.length / 70) + 1)}
        onFocus={(e) => e.currentTarget.select()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      />
      <div className="share-panel__foot">
        <span className="share-panel__note">{note}</span>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
