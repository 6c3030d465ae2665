/** Launch item fields in words: the editor's labels, shared with the activity history. */
export { describeValue, FIELD_LABELS } from '../../../shared/domain/items/describe';
