// The build needs Node.js 20.19 or newer (Vite 8); say so plainly instead of failing somewhere inside npm.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`wardplan web: Node.js ${process.versions.node} is too old; 20.19 or newer is needed (./wardplan test installs it from Debian where missing).`);
  process.exit(1);
}
