/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Part of capture.bpf.c: what descriptors are, read from the kernel after a
 * successful call that made or changed them (pipe, socket, accept, bind,
 * connect...): inode and mode, and for a socket its family, type, protocol
 * and endpoints, or a UNIX socket's peer and path. One SCT_AUX_FDINFO blob
 * per descriptor.
 */
#ifndef SCT_BPF_FDINFO_BPF_H
#define SCT_BPF_FDINFO_BPF_H

#define S_IFMT 0170000
#define S_IFSOCK 0140000
#define AF_UNIX 1
#define AF_INET 2
#define AF_INET6 10
#define AF_NETLINK 16

/* The struct file of the current task's descriptor fd, or NULL. */
static __always_inline struct file *current_file(__s64 fd)
{
	struct task_struct *task = bpf_get_current_task_btf();
	struct fdtable *fdt = BPF_CORE_READ(task, files, fdt);
	struct file **fds, *f = NULL;

	if (fd < 0 || !fdt || fd >= BPF_CORE_READ(fdt, max_fds))
		return NULL;
	fds = BPF_CORE_READ(fdt, fd);
	if (bpf_probe_read_kernel(&f, sizeof(f), &fds[fd & 0xffffff]))
		return NULL;
	return f;
}

/* What descriptor fd of the current task refers to, as a SCT_AUX_FDINFO blob. */
static __always_inline void put_fdinfo(struct build *b, __s64 fd)
{
	struct file *f = current_file(fd);
	struct sct_fdinfo *fi;
	struct sct_blob *blob;
	struct inode *inode;
	struct sock *sk;

	if (!f || !(blob = blob_start(b, SCT_BLOB_MEM, sizeof(*fi))))
		return;
	blob->aux = SCT_AUX_FDINFO;
	fi = (struct sct_fdinfo *)(blob + 1);
	__builtin_memset(fi, 0, sizeof(*fi));
	fi->fd = (__s32)fd;
	inode = BPF_CORE_READ(f, f_inode);
	fi->ino = BPF_CORE_READ(inode, i_ino);
	fi->mode = BPF_CORE_READ(inode, i_mode);
	if ((fi->mode & S_IFMT) == S_IFSOCK) {
		struct socket *sock = BPF_CORE_READ(f, private_data);

		sk = BPF_CORE_READ(sock, sk);
		fi->family = BPF_CORE_READ(sk, __sk_common.skc_family);
		fi->type = BPF_CORE_READ(sk, sk_type);
		fi->protocol = BPF_CORE_READ(sk, sk_protocol);
		fi->sport = BPF_CORE_READ(sk, __sk_common.skc_num);
		fi->dport = bpf_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport));
		if (fi->family == AF_INET) {
			bpf_core_read(fi->saddr, 4, &sk->__sk_common.skc_rcv_saddr);
			bpf_core_read(fi->daddr, 4, &sk->__sk_common.skc_daddr);
		} else if (fi->family == AF_INET6 &&
			   bpf_core_field_exists(sk->__sk_common.skc_v6_rcv_saddr)) {
			/* (a kernel without CONFIG_IPV6 has no such fields: not loaded there) */
			bpf_core_read(fi->saddr, 16, &sk->__sk_common.skc_v6_rcv_saddr);
			bpf_core_read(fi->daddr, 16, &sk->__sk_common.skc_v6_daddr);
		} else if (fi->family == AF_NETLINK) {
			/* the port id, once bound (strace's -yy NETLINK:[ROUTE:1234]) */
			__u32 portid = BPF_CORE_READ((struct netlink_sock *)sk, portid);

			__builtin_memcpy(fi->saddr, &portid, sizeof(portid));
		} else if (fi->family == AF_UNIX) {
			struct sock *peer = BPF_CORE_READ((struct unix_sock *)sk, peer);
			struct unix_address *ua = BPF_CORE_READ((struct unix_sock *)sk, addr);
			int len;

			if (peer)
				fi->peer_ino = BPF_CORE_READ(peer, sk_socket, file, f_inode, i_ino);
			if (ua) { /* name[0] is a sockaddr_un: sun_family, then the path */
				len = BPF_CORE_READ(ua, len) - 2;
				if (len > 0 && len <= (int)sizeof(fi->unix_path) &&
				    !bpf_probe_read_kernel(fi->unix_path, sizeof(fi->unix_path),
							   (const char *)ua +
								   bpf_core_field_offset(struct unix_address, name) + 2))
					fi->unix_len = len;
			}
		}
	}
	blob_done(b, blob);
}

