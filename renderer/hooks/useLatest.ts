import { useCallback, useRef } from 'react';

/**
 * Numbers each request so that only the newest one's answer is applied:
 * a slow response for an old filter never overwrites a newer one.
 */
export function useLatestRequest(): () => () => boolean {
  const counter = useRef(0);
  return useCallback(() => {
    const mine = ++counter.current;
    return () => mine === counter.current;
  }, []);
}
