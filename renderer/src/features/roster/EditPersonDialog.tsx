import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actorName, useOperator } from '../../app/operator';
import { db } from '../../db';
import { changePersonDetails } from '../../db/repositories/people';
import type { Person } from '../../domain/roster/types';
import { PersonFields, type NewPerson } from './PersonFields';
import { SimpleDialog } from './SimpleDialog';

type Props = { incidentId: string; person: Person; onClose: () => void };

/** Corrects a known person's time zone, contact, Slack ID, e-mail or team; the change is logged. */
export function EditPersonDialog({ incidentId, person, onClose }: Props) {
  const { t } = useTranslation();
  const [operator] = useOperator();
  const [details, setDetails] = useState<NewPerson>(() => ({
    team: person.team,
    contact: person.contact,
    slackUserId: person.slackUserId ?? '',
    email: person.email ?? '',
    timeZone: person.timeZone,
  }));
  return (
    <SimpleDialog
      open
      title={t('roster.editDetailsTitle', { name: person.name })}
      submitLabel={t('roster.saveDetails')}
      onClose={onClose}
      onSubmit={() =>
        changePersonDetails(
          db,
          { incidentId, personId: person.id, details },
          { now: Date.now(), actor: actorName(operator) },
        )
      }
    >
      <PersonFields value={details} onChange={setDetails} />
    </SimpleDialog>
  );
}
