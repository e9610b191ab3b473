import type { RowProblem } from '../../../core/contract';
import { t } from '../../i18n';

/** Header problems refuse the whole import, so they stand above everything else. */
export function ProblemList({ problems }: { problems: RowProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="alert problem-list" role="alert">
      <strong>{t('import.problems.title')}</strong>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>
            {/* A missing column has no letter ('-'). */}
            {problem.column === '-'
              ? t('import.problems.sheetItem', { sheet: problem.sheet, message: problem.message })
              : t('import.problems.item', { sheet: problem.sheet, column: problem.column, message: problem.message })}
          </li>
        ))}
      </ul>
    </div>
  );
}
