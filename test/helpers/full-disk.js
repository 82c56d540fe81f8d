/**
 * Preloaded into a `jixiao` process (node --require) to make its disk full for the temporary file it writes:
 * part of the bytes go in, then the write fails with the error the kernel gives for a full disk — a real
 * ENOSPC, got by writing to /dev/full — as a write to a full disk fails half way.
 */
'use strict';
const fs = require('fs');

const write = fs.writeFileSync;
fs.writeFileSync = function writeFileSync(path, data, options) {
  if (typeof path === 'string' && path.endsWith('.tmp')) {
    write(path, data.subarray(0, Math.floor(data.length / 2)), options);
    write('/dev/full', data); // throws ENOSPC: "no space left on device"
  }
  return write.call(this, path, data, options);
};
