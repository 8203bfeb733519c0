/** The case-study method in one place: selection log, case summaries, group comparison and QCA. */
import { useApp } from '../../app-context.js';
import { t } from '../../i18n/index.js';
import { ComparisonView } from './comparison-view.js';
import { QcaView } from './qca-view.js';
import { SelectionView } from './selection-view.js';
import { SummariesView } from './summaries-view.js';
import { ViewTab } from '../view-tab.js';

export const methodTools = ['selection', 'summaries', 'compare', 'qca'] as const;
export type MethodTool = (typeof methodTools)[number];

export function MethodView({ tool }: { tool: MethodTool }) {
  const { setView } = useApp();
  return (
    <div className="method-view">
      <nav className="tabs" aria-label={t('method.tab')}>
        {methodTools.map((name) => (
          <ViewTab key={name} current={name === tool} onClick={() => setView({ kind: 'method', tool: name })}>
            {t(`method.tools.${name}`)}
          </ViewTab>
        ))}
      </nav>
      {tool === 'selection' && <SelectionView />}
      {tool === 'summaries' && <SummariesView />}
      {tool === 'compare' && <ComparisonView />}
      {tool === 'qca' && <QcaView />}
    </div>
  );
}
