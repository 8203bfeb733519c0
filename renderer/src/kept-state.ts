/**
 * useState whose value outlives its component for the rest of the session: a view left and
 * come back to shows what it showed (the Tables view went back to its first table each time).
 * Keys carry the project's path, since the values name its frameworks and groups by id.
 */
import { useCallback, useEffect, useRef, useState, type Dispatch, type RefObject, type SetStateAction, type UIEvent } from 'react';

const kept = new Map<string, unknown>();

export function useKeptState<T>(key: string, initial: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => (kept.has(key) ? (kept.get(key) as T) : initial));
  useEffect(() => {
    kept.set(key, value);
  }, [key, value]);
  return [value, setValue];
}

/**
 * An element's scroll position kept under `key` while its view is left, and put back when the
 * view is shown again, once `ready` (its content has its size). Returns the element's onScroll.
 */
export function useKeptScroll(element: RefObject<HTMLElement | null>, key: string, ready: boolean): (event: UIEvent<HTMLElement>) => void {
  const place = useRef(kept.get(key) as { left: number; top: number } | undefined);
  const pending = useRef(place.current !== undefined);
  useEffect(() => () => void (place.current && kept.set(key, place.current)), [key]);
  useEffect(() => {
    if (!pending.current || !ready || !element.current || !place.current) return;
    pending.current = false;
    element.current.scrollLeft = place.current.left;
    element.current.scrollTop = place.current.top;
  }, [element, ready]);
  return useCallback((event: UIEvent<HTMLElement>) => {
    place.current = { left: event.currentTarget.scrollLeft, top: event.currentTarget.scrollTop };
  }, []);
}
