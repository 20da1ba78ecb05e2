import { projectsOperations, webPages, type MemberPupil, type TwinspaceHome, type TwinspaceSchool } from '@jumelage/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { ConfirmButton } from '../../design/ConfirmButton.tsx';
import { Panel } from '../../design/Page.tsx';
import { useCountryName } from '../countries/use-countries.ts';
import { ErrorState } from '../errors/ErrorState.tsx';
import { useTwinspaceChange } from './use-twinspace.ts';
import { fullName } from '../pupils/pupil-names.ts';
import styles from './Twinspace.module.css';

type Teacher = TwinspaceSchool['teachers'][number];

/** Who is in the TwinSpace, by country and school; founders take members out, members may leave. */
export function TwinspaceMembers({ home, myId }: { home: TwinspaceHome; myId: string }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const navigate = useNavigate();
  const projectId = home.project.id;
  const remove = useTwinspaceChange(projectId);
  const removeTeacher = (teacherId: string) =>
    remove.mutate(() => api.call(projectsOperations.removeMember, { params: { id: projectId, teacherId } }), {
      onSuccess: () => teacherId === myId && void navigate(webPages.myTwinspaces),
    });
  const byCountry = Map.groupBy(home.schools, (school) => school.countryCode);
  const actionFor = (teacher: Teacher) => {
    if (!teacher.can.remove) return null;
    const labels = { cancelLabel: t('twinspace.cancel'), isDisabled: remove.isPending, onConfirm: () => removeTeacher(teacher.id) };
    if (teacher.id === myId)
      return <ConfirmButton label={t('twinspace.members.leave')} confirmLabel={t('twinspace.members.leaveForGood')} {...labels} />;
    return (
      <ConfirmButton
        label={t('twinspace.members.remove')}
        accessibleLabel={t('twinspace.actionFor', { action: t('twinspace.members.remove'), name: teacher.name })}
        confirmLabel={t('twinspace.members.removeForGood', { name: teacher.name })}
        variant="quiet"
        {...labels}
      />
    );
  };
  return (
    <Panel title={t('twinspace.members.title')}>
      {remove.isError && <ErrorState error={remove.error} />}
      <div className={styles.countries}>
        {[...byCountry].map(([country, schools]) => (
          <section key={country} aria-labelledby={`country-${country}`}>
            <h3 id={`country-${country}`}>{countryName(country)}</h3>
            <ul className={styles.schools}>
              {schools.map((school) => (
                <li key={school.id} className={styles.card}>
                  <h4 className={styles.cardTitle}>{school.name}</h4>
                  <p className={styles.meta}>{school.town}</p>
                  <ul className={styles.teachers} aria-label={t('twinspace.members.teachers')}>
                    {school.teachers.map((teacher) => (
                      <li key={teacher.id} className={styles.teacher}>
                        <span>
                          {teacher.name} <span className={styles.badge}>{t(`twinspace.roles.${teacher.role}`)}</span>
                        </span>
                        {actionFor(teacher)}
                      </li>
                    ))}
                  </ul>
                  <Pupils pupils={school.pupils} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Panel>
  );
}

function Pupils({ pupils }: { pupils: MemberPupil[] }) {
  const { t } = useTranslation();
  if (pupils.length === 0) return <p className={styles.muted}>{t('twinspace.members.noPupils')}</p>;
  return (
    <>
      <p className={styles.pupilsHeading}>{t('twinspace.members.pupils', { count: pupils.length })}</p>
      <ul className={styles.pupils}>
        {pupils.map((pupil) => (
          <li key={pupil.id} className={styles.pupil}>
            {fullName(pupil)}
            {pupil.imageConsent && (
              <span className={styles.consent} data-consent={pupil.imageConsent}>
                {t(`twinspace.imageConsentShort.${pupil.imageConsent}`)}
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
