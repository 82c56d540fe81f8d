/**
 * `npm run build:wps`: the WPS 表格 add-in, in the layout the wpsjs tool gives one, under dist/wps:
 *
 *   jixiao_<version>/   the add-in folder: index.html (entry page, ribbon callbacks), ribbon.xml, pane.html,
 *                       scripts, images/ — served as is for an online add-in, or copied into jsaddons/
 *   jixiao.7z           the offline package: that folder, 7-zipped
 *   publish.html        the install page (talks to the WPS service on 127.0.0.1:58890)
 *   jsplugins.xml       the list an enterprise deployment points WPS at (oem.ini → JSPluginsServer)
 *
 * WPS_URL (default http://127.0.0.1:3889/) is where dist/wps will be served from, ending in `/`;
 * JIXIAO_WPS_OUT moves the output (the tests build into a folder of their own).
 */
import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { path7za } from '7zip-bin';

const ROOT = join(__dirname, '..');
const NAME = 'jixiao';
const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const OUT = process.env.JIXIAO_WPS_OUT || join(ROOT, 'dist', 'wps');
const FOLDER = `${NAME}_${VERSION}`;
const base = (process.env.WPS_URL || 'http://127.0.0.1:3889/').replace(/\/*$/, '/');
const onlineUrl = `${base}${FOLDER}/`;
const offlineUrl = `${base}${NAME}.7z`;

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
  cwd: ROOT,
  env: { ...process.env, JIXIAO_WPS: '1', OUT_DIR: join(OUT, FOLDER) },
  stdio: 'inherit',
});
// The archive holds the folder itself, as wpsjs's offline packages do. (npm may unpack 7zip-bin's binary
// without its executable bit.)
try {
  accessSync(path7za, constants.X_OK);
} catch {
  chmodSync(path7za, 0o755);
}
execFileSync(path7za, ['a', '-t7z', '-bd', `${NAME}.7z`, FOLDER], { cwd: OUT, stdio: 'ignore' });

const fill = (text: string) => text.split('__NAME__').join(NAME).split('__VERSION__').join(VERSION).split('__ONLINE_URL__').join(onlineUrl).split('__OFFLINE_URL__').join(offlineUrl);
writeFileSync(join(OUT, 'publish.html'), fill(readFileSync(join(ROOT, 'wps', 'publish.html'), 'utf8')));
writeFileSync(
  join(OUT, 'jsplugins.xml'),
  fill(`<?xml version="1.0" encoding="UTF-8"?>
<!-- Keep one of the two lines: online (WPS loads the folder from the server) or offline (WPS downloads the package once). -->
<jsplugins>
  <jspluginonline name="__NAME__" type="et" url="__ONLINE_URL__"/>
  <!-- <jsplugin name="__NAME__" type="et" url="__OFFLINE_URL__" version="__VERSION__"/> -->
</jsplugins>
`),
);
console.log(`WPS 加载项已生成：${OUT}\n  ${FOLDER}/   加载项文件夹（在线部署到 ${onlineUrl}）\n  ${NAME}.7z   离线包\n  publish.html  安装页\n  jsplugins.xml 企业部署清单`);
