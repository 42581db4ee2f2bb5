import { RoomEntry } from './RoomEntry';
import { RoomLink } from './RoomLink';

/** The palette entry (with its dialog) and the room line, mounted together under the incident list. */
export function RoomParts() {
  return (
    <>
      <RoomEntry />
      <RoomLink />
    </>
  );
}
