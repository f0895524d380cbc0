// Tasklist sorts every filter's list by creation time, newest first, unless the address says otherwise; Weibao's
// task due dates are the cases' SLA deadlines, so this module (config.js: requireJsConfig.ngDeps) makes the most
// urgent task come first: a list shown without a chosen order is sorted by due date, earliest first. An order the
// user picks in the list header stays as chosen.
window.angular.module('weibao.taskOrder', []).run(['$rootScope', '$location', function ($rootScope, $location) {
  const byDueDate = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);
  function orderByDueDate() {
    if (!$location.search().sorting) {
      $location.search('sorting', byDueDate).replace();
    }
  }
  $rootScope.$on('$locationChangeStart', orderByDueDate);
  orderByDueDate();
}]);
