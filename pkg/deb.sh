#!/bin/sh
# SPDX-License-Identifier: MIT
#
# make deb: a Debian binary package of sctrace and libsctusdt, with Debian's
# own tools. `make install DESTDIR=... PREFIX=/usr` stages the files (the same
# rules as a plain install), dpkg-shlibdeps computes Depends from the ELF
# files' libraries, dpkg-deb builds the archive. Prints the .deb's path.
# Environment: BUILD (build), VERSION, MAKE (make).
set -eu
BUILD=${BUILD:-build}
MAKE=${MAKE:-make}
: "${VERSION:?VERSION not set (run make deb)}"
for tool in dpkg-deb dpkg-shlibdeps dpkg-architecture; do
	command -v $tool >/dev/null || {
		echo "deb.sh: $tool not found (Debian's dpkg-dev: scripts/install-deps.sh build)" >&2
		exit 1
	}
done

ARCH=$(dpkg-architecture -qDEB_HOST_ARCH)
MULTIARCH=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
D=$BUILD/deb
ROOT=$D/root
DEB=$D/sctrace_${VERSION}-1_$ARCH.deb
rm -rf "$D"
mkdir -p "$ROOT/DEBIAN"
abs_root=$(cd "$ROOT" && pwd)
# The library in the multiarch directory, as Debian's policy has it.
$MAKE --no-print-directory install DESTDIR="$abs_root" PREFIX=/usr \
	USDT_LIBDIR="/usr/lib/$MULTIARCH" >/dev/null

doc=$ROOT/usr/share/doc/sctrace
mkdir -p "$doc"
cat >"$doc/copyright" <<'EOF'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: sctrace

Files: *
Copyright: the sctrace authors
License: MIT
 Permission is hereby granted, free of charge, to any person obtaining a copy of
 this software and associated documentation files (the "Software"), to deal in
 the Software without restriction, including without limitation the rights to
 use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
 the Software, and to permit persons to whom the Software is furnished to do so,
 subject to the following conditions:
 .
 The above copyright notice and this permission notice shall be included in all
 copies or substantial portions of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
 FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
 COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
 IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
 CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
EOF
cp README.md doc/JSON.md doc/FORMAT.md doc/sctrace-json.schema.json "$doc/"
gzip -9n "$ROOT"/usr/share/man/man1/*.1 "$ROOT"/usr/share/man/man3/*.3
# the .so links of the function names point at the compressed page
for f in "$ROOT"/usr/share/man/man3/*.3.gz; do
	case $f in */sct_usdt.3.gz) continue ;; esac
	rm "$f"
	ln -s sct_usdt.3.gz "$f"
done

# dpkg-shlibdeps reads debian/control in the current directory.
mkdir -p "$D/src/debian"
printf 'Source: sctrace\n\nPackage: sctrace\nArchitecture: any\n' >"$D/src/debian/control"
elfs=$(find "$abs_root" -type f \( -perm -u+x -o -name '*.so*' \))
# shellcheck disable=SC2086 # one argument per file
depends=$(cd "$D/src" && dpkg-shlibdeps -O -l"$abs_root/usr/lib/$MULTIARCH" $elfs |
	sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "deb.sh: dpkg-shlibdeps found no dependencies" >&2; exit 1; }

size=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
cat >"$ROOT/DEBIAN/control" <<EOF
Package: sctrace
Version: ${VERSION}-1
Architecture: $ARCH
Maintainer: sctrace authors <sctrace@invalid>
Installed-Size: $size
Depends: $depends
Section: utils
Priority: optional
Homepage: https://sctrace.invalid/
Description: system call and USDT tracer on eBPF with strace's output
 sctrace traces system calls over eBPF and prints them as strace does,
 character for character, at tens of nanoseconds per call instead of tens
 of microseconds. It adds a crash-safe binary log (--record, --replay),
 JSON Lines for jq, summaries and USDT probes.
 .
 Also libsctusdt, a library for USDT probes defined at run time, with its
 header and pkg-config file.
EOF
# libsctusdt.so.0 is a public library: ldconfig after install and removal.
echo 'activate-noawait ldconfig' >"$ROOT/DEBIAN/triggers"
(cd "$ROOT" && find usr -type f -exec md5sum {} +) >"$ROOT/DEBIAN/md5sums"
dpkg-deb --root-owner-group -Zxz --build "$ROOT" "$DEB" >/dev/null
echo "$DEB"
