// The vennskap command line (node-only). Commands are being added; see README.
console.error('vennskap: the command line is being built');
process.exitCode = 2;
