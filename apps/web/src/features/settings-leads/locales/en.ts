export const leadSettingsEn = {
  title: 'Lead settings',
};
