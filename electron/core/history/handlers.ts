import type { HandlersFor } from '../context'
import { moveInHistory } from './actions'

export const historyHandlers: HandlersFor<'history.state' | 'history.undo' | 'history.redo'> = {
  'history.state': async (_input, { history }) => history.state(),
  'history.undo': (_input, context) => moveInHistory(context, 'undo'),
  'history.redo': (_input, context) => moveInHistory(context, 'redo')
}
