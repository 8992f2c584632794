import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ui';
import { hasRole, useMe } from '../session/session';

interface Publication {
  published: boolean;
  publicPage: string | null;
}

/** The ward office's switch for the public page, with the page's address when it is on. */
export function PublicationSwitch() {
  const { t } = useTranslation();
  const me = useMe();
  const path = `/api/reports/wards/${encodeURIComponent(me.ward ?? '')}/publication`;
  const [publication, setPublication] = useState<Publication | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    api<Publication>(path).then(setPublication, setFailure);
  }, [path]);
  const change = (published: boolean) => {
    // The switch moves at once; if the service refuses, it moves back and says why.
    const before = publication;
    setFailure(null);
    setPublication({ published, publicPage: before?.publicPage ?? null });
    api<Publication>(path, { method: 'PUT', json: { published } }).then(setPublication, (error) => {
      setPublication(before);
      setFailure(error);
    });
  };
  return (
    <section aria-labelledby="publication-heading" className="card">
      <h2 id="publication-heading">{t('publicPage.section')}</h2>
      {failure ? <ErrorMessage error={failure} /> : null}
      {publication && (
        <>
          {hasRole(me, 'ward-admin') ? (
            <label className="inline"><input id="publish" type="checkbox" checked={publication.published}
              onChange={(e) => change(e.target.checked)} /> {t('publicPage.switch')}</label>
          ) : <p>{publication.published ? t('publicPage.on') : t('publicPage.off')}</p>}
          {publication.publicPage && <p><a id="public-link" href={publication.publicPage}>{t('publicPage.open')}</a></p>}
        </>
      )}
    </section>
  );
}
