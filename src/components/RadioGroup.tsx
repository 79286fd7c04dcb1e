import { memo } from 'react';

interface RadioGroupProps<T extends string> {
  legend: string;
  name: string;
  options: readonly T[];
  value: T;
  labels: Record<T, string>;
  onChange: (value: T) => void;
}

function RadioGroupInner<T extends string>({ legend, name, options, value, labels, onChange }: RadioGroupProps<T>) {
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      {/* The options keep together: short of room, they go under the name as one piece. */}
      <span className="segmented__options">
        {options.map((o) => (
          <label key={o}>
            <input type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} />
            <span>{labels[o]}</span>
          </label>
        ))}
      </span>
    </fieldset>
  );
}

/** A segmented radio group. Memoised: it re-renders only when its value or options change. */
export const RadioGroup = memo(RadioGroupInner) as typeof RadioGroupInner;
