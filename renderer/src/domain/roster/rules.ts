/** The refusals of the check-in list, as pure checks the repositories run before writing anything. */
import { DomainError } from '../errors';
import { limits } from '../incident/types';
import { optionalText, requiredText } from '../incident/validate';
import type { Person } from './types';

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export type PersonInput = {
  name: string;
  team?: string;
  contact?: string;
  slackUserId?: string;
  email?: string;
  timeZone: string;
};

/** Checks a directory entry; the Slack ID and e-mail are optional but must look right when given. */
export function checkPerson(input: PersonInput, id: string): Person {
  const slack = (input.slackUserId ?? '').trim().toUpperCase();
  if (slack !== '' && !/^[UW][A-Z0-9]{2,20}$/.test(slack))
    throw new DomainError('bad-slack-id', { value: slack });
  const email = (input.email ?? '').trim();
  if (email !== '' && !/^[^\s@]+@[^\s@]+$/.test(email)) throw new DomainError('bad-email', { value: email });
  if (!isValidTimeZone(input.timeZone)) throw new DomainError('bad-time-zone', { value: input.timeZone });
  return {
    id,
    name: requiredText(input.name, 'name', limits.nameMaxLength),
    team: optionalText(input.team ?? '', 'team', limits.nameMaxLength),
    contact: optionalText(input.contact ?? '', 'contact', limits.nameMaxLength),
    slackUserId: slack === '' ? null : slack,
    email: email === '' ? null : email,
    timeZone: input.timeZone,
  };
}
