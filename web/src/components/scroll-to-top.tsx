/**
 * @module web/components/scroll-to-top
 * Scrolls to the top when the page (path) changes, as a full page load would; a URL with a
 * fragment is left to the page that owns the fragment (the policy page scrolls to the clause).
 */
import { useEffect } from 'react';
import { useLocation } from 'react-router';

export function ScrollToTop() {
  const { pathname, hash } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new path should scroll.
  useEffect(() => {
    if (!hash) window.scrollTo(0, 0);
  }, [pathname]);
  return null;
}
