/**
 * `npm start`: where desktop Excel is installed, build the pane, serve it on https://localhost:3000 and
 * sideload manifest.xml into Excel (office-addin-debugging); elsewhere — or with `npm start -- --web` — serve
 * the web page on http://localhost:3000/ for an .xlsx file opened in the browser, the sample workbook one click
 * away. Nothing is uploaded: the page works on the file inside the browser.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where Office installs EXCEL.EXE (Microsoft 365 / 2019+ click-to-run, and MSI 2016), and Excel for Mac. */
function desktopExcel(): string | null {
  const candidates =
    process.platform === 'win32'
      ? [process.env.ProgramFiles, process.env['ProgramFiles(x86)']]
          .filter((dir): dir is string => Boolean(dir))
          .flatMap((dir) => [join(dir, 'Microsoft Office', 'root', 'Office16', 'EXCEL.EXE'), join(dir, 'Microsoft Office', 'Office16', 'EXCEL.EXE')])
      : process.platform === 'darwin'
        ? ['/Applications/Microsoft Excel.app']
        : [];
  return candidates.find((path) => existsSync(path)) ?? null;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32', env: { ...process.env, ...env } });
  child.on('exit', (code) => process.exit(code ?? 0));
}

const excel = process.argv.includes('--web') ? null : desktopExcel();
if (excel) {
  console.log(`找到桌面版 Excel（${excel}）：构建任务窗格并旁加载 manifest.xml。`);
  run('npx', ['--yes', 'office-addin-debugging@7.0.0', 'start', 'manifest.xml', 'desktop', '--dev-server', 'webpack serve --mode development']);
} else {
  console.log('没有找到桌面版 Excel：启动网页版（在浏览器中打开 .xlsx 文件；文件不会上传）。首次构建约需半分钟…');
  run(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), 'serve', '--mode', 'production'], { JIXIAO_WEB: '1' });
}
