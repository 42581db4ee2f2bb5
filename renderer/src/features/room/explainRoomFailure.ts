import type { TFunction } from 'i18next';
import type { BridgeError } from '../../../../preload/contract';
import { describeBridgeError } from '../../app/bridgeErrors';

/** A refused join in the room's words: the bridge's general wording speaks of Slack for `auth`. */
export function explainRoomFailure(t: TFunction, error: BridgeError): string {
  if (error.code === 'auth') return t('room.refused');
  if (error.code === 'transient') return t('room.unreachable');
  if (error.code === 'bad_input') {
    return /tls:\/\//.test(error.message)
      ? t('room.needsTls')
      : t('room.badInput', { message: error.message });
  }
  return describeBridgeError(t, error);
}
