import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { YearSelect, defaultYear } from '../app/ui';
import { PublicationSwitch } from '../publicpage/PublicationSwitch';
import { useMe } from '../session/session';
import { Documents } from './Documents';

/** The documents the ward files with the city: the annual report and the two reviews, in three formats. */
export function ReportsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [year, setYear] = useState(defaultYear());
  return (
    <>
      <div className="page-head">
        <h1>{t('reports.title')}</h1>
        <YearSelect value={year} onChange={setYear} />
      </div>
      {me.ward && <Documents ward={me.ward} year={year} />}
      <PublicationSwitch />
    </>
  );
}
