/**
 * The reading pane with nothing open. In a project with no cases, or cases but no documents,
 * «pick one on the left» points at nothing: it says how to bring material in instead, naming the
 * buttons and menu items by their own labels so they can be found as written.
 */
import { menuLabel } from '../../../shared/menu.js';
import { useApp } from '../app-context.js';
import { t } from '../i18n/index.js';

export function NothingPicked() {
  const { data, language } = useApp();
  const ways = {
    addCase: t('cases.add'),
    importDocuments: `${menuLabel(language, 'file')} › ${menuLabel(language, 'file.importDocuments')}`,
    importTable: t('import.caseTable'),
  };
  if (data.cases.length === 0) return <p className="hint">{t('app.noCases', ways)}</p>;
  if (data.cases.every((c) => c.documentCount === 0)) return <p className="hint">{t('app.noDocuments', ways)}</p>;
  return <p className="hint">{t('app.pickSomething')}</p>;
}
