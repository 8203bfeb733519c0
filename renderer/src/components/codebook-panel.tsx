import type { Code, Framework } from '../../../shared/entities.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { useApplyCode, useShortcutCodes } from '../coding-actions.js';
import { t } from '../i18n/index.js';

/** The right column: frameworks and their code trees. A click on a code codes the selection. */
export function CodebookPanel() {
  const { data, act, ask, activeFrameworkId, setActiveFrameworkId, selection } = useApp();
  const applyCode = useApplyCode();
  const shortcuts = useShortcutCodes();

  const addFramework = () =>
    ask({
      title: t('codebook.addFrameworkTitle'),
      fields: [
        { kind: 'text', name: 'name', label: t('codebook.frameworkName') },
        { kind: 'checkbox', name: 'exclusive', label: t('codebook.exclusive') },
      ],
      onSubmit: ({ name, exclusive }) => void act(() => call('frameworks.create', { name: String(name), exclusive: exclusive === true })),
    });

  const addCode = (framework: Framework, parent: Code | null) =>
    ask({
      title: parent ? t('codebook.addSubcodeTitle', { parent: parent.name }) : t('codebook.addCodeTitle', { framework: framework.name }),
      fields: [
        { kind: 'text', name: 'name', label: t('codebook.codeName') },
        { kind: 'text', name: 'description', label: t('codebook.description') },
      ],
      onSubmit: ({ name, description }) =>
        void act(() =>
          call('codes.create', { frameworkId: framework.id, parentId: parent?.id ?? null, name: String(name), description: String(description) }),
        ),
    });

  const editCode = (code: Code) =>
    ask({
      title: t('codebook.editCodeTitle', { code: code.name }),
      fields: [
        { kind: 'text', name: 'name', label: t('codebook.codeName'), value: code.name },
        { kind: 'color', name: 'color', label: t('codebook.color'), value: code.color },
        { kind: 'text', name: 'description', label: t('codebook.description'), value: code.description },
      ],
      onSubmit: ({ name, color, description }) =>
        void act(() => call('codes.update', { id: code.id, name: String(name), color: String(color), description: String(description) })),
    });

  const deleteCode = (code: Code) =>
    ask({
      title: t('codebook.deleteCodeTitle', { code: code.name }),
      message: t('codebook.deleteCodeMessage'),
      okLabel: t('common.delete'),
      danger: true,
      onSubmit: () => void act(() => call('codes.delete', { id: code.id })),
    });

  const toggleExclusive = (framework: Framework) =>
    void act(() => call('frameworks.update', { id: framework.id, exclusive: !framework.exclusive }));

  function renderCodes(framework: Framework, parentId: number | null, depth: number) {
    const children = data.codebook.codes.filter((c) => c.frameworkId === framework.id && c.parentId === parentId);
    if (children.length === 0) return null;
    return (
      <ul className="codes" style={{ paddingLeft: depth ? 14 : 0 }}>
        {children.map((code) => {
          const shortcut = framework.id === activeFrameworkId ? shortcuts.indexOf(code.id) + 1 : 0;
          return (
            <li key={code.id}>
              <div className="code-row">
                <button
                  className="code"
                  title={code.description}
                  // Its name and description are the project's words, not the UI's.
                  data-user-data="code"
                  // Keep the text selection: the button must not take focus from the document.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => applyCode(code.id)}
                  disabled={!selection}
                >
                  <span className="swatch" style={{ background: code.color }} />
                  {code.name}
                  {shortcut > 0 && <kbd>{shortcut}</kbd>}
                </button>
                <button className="icon" aria-label={t('codebook.addSubcode', { code: code.name })} onClick={() => addCode(framework, code)}>+</button>
                <button className="icon" aria-label={t('codebook.editCode', { code: code.name })} onClick={() => editCode(code)}>✎</button>
                <button className="icon" aria-label={t('codebook.deleteCode', { code: code.name })} onClick={() => deleteCode(code)}>×</button>
              </div>
              {renderCodes(framework, code.id, depth + 1)}
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <aside className="codebook" aria-label={t('codebook.title')}>
      <div className="panel-head">
        <h2>{t('codebook.title')}</h2>
        <button onClick={addFramework}>{t('codebook.addFramework')}</button>
      </div>
      <p className="hint">{selection ? t('codebook.selectionReady', { count: selection.end - selection.start }) : t('codebook.selectFirst')}</p>
      {data.codebook.frameworks.map((framework) => (
        <section key={framework.id} className={framework.id === activeFrameworkId ? 'framework active' : 'framework'}>
          <h3>
            <button className="link" onClick={() => setActiveFrameworkId(framework.id)} title={t('codebook.makeActive')}>
              <span data-user-data="framework">{framework.name}</span>
            </button>
            <label className="exclusive" title={t('codebook.exclusiveHint')}>
              <input type="checkbox" checked={framework.exclusive} onChange={() => toggleExclusive(framework)} /> {t('codebook.exclusiveShort')}
            </label>
            <button className="icon" aria-label={t('codebook.addCodeTo', { framework: framework.name })} onClick={() => addCode(framework, null)}>+</button>
          </h3>
          {renderCodes(framework, null, 0)}
        </section>
      ))}
    </aside>
  );
}
