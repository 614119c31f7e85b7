/**
 * @module web/components/key-values
 * A JSON object as a small key/value list (trace inputs, parameters, results).
 */

function show(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export function KeyValues({ value }: { value: unknown }) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return <code className="kv-scalar">{show(value)}</code>;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return <span className="muted">—</span>;
  return (
    <dl className="kv">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>
            <code>{k}</code>
          </dt>
          <dd>
            <code>{show(v)}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}
