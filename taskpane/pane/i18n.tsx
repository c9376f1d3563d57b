/** The translator for the pane's texts, chosen once from the host's display language. */
import { createContext, useContext } from 'react';
import { translator, type Translate } from '../../src/pane/i18n';

export const I18nContext = createContext<Translate>(translator('zh-CN'));

export const useT = (): Translate => useContext(I18nContext);
