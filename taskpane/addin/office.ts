/** Webpack entry of taskpane.html inside Excel: Office.js is loaded by the page from its CDN. */
import { OfficeHost } from '../../src/hosts/office/officeHost';
import { startOffice, type OfficeLike } from './startOffice';

const root = document.getElementById('root') as HTMLElement;
void startOffice(typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike), () => new OfficeHost(), root);
