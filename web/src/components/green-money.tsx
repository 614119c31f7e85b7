/**
 * @module web/components/green-money
 * An amount of the fund as the API gives it (a yuan string): grouped yuan, and from 10,000 yuan
 * up the same amount in 万元 beside it. Never through a float.
 */
import { useTranslation } from 'react-i18next';
import { yuanToFen, yuanToWan } from '../lib/green-money.ts';
import { groupYuan } from '../lib/money.ts';

export function Money({ amount, className }: { amount: string | null; className?: string }) {
  const { t } = useTranslation();
  if (amount === null) return <span className="muted">—</span>;
  const fen = yuanToFen(amount);
  const wan = fen !== null && (fen >= 1_000_000n || fen <= -1_000_000n);
  return (
    <span className={`green-money${className ? ` ${className}` : ''}`}>
      <span className="green-yuan">{t('money.yuan', { amount: groupYuan(amount) })}</span>
      {wan ? <span className="green-wan">{t('green.money.wan', { amount: yuanToWan(amount) })}</span> : null}
    </span>
  );
}
