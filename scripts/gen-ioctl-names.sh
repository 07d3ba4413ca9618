#!/bin/sh
# SPDX-License-Identifier: MIT
#
# The ioctl request names of x86_64, from the kernel's uapi headers installed
# on this machine, as rows of a C table sorted by number then name:
#
#   scripts/gen-ioctl-names.sh > build/gen/ioctl_names.h
#   { 0x00005401, "TCGETS" },
#
# Run by the Makefile at build time. Two kinds of definitions count, as for
# strace's table:
#  - every "#define NAME [PREFIX]_[S]IO{,R,W,WR,C}(...)" of every header: the
#    value is computed by compiling the header with a program printing the
#    names it defines itself (a name the compiler rejects, such as one whose
#    structure is another architecture's, is left out);
#  - the legacy numbers written in hex ("#define TCGETS 0x5401") of the few
#    headers and ioctl types that have them.
# One name defined in several headers keeps one number (asm/ before
# asm-generic/, then the header's name). One number with several names lists
# them all in name order, except a name that merely extends the one before it
# (SIOCGSTAMP_OLD after SIOCGSTAMP), as strace prints "A or B".
#
# Needs sh, awk, sed, grep and $CC (default cc). INCDIR (default /usr/include)
# and ARCHDIR (default INCDIR/x86_64-linux-gnu, where asm/ lives) say where
# the headers are.
set -eu
export LC_ALL=C

CC=${CC:-cc}
INCDIR=${INCDIR:-/usr/include}
ARCHDIR=${ARCHDIR:-$INCDIR/x86_64-linux-gnu}
me=gen-ioctl-names.sh

tmp=$(mktemp -d "${TMPDIR:-/tmp}/$me.XXXXXX")
[ -n "${KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

r_define='^[[:space:]]*#[[:space:]]*define[[:space:]]\{1,\}'
r_name='[A-Z][A-Z0-9_]*'
r_io='\([A-Z]\{1,\}\)\{0,1\}_S\{0,1\}\(IO\|IOW\|IOR\|IOWR\|IOC\)[[:space:]]*([^)]'

# Names another architecture's structures define in linux/kvm.h, and the
# ones strace leaves to another header (FS_IOC_GETFSLABEL over btrfs's,
# v4l2's own over the subdevice copies).
excluded='^(KVM_ARM_[A-Z_]+|KVM_ALLOCATE_RMA|KVM_CREATE_SPAPR_TCE(_64)?|KVM_PPC_[A-Z1-9_]+|KVM_S390_[A-Z_]+|BTRFS_IOC_[GS]ET_FSLABEL|VIDIOC_SUBDEV_(DV_TIMINGS_CAP|ENUM_DV_TIMINGS|ENUMSTD|G_DV_TIMINGS|G_EDID|G_STD|QUERY_DV_TIMINGS|QUERYSTD|S_DV_TIMINGS|S_EDID|S_STD))$'

# Header paths as "asm/ioctls.h", with the file each one is.
list_headers() {
	for d in linux asm-generic misc mtd rdma sound video xen scsi; do
		[ -d "$INCDIR/$d" ] || continue
		(cd "$INCDIR" && find "$d" -name '*.h' -type f)
	done
	[ -d "$ARCHDIR/asm" ] && (cd "$ARCHDIR" && find asm -name '*.h' -type f)
}

header_file() {
	case "$1" in
	asm/*) echo "$ARCHDIR/$1" ;;
	*) echo "$INCDIR/$1" ;;
	esac
}

# What a header needs included before it to compile on its own.
fixes() {
	case "$1" in
	asm/ioctls.h | asm-generic/ioctls.h) echo '#include <asm/termbits.h>' ;;
	linux/fs.h) printf '%s\n' '#include <linux/fiemap.h>' '#include <linux/blktrace_api.h>' ;;
	linux/atm?*.h | linux/sonet.h) echo '#include <linux/atm.h>' ;;
	linux/if_pppox.h) echo '#include <netinet/in.h>' ;;
	linux/if_tun.h | linux/ppp-ioctl.h) echo '#include <linux/filter.h>' ;;
	linux/isdn_ppp.h | linux/gsmmux.h) echo '#include <linux/if.h>' ;;
	linux/ivtvfb.h | linux/meye.h) echo '#include <linux/videodev2.h>' ;;
	linux/auto_fs*.h) echo 'typedef unsigned int compat_ulong_t;' ;;
	xen/evtchn.h | xen/gntdev.h) printf '%s\n' 'typedef unsigned int grant_ref_t;' \
		'typedef unsigned short domid_t;' ;;
	esac
}

# The file with its continued lines joined ("#define NAME \\" then "_IOW(...)").
joined() {
	sed -e ':a' -e '/\\$/{N;s/\\\n[[:space:]]*/ /;ba' -e '}' "$1"
}

