/** 设置: profile, rounding and reverse-indicator rule, saved with the document. */
import { Button, Field, Select } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { PROFILES } from '../core';
import type { PaneSettings } from '../host/spreadsheet-host';
import type { PanelProps } from './CheckPanel';

export function SettingsPanel({ session, strings, act, busy }: Omit<PanelProps, 'version'>) {
  const [settings, setSettings] = useState<PaneSettings>(session.settings);
  useEffect(() => {
    session.loadSettings().then(setSettings, () => undefined);
  }, [session]);
  const set = <K extends keyof PaneSettings>(key: K, value: PaneSettings[K]) => setSettings((s) => ({ ...s, [key]: value }));
  return (
    <section aria-label={strings.tabSettings}>
      <Field label={strings.profile}>
        <Select value={settings.profile} onChange={(_, d) => set('profile', d.value as PaneSettings['profile'])}>
          <option value="auto">{strings.profileAuto}</option>
          {Object.values(PROFILES).map((p) => (
            <option key={p.id} value={p.id}>{`${p.id} ${p.title}`}</option>
          ))}
        </Select>
      </Field>
      <Field label={strings.rounding}>
        <Select value={settings.rounding} onChange={(_, d) => set('rounding', d.value as PaneSettings['rounding'])}>
          <option value="half-up">{strings.roundHalfUp}</option>
          <option value="truncate">{strings.roundTruncate}</option>
        </Select>
      </Field>
      <Field label={strings.reverse}>
        <Select value={settings.reverseRule} onChange={(_, d) => set('reverseRule', d.value as PaneSettings['reverseRule'])}>
          <option value="ratio">{strings.reverseRatio}</option>
          <option value="linear">{strings.reverseLinear}</option>
        </Select>
      </Field>
      <Button appearance="primary" disabled={busy} onClick={() => act(async () => (await session.saveSettings(settings), strings.saved))}>
        {strings.save}
      </Button>
    </section>
  );
}
