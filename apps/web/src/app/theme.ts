// Links, errors, secondary and placeholder texts darker than antd's defaults: WCAG AA contrast (axe-core).
export const THEME = {
  token: {
    colorPrimary: '#0b57a4',
    colorLink: '#0b57a4',
    colorLinkHover: '#08427d',
    colorLinkActive: '#063463',
    colorError: '#c0161c',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextDescription: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
  },
};
