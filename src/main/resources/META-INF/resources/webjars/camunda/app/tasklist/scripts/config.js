// Weibao's Tasklist configuration: Chinese first (locales/zh.json, whose dateLocales also give the date formats
// behind Tasklist's dateFormat names), English for browsers set to English; moment follows the language shown
// (weibao-moment-locale.js); form-js's own English texts in the task forms are put in Chinese
// (weibao-form-texts.js); lists open sorted by due date, the cases' SLA deadlines (weibao-task-order.js); a
// started case's number is shown at once (weibao-started.js). The
// keyboard shortcuts are Camunda's defaults, described in Chinese (this file replaces the webjar's, which is where
// they are defined).
export default {
  customScripts: ['scripts/weibao-moment-locale.js', 'scripts/weibao-form-texts.js', 'scripts/weibao-task-order.js',
    'scripts/weibao-started.js'],
  requireJsConfig: {
    ngDeps: ['weibao.momentLocale', 'weibao.formTexts', 'weibao.taskOrder', 'weibao.startedNumber']
  },
  app: {
    name: '任务列表',
    vendor: 'Weibao'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到过滤器列表的第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到任务列表的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“发起流程”对话框'
    }
  }
};
