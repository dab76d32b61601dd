import type { TranslationShape } from '../../../shared/i18n/translation-shape';
import type { importsEn } from './en';

/** 导入向导的中文文案（`imports.*`），并入中文资源。 */
export const importsZhCN: TranslationShape<typeof importsEn> = {
  openWizard: '导入',
  steps: {
    upload: '上传文件',
    mapping: '匹配字段',
    duplicates: '重复处理',
    progress: '导入',
    result: '结果',
  },
  upload: {
    drop: '点击或将 CSV / XLSX 文件拖到此处',
    hint: '第一行为列名；CSV 文件的编码（UTF-8、GBK、Big5、UTF-16）会自动识别。文件不超过 {{size}} MB。',
    uploading: '正在上传 {{name}}…',
    reading: '正在读取文件…',
    wrongType: '“{{name}}”不是 .csv 或 .xlsx 文件。',
    empty: '“{{name}}”是空文件。',
    tooLarge: '“{{name}}”超过 {{size}} MB。',
    failed: '文件上传失败。',
    cancel: '取消上传',
  },
  mapping: {
    column: '列',
    sample: '示例值',
    skipColumn: '不导入',
    required: '必填',
    noSample: '示例行仅在上传后立即显示。',
    previewTitle: '文件前几行',
    repeated: '“{{field}}”被多列选中（{{columns}}），只能选择一次。',
    mappedCount: '将导入 {{total}} 列中的 {{count}} 列。',
    next: '下一步',
  },
  encoding: {
    label: '文件编码',
    detectedOption: '{{name}}（自动识别）',
    hint: '如果列名或内容显示为乱码，请选择其他编码。',
  },
  encodings: {
    'utf-8': 'UTF-8',
    'utf-16le': 'UTF-16 LE',
    'utf-16be': 'UTF-16 BE',
    gb18030: 'GB18030 / GBK（简体中文）',
    big5: 'Big5（繁体中文）',
  },
  duplicates: {
    back: '上一步',
    start: '开始导入',
  },
  progress: {
    queued: '正在等待导入开始…',
    running: '正在导入第 {{processed}} / {{total}} 行…',
    counting: '正在读取数据行…',
    reloadHint: '可以离开此页面：导入会在后台继续，重新打开此地址即可查看进度。',
  },
  counts: {
    processed: '已处理',
    total: '总行数',
    created: '新建',
    updated: '更新',
    skipped: '跳过',
    failed: '拒绝',
  },
  result: {
    completedTitle: '导入完成',
    completedSummary:
      '共 {{processed}} 行：新建 {{created}}，更新 {{updated}}，跳过 {{skipped}}，拒绝 {{failed}}。',
    withErrors: '部分行被拒绝。错误报告列出了每一行的行号、列和原因。',
    failedTitle: '导入失败',
    failedSummary: '导入在处理 {{processed}} 行后停止。此处计数的行已保存，其余行未导入。',
    cancelledTitle: '导入已取消',
    downloadErrors: '下载错误报告',
    importAnother: '导入其他文件',
  },
  notFound: '该导入不存在，或由其他人发起。',
  targetNames: {
    customers: '客户',
    leads: '线索',
  },
  statuses: {
    uploaded: '已上传',
    queued: '排队中',
    running: '导入中',
    completed: '已完成',
    failed: '失败',
    cancelled: '已取消',
  },
  targets: {
    customers: {
      title: '导入客户',
      subtitle: '从 CSV 或 Excel 表格批量导入客户，并自动查重。',
      backToList: '返回客户列表',
      openList: '打开客户列表',
      mappingIntro: '为“{{filename}}”的每一列选择对应的客户字段；不导入的列将被忽略。',
      fieldColumn: '客户字段',
      missing: '请为“{{field}}”选择一列：每个客户都必须有。',
      duplicatesIntro:
        '每一行都会与已有客户（按查重规则比较电话、邮箱、税号和名称）以及文件中前面的行进行比对。与已有客户重复的行如何处理？',
      modes: {
        skip: {
          title: '跳过',
          description: '保留已有客户不变，该行计为“已跳过”。',
        },
        update: {
          title: '更新已有客户',
          description:
            '用该行已填写的内容覆盖已有值，并补充新的电话、邮箱和地址。若匹配到你无权编辑的客户或多个客户，该行将被拒绝。',
        },
        create: {
          title: '仍然新建客户',
          description:
            '仅命中提醒规则时新建为独立客户；命中拦截规则（电话、邮箱或税号相同）的行仍会被拒绝。',
        },
      },
      fields: {
        kind: '类型（企业 / 个人）',
        name: '名称',
        tier: '客户分级',
        roles: '客户角色',
        phone: '电话',
        mobile: '手机',
        email: '邮箱',
        province: '省份',
        city: '城市',
        district: '区县',
        address: '详细地址',
        postalCode: '邮编',
        industry: '行业',
        region: '区域',
        source: '来源',
        website: '网站',
        taxId: '税号',
        wechat: '微信',
        qq: 'QQ',
        gender: '性别',
        birthDate: '出生日期（YYYY-MM-DD）',
        occupation: '职业',
        notes: '备注',
      },
    },
    leads: {
      title: '导入线索',
      subtitle: '从 CSV 或 Excel 表格批量导入线索；未填写负责人的线索按分配规则自动分配。',
      backToList: '返回线索列表',
      openList: '打开线索列表',
      mappingIntro: '为“{{filename}}”的每一列选择对应的线索字段；不导入的列将被忽略。',
      fieldColumn: '线索字段',
      missing: '请为“{{field}}”选择一列：每条线索都必须有。',
      duplicatesIntro:
        '每一行都会与已有线索（电话或邮箱相同）以及文件中前面的行进行比对。与已有线索重复的行如何处理？',
      modes: {
        skip: {
          title: '跳过',
          description: '保留已有线索不变，该行计为“已跳过”。',
        },
        update: {
          title: '更新已有线索',
          description:
            '用该行已填写的内容覆盖已有值，并补充新的电话和邮箱。若匹配到多条线索，该行将被拒绝。',
        },
        create: {
          title: '仍然新建线索',
          description: '即使电话或邮箱已存在，每一行也都新建为一条线索。',
        },
      },
      fields: {
        name: '姓名',
        company: '公司',
        title: '职位',
        phone: '电话',
        mobile: '手机',
        email: '邮箱',
        region: '区域',
        productInterest: '意向产品',
        source: '来源',
        campaign: '市场活动',
        notes: '备注',
        owner: '负责人（邮箱）',
      },
    },
  },
};
