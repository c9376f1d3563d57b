/**
 * The offline web page (web.html): the task pane without Excel, for WPS and older-Excel users. It loads
 * nothing but its own files: each workbook is read and checked in a Web Worker (workerRead.ts), and ExcelJS
 * comes in a chunk of its own only when the annotated copy is downloaded.
 * ?lang=en-US sets the pane's language (the page around it is in Chinese).
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { theme } from '../pane/theme';
import { WebApp } from './WebApp';

const language = new URLSearchParams(location.search).get('lang') ?? 'zh-CN';
const container = document.getElementById('root') as HTMLElement;
container.textContent = '';
createRoot(container).render(
  <FluentProvider theme={theme} lang="zh-CN" style={{ background: 'transparent' }}>
    <WebApp language={language} />
  </FluentProvider>,
);
