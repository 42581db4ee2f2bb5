/** The envelope every log event shares; each feature declares its own payloads with it. */
export type EventOf<Type extends string, Payload> = {
  id: string;
  /** The incident it belongs to, or a pseudo stream such as the people directory. */
  incidentId: string;
  /** When it happened (epoch ms UTC); may differ from when it was recorded, e.g. a back-dated check-in. */
  ts: number;
  recordedAt: number;
  /** Who recorded it, in the IC's words (a name). */
  actor: string;
  type: Type;
  payload: Payload;
};
