#!/bin/sh
# vendor.sh copies the built browser libraries that the web page uses
# (pinned in package.json) and their licences into server/web/vendor/.
# Run it from anywhere after changing a version in package.json; commit the
# result. go build never needs npm: the vendored files are embedded.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dest="$here/../../server/web/vendor"
cd "$here"
npm install --no-save --no-audit --no-fund --ignore-scripts
mkdir -p "$dest"
# copy PACKAGE FROM:TO... copies node_modules/PACKAGE/FROM to $dest/PACKAGE/TO
# and writes the package's version and licence to $dest/PACKAGE/VERSION.
copy() {
	pkg=$1
	shift
	rm -rf "${dest:?}/$pkg"
	mkdir -p "$dest/$pkg"
	for pair in "$@"; do
		cp "node_modules/$pkg/${pair%%:*}" "$dest/$pkg/${pair#*:}"
	done
	version=$(node -p "require('./node_modules/$pkg/package.json').version")
	license=$(node -p "require('./node_modules/$pkg/package.json').license")
	printf '%s %s (%s)\n' "$pkg" "$version" "$license" > "$dest/$pkg/VERSION"
}
# .mjs is renamed .js so that every server serves it as JavaScript.
copy uplot dist/uPlot.esm.js:uPlot.esm.js dist/uPlot.min.css:uPlot.min.css LICENSE:LICENSE
copy cytoscape dist/cytoscape.esm.min.mjs:cytoscape.esm.min.js LICENSE:LICENSE
echo "vendored into $dest:"
cat "$dest"/*/VERSION
