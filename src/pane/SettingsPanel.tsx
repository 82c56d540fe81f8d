/** 设置: profile, rounding and reverse-indicator rule, saved with the document. */
import { Button, Field, Select } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { PROFILES } from '../core/profiles';
import type { PaneSettings } from '../host/spreadsheet-host';
import type { PanelProps } from './CheckPanel';

/** One labelled choice of a setting. */
function Choice<V extends string>({ label, value, options, onChange }: { label: string; value: V; options: [V, string][]; onChange: (value: V) => void }) {
  return (
    <Field label={label}>
      <Select value={value} onChange={(_, d) => onChange(d.value as V)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function SettingsPanel({ session, strings, act, busy }: PanelProps) {
  const [settings, setSettings] = useState<PaneSettings>(session.settings);
  useEffect(() => {
    session.loadSettings().then(setSettings, () => undefined);
  }, [session]);
  const set = <K extends keyof PaneSettings>(key: K) => (value: PaneSettings[K]) => setSettings((s) => ({ ...s, [key]: value }));
  const profiles: [PaneSettings['profile'], string][] = [['auto', strings.profileAuto], ...Object.values(PROFILES).map((p): [PaneSettings['profile'], string] => [p.id, `${p.id} ${p.title}`])];
  return (
    <section aria-label={strings.tabSettings}>
      <Choice label={strings.profile} value={settings.profile} options={profiles} onChange={set('profile')} />
      <Choice label={strings.rounding} value={settings.rounding} options={[['half-up', strings.roundHalfUp], ['truncate', strings.roundTruncate]]} onChange={set('rounding')} />
      <Choice label={strings.reverse} value={settings.reverseRule} options={[['ratio', strings.reverseRatio], ['linear', strings.reverseLinear]]} onChange={set('reverseRule')} />
      <Button appearance="primary" disabled={busy} onClick={() => act(async () => (await session.saveSettings(settings), strings.saved))}>
        {strings.save}
      </Button>
    </section>
  );
}
