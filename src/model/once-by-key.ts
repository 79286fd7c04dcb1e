/**
 * `make`, answering each key once: asked again with arguments of the same key, it gives what it
 * made. For pure `make` only, and kept no longer than the function returned (a new input, such as
 * another scale or window, takes a new one), so a kept answer is the one `make` would give again.
 */
export function onceByKey<A extends unknown[], V>(keyOf: (...args: A) => string, make: (...args: A) => V): (...args: A) => V {
  const made = new Map<string, V>();
  return (...args) => {
    const key = keyOf(...args);
    if (made.has(key)) return made.get(key)!;
    const value = make(...args);
    made.set(key, value);
    return value;
  };
}
