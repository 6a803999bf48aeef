/** Colours of the base map. Circle colours come from geodata/circles.json. */
export const THEME = {
  sea: '#cfe3ef',
  land: '#f4f1ea',
  landContext: '#ebe6da',
  countyLine: '#b9b2a3',
  prefectureLine: '#8a8273',
  provinceLine: '#5f5a50',
  label: '#2b2b2b',
  provinceLabel: '#7a7264',
  labelHalo: 'rgba(255,255,255,0.9)',
  highlight: '#111111',
  selected: '#ff7f0e',
} as const;
export type Theme = typeof THEME;

/** CJK labels come from the reader's own fonts (no glyph server); CI installs fonts-noto-cjk. */
export const LABEL_FONTS = ['Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', 'sans-serif'];
export const LOCAL_IDEOGRAPH_FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";
