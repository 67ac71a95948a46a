/**
 * The life of a work order (SPEC §3.4; IPARK 6.1.2; QUALITY 七.5 "发起 - 分配 - 执行 - 核验 - 完成"),
 * held in one place: which action moves which state where. Who may take an action is the
 * service's concern; this table only says what is possible at all.
 */
export enum WorkOrderState {
  SUBMITTED = 'SUBMITTED',
  DISPATCHED = 'DISPATCHED',
  ACCEPTED = 'ACCEPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  ON_HOLD = 'ON_HOLD',
  COMPLETED = 'COMPLETED',
  VERIFIED = 'VERIFIED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

export enum WorkOrderAction {
  /** Assign (or re-assign) a technician. */
  DISPATCH = 'DISPATCH',
  /** The technician takes the job. */
  ACCEPT = 'ACCEPT',
  /** The technician hands it back, with a reason, for someone else. */
  DECLINE = 'DECLINE',
  START = 'START',
  /** Waiting for parts or for the tenant. */
  HOLD = 'HOLD',
  RESUME = 'RESUME',
  COMPLETE = 'COMPLETE',
  /** The requester confirms the fix. */
  VERIFY = 'VERIFY',
  /** The requester sends it back: not fixed. */
  REWORK = 'REWORK',
  CLOSE = 'CLOSE',
  CANCEL = 'CANCEL',
}

const S = WorkOrderState;
const A = WorkOrderAction;

/** Every allowed move; anything not listed is refused. */
export const TRANSITIONS: Readonly<Record<WorkOrderAction, Partial<Record<WorkOrderState, WorkOrderState>>>> =
  {
    [A.DISPATCH]: { [S.SUBMITTED]: S.DISPATCHED, [S.DISPATCHED]: S.DISPATCHED, [S.ACCEPTED]: S.DISPATCHED },
    [A.ACCEPT]: { [S.DISPATCHED]: S.ACCEPTED },
    [A.DECLINE]: { [S.DISPATCHED]: S.SUBMITTED },
    [A.START]: { [S.ACCEPTED]: S.IN_PROGRESS },
    [A.HOLD]: { [S.IN_PROGRESS]: S.ON_HOLD },
    [A.RESUME]: { [S.ON_HOLD]: S.IN_PROGRESS },
    [A.COMPLETE]: { [S.IN_PROGRESS]: S.COMPLETED },
    [A.VERIFY]: { [S.COMPLETED]: S.VERIFIED },
    [A.REWORK]: { [S.COMPLETED]: S.IN_PROGRESS },
    [A.CLOSE]: { [S.VERIFIED]: S.CLOSED },
    [A.CANCEL]: { [S.SUBMITTED]: S.CANCELLED, [S.DISPATCHED]: S.CANCELLED, [S.ACCEPTED]: S.CANCELLED },
  };

/** States nothing leaves. */
export const FINAL_STATES: ReadonlySet<WorkOrderState> = new Set([S.CLOSED, S.CANCELLED]);

/** Where `action` takes an order in `state`, or undefined when the move is not allowed. */
export function nextState(state: WorkOrderState, action: WorkOrderAction): WorkOrderState | undefined {
  return TRANSITIONS[action][state];
}

/** The actions possible from `state` (for the apps' buttons). */
export function availableActions(state: WorkOrderState): WorkOrderAction[] {
  return Object.values(WorkOrderAction).filter((a) => nextState(state, a) !== undefined);
}
