import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { YearSelect, defaultYear } from '../app/ui';
import { PublicationSwitch } from '../publicpage/PublicationSwitch';
import { useMe } from '../session/session';

const FORMATS = [
  { format: 'docx', label: 'Word (DOCX)' },
  { format: 'xlsx', label: 'Excel (XLSX)' },
  { format: 'pdf', label: 'PDF' },
];

/** The documents the ward files with the city: the annual report and the two reviews, in three formats. */
export function ReportsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [year, setYear] = useState(defaultYear());
  const base = `/api/reports/wards/${me.ward}`;
  const documents = [
    { id: 'annual', title: t('reports.annual', { year }), href: (f: string) => `${base}/annual-report?year=${year}&format=${f}` },
    { id: 'midterm', title: t('reports.midterm'), href: (f: string) => `${base}/review?kind=midterm&format=${f}` },
    { id: 'final', title: t('reports.final'), href: (f: string) => `${base}/review?kind=final&format=${f}` },
  ];
  return (
    <>
      <div className="page-head">
        <h1>{t('reports.title')}</h1>
        <YearSelect value={year} onChange={setYear} />
      </div>
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
      <PublicationSwitch />
    </>
  );
}
