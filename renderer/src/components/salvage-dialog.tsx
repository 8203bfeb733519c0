/**
 * Offered when a project is refused as altered outside CaseCoder (or holding data it never writes): import its data into a new
 * project beside it (project.salvage), which then opens. The altered file is left as it is.
 */
import { call, CallError } from '../api.js';
import { t } from '../i18n/index.js';
import { Modal } from './modal.js';

type Act = (change: () => Promise<unknown>) => Promise<boolean>;

/** The path of the file when `error` is a refusal of an altered project, or of one holding data CaseCoder never writes, else null. */
export function alteredProjectPath(error: unknown): string | null {
  if (!(error instanceof CallError) || !['projectAltered', 'projectUnexpectedData'].includes(error.error.code)) return null;
  const path = error.error.params.path;
  return typeof path === 'string' ? path : null;
}

export function SalvageDialog({ path, act, onClose }: { path: string; act: Act; onClose(): void }) {
  return (
    <Modal
      request={{
        title: t('safety.alteredTitle'),
        message: t('safety.alteredBody', { path }),
        okLabel: t('safety.salvage'),
        onSubmit: () => void act(() => call('project.salvage', { path })),
      }}
      onClose={onClose}
    />
  );
}
