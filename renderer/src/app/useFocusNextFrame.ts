import { useEffect, useRef } from 'react';

/**
 * Focuses an element a frame after it appears, instead of with `autoFocus`. A dialog
 * opened by Enter (from the palette or a button) would otherwise hand the rest of that same keystroke
 * to the button focused at once, pressing it: a "Choose a file…" button then opens the file chooser
 * unasked, and the chooser the IC does ask for never opens.
 */
export function useFocusNextFrame<T extends HTMLElement>() {
  const element = useRef<T>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => element.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  return element;
}
