import { describe, expect, it } from 'vitest';
import {
  channelTopic,
  incidentChannelName,
  withSuffix,
  type ChannelTopicInput,
} from '../../../../../renderer/src/domain/broadcasts/channel-name';

const nov24 = (h: number, m: number): number => Date.UTC(2026, 10, 24, h, m);
const slackName = /^[a-z0-9_-]{1,80}$/;

describe('incidentChannelName', () => {
  it('names the channel from the declaration day and the title', () => {
    expect(incidentChannelName(nov24(13, 0), 'Database primary down')).toBe(
      'inc-2026-11-24-database-primary-down',
    );
    expect(incidentChannelName(nov24(13, 0), 'Payments.API DOWN!!')).toBe('inc-2026-11-24-payments-api-down');
  });

  it('dates by the IC’s zone: 23:30 UTC is the 25th in Tokyo', () => {
    expect(incidentChannelName(nov24(23, 30), 'Login errors', 'Asia/Tokyo')).toBe(
      'inc-2026-11-25-login-errors',
    );
  });

  it('strips accents and spells out letters that have none to strip', () => {
    expect(incidentChannelName(nov24(13, 0), 'Crème brûlée: paiement échoué à Zürich')).toBe(
      'inc-2026-11-24-creme-brulee-paiement-echoue-a-zurich',
    );
    expect(incidentChannelName(nov24(13, 0), 'Straße Ærø Łódź')).toBe('inc-2026-11-24-strasse-aero-lodz');
  });

  it('drops emoji and collapses what is left into single dashes, keeping underscores', () => {
    expect(incidentChannelName(nov24(13, 0), '🔥🔥 API 5xx spike 🔥')).toBe('inc-2026-11-24-api-5xx-spike');
    expect(incidentChannelName(nov24(13, 0), ' db_primary -- down ')).toBe('inc-2026-11-24-db_primary-down');
  });

  it('falls back to the dated name when nothing in the title is allowed', () => {
    expect(incidentChannelName(nov24(13, 0), '決済が失敗 🔥')).toBe('inc-2026-11-24');
    expect(incidentChannelName(nov24(13, 0), '')).toBe('inc-2026-11-24');
  });

  it('cuts a very long title to 80 characters without a trailing dash', () => {
    const name = incidentChannelName(nov24(13, 0), 'word '.repeat(30));
    expect(name).toBe(`inc-2026-11-24-${Array.from({ length: 13 }, () => 'word').join('-')}`);
    expect(name).toHaveLength(79);
    expect(name).toMatch(slackName);
  });
});

describe('withSuffix', () => {
  it('adds -n after name_taken', () => {
    expect(withSuffix('inc-2026-11-24-db-down', 2)).toBe('inc-2026-11-24-db-down-2');
  });

  it('stays within 80 characters by shortening the name, never the suffix', () => {
    const long = incidentChannelName(nov24(13, 0), 'word '.repeat(30));
    expect(withSuffix(long, 2)).toBe(`inc-2026-11-24-${'word-'.repeat(12)}wor-2`);
    const ten = withSuffix(long, 10);
    expect(ten).toHaveLength(80);
    expect(ten.endsWith('-10')).toBe(true);
    expect(ten).toMatch(slackName);
  });
});

describe('channelTopic', () => {
  const topic = (overrides: Partial<ChannelTopicInput> = {}): string =>
    channelTopic({
      severity: 'SEV-1',
      status: 'identified',
      commanderName: 'Alice Martin',
      nextUpdateBy: nov24(13, 55),
      now: nov24(13, 25),
      ...overrides,
    });

  it('states severity, status, IC and the next update', () => {
    expect(topic()).toBe(
      'SEV-1 | Identified | Incident commander: Alice Martin | Next update by 13:55 (UTC)',
    );
    expect(topic({ severity: 'SEV-3', nextUpdateBy: null })).toBe(
      'SEV-3 | Identified | Incident commander: Alice Martin | Next update on the next status change',
    );
    expect(topic({ status: 'resolved', timeZone: 'Europe/Paris' })).toBe(
      'SEV-1 | Resolved | Incident commander: Alice Martin | Final update',
    );
  });

  it('shortens a very long IC name to keep the topic within 250 characters and the next update whole', () => {
    // 41 characters before the name, 29 after it: 180 left for the name, the ellipsis included.
    const long = topic({ commanderName: 'x'.repeat(300) });
    expect(long).toBe(
      `SEV-1 | Identified | Incident commander: ${'x'.repeat(179)}… | Next update by 13:55 (UTC)`,
    );
    expect(long).toHaveLength(250);
  });

  it('never cuts an emoji in half when shortening', () => {
    const emoji = topic({ commanderName: '😀'.repeat(100) });
    expect(emoji).toBe(
      `SEV-1 | Identified | Incident commander: ${'😀'.repeat(89)}… | Next update by 13:55 (UTC)`,
    );
    expect(emoji.length).toBeLessThanOrEqual(250);
  });
});
