import type { WebForm } from './entities/web-form.entity';

const LABELS: Record<string, string> = {
  name: 'Name / 姓名',
  company: 'Company / 公司',
  title: 'Title / 职位',
  phone: 'Phone / 电话',
  email: 'Email / 邮箱',
  region: 'Region / 地区',
  productInterest: 'Interested in / 感兴趣的产品',
  notes: 'Message / 留言',
};

const INPUT_TYPES: Record<string, string> = { phone: 'tel', email: 'email' };

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );
}

/**
 * The HTML an admin pastes into a static page: a plain form (it also works without
 * script) plus a script that posts it in the background and thanks the visitor. The
 * body is URL-encoded, a "simple" cross-origin request that needs no preflight. A field
 * mapped to a lead custom field is labelled by `customFieldLabels` (by `cf.<key>`), else
 * by its own name.
 */
export function embedSnippet(
  form: WebForm,
  submitUrl: string,
  customFieldLabels: ReadonlyMap<string, string> = new Map(),
): string {
  const id = `kehu-form-${form.publicKey}`;
  const fields = Object.entries(form.fieldMapping).map(([field, leadField]) => {
    const label = escapeHtml(LABELS[leadField] ?? customFieldLabels.get(leadField) ?? field);
    const required = leadField === 'name' ? ' required' : '';
    const control =
      leadField === 'notes'
        ? `<textarea name="${escapeHtml(field)}" maxlength="1000"></textarea>`
        : `<input name="${escapeHtml(field)}" type="${INPUT_TYPES[leadField] ?? 'text'}" maxlength="200"${required}>`;
    return `  <label>${label}<br>${control}</label><br>`;
  });
  const honeypot = escapeHtml(form.honeypotField);
  return [
    `<form id="${id}" action="${escapeHtml(submitUrl)}" method="post">`,
    ...fields,
    `  <input name="${honeypot}" tabindex="-1" autocomplete="off" aria-hidden="true" style="position:absolute;left:-10000px">`,
    '  <button type="submit">Submit / 提交</button>',
    '</form>',
    '<script>',
    `document.getElementById('${id}').addEventListener('submit', function (event) {`,
    '  event.preventDefault();',
    '  var form = event.target;',
    "  fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)) })",
    '    .then(function (response) {',
    "      form.textContent = response.ok ? 'Thank you! 谢谢！' : 'Sorry, please try again. 请稍后再试。';",
    '    });',
    '});',
    '</script>',
  ].join('\n');
}
