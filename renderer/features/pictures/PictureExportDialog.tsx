/**
 * "Export picture…": the timeline or the board, as this window shows it, as a PNG, SVG or PDF
 * sized for a 16:9 slide, A4 or Letter, with a title and (for the timeline) a date range, and a
 * preview of the first page. Opened from the views' toolbars, the palette and File → Export.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { isSupportedDay } from '../../../shared/dates/days';
import { PAGE_SIZES, PICTURE_SIZES, type PictureSize } from '../../../shared/formats/picture-page';
import { useBoardView } from '../../state/board-view';
import { useDocument } from '../../state/document';
import { closePictureExport, usePictureExport, type PictureSubject } from '../../state/picture-export';
import { useTimelineView } from '../../state/timeline-view';
import { useToday } from '../../state/useToday';
import { showToast } from '../../state/window';
import { DateField } from '../../ui/DateField';
import { Dialog } from '../../ui/Dialog';
import { FieldSet } from '../../ui/Field';
import { SelectField } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import {
  asOfNow,
  defaultTitle,
  exportPicture,
  initialChoices,
  picturePages,
  type PictureChoices,
} from './picture-export';
import { FORMAT_LABELS, PICTURE_FORMATS, type PictureFormat } from './picture-files';
import './pictures.css';

const SIZE_OPTIONS = PICTURE_SIZES.map((size) => ({
  value: size,
  label: size === 'slide' ? 'Slide 16:9' : `${PAGE_SIZES[size].label} landscape`,
}));

const FORMAT_HINTS: Record<PictureFormat, string> = {
  png: 'An image for slides and documents',
  svg: 'Sharp at any size; editable',
  pdf: 'One page per page, for print',
};

/** The dialog, while one is open in this window. */
export function PictureExportDialog() {
  const subject = usePictureExport((s) => s.subject);
  // Keyed on the subject: the board and the timeline start from their own choices.
  return subject ? <ExportForm key={subject} subject={subject} /> : null;
}

function validate(subject: PictureSubject, choices: PictureChoices): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!choices.title.trim()) errors.title = 'Enter a title';
  if (subject === 'timeline') {
    if (!isSupportedDay(choices.from)) errors.from = 'Enter the first day (1970–2200)';
    if (!isSupportedDay(choices.to)) errors.to = 'Enter the last day (1970–2200)';
    if (!errors.from && !errors.to && choices.to < choices.from)
      errors.to = 'The last day must be on or after the first';
  }
  return errors;
}

function ExportForm({ subject }: { subject: PictureSubject }) {
  const workspace = useDocument((s) => s.workspace);
  const today = useToday();
  const [choices, setChoices] = useState(() => initialChoices(subject, today));
  /** Whether the person typed a title of their own (then a new range does not replace it). */
  const [titleEdited, setTitleEdited] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const errors = validate(subject, choices);
  const valid = Object.keys(errors).length === 0;
  const name = useId();
  // The view's own settings: a change to the timeline's grouping or the board's filter while the
  // dialog is open (from another window's address, say) shows in the preview.
  const timelineView = useTimelineView((s) => `${s.grouping}|${[...s.collapsed].join(',')}`);
  const boardView = useBoardView();

  const update = (changes: Partial<PictureChoices>) => {
    setFailure(null);
    setChoices((current) => {
      const next = { ...current, ...changes };
      const rangeChanged = changes.from !== undefined || changes.to !== undefined;
      if (rangeChanged && !titleEdited && isSupportedDay(next.from) && isSupportedDay(next.to))
        next.title = defaultTitle(subject, next.from, next.to);
      return next;
    });
  };

  // The preview follows typing a moment later (a large workspace takes a while to draw).
  const previewChoices = useDeferredValue(choices);
  const preview = useMemo(() => {
    if (!valid) return null;
    const pages = picturePages(subject, workspace, previewChoices, { today, asOf: asOfNow() });
    return { first: pages[0]!, count: pages.length };
    // The view settings are read inside picturePages; their summaries here re-run it when they change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [subject, workspace, previewChoices, today, valid, timelineView, boardView]);
  // A data: URL (the CSP allows data: images): nothing to revoke when the preview changes.
  const previewUrl = useMemo(
    () => (preview ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(preview.first.svg)}` : null),
    [preview],
  );

  const submit = async () => {
    if (!valid || busy) return;
    setBusy('Making the picture…');
    setFailure(null);
    try {
      const result = await exportPicture(subject, workspace, choices, today, (done, total) =>
        setBusy(`Making page ${done} of ${total}…`),
      );
      if (result.status === 'failed') return setFailure(`The picture was not saved: ${result.message}`);
      if (result.status === 'cancelled') return;
      closePictureExport();
      showToast({ tone: 'info', message: `Saved the ${subject} picture to ${result.path}` });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };

  const what = subject === 'timeline' ? 'timeline' : 'board';
  return (
    <Dialog
      title={`Export ${what} as picture`}
      open
      onClose={() => !busy && closePictureExport()}
      actions={
        <>
          <button type="button" className="button" onClick={closePictureExport} disabled={busy !== null}>
            Cancel
          </button>
          <button
            type="submit"
            form={`${name}-form`}
            className="button button--primary"
            disabled={!valid || busy !== null}
          >
            {busy ? 'Exporting…' : `Export ${FORMAT_LABELS[choices.format]}`}
          </button>
        </>
      }
    >
      <form
        id={`${name}-form`}
        className="picture-export"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="picture-export__fields">
          <FieldSet legend="Format">
            {PICTURE_FORMATS.map((format) => (
              <label key={format} className="picture-export__format" title={FORMAT_HINTS[format]}>
                <input
                  type="radio"
                  name={`${name}-format`}
                  checked={choices.format === format}
                  onChange={() => update({ format })}
                />
                {FORMAT_LABELS[format]}
              </label>
            ))}
          </FieldSet>
          <SelectField
            label="Size"
            value={choices.size}
            options={SIZE_OPTIONS}
            onChange={(size) => update({ size: size as PictureSize })}
          />
          <TextField
            label="Title"
            value={choices.title}
            error={errors.title}
            onChange={(title) => {
              setTitleEdited(true);
              update({ title });
            }}
          />
          {subject === 'timeline' && (
            <div className="picture-export__range">
              <DateField
                label="From"
                value={choices.from}
                error={errors.from}
                onChange={(from) => update({ from })}
              />
              <DateField label="To" value={choices.to} error={errors.to} onChange={(to) => update({ to })} />
            </div>
          )}
          <p className="muted picture-export__note">
            {subject === 'timeline'
              ? 'The timeline’s grouping and collapsed groups, fitted to the page width.'
              : 'The board’s swimlanes and filters, as on screen.'}{' '}
            Always drawn in light colours.
          </p>
        </div>
        <figure className="picture-export__preview">
          {previewUrl && preview ? (
            <img
              src={previewUrl}
              alt={`Preview of page 1 of ${preview.count}`}
              width={preview.first.width}
              height={preview.first.height}
            />
          ) : (
            <div className="picture-export__empty">Fix the fields to see a preview.</div>
          )}
          {preview && (
            <figcaption className="muted">
              {preview.count === 1
                ? `One page, ${preview.first.width} × ${preview.first.height} px`
                : `${preview.count} pages: the PDF has one page each; PNG and SVG put them one under another.`}
            </figcaption>
          )}
        </figure>
      </form>
      {busy && (
        <p role="status" className="picture-export__status">
          {busy}
        </p>
      )}
      {failure && (
        <p role="alert" className="field__error">
          {failure}
        </p>
      )}
    </Dialog>
  );
}
