// SPDX-License-Identifier: MIT
/*
 * ioctl requests of KVM (type 0xae, <linux/kvm.h>) as strace 6.1 prints them
 * on x86_64: the capability asked about, guest memory regions, the vcpu's
 * registers and special registers (in part, unless -v), the CPUID entries
 * (their count, unless -v: as many as the capture of the argument holds, then
 * "..."), and the vcpu number; KVM_CREATE_VM and KVM_CREATE_VCPU return
 * descriptors (-y: anon_inode:kvm-vm, anon_inode:kvm-vcpu:N, fdtable_apply.c).
 */
#include <stddef.h>
#include <linux/kvm.h>

#include "ioctl.h"
#include "xlat_kvm.h"

#define OFF(type, field) offsetof(struct type, field)

/* what the kernel side knows without the uapi headers (record.h) */
_Static_assert(SCT_KVM_SET_CPUID2 == KVM_SET_CPUID2 &&
		       SCT_KVM_GET_SUPPORTED_CPUID == KVM_GET_SUPPORTED_CPUID &&
		       SCT_KVM_GET_EMULATED_CPUID == KVM_GET_EMULATED_CPUID &&
		       sizeof(struct kvm_cpuid2) == 8 &&
		       sizeof(struct kvm_cpuid_entry2) == SCT_KVM_CPUID_ENTRY_SIZE,
	       "record.h's KVM numbers");

static void print_regs(const struct ioctl_call *c, const char *p)
{
	static const char *const names[] = { "rax", "rbx", "rcx", "rdx", "rsi", "rdi",
					     "rsp", "rbp", "r8",  "r9",  "r10", "r11",
					     "r12", "r13", "r14", "r15", "rip", "rflags" };
	bool all = c->o->verbose;

	if (!p)
		return;
	for (unsigned k = 0; k < 18; k++) {
		/* without -v: rax, ..., rsp, rbp, ..., rip, rflags */
		if (!all && ((k >= 1 && k <= 5) || (k >= 8 && k <= 15))) {
			if (k == 1 || k == 8)
				strbuf_adds(c->out, ", ...");
			continue;
		}
		strbuf_addf(c->out, "%s%s=%#llx", k ? ", " : "{", names[k],
			    (unsigned long long)load_u64(p, 8 * k));
	}
	strbuf_addc(c->out, '}');
}

static void print_segment(const struct ioctl_call *c, const char *name, const char *p)
{
	strbuf_addf(c->out, "%s={base=%#llx, limit=%u, selector=%u, type=%u, present=%u, dpl=%u, "
			    "db=%u, s=%u, l=%u, g=%u, avl=%u}",
		    name, (unsigned long long)load_u64(p, 0), load_u32(p, 8), load_u16(p, 12),
		    (unsigned char)p[OFF(kvm_segment, type)], (unsigned char)p[OFF(kvm_segment, present)],
		    (unsigned char)p[OFF(kvm_segment, dpl)], (unsigned char)p[OFF(kvm_segment, db)],
		    (unsigned char)p[OFF(kvm_segment, s)], (unsigned char)p[OFF(kvm_segment, l)],
		    (unsigned char)p[OFF(kvm_segment, g)], (unsigned char)p[OFF(kvm_segment, avl)]);
}

static void print_sregs(const struct ioctl_call *c, const char *p)
{
	static const char *const segs[] = { "cs", "ds", "es", "fs", "gs", "ss", "tr", "ldt" };
	static const char *const crs[] = { "cr0", "cr2", "cr3", "cr4", "cr8", "efer" };
	const char *d;

	if (!p)
		return;
	strbuf_addc(c->out, '{');
	print_segment(c, "cs", p);
	if (!c->o->verbose) {
		strbuf_adds(c->out, ", ...}");
		return;
	}
	for (unsigned k = 1; k < 8; k++) {
		strbuf_adds(c->out, ", ");
		print_segment(c, segs[k], p + k * sizeof(struct kvm_segment));
	}
	d = p + OFF(kvm_sregs, gdt);
	strbuf_addf(c->out, ", gdt={base=%#llx, limit=%u}, idt={base=%#llx, limit=%u}",
		    (unsigned long long)load_u64(d, 0), load_u16(d, 8),
		    (unsigned long long)load_u64(d, sizeof(struct kvm_dtable)),
		    load_u16(d, sizeof(struct kvm_dtable) + 8));
	for (unsigned k = 0; k < 6; k++)
		strbuf_addf(c->out, ", %s=%llu", crs[k],
			    (unsigned long long)load_u64(p, OFF(kvm_sregs, cr0) + 8 * k));
	strbuf_addf(c->out, ", apic_base=%#llx, interrupt_bitmap=",
		    (unsigned long long)load_u64(p, OFF(kvm_sregs, apic_base)));
	ioctl_uarray(c, p + OFF(kvm_sregs, interrupt_bitmap), 4, 8, true);
	strbuf_addc(c->out, '}');
}

