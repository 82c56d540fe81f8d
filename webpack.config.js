/**
 * Builds the engine for the browser: `dist/web/jixiao-core.js`, the bundle the task panes (Excel, WPS, the
 * plain web page) load. Targeting `web` with no Node fallbacks makes the build fail if the core ever
 * reaches for a Node API. The panes add their own entries here as they arrive.
 */
const path = require('node:path');

module.exports = (env, argv) => ({
  mode: argv.mode || 'production',
  target: ['web', 'es2018'],
  entry: { 'jixiao-core': './src/core/index.ts' },
  output: {
    path: path.resolve(__dirname, 'dist/web'),
    filename: '[name].js',
    library: { name: 'JixiaoCore', type: 'umd' },
    clean: true,
  },
  resolve: { extensions: ['.ts', '.js'], fallback: {} },
  module: {
    rules: [{ test: /\.ts$/, loader: 'ts-loader', exclude: /node_modules/, options: { configFile: 'tsconfig.web.json' } }],
  },
  devtool: 'source-map',
  performance: { hints: false },
});