/*
 * The netlink protocol of the current task's descriptor fd, or -1 when it is
 * no netlink socket. A global function: the verifier checks it once.
 */
__noinline int sct_netlink_proto(__s64 fd)
{
	struct file *f = current_file(fd);
	struct socket *sock;
	struct sock *sk;

	if (!f || (BPF_CORE_READ(f, f_inode, i_mode) & S_IFMT) != S_IFSOCK)
		return -1;
	sock = BPF_CORE_READ(f, private_data);
	sk = BPF_CORE_READ(sock, sk);
	if (!sk || BPF_CORE_READ(sk, __sk_common.skc_family) != AF_NETLINK)
		return -1;
	return BPF_CORE_READ(sk, sk_protocol);
}

/*
 * Whether fd is a netlink socket; if so, its protocol goes into the record
 * (a SCT_AUX_NETLINK blob) for the decoder of its messages.
 */
static __always_inline bool put_netlink(struct build *b, __s64 fd)
{
	__u32 proto;
	int p = sct_netlink_proto(fd);
	__u16 aux = b->aux;

	if (p < 0)
		return false;
	proto = (__u32)p;
	b->aux = SCT_AUX_NETLINK;
	put_mem(b, &proto, sizeof(proto), true);
	b->aux = aux;
	return true;
}

/* The descriptors to describe, walked by bpf_loop. */
struct fdinfo_walk {
	struct build *b;
	__s64 fds[3];
};

static long fdinfo_step(__u64 i, void *ctx)
{
	struct fdinfo_walk *w = ctx;

	if (i >= 3)
		return 1;
	if (w->fds[i] >= 0)
		put_fdinfo(w->b, w->fds[i]);
	return 0;
}

/* An open or openat of an unnamed file (O_TMPFILE): its descriptor is described as socket's. */
static __always_inline bool tmpfile_open(const struct task_state *st)
{
	return (st->nr == SCT_NR_OPEN && (st->args[1] & SCT_O_TMPFILE_BIT)) ||
	       (st->nr == SCT_NR_OPENAT && (st->args[2] & SCT_O_TMPFILE_BIT));
}

/*
 * After a successful call that made or changed descriptors: what they now
 * are. One bpf_loop over them, so that the verifier walks put_fdinfo once.
 */
static __always_inline void capture_fdinfo(struct build *b, struct task_state *st, __s64 ret)
{
	__u8 scf = sc_flags[st->nr & (SCT_NR_MAX - 1)];
	struct fdinfo_walk w = { .b = b, .fds = { -1, -1, -1 } };
	int pair[2] = { -1, -1 };

	if (ret >= 0 && tmpfile_open(st))
		scf |= SCT_SCF_FD_RET;
	/* a non-blocking connect has its endpoints as soon as it returns EINPROGRESS */
	if ((ret < 0 && !(ret == -115 && (scf & SCT_SCF_FD_ARG0))) || !(scf & SCT_SCF_FD_ANY))
		return;
	b->arg = 0;
	if (scf & SCT_SCF_FD_RET)
		w.fds[0] = ret;
	if (scf & SCT_SCF_FD_ARG0)
		w.fds[0] = (__s32)st->args[0];
	if (scf & (SCT_SCF_FD_PAIR0 | SCT_SCF_FD_PAIR3) &&
	    !bpf_probe_read_user(pair, sizeof(pair),
				 (const void *)st->args[scf & SCT_SCF_FD_PAIR3 ? 3 : 0])) {
		w.fds[1] = pair[0];
		w.fds[2] = pair[1];
	}
	bpf_loop(3, fdinfo_step, &w, 0);
}

#endif
