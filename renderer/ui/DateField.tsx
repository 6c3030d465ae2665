/** A labelled date field (YYYY-MM-DD, or empty for no date) with its error message. */
import { TextField, type TextFieldProps } from './TextField';

export type DateFieldProps = Omit<TextFieldProps, 'type' | 'rows' | 'list'>;

export function DateField(props: DateFieldProps) {
  return <TextField {...props} type="date" />;
}
