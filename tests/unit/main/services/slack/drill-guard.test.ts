/** Main's last word on a drill's post: only to the drill channel, only marked, whatever the renderer says. */
import { describe, expect, it } from 'vitest';
import { checkDrillPost } from '../../../../../main/services/slack';

const drillChannel = { id: 'C0DRILL001', name: 'drills' };
const stakeholders = 'C0STAKE001';

describe('a drill’s post', () => {
  it('goes to the drill channel when it is marked [DRILL]', () => {
    expect(
      checkDrillPost({ channel: drillChannel.id, text: '[DRILL] SEV-2 · x', drill: true }, drillChannel),
    ).toBeNull();
  });

  it('is refused to any other channel, with a message naming the drill channel', () => {
    const refusal = checkDrillPost(
      { channel: stakeholders, text: '[DRILL] SEV-2 · x', drill: true },
      drillChannel,
    );
    expect(refusal?.message).toContain('#drills');
  });

  it('is refused everywhere when no drill channel is set', () => {
    for (const channel of [stakeholders, drillChannel.id])
      expect(checkDrillPost({ channel, text: '[DRILL] x', drill: true }, null)).not.toBeNull();
  });

  it('is refused without the [DRILL] marker, even to the drill channel', () => {
    expect(
      checkDrillPost({ channel: drillChannel.id, text: 'SEV-2 · x', drill: true }, drillChannel),
    ).not.toBeNull();
  });

  it('marked [DRILL] is held as a drill even when the post does not say so', () => {
    expect(
      checkDrillPost({ channel: stakeholders, text: '  [DRILL] x', drill: false }, drillChannel),
    ).not.toBeNull();
    expect(checkDrillPost({ channel: stakeholders, text: '[DRILL] x', drill: false }, null)).not.toBeNull();
  });
});

describe('a real incident’s post', () => {
  it('goes wherever the IC chose', () => {
    expect(
      checkDrillPost({ channel: stakeholders, text: 'SEV-1 · Checkout down', drill: false }, drillChannel),
    ).toBeNull();
    expect(
      checkDrillPost({ channel: stakeholders, text: 'SEV-1 · Checkout down', drill: false }, null),
    ).toBeNull();
  });
});
