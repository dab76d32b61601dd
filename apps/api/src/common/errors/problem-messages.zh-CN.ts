/**
 * Chinese for the problem texts the API sends: titles by status, the services' common
 * details, and class-validator's default messages. A text not listed here is sent as
 * it was written (English); the problem's `type` and `status` stay the stable codes.
 */

export const ZH_TITLES: Record<number, string> = {
  308: '已迁移',
  400: '请求无效',
  401: '未登录',
  403: '无权操作',
  404: '未找到',
  405: '不支持的请求方法',
  406: '无法提供所需格式',
  409: '冲突',
  411: '缺少长度',
  412: '版本不一致',
  413: '内容过大',
  414: '网址过长',
  415: '不支持的内容类型',
  422: '无法处理的内容',
  429: '请求过于频繁',
  431: '请求头过大',
  500: '服务器内部错误',
  503: '服务暂不可用',
};

/** Record names as services write them in "The customer was not found." */
const RECORDS: Record<string, string> = {
  customer: '客户',
  lead: '线索',
  contact: '联系人',
  relationship: '关系',
  'relationship type': '关系类型',
  user: '用户',
  team: '团队',
  'dealer org': '经销商组织',
  'API key': 'API 密钥',
  task: '任务',
  tag: '标签',
  'tag group': '标签组',
  segment: '客户分群',
  notification: '通知',
  import: '导入任务',
  form: '表单',
  'web form': '网站表单',
  'custom field': '自定义字段',
};

const EXACT: Record<string, string> = {
  'The request is not valid.': '请求无效。',
  'Sign in to continue.': '请先登录。',
  'You are not allowed to do this.': '你无权执行此操作。',
  'The record was changed by someone else. Reload it and apply your change again.':
    '该记录已被他人修改。请重新加载后再修改。',
  'Too many attempts. Try again later.': '尝试次数过多，请稍后再试。',
  'The database is not reachable.': '数据库暂时无法连接。',
  'The file is larger than the upload limit.': '文件超过了上传大小限制。',
  'The body is not valid JSON.': '请求内容不是有效的 JSON。',
  'A record with the same unique values already exists.': '已存在唯一值相同的记录。',
  'The record refers to a record that does not exist, or is still referred to.':
    '该记录引用了不存在的记录，或仍被其他记录引用。',
  'The record was changed at the same time. Try again.': '该记录正被同时修改，请重试。',
  'A value has the wrong format or is out of range.': '某个值的格式不正确或超出范围。',
  'The email or password is incorrect.': '邮箱或密码不正确。',
  'This account is disabled. Ask an administrator.': '该账号已停用，请联系管理员。',
  'The session has ended. Sign in again.': '会话已结束，请重新登录。',
  'The access token is invalid or has expired.': '访问令牌无效或已过期。',
  'The API key is invalid, expired or revoked.': 'API 密钥无效、已过期或已吊销。',
  'Only a signed-in user has a profile.': '只有已登录的用户才有个人资料。',
  'You may not create customers.': '你无权新建客户。',
  'You cannot delete your own account.': '不能删除自己的账号。',
  'This person is already a contact of the company.': '此人已是该企业的联系人。',
  'A user with this email already exists.': '已存在使用该邮箱的用户。',
  'A customer with the same phone, email or tax id already exists.':
    '已存在电话、邮箱或税号相同的客户。',
  'A customer with the same phone or email was just created.': '刚刚已创建了电话或邮箱相同的客户。',
  'A converted lead cannot be changed.': '已转化的线索不能再修改。',
  'These customers are already related this way.': '这两个客户之间已有这种关系。',
  'Built-in relationship types cannot be deleted.': '内置关系类型不能删除。',
  'This customer was merged into another one and cannot be restored.':
    '该客户已被合并到其他客户，无法恢复。',
  'The submission was refused.': '提交被拒绝。',
  'A request with this Idempotency-Key is still being processed.':
    '使用该 Idempotency-Key 的请求仍在处理中。',
  'This group still has tags: delete or move them first.': '该组下仍有标签：请先删除或移走它们。',
  'The tag’s group was deleted: restore the group first.': '该标签所在的组已删除：请先恢复该组。',
  'The import was started or changed meanwhile.': '该导入已被启动或修改。',
  'A dynamic segment’s members come from its filters.': '动态分群的成员由其筛选条件决定。',
  'This form does not accept submissions from this site.': '此表单不接受来自该网站的提交。',
  'This route declares no access policy.': '该接口未声明访问策略。',
  'The request body is too large.': '请求内容过大。',
};

