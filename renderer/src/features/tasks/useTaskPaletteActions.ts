import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaletteAction } from '../palette/actions';
import { usePaletteActions } from '../palette/usePaletteActions';
import type { TaskStatus } from '../../domain/tasks/types';

export type TaskPanelOpeners = {
  newTask: () => void;
  assign: () => void;
  changeStatus: (status: TaskStatus) => void;
  acknowledge: () => void;
  checkBack: () => void;
  applyRunbook: () => void;
  manageRunbooks: () => void;
  importRunbook: () => void;
};

/** The board's entries in the command palette, with the global shortcuts N, A, D and R. */
export function useTaskPaletteActions(open: TaskPanelOpeners): void {
  const { t } = useTranslation();
  const actions = useMemo(
    (): PaletteAction[] => [
      { id: 'tasks.new', label: t('tasks.newTask'), group: 'tasks', shortcut: 'n', run: open.newTask },
      {
        id: 'tasks.assign',
        label: t('tasks.actions.assign'),
        group: 'tasks',
        shortcut: 'a',
        keywords: 'reassign owner',
        run: open.assign,
      },
      {
        id: 'tasks.done',
        label: t('tasks.actions.done'),
        group: 'tasks',
        shortcut: 'd',
        keywords: 'finish complete',
        run: () => open.changeStatus('done'),
      },
      {
        id: 'tasks.start',
        label: t('tasks.actions.start'),
        group: 'tasks',
        run: () => open.changeStatus('in-progress'),
      },
      {
        id: 'tasks.block',
        label: t('tasks.actions.block'),
        group: 'tasks',
        run: () => open.changeStatus('blocked'),
      },
      {
        id: 'tasks.drop',
        label: t('tasks.actions.drop'),
        group: 'tasks',
        run: () => open.changeStatus('dropped'),
      },
      {
        id: 'tasks.acknowledge',
        label: t('tasks.actions.acknowledge'),
        group: 'tasks',
        keywords: 'acknowledge confirm',
        run: open.acknowledge,
      },
      { id: 'tasks.check-back', label: t('tasks.actions.checkBack'), group: 'tasks', run: open.checkBack },
      {
        id: 'runbooks.apply',
        label: t('runbooks.apply'),
        group: 'runbooks',
        shortcut: 'r',
        run: open.applyRunbook,
      },
      { id: 'runbooks.manage', label: t('runbooks.manage'), group: 'runbooks', run: open.manageRunbooks },
      { id: 'runbooks.import', label: t('runbooks.import'), group: 'runbooks', run: open.importRunbook },
    ],
    [t, open],
  );
  usePaletteActions(actions);
}
