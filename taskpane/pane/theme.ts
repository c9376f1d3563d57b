/** Fluent's light theme with Chinese UI fonts after Segoe UI, so that 中文 never falls back to a serif. */
import { webLightTheme, type Theme } from '@fluentui/react-components';

const CJK =
  "'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC'";

export const theme: Theme = {
  ...webLightTheme,
  fontFamilyBase: `'Segoe UI', 'Segoe UI Web (West European)', ${CJK}, -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif`,
};
