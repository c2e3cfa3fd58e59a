import { Link } from 'react-router';

export type TaskStatus = 'notStarted' | 'inProgress' | 'completed' | 'cannotStart';

export interface Task {
  id: string;
  title: string;
  href?: string;
  hint?: string;
  status: TaskStatus;
}

const STATUS_TEXT: Record<TaskStatus, string> = {
  notStarted: 'Not yet started',
  inProgress: 'In progress',
  completed: 'Completed',
  cannotStart: 'Cannot start yet',
};

/** GOV.UK task list: shows at a glance which sections of the CAF are done. */
export function TaskList({ tasks }: { tasks: Task[] }) {
  return (
    <ul className="govuk-task-list">
      {tasks.map((task) => (
        <li key={task.id} className={`govuk-task-list__item${task.href ? ' govuk-task-list__item--with-link' : ''}`}>
          <div className="govuk-task-list__name-and-hint">
            {task.href ? (
              <Link className="govuk-link govuk-task-list__link" to={task.href} aria-describedby={`${task.id}-status`}>
                {task.title}
              </Link>
            ) : (
              <div>{task.title}</div>
            )}
            {task.hint && <div className="govuk-task-list__hint">{task.hint}</div>}
          </div>
          <div className="govuk-task-list__status" id={`${task.id}-status`}>
            {task.status === 'notStarted' ? (
              <strong className="govuk-tag govuk-tag--blue">{STATUS_TEXT[task.status]}</strong>
            ) : task.status === 'inProgress' ? (
              <strong className="govuk-tag govuk-tag--light-blue">{STATUS_TEXT[task.status]}</strong>
            ) : task.status === 'cannotStart' ? (
              <span className="govuk-task-list__status--cannot-start-yet">{STATUS_TEXT[task.status]}</span>
            ) : (
              STATUS_TEXT[task.status]
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
