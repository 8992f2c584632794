import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, type Language } from '../format/format';

/** A year's value with the band its target allows (null ends: no bound). */
export interface TrendPoint {
  year: number;
  value: number | null;
  low?: number | null;
  high?: number | null;
}

/** An indicator's values by year, with the target band as dashed lines; a table carries the same for screen readers. */
export function TrendChart({ name, points, compact = false }: { name: string; points: TrendPoint[]; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const label = `${t('indicators.chart')}: ${name}`;
  const hasLow = points.some((p) => p.low !== null && p.low !== undefined);
  const hasHigh = points.some((p) => p.high !== null && p.high !== undefined);
  return (
    <figure className={compact ? 'spark' : 'chart'}>
      {!compact && <figcaption>{t('indicators.chart')}</figcaption>}
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={compact ? 48 : 260}>
          <LineChart accessibilityLayer={false} data={points} margin={compact ? { top: 4, bottom: 4, left: 4, right: 4 } : { top: 8, right: 16, left: 8 }}>
            {!compact && <CartesianGrid strokeDasharray="3 3" />}
            <XAxis dataKey="year" hide={compact} />
            <YAxis hide={compact} domain={['auto', 'auto']} tickFormatter={(v: number) => formatNumber(v, language, 1)} />
            {!compact && <Tooltip formatter={(v) => formatNumber(Number(v), language)} />}
            {hasLow && <Line dataKey="low" name={t('indicators.targetBand')} stroke="#1d7a3a" strokeDasharray="5 4" dot={false}
              isAnimationActive={false} connectNulls />}
            {hasHigh && <Line dataKey="high" name={t('indicators.targetBand')} stroke="#1d7a3a" strokeDasharray="5 4" dot={false}
              isAnimationActive={false} connectNulls />}
            <Line type="monotone" dataKey="value" name={t('indicators.value')} stroke="#1f5fa8" strokeWidth={2}
              dot={{ r: compact ? 2 : 4 }} isAnimationActive={false} connectNulls />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <div className="sr-only"><table>
        <caption>{label}</caption>
        <thead><tr><th scope="col">{t('common.year')}</th><th scope="col">{t('indicators.value')}</th>
          <th scope="col">{t('indicators.targetBand')}</th></tr></thead>
        <tbody>{points.map((p) => (
          <tr key={p.year}><th scope="row">{p.year}</th><td>{formatNumber(p.value, language)}</td>
            <td>{formatNumber(p.low, language)} – {formatNumber(p.high, language)}</td></tr>
        ))}</tbody>
      </table></div>
    </figure>
  );
}
