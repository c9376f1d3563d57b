// Build of the Excel task pane (taskpane/). The task pane itself arrives with the add-in issue;
// until then there is nothing for webpack to build and it is not a dependency. The engine and the
// `juesuan` command run from TypeScript sources through tsx and need no build step.
const path = require('node:path');

module.exports = (env, argv) => ({
  mode: argv && argv.mode === 'development' ? 'development' : 'production',
  entry: { taskpane: './taskpane/index.tsx' },
  output: { path: path.resolve(__dirname, 'dist'), filename: '[name].[contenthash].js', clean: true },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  devtool: argv && argv.mode === 'development' ? 'source-map' : false,
});
