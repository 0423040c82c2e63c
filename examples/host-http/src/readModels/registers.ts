import {
  actionRegister,
  nonConformityRegister,
  objectiveRegister,
  reviewBoard,
  riskRegister,
  type ViewsState,
} from '@mgmt-review/views';

/** One register the host keeps as a table: its rows on a day, in the register's order, and each row's id. */
export interface Register {
  readonly name: string;
  readonly rowsOf: (state: ViewsState, now: string) => readonly object[];
  readonly idOf: (row: object) => string;
  /** For an action register: the due date and whether it is still to be done, kept as columns. */
  readonly dueOf?: (row: object) => { readonly dueDate: string; readonly toDo: boolean };
}

const register = <R extends object>(
  name: string,
  rowsOf: (state: ViewsState, now: string) => readonly R[],
  idOf: (row: R) => string,
  dueOf?: (row: R) => { readonly dueDate: string; readonly toDo: boolean },
): Register => ({
  name,
  rowsOf,
  idOf: idOf as (row: object) => string,
  dueOf: dueOf as Register['dueOf'],
});

/** The registers the host's tables hold, by the name its GETs use. */
export const registers: readonly Register[] = [
  register(
    'reviews',
    (state, now) => reviewBoard(state, { now }),
    (row) => row.reviewId,
  ),
  register(
    'actions',
    (state, now) => actionRegister(state, { now }),
    (row) => row.actionId,
    (row) => ({ dueDate: row.dueDate, toDo: row.toDo }),
  ),
  register(
    'nonConformities',
    (state, now) => nonConformityRegister(state, { now }),
    (row) => row.nonConformityId,
  ),
  register(
    'risks',
    (state, now) => riskRegister(state, { now }),
    (row) => row.riskId,
  ),
  register(
    'objectives',
    (state, now) => objectiveRegister(state, { now }),
    (row) => row.objectiveId,
  ),
];

export type RegisterName = 'reviews' | 'actions' | 'nonConformities' | 'risks' | 'objectives';
export const registerNames = registers.map((r) => r.name) as RegisterName[];
