// After 发起 Tasklist says only "流程已发起。" for three seconds, but the hotline agent has the caller on the line
// and must tell them the case number at once. The engine API answers a start form (.../process-definition/{id}/
// submit-form) with the new instance, whose business key registration has set to the case number; this module
// (config.js: requireJsConfig.ngDeps) reads that answer and shows the number in a message that stays until closed.
window.angular.module('weibao.startedNumber', []).run(['Notifications', '$translate', '$rootScope',
  function (Notifications, $translate, $rootScope) {
    const submitForm = /\/process-definition\/[^/]+\/submit-form$/;
    const open = XMLHttpRequest.prototype.open;

    function announce(started) {
      const chinese = ($translate.use() || 'zh').startsWith('zh');
      const isCase = String(started.definitionId || '').startsWith('CaseProcess:');
      const number = started.businessKey;
      Notifications.addMessage(isCase
        ? {status: chinese ? '工单已登记' : 'Case registered',
          message: chinese ? '工单号 ' + number + '，请告知报修人。' : 'Case number ' + number + '.'}
        : {status: chinese ? '流程已发起' : 'Process started',
          message: chinese ? '编号 ' + number + '。' : 'Number ' + number + '.'});
    }

    // while the start dialog is open its own message panel takes every message and drops it when it closes
    function afterTheDialogCloses(then, waited = 0) {
      if (document.querySelector('.modal-dialog') && waited < 10000) {
        setTimeout(() => afterTheDialogCloses(then, waited + 100), 100);
      } else {
        then();
      }
    }

    XMLHttpRequest.prototype.open = function (method, url) {
      if (String(method).toUpperCase() === 'POST' && submitForm.test(String(url).split('?')[0])) {
        this.addEventListener('load', () => {
          if (this.status !== 200) {
            return;
          }
          let started;
          try {
            started = JSON.parse(this.responseText);
          } catch (notJson) {
            return;
          }
          if (started && started.businessKey) {
            afterTheDialogCloses(() => $rootScope.$applyAsync(() => announce(started)));
          }
        });
      }
      return open.apply(this, arguments);
    };
  }]);
