// Weibao's Admin configuration: Chinese first (locales/zh.json, whose dateLocales also give the date formats),
// English for browsers set to English.
export default {
  app: {
    name: '系统管理',
    vendor: 'Weibao'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
