/** The baseline of the start-up benchmark: a bare React + Fluent UI pane (a tab list and a button), nothing else. */
import { Button, FluentProvider, Tab, TabList, webLightTheme } from '@fluentui/react-components';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Bare() {
  useEffect(() => {
    performance.mark('jixiao-interactive');
  }, []);
  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <main>
        <TabList selectedValue="a">
          <Tab value="a">检查</Tab>
          <Tab value="b">设置</Tab>
        </TabList>
        <Button appearance="primary">检查</Button>
      </main>
    </FluentProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Bare />);
