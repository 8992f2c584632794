import { useTranslation } from 'react-i18next';

const FORMATS = [
  { format: 'docx', label: 'Word (DOCX)' },
  { format: 'xlsx', label: 'Excel (XLSX)' },
  { format: 'pdf', label: 'PDF' },
];

/** A ward's documents for the city: the year's annual report and the two reviews, each in three formats. */
export function Documents({ ward, year }: { ward: string; year: number }) {
  const { t } = useTranslation();
  const base = `/api/reports/wards/${encodeURIComponent(ward)}`;
  const documents = [
    { id: 'annual', title: t('reports.annual', { year }), href: (f: string) => `${base}/annual-report?year=${year}&format=${f}` },
    { id: 'midterm', title: t('reports.midterm'), href: (f: string) => `${base}/review?kind=midterm&format=${f}` },
    { id: 'final', title: t('reports.final'), href: (f: string) => `${base}/review?kind=final&format=${f}` },
  ];
  return (
    <ul className="documents">
      {documents.map((d) => (
        <li key={d.id} className="card" id={`report-${d.id}`}>
          <h2>{d.title}</h2>
          <p>{t('reports.formats')}:{' '}
            {FORMATS.map((f, n) => (
              <span key={f.format}>{n > 0 && ' · '}<a href={d.href(f.format)} download data-format={f.format}>
                {t('common.download')} {f.label}</a></span>
            ))}
          </p>
        </li>
      ))}
    </ul>
  );
}
