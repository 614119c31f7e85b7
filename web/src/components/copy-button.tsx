/**
 * @module web/components/copy-button
 * Copies a text to the clipboard and says so for a moment (announced to screen readers).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

async function copy(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  // Older browsers and plain-http origins: a hidden textarea and execCommand.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy failed');
}

/** `text` may be a function, so costly texts are built only when clicked. */
export function CopyButton({ text, label }: { text: string | (() => string); label: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <button
      type="button"
      className="button button-small button-secondary"
      onClick={() =>
        copy(typeof text === 'function' ? text() : text).then(
          () => setState('copied'),
          () => setState('failed'),
        )
      }
    >
      <span aria-live="polite">
        {state === 'copied' ? t('policy.copied') : state === 'failed' ? t('policy.copyFailed') : label}
      </span>
    </button>
  );
}
