// The FAQ page: the FAQ tree of a contract the user may read (covered system → category → articles, most used
// first), a Chinese search in it, one article's answer, and the 常见问题解答列表 as Word.
import { $, action, api, download, el, heading, pairs, show, startPage, time } from './weibao.js';

async function start() {
  const contracts = await api('/api/contracts');
  const select = $('#choose select[name=contract]');
  select.replaceChildren(...contracts.map(c => new Option(c.hospital.name + ' · ' + c.name, c.code)));
  const params = new URLSearchParams(location.search);
  if (params.get('contract')) select.value = params.get('contract');
  show('faq-panel');
  if (!contracts.length) {
    $('#faq').replaceChildren(el('p', { textContent: '没有可查看的合同。' }));
    return;
  }
  if (params.get('article')) {
    await openArticle(params.get('article'));
  } else {
    await showFaq();
  }
}

const contract = () => $('#choose select[name=contract]').value;

async function showFaq() {
  const code = contract();
  const q = $('#choose input[name=q]').value.trim();
  $('#faq-error').textContent = '';
  const out = $('#faq');
  try {
    if (q) {
      const found = await api('/api/knowledge/articles?status=PUBLISHED&contract=' + encodeURIComponent(code)
        + '&q=' + encodeURIComponent(q));
      out.replaceChildren(heading(`“${q}”的查找结果：${found.total} 篇`));
      const list = el('ol', { id: 'found' });
      for (const hit of found.hits) {
        const item = el('li', {}, action(hit.title, () => openArticle(hit.id)));
        // the passages found, the words marked (the server marks them with <em>; the text is shown, not its HTML)
        for (const passage of hit.highlights.slice(0, 2)) item.append(el('div', { className: 'passage' },
          ...passage.split(/<\/?em>/).map((part, i) => i % 2 ? el('mark', { textContent: part }) : part)));
        list.append(item);
      }
      out.append(list);
      history.replaceState(null, '', '?contract=' + encodeURIComponent(code));
      return;
    }
    const tree = await api('/api/contracts/' + encodeURIComponent(code) + '/faq');
    history.replaceState(null, '', '?contract=' + encodeURIComponent(code));
    out.replaceChildren(el('h2', { textContent: `${tree.hospital.name} · ${tree.contract.name}` }));
    if (!tree.systems.length) out.append(el('p', { textContent: '暂无已发布的常见问题。' }));
    const root = el('ul', { id: 'tree', className: 'tree' });
    for (const system of tree.systems) {
      const categories = el('ul');
      for (const category of system.categories) {
        categories.append(el('li', {}, el('strong', { textContent: category.label }),
          el('ul', {}, ...category.articles.map(a => el('li', { className: 'article' },
            action(a.title, () => openArticle(a.id)),
            a.useCount ? el('span', { className: 'uses', textContent: `（已解答 ${a.useCount} 次）` }) : null)))));
      }
      root.append(el('li', { className: 'system' }, el('h3', { textContent: system.name }), categories));
    }
    out.append(root);
  } catch (e) {
    out.replaceChildren();
    $('#faq-error').textContent = e.message;
  }
}

async function openArticle(id) {
  $('#article-error').textContent = '';
  show('article-panel');
  try {
    const a = await api('/api/knowledge/articles/' + encodeURIComponent(id));
    history.replaceState(null, '', '?contract=' + encodeURIComponent(contract()) + '&article=' + a.id);
    $('#article').replaceChildren(el('h2', { textContent: a.title }), pairs([
      ['编号', a.reference], ['类别', a.categoryLabel], ['问题', a.problem], ['现象', a.symptoms],
      ['原因', a.cause], ['解决方法', a.solution], ['适用版本', a.productVersion],
      ['更新时间', time(a.updatedAt)]]));
  } catch (e) {
    $('#article').replaceChildren();
    $('#article-error').textContent = e.message;
  }
}

startPage({ start });

$('#choose').addEventListener('submit', (event) => {
  event.preventDefault();
  showFaq();
});
$('#choose select[name=contract]').addEventListener('change', () => showFaq());
$('#back').addEventListener('click', () => { show('faq-panel'); showFaq(); });
$('#faq-docx').addEventListener('click', async () => {
  $('#faq-error').textContent = '';
  try {
    await download({ href: '/api/contracts/' + encodeURIComponent(contract()) + '/faq.docx',
      fileName: '常见问题解答列表-' + contract() + '.docx' });
  } catch (e) {
    $('#faq-error').textContent = e.message;
  }
});
