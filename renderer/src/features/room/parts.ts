/** The room's lazily fetched parts, in one chunk: the sync loop's line fetches the dialog's code with it. */
export { RoomDialog } from './RoomDialog';
export { RoomLink } from './RoomLink';
