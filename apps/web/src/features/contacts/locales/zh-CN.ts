import type { TranslationShape } from '../../../shared/i18n/translation-shape';
import type { contactsEn } from './en';

/** 联系人面板的中文文案（`contacts.*`），并入中文资源。 */
export const contactsZhCN: TranslationShape<typeof contactsEn> = {
  panel: '联系人',
  companyHelp: '与这家企业打交道时对接的人。',
  personHelp: '此人担任联系人的企业。职务请在企业页面修改。',
  add: '添加联系人',
  empty: '还没有联系人。添加你在这家企业对接的人。',
  emptyPerson: '此人还不是任何企业的联系人。',
  primary: '主要联系人',
  makePrimary: '设为主要联系人',
  madePrimary: '{{name}} 已设为主要联系人。',
  added: '已添加联系人 {{name}}。',
  deleteConfirm: '从联系人中移除 {{name}}？此人仍保留为客户。',
  hiddenPerson: '你无权查看的客户',
  fields: {
    person: '人员',
    name: '姓名',
    title: '职务',
    department: '部门',
    primary: '主要联系人',
    notes: '备注',
  },
  form: {
    createTitle: '为 {{company}} 添加联系人',
    editTitle: '编辑联系人 {{name}}',
    newPerson: '新建人员',
    existingPerson: '已有客户',
    nameRequired: '请输入姓名。',
    pickPerson: '人员',
    pickPersonHelp: '按姓名、编号、电话或邮箱搜索个人客户。',
    pickPersonPlaceholder: '输入以搜索',
    personRequired: '请选择人员。',
    noPerson: '没有匹配的人员',
    titlePlaceholder: '例如：采购经理',
    departmentPlaceholder: '例如：采购部',
    primaryHelp: '首先联系的人。企业的第一个联系人即为主要联系人。',
    primaryLocked: '如需更换，请将另一位联系人设为主要联系人。',
    similarPeople: '这些客户与你要添加的人相似。只有确实是另一个人时才新建；否则请选择已有客户。',
    useExisting: '请选择“已有客户”，改为添加已存在的人员。',
  },
};