static void print_cpuid_entry(const struct ioctl_call *c, unsigned at, const char *e, unsigned k)
{
	(void)at;
	(void)k;
	strbuf_addf(c->out, "{function=%#x, index=%#x, flags=", load_u32(e, 0), load_u32(e, 4));
	ioctl_flags(c, &kvm_cpuid_flag_names, load_u32(e, 8));
	strbuf_addf(c->out, ", eax=%#x, ebx=%#x, ecx=%#x, edx=%#x}",
		    load_u32(e, OFF(kvm_cpuid_entry2, eax)), load_u32(e, OFF(kvm_cpuid_entry2, ebx)),
		    load_u32(e, OFF(kvm_cpuid_entry2, ecx)), load_u32(e, OFF(kvm_cpuid_entry2, edx)));
}

/*
 * {nent=N, entries=[...]}; under -v the entries (captured after the
 * structure, SCT_KVM_CPUID_MAX of them at most).
 */
static void print_cpuid2(const struct ioctl_call *c, const char *p)
{
	uint32_t n;

	if (!p)
		return;
	n = load_u32(p, 0);
	strbuf_addf(c->out, "{nent=%u, entries=", n);
	if (!c->o->verbose)
		strbuf_adds(c->out, n ? "[...]" : "[]");
	else
		ioctl_ptr_array(c, p, c->arg + sizeof(struct kvm_cpuid2), n,
				sizeof(struct kvm_cpuid_entry2), print_cpuid_entry);
	strbuf_addc(c->out, '}');
}

static void print_memory_region(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct kvm_userspace_memory_region));

	if (!p)
		return;
	strbuf_addf(c->out, "{slot=%u, flags=", load_u32(p, 0));
	ioctl_flags(c, &kvm_mem_flag_names, load_u32(p, 4));
	strbuf_addf(c->out, ", guest_phys_addr=%#llx, memory_size=%llu, userspace_addr=%#llx}",
		    (unsigned long long)load_u64(p, 8), (unsigned long long)load_u64(p, 16),
		    (unsigned long long)load_u64(p, 24));
}

enum ioctl_res ioctl_kvm_decode(const struct ioctl_call *c)
{
	if (c->o->nonverbose)
		return IOCTL_UNKNOWN;
	switch (c->code) {
	case KVM_CREATE_VCPU:
		strbuf_addf(c->out, "%u", (uint32_t)c->arg);
		break;
	case KVM_CHECK_EXTENSION:
		ioctl_enum(c, &kvm_cap_names, c->arg);
		break;
	case KVM_SET_USER_MEMORY_REGION:
		print_memory_region(c);
		break;
	case KVM_SET_REGS:
		print_regs(c, ioctl_in(c, sizeof(struct kvm_regs)));
		break;
	case KVM_GET_REGS:
		print_regs(c, ioctl_out(c, sizeof(struct kvm_regs)));
		break;
	case KVM_SET_SREGS:
		print_sregs(c, ioctl_in(c, sizeof(struct kvm_sregs)));
		break;
	case KVM_GET_SREGS:
		print_sregs(c, ioctl_out(c, sizeof(struct kvm_sregs)));
		break;
	case KVM_SET_CPUID2:
		print_cpuid2(c, ioctl_in(c, sizeof(struct kvm_cpuid2)));
		break;
	case KVM_GET_SUPPORTED_CPUID:
	case KVM_GET_EMULATED_CPUID:
		print_cpuid2(c, ioctl_out(c, sizeof(struct kvm_cpuid2)));
		break;
	default:
		return IOCTL_UNKNOWN;
	}
	return IOCTL_ARG;
}

/*
 * -e kvm=vcpu (ioctl3): after a successful KVM_RUN, the exit reason its
 * vCPU's struct kvm_run holds, as strace's auxstr: " (KVM_EXIT_HLT)". The
 * kernel side reads it at the call's exit (SCT_AUX_KVM_EXIT).
 */
void print_kvm_run_ret(struct strbuf *out, const struct sc_event *ev)
{
	const struct sct_blob *b;
	const char *name;

	if ((uint32_t)ev->args[1] != KVM_RUN || sc_event_failed(ev) ||
	    !(b = fmt_aux_blob(ev, 2, SCT_AUX_KVM_EXIT, false)) || b->len < 4)
		return;
	name = flag_lookup(&kvm_exit_reason_names, load_u32(sct_blob_data(b), 0));
	strbuf_addf(out, " (%s)", name ? name : "KVM_EXIT_???");
}
