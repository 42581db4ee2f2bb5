/** ICS-214, the activity log per responder and for the whole incident. */
export {
  ics214Form,
  type Ics214Form,
  type Ics214Input,
  type Ics214Position,
  type Ics214Resource,
  type Ics214Subject,
} from './form';
export {
  ics214ActivityRows,
  ics214Csv,
  ics214FieldRows,
  ics214Fields,
  ics214Markdown,
  type Ics214Field,
  type Ics214Words,
} from './export';
