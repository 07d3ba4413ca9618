#!/bin/bash
# SPDX-License-Identifier: MIT
# make deb builds a Debian package with dpkg-deb; dpkg -i installs it (sctrace -V runs
# from /usr/bin, pkg-config finds libsctusdt under /usr, the library is in ld.so's cache);
# dpkg -r removes it and every file it installed is gone. Skipped when a package named
# sctrace is installed already (not ours to replace) or without root.
# TRACER-ONLY: sctrace
# TIMEOUT: 180
. "$E2E_DIR/helpers/lib.sh"
ROOT=$(cd "$E2E_DIR/../.." && pwd)
[ "$(id -u)" -eq 0 ] || skip "not root"
command -v dpkg-deb >/dev/null && command -v dpkg-shlibdeps >/dev/null || skip "no dpkg-dev"

# One such test at a time on the machine (other worktrees), and dpkg's own lock retried.
exec 9>/run/lock/sctrace-deb-test.lock
flock -w 150 9 || fail "another deb test holds /run/lock/sctrace-deb-test.lock"
dpkg_retry() {
	local i
	for i in $(seq 60); do
		dpkg "$@" >"$T/dpkg.log" 2>&1 && return 0
		grep -q 'lock' "$T/dpkg.log" || return 1
		sleep 1
	done
	return 1
}
if dpkg-query -W -f='${Status}' sctrace 2>/dev/null | grep -q 'install ok installed'; then
	skip "a sctrace package is installed already"
fi

deb=$(make -s -C "$ROOT" BUILD="$BUILD" deb 2>"$T/deb.err" | tail -n 1)
case $deb in /*) ;; *) deb=$ROOT/$deb ;; esac
[ -f "$deb" ] || fail "make deb made no package: $(tail -3 "$T/deb.err")"
dpkg-deb -f "$deb" Package Architecture Depends >"$T/fields"
grep -qx 'Package: sctrace' "$T/fields" && grep -q '^Depends: .*libbpf1' "$T/fields" ||
	fail "control fields: $(cat "$T/fields")"

trap 'dpkg -r sctrace >/dev/null 2>&1; e2e_cleanup' EXIT
dpkg_retry -i "$deb" || fail "dpkg -i: $(tail -3 "$T/dpkg.log")"
dpkg -L sctrace >"$T/files"
v=$(/usr/bin/sctrace -V 2>&1 | head -n 1)
case $v in *"$(dpkg-deb -f "$deb" Version | sed 's/-[0-9]*$//')"*) ;; *) fail "/usr/bin/sctrace -V: $v" ;; esac
[ "$(pkg-config --variable=prefix sctusdt)" = /usr ] || fail "pkg-config prefix: $(pkg-config --variable=prefix sctusdt)"
ldconfig -p | grep -q 'libsctusdt.so.0 ' || fail "libsctusdt.so.0 is not in ld.so's cache"
[ -s /usr/share/bash-completion/completions/sctrace ] && [ -s /usr/share/man/man3/sct_usdt.3.gz ] ||
	fail "completion or sct_usdt(3) missing"

dpkg_retry -r sctrace || fail "dpkg -r: $(tail -3 "$T/dpkg.log")"
trap 'e2e_cleanup' EXIT
dpkg-query -W -f='${Status}' sctrace 2>/dev/null | grep -q 'installed' && fail "still installed after dpkg -r"
left=""
while read -r f; do
	[ -d "$f" ] && continue
	[ -e "$f" ] || [ -L "$f" ] && left="$left $f"
done <"$T/files"
[ -z "$left" ] || fail "dpkg -r left:$left"
ldconfig -p | grep -q 'libsctusdt.so.0 ' && fail "libsctusdt.so.0 still in ld.so's cache"
echo "make deb: $(basename "$deb") installed ($(grep -vc '/$' "$T/files") paths), sctrace -V, pkg-config, ldconfig; removed, nothing left"
exit 0
