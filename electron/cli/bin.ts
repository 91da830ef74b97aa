import { main } from './index';

// Entry of the bundled CLI (dist/node/cli.cjs, built by scripts/build-node.mjs).
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
