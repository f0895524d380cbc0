// The task forms are drawn by form-js, which Camunda 7.24 ships with English texts and no way to translate them:
// empty selects say "Select", empty tables "Nothing to show.", date and time inputs "mm/dd/yyyy" and "hh:mm",
// validation "Field is required.".
// While Tasklist is shown in Chinese, this module (config.js: requireJsConfig.ngDeps) rewrites those texts as
// form-js puts them on the page; the form's own labels are Chinese already. It also explains, above a form not
// yet claimed, why it is greyed out and what 认领 does, and shows hospitals by name instead of tenant code.
window.angular.module('weibao.formTexts', []).run(['$translate', function ($translate) {
  const texts = new Map([
    ['Select', '请选择'],
    ['No results', '无匹配项'],
    ['All values selected', '已全部选择'],
    ['Field is required.', '此项必填。'],
    ['Nothing to show.', '暂无记录。'],
    ['Field must be a valid email.', '请填写有效的电子邮箱地址。'],
    ['Date and time must both be entered.', '日期和时间需同时填写。']
  ]);
  const patterns = [
    [/^Field must have maximum length of (\d+)\.$/, '最多 $1 个字符。'],
    [/^Field must have minimum length of (\d+)\.$/, '至少 $1 个字符。'],
    [/^Field must have maximum value of (.+)\.$/, '不能大于 $1。'],
    [/^Field must have minimum value of (.+)\.$/, '不能小于 $1。'],
    [/^Field must match pattern .+\.$/, '格式不正确，请按说明填写。']
  ];
  const placeholders = new Map([
    ['mm/dd/yyyy', '月/日/年'],
    ['hh:mm', '时:分'],
    ['Search', '搜索']
  ]);

  function chinese(text) {
    const trimmed = text.trim();
    if (texts.has(trimmed)) {
      return texts.get(trimmed);
    }
    for (const [pattern, replacement] of patterns) {
      if (pattern.test(trimmed)) {
        return trimmed.replace(pattern, replacement);
      }
    }
    return null;
  }

  function translate(root) {
    if (!String($translate.use() || '').startsWith('zh')) {
      return;
    }
    const forms = root.nodeType === Node.ELEMENT_NODE && root.closest && root.closest('.fjs-container')
      ? [root] : Array.from(document.querySelectorAll('.fjs-container'));
    for (const form of forms) {
      const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const replaced = chinese(node.nodeValue);
        if (replaced !== null) {
          node.nodeValue = replaced;
        }
      }
      form.querySelectorAll('input[placeholder]').forEach(input => {
        const replaced = placeholders.get(input.getAttribute('placeholder'));
        if (replaced) {
          input.setAttribute('placeholder', replaced);
        }
      });
    }
  }

  // A task of a group is shown greyed out until somebody claims it; say why above the form, and what claiming does.
  function explainClaim() {
    const unclaimed = document.querySelector('button.claim') !== null;
    const form = document.querySelector('.fjs-container');
    const hint = document.querySelector('.weibao-claim-hint');
    if (unclaimed && form && !hint && String($translate.use() || '').startsWith('zh')) {
      const note = document.createElement('p');
      note.className = 'weibao-claim-hint alert alert-info';
      note.textContent = '此任务尚未认领，表单暂不可填写：点击上方的“认领”，任务即归您办理，'
        + '同组其他人不会重复处理；之后即可填写、保存和完成。';
      form.parentNode.insertBefore(note, form);
    } else if (hint && (!unclaimed || !form)) {
      hint.remove();
    }
  }

  // Tasklist shows the tenant a task runs in by its id ("renmin"); a hospital is read by its name (the tenant's).
  const base = document.querySelector('base');
  const engineApi = (base && base.getAttribute('engine-api') || '/camunda/api/engine/') + 'engine/default/';
  const tenantNames = new Map();
  function nameTenants() {
    document.querySelectorAll('.tenant-id').forEach(element => {
      const id = element.textContent.trim();
      if (!id || element.getAttribute('data-weibao-tenant-name') === id) {
        return;
      }
      if (!tenantNames.has(id)) {
        tenantNames.set(id, fetch(engineApi + 'tenant/' + encodeURIComponent(id),
          {credentials: 'same-origin', headers: {Accept: 'application/json'}})
          .then(r => r.ok ? r.json() : null).then(t => t && t.name).catch(() => null));
      }
      tenantNames.get(id).then(name => {
        if (name && element.textContent.trim() === id) {
          element.setAttribute('data-weibao-tenant-name', name);
          element.textContent = name;
        }
      });
    });
  }

  new MutationObserver(mutations => {
    for (const mutation of mutations) {
      translate(mutation.target.nodeType === Node.TEXT_NODE ? mutation.target.parentNode : mutation.target);
    }
    explainClaim();
    nameTenants();
  }).observe(document.body, {childList: true, subtree: true, characterData: true, attributes: true,
    attributeFilter: ['placeholder']});
}]);
