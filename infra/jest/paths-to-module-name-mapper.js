// Turns tsconfig "paths" into jest moduleNameMapper entries, so specs import
// workspace libraries exactly as the apps do (`@dondoc/domain`).
function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function pathsToModuleNameMapper(paths, rootDir) {
  const mapper = {};
  for (const [alias, [target]] of Object.entries(paths)) {
    if (alias.endsWith('/*')) {
      mapper[`^${escape(alias.slice(0, -2))}/(.*)$`] = `${rootDir}/${target.replace('*', '$1')}`;
    } else {
      mapper[`^${escape(alias)}$`] = `${rootDir}/${target}`;
    }
  }
  return mapper;
}

module.exports = { pathsToModuleNameMapper };
