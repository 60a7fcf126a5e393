// The follow-up's pure state machine and agenda (no Temporal API), for simulations that
// must follow exactly the rules the workflow follows: the preview of a directive's year.
// Everything else apps need is the public face, @dondoc/task-follow-up.
export { TaskFollowUp } from './task-follow-up/task-follow-up.state';
export { dueItems, type AgendaItem } from './task-follow-up/agenda';
