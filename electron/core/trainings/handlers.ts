import type { Handlers } from '../dispatch';
import { attendanceHandlers } from './attendance';
import { documentHandlers } from './document-handlers';
import { historyHandlers } from './history';
import { invitationHandlers } from './invitation-handlers';
import { sessionHandlers } from './session-handlers';
import { topicHandlers } from './topics';

type TrainingOperation = Extract<keyof Handlers, `trainings.${string}`>;

/** Training sessions and attendance: every `trainings.*` operation of the contract. */
export const trainingHandlers: Pick<Handlers, TrainingOperation> = {
  ...topicHandlers,
  ...sessionHandlers,
  ...invitationHandlers,
  ...attendanceHandlers,
  ...historyHandlers,
  ...documentHandlers,
};
