import type { TFunction } from 'i18next';
import type { ExpectedResponse } from '../../domain/drills/types';

/** An inject's expected response in the game master's words. */
export function describeExpected(t: TFunction, expect: ExpectedResponse): string {
  switch (expect.kind) {
    case 'task-assigned':
      return expect.words.length === 0
        ? t('drills.run.expect.task-assigned-any')
        : t('drills.run.expect.task-assigned', { words: expect.words.join(', ') });
    case 'update-sent':
      return t('drills.run.expect.update-sent');
    case 'status-changed':
      return t('drills.run.expect.status-changed', { to: t(`status.${expect.to}`) });
    case 'severity-changed':
      return expect.to === null
        ? t('drills.run.expect.severity-changed-any')
        : t('drills.run.expect.severity-changed', { to: expect.to });
    case 'responder-rested':
    case 'command-handed-over':
    case 'checked-in':
      return expect.person === null
        ? t(`drills.run.expect.${expect.kind}-any`)
        : t(`drills.run.expect.${expect.kind}`, { person: expect.person });
    case 'game-master':
      return t('drills.run.expect.game-master', { what: expect.what });
  }
}
