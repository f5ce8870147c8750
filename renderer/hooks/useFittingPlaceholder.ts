import { useCallback, useRef, useState } from 'react';

/**
 * The longest of `candidates` (longest first) that fits the text field as wide
 * as it is now, again whenever its width changes (a narrow window, the pane
 * splitter): a placeholder cut mid-word ("Search claims, not") reads as a
 * mistake. Returns the placeholder and a ref for the field.
 */
export function useFittingPlaceholder(candidates: readonly string[]): [string, (field: HTMLInputElement | null) => void] {
  const [index, setIndex] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback(
    (field: HTMLInputElement | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!field) return;
      const context = document.createElement('canvas').getContext('2d');
      if (!context) return;
      const fit = () => {
        const style = getComputedStyle(field);
        context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const fits = candidates.findIndex((text) => context.measureText(text).width <= room);
        setIndex(fits === -1 ? candidates.length - 1 : fits);
      };
      observer.current = new ResizeObserver(fit);
      observer.current.observe(field);
    },
    [candidates],
  );
  return [candidates[index] ?? '', ref];
}
