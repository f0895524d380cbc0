// Weibao's Cockpit configuration. Chinese first (locales/zh.json, whose dateLocales also give the date formats),
// English for browsers set to English. Camunda 7 CE Cockpit has no history view for finished process instances,
// so a dashboard plugin shows each case's instance history (see weibao-case-history.js).
export default {
  customScripts: ['scripts/weibao-case-history.js'],
  app: {
    name: '驾驶舱',
    vendor: 'Weibao'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