# "NAME<TAB>header" for every symbolic definition; the program prints the
# values. A line the compiler rejects is dropped and the rest tried again.
sym_values() {
	h=$1 id=$2
	f=$(header_file "$h")
	names=$(joined "$f" | sed -n "s/${r_define}\\(${r_name}\\)[[:space:]]\\{1,\\}${r_io}.*/\\1/p" |
		grep -Ev "$excluded" | sort -u) || true
	[ -n "$names" ] || return 0
	c=$tmp/$id.c
	{
		echo '#include <stdio.h>'
		echo '#include <linux/types.h>'
		echo '#include <linux/ioctl.h>'
		echo '#include <asm/bitsperlong.h>'
		echo '#ifndef BITS_PER_LONG'
		echo '# define BITS_PER_LONG __BITS_PER_LONG'
		echo '#endif'
		fixes "$h"
		echo "#include <$h>"
		echo 'int main(void)'
		echo '{'
		for n in $names; do
			echo "#ifdef $n"
			printf 'printf("%%#010x\\t%s\\t%s\\n", (unsigned)(%s));\n' "$n" "$h" "$n"
			echo '#endif'
		done
		echo 'return 0;'
		echo '}'
	} > "$c"
	tries=0
	while ! "$CC" -w -o "$tmp/$id" "$c" 2> "$tmp/$id.err"; do
		tries=$((tries + 1))
		bad=$(sed -n "s|^$c:\\([0-9]*\\):.*error.*|\\1|p" "$tmp/$id.err" | sort -un)
		if [ -z "$bad" ] || [ $tries -gt 20 ]; then
			echo "$me: $h: does not compile, skipped" >&2
			return 0
		fi
		for l in $bad; do
			sed -i "${l}s/.*/ /" "$c"
		done
	done
	"$tmp/$id"
}

# The hex numbers of ioctl TYPE (a regular expression) in the given headers.
hex_values() {
	type=$1
	shift
	for h; do
		f=$(header_file "$h")
		[ -r "$f" ] || continue
		sed -n "s@${r_define}\\(${r_name}\\)[[:space:]]\\{1,\\}\\(0x${type}[0-9A-Fa-f][0-9A-Fa-f]\\)\\([^0-9A-Za-z_].*\\)\\{0,1\\}\$@\\2	\\1	$h@p" "$f"
	done
}

# Two compilers at a time: each header is its own program.
i=0
for h in $(list_headers | sort); do
	joined "$(header_file "$h")" | grep -q "${r_define}${r_name}[[:space:]]\{1,\}${r_io}" || continue
	i=$((i + 1))
	sym_values "$h" "$i" > "$tmp/$i.out" &
	[ $((i % 2)) -ne 0 ] || wait
done
wait
{
	cat "$tmp"/*.out
	hex_values 03 linux/hdreg.h
	hex_values 22 scsi/sg.h
	hex_values 46 linux/fb.h
	hex_values 4B linux/kd.h
	hex_values 4C linux/loop.h
	hex_values 53 linux/cdrom.h scsi/scsi.h scsi/scsi_ioctl.h
	hex_values '\(46\|54\|66\|74\)' asm/ioctls.h asm-generic/ioctls.h
	hex_values 56 linux/vt.h
	hex_values '7[12]' linux/videotext.h
	hex_values 89 asm/sockios.h asm-generic/sockios.h linux/sockios.h
	hex_values 8B linux/wireless.h
} > "$tmp/all"
[ -s "$tmp/all" ] || {
	echo "$me: no ioctl definitions found under $INCDIR" >&2
	exit 1
}

echo "/* Generated by scripts/gen-ioctl-names.sh from the headers in $INCDIR; do not edit. */"
awk -F '\t' '
# One number per name: asm/ first, then by header.
function hex8(s,   v, i) {
	s = tolower(s)
	sub(/^0x/, "", s)
	v = 0
	for (i = 1; i <= length(s); i++)
		v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
	return sprintf("%08x", v)
}
function rank(h) { return (h ~ /^asm\// ? "0" : h ~ /^asm-generic\// ? "1" : "2") h }
{
	code = hex8($1)
	if (!($2 in best) || rank($3) < rank(hdr[$2])) {
		best[$2] = code
		hdr[$2] = $3
	}
}
END {
	for (n in best)
		print best[n] "\t" n
}' "$tmp/all" | sort -t '	' -k1,1 -k2,2 | awk -F '\t' '
# A name extending the one before it with the same number is left out.
$1 == pcode && index($2, pname) == 1 { pname = $2; next }
{ printf "{ 0x%s, \"%s\" },\n", $1, $2; pcode = $1; pname = $2 }
'
