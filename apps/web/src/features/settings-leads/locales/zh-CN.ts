import type { leadSettingsEn } from './en';

export const leadSettingsZhCN: typeof leadSettingsEn = {
  title: '线索设置',
};
