import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../app/clock';
import { deskLocale } from '../../app/format';
import { useOperator } from '../../app/operator';
import { db } from '../../db';
import { useStillCheckedIn } from '../../db/hooks/useResolution';
import { checkEveryoneOutAtResolution } from '../../db/repositories/resolution';
import type { Incident } from '../../domain/incident/types';
import { formatTime } from '../../domain/time/format';
import { SimpleDialog } from '../roster/SimpleDialog';
import { recordContext } from '../tasks/recordContext';

/**
 * On a resolved incident with people still checked in: the offer to check them all out at the
 * resolution time, so nobody's hours run on after the incident ended. One logged check-out each.
 */
export function CheckOutEveryone({ incident }: { incident: Incident }) {
  const { t, i18n } = useTranslation();
  const [operator] = useOperator();
  const [open, setOpen] = useState(false);
  const now = useNow();
  const names = useStillCheckedIn(incident.id, incident.status === 'resolved');
  if (incident.resolvedAt === null || names === undefined || names.length === 0) return null;
  const resolvedAt = incident.resolvedAt;
  const time = formatTime(resolvedAt, {
    locale: deskLocale(i18n.language),
    date: { unlessSameDayAs: now },
  });
  return (
    <>
      <Button size="small" variant="outlined" color="inherit" onClick={() => setOpen(true)}>
        {t('resolve.checkOutButton', { count: names.length })}
      </Button>
      <SimpleDialog
        open={open}
        title={t('resolve.checkOutTitle', { time })}
        submitLabel={t('resolve.checkOutSubmit')}
        onClose={() => setOpen(false)}
        onSubmit={async () => {
          await checkEveryoneOutAtResolution(db, incident.id, recordContext(operator));
        }}
      >
        <Typography>{t('resolve.checkOutBody', { names: names.join(', ') })}</Typography>
      </SimpleDialog>
    </>
  );
}
