/**
 * Builds the pane (`npm run build`) into dist/web: taskpane.html (Excel, with office.js), index.html (the web
 * page on an .xlsx file, and the WPS pane: no office.js, so nothing is fetched from the internet),
 * commands.html, the icons, and manifest.xml with its address set from one setting. One script serves all:
 * it finds its host at start and loads the WPS adapter or the web page (with ExcelJS) only where they run.
 * Everything is lowered to ES2018, the syntax of the Chromium that older WPS builds embed.
 *
 * Settings (environment variables):
 * - ADDIN_URL: where the pane is served in production (default https://localhost:3000, the development address).
 * - OFFICE_JS=self: serve office.js from this add-in (copied from @microsoft/office-js) instead of
 *   Microsoft's CDN, for intranets without internet access.
 * - OUT_DIR: where to write the build (default dist/web).
 * - JIXIAO_WPS=1: build the WPS add-in folder instead (`npm run build:wps` does, then packs it): index.html
 *   (the entry page WPS loads, with the ribbon callbacks), ribbon.xml, pane.html (the same pane) and images/.
 * - JIXIAO_TEST_BUILD=1: the production build the tests share, less the two steps no test reads and that took
 *   most of its minutes: no minifying (Terser) and no source maps. The code is otherwise what ships (same mode,
 *   loaders and ES2018 target), and its syntax level is the shipped one: Terser is given `ecma` 2017 for this
 *   target (terser-webpack-plugin derives it from output.environment) and emits nothing newer than that. ts-loader
 *   only transpiles in it (the same output, file by file): `npm run typecheck` checks the pane's sources against
 *   tsconfig.web.json once, where each of the two test builds checked them again. The two test builds share a
 *   cache on disk (TEST_BUILD_CACHE).
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000';
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * The two test builds (web / Excel and WPS) share one cache on disk: the second reuses every module the first
 * compiled (all of node_modules, lowered by esbuild), which halves its time. The builds never run at once
 * (test/helpers/built-pane.ts holds one lock for both), so no two write the cache together. Shipped builds
 * keep webpack's default (no cache on disk).
 */
const TEST_BUILD_CACHE = {
  type: 'filesystem',
  name: 'test-build',
  cacheDirectory: path.resolve(__dirname, 'node_modules/.cache/jixiao-test-build'),
  buildDependencies: { config: [__filename] },
};

/**
 * The Content-Security-Policy every page carries (as a meta tag): scripts and connections from the page's own
 * origin only — plus Microsoft's office.js origin on the pages that load office.js from there — so that
 * neither a dependency nor a crafted workbook can send data anywhere. Styles may be inline (Fluent UI writes
 * its styles at run time); images and fonts come from the page or from data:/blob: URLs, never from elsewhere.
 * The development build's source maps are evaluated, so only it allows eval.
 */
function contentSecurityPolicy({ officeJs, dev }) {
  const office = officeJs && /^https:/.test(officeJs) ? ` ${new URL(officeJs).origin}` : '';
  return [
    "default-src 'self'",
    `script-src 'self'${office}${dev ? " 'unsafe-eval'" : ''}`,
    `connect-src 'self'${office}`,
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

module.exports = (env, argv) => {
  const mode = argv.mode || 'production';
  const addinUrl = (process.env.ADDIN_URL || DEV_URL).replace(/\/+$/, '');
  const selfHost = process.env.OFFICE_JS === 'self';
  const officeJs = selfHost ? 'office-js/office.js' : CDN_OFFICE_JS;
  const wps = Boolean(process.env.JIXIAO_WPS);
  const dev = mode === 'development';
  const testBuild = Boolean(process.env.JIXIAO_TEST_BUILD);
  const csp = (withOfficeJs) => contentSecurityPolicy({ officeJs: withOfficeJs ? officeJs : null, dev });
  const pages = wps
    ? [
        new HtmlWebpackPlugin({ filename: 'index.html', template: './wps/index.html', chunks: ['ribbon'], csp: csp(false) }),
        new HtmlWebpackPlugin({ filename: 'pane.html', template: './src/pane/taskpane.html', chunks: ['taskpane'], officeJs: null, csp: csp(false) }),
        new CopyWebpackPlugin({ patterns: [{ from: 'wps/ribbon.xml', to: 'ribbon.xml' }, { from: 'assets/*.png', to: 'images/[name][ext]' }] }),
      ]
    : [
        new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/pane/taskpane.html', chunks: ['taskpane'], officeJs, csp: csp(true) }),
        new HtmlWebpackPlugin({ filename: 'index.html', template: './src/pane/taskpane.html', chunks: ['taskpane'], officeJs: null, csp: csp(false) }),
        new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/pane/commands.html', chunks: ['commands'], officeJs, csp: csp(true) }),
        new CopyWebpackPlugin({
          patterns: [
            { from: 'assets/*.png', to: 'assets/[name][ext]' },
            { from: 'assets/icon.svg', to: 'assets/icon.svg' },
            {
              from: 'manifest.xml',
              to: 'manifest.xml',
              transform: (content) => content.toString().split(DEV_URL).join(addinUrl),
            },
            // Microsoft ships office.js minified: marked so, Terser leaves its many files alone (minifying them
            // again made an intranet build take minutes).
            ...(selfHost ? [{ from: 'node_modules/@microsoft/office-js/dist', to: 'office-js', info: { minimized: true } }] : []),
          ],
        }),
      ];
  return {
    mode,
    target: ['web', 'es2018'],
    entry: wps ? { taskpane: './src/pane/index.tsx', ribbon: './src/wps/ribbon.ts' } : { taskpane: './src/pane/index.tsx', commands: './src/pane/commands.ts' },
    output: {
      path: path.resolve(__dirname, process.env.OUT_DIR || 'dist/web'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] }, // webpack 5 gives no Node fallbacks: the engine must not need them
    module: {
      rules: [
        { test: /\.tsx?$/, loader: 'ts-loader', exclude: /node_modules/, options: { configFile: 'tsconfig.web.json', transpileOnly: testBuild } },
        // Dependencies ship newer syntax than ES2018 (`?.`, `??`, class fields): lowered before bundling.
        { test: /\.m?js$/, include: /node_modules/, loader: 'esbuild-loader', options: { target: 'es2018' } },
        { test: /\.xlsx$/, type: 'asset/inline' }, // the web page's sample workbook, opened without a request
      ],
    },
    // No source maps in the WPS package: it is installed on users' machines, where they only add weight.
    devtool: wps || testBuild ? false : mode === 'production' ? 'source-map' : 'eval-cheap-module-source-map',
    performance: { hints: false },
    ...(testBuild ? { optimization: { minimize: false }, cache: TEST_BUILD_CACHE } : {}),
    plugins: pages,
    devServer: process.env.JIXIAO_WEB
      ? {
          // The web page (`npm start` without Excel): plain http on this computer, no live-reload client, and
          // the address printed once the page is built.
          port: 3000,
          server: 'http',
          hot: false,
          liveReload: false,
          client: false,
          static: false,
          onListening: (devServer) => {
            const { port } = devServer.server.address();
            devServer.compiler.hooks.done.tap('jixiao', () => console.log(`\n绩效自评助手网页版已就绪：http://localhost:${port}/  （Ctrl+C 停止）\n`));
          },
        }
      : {
          port: 3000,
          server: 'https',
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: { directory: path.resolve(__dirname, 'dist/web') },
        },
  };
};
