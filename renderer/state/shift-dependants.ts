/**
 * What to do with what belongs to a launch when its dates move: the choice remembered on this
 * machine ('ask' each time, 'always' move it too, 'never' — localStorage, like "me", followed
 * by every window), and the question itself while it is on screen. A view asks through
 * `askToShift`, which resolves when the person answers the dialog App.tsx mounts.
 */
import { create } from 'zustand';

export type ShiftChoice = 'ask' | 'always' | 'never';
export const SHIFT_CHOICES: readonly ShiftChoice[] = ['ask', 'always', 'never'];
export const SHIFT_CHOICE_LABELS: Record<ShiftChoice, string> = {
  ask: 'Ask each time',
  always: 'Move what belongs to it',
  never: 'Move only the launch',
};
export const SHIFT_CHOICE_STORAGE_KEY = 'launch-control:shift-dependants';

/** The person's answer: move what belongs too, only the item, or nothing at all. */
export type ShiftAnswer = 'with' | 'only' | 'cancel';

export interface ShiftQuestion {
  itemTitle: string;
  itemKind: 'beta' | 'launch' | 'rollout';
  /** "3 milestones, 2 waves, 1 beta". */
  summary: string;
  days: number;
}

function stored(): ShiftChoice {
  try {
    const value = globalThis.localStorage?.getItem(SHIFT_CHOICE_STORAGE_KEY);
    return SHIFT_CHOICES.includes(value as ShiftChoice) ? (value as ShiftChoice) : 'ask';
  } catch {
    // Storage switched off: ask each time, for this session.
    return 'ask';
  }
}

interface ShiftState {
  choice: ShiftChoice;
  question: ShiftQuestion | null;
}

export const useShiftDependants = create<ShiftState>()(() => ({ choice: stored(), question: null }));

let pending: ((answer: { answer: ShiftAnswer; remember: boolean }) => void) | null = null;

export function setShiftChoice(choice: ShiftChoice): void {
  try {
    localStorage.setItem(SHIFT_CHOICE_STORAGE_KEY, choice);
  } catch {
    // Kept for this session only.
  }
  useShiftDependants.setState({ choice });
}

export function shiftChoice(): ShiftChoice {
  return useShiftDependants.getState().choice;
}

/** Puts the question on screen; resolves with the answer (a second question cancels the first). */
export function askToShift(question: ShiftQuestion): Promise<ShiftAnswer> {
  pending?.({ answer: 'cancel', remember: false });
  return new Promise((resolve) => {
    pending = ({ answer, remember }) => {
      pending = null;
      useShiftDependants.setState({ question: null });
      // "Remember my choice" applies to a move either way; a cancel remembers nothing.
      if (remember && answer !== 'cancel') setShiftChoice(answer === 'with' ? 'always' : 'never');
      resolve(answer);
    };
    useShiftDependants.setState({ question });
  });
}

/** The dialog's answer. */
export function answerShift(answer: ShiftAnswer, remember: boolean): void {
  pending?.({ answer, remember });
}

// Another window on this machine changed the remembered choice.
if (typeof window !== 'undefined')
  window.addEventListener('storage', (event) => {
    if (event.key === SHIFT_CHOICE_STORAGE_KEY || event.key === null)
      useShiftDependants.setState({ choice: stored() });
  });
