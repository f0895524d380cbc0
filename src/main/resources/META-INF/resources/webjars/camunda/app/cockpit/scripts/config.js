// Weibao's Cockpit configuration: Camunda 7 CE Cockpit has no history view for finished process instances,
// so a dashboard plugin shows each case's instance history (see weibao-case-history.js).
export default {
  customScripts: ['scripts/weibao-case-history.js'],
  app: {
    name: 'Cockpit',
    vendor: 'Weibao'
  }
};
