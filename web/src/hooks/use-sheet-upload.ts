/**
 * @module web/hooks/use-sheet-upload
 * What every spreadsheet import form shares: the chosen file, its upload type (CSV or Excel), the
 * request in flight, the answer (rows added and rows rejected) or the error, and a new key for
 * the file input so it empties after an import.
 */
import { useState } from 'react';
import { uploadTypeOf } from '../lib/air-lists.ts';

export interface SheetUpload<R> {
  readonly file: File | null;
  readonly choose: (file: File | null) => void;
  /** Give the file input this key: it changes after an import, which empties the input. */
  readonly inputKey: number;
  readonly busy: boolean;
  readonly result: R | null;
  readonly error: unknown;
  /**
   * Sends the chosen file with `send`. Returns `'no-file'` or `'bad-type'` (nothing sent) for
   * the form to explain, else `null`; `onDone` is called with the answer.
   */
  readonly upload: (
    send: (bytes: ArrayBuffer, contentType: string) => Promise<R>,
    onDone?: (result: R) => void,
  ) => 'no-file' | 'bad-type' | null;
}

export function useSheetUpload<R>(): SheetUpload<R> {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<R | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [inputKey, setInputKey] = useState(0);
  return {
    file,
    choose: setFile,
    inputKey,
    busy,
    result,
    error,
    upload(send, onDone) {
      if (!file) return 'no-file';
      const type = uploadTypeOf(file);
      if (!type) return 'bad-type';
      setBusy(true);
      setError(null);
      setResult(null);
      file
        .arrayBuffer()
        .then((bytes) => send(bytes, type))
        .then(
          (r) => {
            setBusy(false);
            setResult(r);
            setFile(null);
            setInputKey((k) => k + 1);
            onDone?.(r);
          },
          (err: unknown) => {
            setBusy(false);
            setError(err);
          },
        );
      return null;
    },
  };
}
