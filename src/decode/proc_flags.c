// SPDX-License-Identifier: MIT
/*
 * Named constants of the process, signal, time, scheduling and memory calls
 * (waitid, mlock*, ioprio, mempolicy, sched_attr, timex, ...), as data in
 * flags.c's form, in a file of their own so that the area's tables stay
 * together. Values come from the headers (the kernel's uapi where glibc has
 * none); scripts/gen-xlat-checks.sh checks them as it checks flags.c.
 */
#include "xlat_table.h"

#include <sys/mman.h>
#include <sys/wait.h>


TABLE(mlockall_flag_names, "MCL_???", NULL, X(MCL_CURRENT), X(MCL_FUTURE), X(MCL_ONFAULT));
TABLE(mlock_flag_names, "MLOCK_???", NULL, X(MLOCK_ONFAULT));
TABLE(waitid_type_names, "P_???", NULL, X(P_ALL), X(P_PID), X(P_PGID), N(3, "P_PIDFD"));
