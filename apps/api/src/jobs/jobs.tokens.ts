/** The connection string the job queue uses (the API's own database). */
export const JOBS_DATABASE_URL = Symbol('JOBS_DATABASE_URL');
