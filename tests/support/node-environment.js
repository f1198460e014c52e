// Jest's node environment with the host's typed-array constructors: onnxruntime-node's native
// binding returns host-realm Float32Arrays, and its `instanceof` checks would refuse them
// against the sandbox's own constructors (the embedding model then "fails to load").
const { TestEnvironment } = require('jest-environment-node');

class HostTypedArraysEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of ['Float32Array', 'Float64Array', 'Int8Array', 'Uint8Array', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array', 'ArrayBuffer']) {
      this.global[name] = globalThis[name];
    }
  }
}

module.exports = HostTypedArraysEnvironment;