/** Patterns, tried in order; `$1`… are the captured parts. */
const PATTERNS: Array<[RegExp, (...parts: string[]) => string]> = [
  [/^The (?!path )(.+) was not found\.$/, (what) => `${RECORDS[what] ?? what}不存在。`],
  [/^You may not set: (.+)\.$/, (fields) => `你无权设置：${fields}。`],
  [/^A team named "(.+)" already exists\.$/, (name) => `已存在名为“${name}”的团队。`],
  [/^A dealer org named "(.+)" already exists\.$/, (name) => `已存在名为“${name}”的经销商组织。`],
  [/^The path (.+) was not found\.$/, (path) => `路径 ${path} 不存在。`],
  [/^The import is already (\S+)\.$/, (status) => `该导入已是“${status}”状态。`],
  [/^The group already has a tag named "(.+)"\.$/, (name) => `该组已有名为“${name}”的标签。`],
  [/^A tag group named "(.+)" already exists\.$/, (name) => `已存在名为“${name}”的标签组。`],
  [/^A tag group with the key "(.+)" already exists\.$/, (key) => `已存在标识为“${key}”的标签组。`],
  [
    /^A relationship type with the key "(.+)" already exists\.$/,
    (key) => `已存在标识为“${key}”的关系类型。`,
  ],
  [/^A (\S+) lead cannot be converted\.$/, (status) => `状态为“${status}”的线索不能转化。`],
  // Field messages the services write as "<field> <what is wrong>".
  [/^(\S+) is required$/, (field) => `${field} 为必填项`],
  [/^(\S+) must not be blank$/, (field) => `${field} 不能为空白`],
  [/^(\S+) was not found$/, (field) => `${field} 指向的记录不存在`],
  [/^(\S+) is wrong$/, (field) => `${field} 不正确`],
  [/^(\S+) names no active user$/, (field) => `${field} 不是在职的用户`],
  [/^(\S+) names an unknown team$/, (field) => `${field} 指向的团队不存在`],
  [/^(\S+) names an unknown dealer org$/, (field) => `${field} 指向的经销商组织不存在`],
  [/^(\S+) names no customer you may read$/, (field) => `${field} 不是你可查看的客户`],
  [/^(\S+) is not a segment you may read$/, (field) => `${field} 不是你可查看的客户分群`],
  [/^(\S+) names no relationship type$/, (field) => `${field} 指向的关系类型不存在`],
  [/^(\S+) must be a team the owner belongs to$/, (field) => `${field} 必须是负责人所在的团队`],
  [/^(\S+) is required for a channel partner( key)?$/, (field) => `渠道伙伴必须填写 ${field}`],
  [/^(\S+) is required to disqualify a lead$/, (field) => `将线索标为无效时必须填写 ${field}`],
  [/^(\S+) must be in the future$/, (field) => `${field} 必须是将来的时间`],
  [/^(\S+) is not a phone number$/, (field) => `${field} 不是有效的电话号码`],
  [/^(\S+) is not an e-mail address$/, (field) => `${field} 不是有效的邮箱地址`],
  [/^(\S+) must be text$/, (field) => `${field} 必须是文本`],
  [/^(\S+) must be #rrggbb$/, (field) => `${field} 必须是 #rrggbb 格式的颜色`],
  [
    /^(\S+) is not a cursor (of this list and sort order|this list gave)$/,
    (field) => `${field} 不是此列表给出的游标`,
  ],
  [/^(\S+) must be a \.csv or \.xlsx file$/, (field) => `${field} 必须是 .csv 或 .xlsx 文件`],
  [/^(\S+) has no header row$/, (field) => `${field} 没有标题行`],
  [
    /^(\S+) (?:is|does not fit the file: it is) not valid (.+) text at line (\d+)\. Choose the file's encoding \(or save it as UTF-8\) and try again\.$/,
    (field, encoding, line) =>
      `${field}：文件第 ${line} 行含有不属于 ${encoding} 编码的字节。请选择文件的实际编码（或将文件另存为 UTF-8）后重试。`,
  ],
  [/^(\S+) applies to CSV files only$/, (field) => `${field} 仅适用于 CSV 文件`],
  [
    /^(\S+) is not a readable (\S+) file$/,
    (field, format) => `${field} 不是可读取的 ${format} 文件`,
  ],
  [
    /^(\S+) must be the ETag of the record, e\.g\. "3"$/,
    (field) => `${field} 必须是记录的 ETag，例如 "3"`,
  ],
  [
    /^(\S+) must be 1 to 255 visible ASCII characters$/,
    (field) => `${field} 必须是 1 到 255 个可见 ASCII 字符`,
  ],
  // Custom field definitions and values (the domain's messages).
  [
    /^A custom field with the key "(.+)" already exists for this record type\.$/,
    (key) => `该记录类型已有标识为“${key}”的自定义字段（含已删除的字段）。`,
  ],
  [
    /^(\d+) record\(s\) have a value of (\S+) that does not convert to (\S+)\.$/,
    (count, field, type) => `有 ${count} 条记录的 ${field} 值无法转换为 ${type} 类型。`,
  ],
  [
    /^(\S+) (keys )?must be lower-case snake case \(a-z, 0-9, _\), starting with a letter$/,
    (field, keys) =>
      `${field}${keys ? ' 的 key' : ''} 必须是以字母开头的小写下划线命名（a-z、0-9、_）`,
  ],
  [/^(\S+) apply to select fields only$/, (field) => `${field} 仅适用于单选和多选字段`],
  [/^(\S+) must have unique keys$/, (field) => `${field} 的 key 不能重复`],
  [
    /^(\S+) and max apply to number, currency and percent fields only$/,
    (field) => `${field} 和 max 仅适用于数字、金额和百分比字段`,
  ],
  [
    /^(\S+) must be both for a field of a record other than a customer$/,
    (field) => `客户以外记录的字段，${field} 必须为 both`,
  ],
  [
    /^(\S+) must not name admin: admins see and edit every field$/,
    (field) => `${field} 不能包含 admin：管理员可查看和编辑所有字段`,
  ],
  [
    /^(\S+) must keep (.+): deactivate an option instead of removing it$/,
    (field, keys) => `${field} 必须保留 ${keys}：请停用选项，而不是删除`,
  ],
  [/^(\S+) must be a number$/, (field) => `${field} 必须是数字`],
  [/^(\S+) must be a decimal string$/, (field) => `${field} 必须是小数文本`],
  [/^(\S+) must be a date \(YYYY-MM-DD\)$/, (field) => `${field} 必须是日期（YYYY-MM-DD）`],
  [/^(\S+) must be an option key$/, (field) => `${field} 必须是选项的 key`],
  [/^(\S+) must be a list of option keys$/, (field) => `${field} 必须是选项 key 的列表`],
  [/^(\S+) must be a user id$/, (field) => `${field} 必须是用户 ID`],
  [/^(\S+) has no option "(.+)"$/, (field, key) => `${field} 没有选项“${key}”`],
  [/^(\S+) option "(.+)" is no longer offered$/, (field, key) => `${field} 的选项“${key}”已停用`],
  [
    /^(\S+) cannot be converted from (\S+) to (\S+)$/,
    (field, from, to) => `${field} 无法从 ${from} 类型转换为 ${to} 类型`,
  ],
  // class-validator's default messages (optionally "each value in …" for arrays).
  [/^(\S+) is not a known field$/, (field) => `${field} 不是可识别的字段`],
  [
    /^(\S+) contains a character that cannot be stored \(NUL or an unpaired surrogate\)$/,
    (field) => `${field} 含有无法保存的字符（NUL 或不成对的代理字符）`,
  ],
  [/^(\S+) should not be empty$/, (field) => `${field} 不能为空`],
  [/^(\S+) should not be null or undefined$/, (field) => `${field} 不能缺少`],
  [
    /^(\S+) must be shorter than or equal to (\d+) characters$/,
    (field, n) => `${field} 不能超过 ${n} 个字符`,
  ],
  [
    /^(\S+) must be longer than or equal to (\d+) characters$/,
    (field, n) => `${field} 至少需要 ${n} 个字符`,
  ],
  [
    /^(\S+) must be one of the following values: (.*)$/,
    (field, values) => `${field} 必须是以下值之一：${values}`,
  ],
  [/^(\S+) must be an email$/, (field) => `${field} 必须是有效的邮箱地址`],
  [/^(\S+) must be a UUID$/, (field) => `${field} 必须是 UUID`],
  [/^(\S+) must be a string$/, (field) => `${field} 必须是文本`],
  [/^(\S+) must be an integer number$/, (field) => `${field} 必须是整数`],
  [
    /^(\S+) must be a number conforming to the specified constraints$/,
    (field) => `${field} 必须是数字`,
  ],
  [/^(\S+) must be a number string$/, (field) => `${field} 必须是数字文本`],
  [/^(\S+) must be a boolean value$/, (field) => `${field} 必须是布尔值（true 或 false）`],
  [/^(\S+) must be an array$/, (field) => `${field} 必须是数组`],
  [/^(\S+) must be an object$/, (field) => `${field} 必须是对象`],
  [/^(\S+) must not be less than (\S+)$/, (field, n) => `${field} 不能小于 ${n}`],
  [/^(\S+) must not be greater than (\S+)$/, (field, n) => `${field} 不能大于 ${n}`],
  [/^(\S+) must be a positive number$/, (field) => `${field} 必须是正数`],
  [
    /^(\S+) must be a valid ISO 8601 date string$/,
    (field) => `${field} 必须是 ISO 8601 格式的日期时间`,
  ],
  [/^(\S+) must be a Date instance$/, (field) => `${field} 必须是日期`],
  [/^(\S+) must be a URL address$/, (field) => `${field} 必须是网址`],
  [/^(\S+) must be a phone number$/, (field) => `${field} 必须是电话号码`],
  [/^(\S+) must be a hexadecimal color$/, (field) => `${field} 必须是十六进制颜色值`],
  [/^(\S+) must be a valid IANA time-zone$/, (field) => `${field} 必须是有效的 IANA 时区`],
  [/^(\S+) is not a valid decimal number\.$/, (field) => `${field} 不是有效的小数`],
  [
    /^(\S+) must match (.+) regular expression$/,
    (field, pattern) => `${field} 必须符合格式 ${pattern}`,
  ],
  [/^(\S+) must contain no more than (\d+) elements$/, (field, n) => `${field} 最多包含 ${n} 项`],
  [/^(\S+) must contain at least (\d+) elements$/, (field, n) => `${field} 至少包含 ${n} 项`],
  [/^All (\S+)'s elements must be unique$/, (field) => `${field} 中的值不能重复`],
  [
    /^nested property (\S+) must be either object or array$/,
    (field) => `${field} 必须是对象或数组`,
  ],
];

/** One English problem text in Chinese, or the text itself when it is not in the catalog. */
export function toChinese(text: string): string {
  const exact = EXACT[text];
  if (exact) return exact;
  const each = /^each value in (.+)$/.exec(text);
  if (each) {
    const inner = toChinese(each[1]);
    return inner === each[1] ? text : `${inner.replace(/^(\S+) /, '$1 中的每一项')}`;
  }
  for (const [pattern, render] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return render(...match.slice(1));
  }
  // Several messages joined by the validation pipe.
  if (text.includes('; ')) {
    const parts = text.split('; ');
    const translated = parts.map(toChinese);
    return translated.some((part, index) => part !== parts[index]) ? translated.join('；') : text;
  }
  return text;
}
