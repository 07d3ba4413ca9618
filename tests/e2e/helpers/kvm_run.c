// SPDX-License-Identifier: MIT
// A tiny KVM guest (kvm_vcpu.sh): real mode at 0x1000, "out %al, (%dx); hlt", run
// twice, so KVM_RUN exits with KVM_EXIT_IO then KVM_EXIT_HLT. Prints the vCPU's
// descriptor and the two exit reasons it saw; exits 77 when KVM cannot be used.
#include <fcntl.h>
#include <linux/kvm.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void)
{
	static const unsigned char code[] = { 0xee, 0xf4 }; /* out %al, (%dx); hlt */
	struct kvm_userspace_memory_region region = { .guest_phys_addr = 0x1000, .memory_size = 4096 };
	struct kvm_sregs sregs;
	struct kvm_regs regs = { .rip = 0x1000, .rax = 'x', .rdx = 0x3f8, .rflags = 2 };
	struct kvm_run *run;
	int kvm = open("/dev/kvm", O_RDWR), vm, vcpu, size;
	unsigned char *mem;

	if (kvm < 0 || (vm = ioctl(kvm, KVM_CREATE_VM, 0)) < 0)
		return 77;
	mem = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	memcpy(mem, code, sizeof(code));
	region.userspace_addr = (unsigned long)mem;
	if (ioctl(vm, KVM_SET_USER_MEMORY_REGION, &region) < 0 || (vcpu = ioctl(vm, KVM_CREATE_VCPU, 0)) < 0 ||
	    (size = ioctl(kvm, KVM_GET_VCPU_MMAP_SIZE, 0)) <= 0)
		return 77;
	run = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE, MAP_SHARED, vcpu, 0);
	if (run == MAP_FAILED || ioctl(vcpu, KVM_GET_SREGS, &sregs) < 0)
		return 77;
	sregs.cs.base = 0;
	sregs.cs.selector = 0;
	if (ioctl(vcpu, KVM_SET_SREGS, &sregs) < 0 || ioctl(vcpu, KVM_SET_REGS, &regs) < 0)
		return 77;
	printf("%d", vcpu);
	for (int k = 0; k < 2; k++) {
		if (ioctl(vcpu, KVM_RUN, 0) < 0)
			return 77;
		printf(" %u", run->exit_reason);
	}
	printf("\n");
	return 0;
}
