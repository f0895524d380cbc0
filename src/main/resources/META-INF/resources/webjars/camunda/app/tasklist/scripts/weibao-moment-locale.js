// Tasklist shows times through moment ("2 分钟前", month and weekday names). Camunda defines moment's locale
// from each locale file as it loads, and the English fallback file usually loads after the user's language, so
// Chinese users would read "2 minutes ago". This AngularJS module (config.js: requireJsConfig.ngDeps) sets moment
// back to the language Tasklist is shown in whenever a locale file has loaded or the language has changed.
window.angular.module('weibao.momentLocale', []).run(['$rootScope', '$translate', 'amMoment',
  function ($rootScope, $translate, amMoment) {
    function followLanguage() {
      const language = $translate.use();
      if (language) {
        amMoment.changeLocale(language);
      }
    }
    $rootScope.$on('$translateLoadingSuccess', followLanguage);
    $rootScope.$on('$translateChangeSuccess', followLanguage);
    followLanguage();
  }]);
