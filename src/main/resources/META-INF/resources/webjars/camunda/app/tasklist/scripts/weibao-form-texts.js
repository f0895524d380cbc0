// The task forms are drawn by form-js, which Camunda 7.24 ships with English texts and no way to translate them:
// empty selects say "Select", date and time inputs "mm/dd/yyyy" and "hh:mm", validation "Field is required.".
// While Tasklist is shown in Chinese, this module (config.js: requireJsConfig.ngDeps) rewrites those texts as
// form-js puts them on the page; the form's own labels are Chinese already.
window.angular.module('weibao.formTexts', []).run(['$translate', function ($translate) {
  const texts = new Map([
    ['Select', '请选择'],
    ['No results', '无匹配项'],
    ['All values selected', '已全部选择'],
    ['Field is required.', '此项必填。'],
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

  new MutationObserver(mutations => {
    for (const mutation of mutations) {
      translate(mutation.target.nodeType === Node.TEXT_NODE ? mutation.target.parentNode : mutation.target);
    }
  }).observe(document.body, {childList: true, subtree: true, characterData: true, attributes: true,
    attributeFilter: ['placeholder']});
}]);
