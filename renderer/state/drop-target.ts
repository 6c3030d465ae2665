/**
 * Where a dragged card would land, for the drop indicator. A tiny store of its own so that a
 * pointer move re-renders only the cells whose indicator changed, not the board.
 */
import { create } from 'zustand';

export interface DropTarget {
  cellKey: string;
  stageId: string;
  laneKey: string;
  /** Insert before the card at this index of the cell (length = at the end). */
  index: number;
  /** Set when the go/no-go gate would refuse this drop. */
  refusal: string | null;
}

export const useDropTarget = create<{ target: DropTarget | null }>()(() => ({ target: null }));

export function setDropTarget(target: DropTarget | null): void {
  const current = useDropTarget.getState().target;
  if (
    current?.cellKey === target?.cellKey &&
    current?.index === target?.index &&
    current?.refusal === target?.refusal
  )
    return;
  useDropTarget.setState({ target });
}
