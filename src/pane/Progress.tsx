/**
 * Long work in steps, as a bar and a line saying which step (读取文件, 解析工作表 12/121, 检查 40/121). The
 * line is a polite live region: a screen reader hears each step without the focus moving.
 */
import { ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';

export interface ProgressState {
  /** What is being done, with its count where it has one: 解析工作表 12/121. */
  text: string;
  /** Done so far, 0 to 1; absent while the step cannot say how far it is (the bar then moves on its own). */
  value?: number;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
});

export function Progress({ state }: { state: ProgressState }) {
  return (
    <div className={useStyles().root}>
      <ProgressBar value={state.value} max={1} thickness="large" aria-label={state.text} />
      <Text size={200} role="status" aria-live="polite" data-progress="">
        {state.text}
      </Text>
    </div>
  );
}
