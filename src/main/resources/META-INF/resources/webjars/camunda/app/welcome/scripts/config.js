// Weibao's Welcome page configuration: Chinese first (locales/zh.json), English for browsers set to English.
export default {
  app: {
    name: '欢迎页',
    vendor: 'Weibao'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
