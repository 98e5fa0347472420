// Endorsement: the caller's service shares the difficulty; the problem's weight is recounted.
export default {
  routes: [
    { method: 'POST', path: '/problems/:id/endorse', handler: 'api::problem.problem.endorse' },
    { method: 'DELETE', path: '/problems/:id/endorse', handler: 'api::problem.problem.unendorse' },
  ],
};
