/** Why a workspace file could not be opened; the server maps the kind to a contract error code. */
export type WorkspaceFileProblem = 'not-found' | 'not-sqlite' | 'too-new' | 'locked' | 'wrong-key' | 'migration-failed' | 'exists';

export class WorkspaceFileError extends Error {
  readonly problem: WorkspaceFileProblem;

  constructor(problem: WorkspaceFileProblem, message: string) {
    super(message);
    this.name = 'WorkspaceFileError';
    this.problem = problem;
  }
}
