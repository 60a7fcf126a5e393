// Defined once in @dondoc/app-kit; this path stays while files of the API and auth import it.
export type { HttpRequest, HttpResponse } from '@dondoc/app-kit';
