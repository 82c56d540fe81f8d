/** 设置: profile, rounding and reverse-indicator rule, saved with the document. */
import { Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { PROFILES } from '../core/profiles';
import type { PaneSettings } from '../host/spreadsheet-host';
import type { PanelProps } from './CheckPanel';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  // The choice is as wide as the pane and no wider; a long option is cut with an ellipsis inside the box.
  select: { width: '100%', minWidth: 0, '& select': { textOverflow: 'ellipsis', minWidth: 0 } },
});

/** One labelled choice of a setting. */
function Choice<V extends string>({ label, value, options, onChange }: { label: string; value: V; options: [V, string][]; onChange: (value: V) => void }) {
  return (
    <Field label={label}>
      <Select className={useStyles().select} value={value} onChange={(_, d) => onChange(d.value as V)}>
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
    <section aria-label={strings.tabSettings} className={useStyles().section}>
      <Text size={200}>{strings.settingsWhere[session.hostKind]}</Text>
      <Choice label={strings.profile} value={settings.profile} options={profiles} onChange={set('profile')} />
      <Choice label={strings.rounding} value={settings.rounding} options={[['half-up', strings.roundHalfUp], ['truncate', strings.roundTruncate]]} onChange={set('rounding')} />
      <Choice label={strings.reverse} value={settings.reverseRule} options={[['ratio', strings.reverseRatio], ['linear', strings.reverseLinear]]} onChange={set('reverseRule')} />
      <Button appearance="primary" disabled={busy} style={{ alignSelf: 'flex-start' }} onClick={() => act(async () => (await session.saveSettings(settings), session.hostKind === 'browser' ? strings.savedBrowser : strings.saved))}>
        {strings.save}
      </Button>
    </section>
  );
}
