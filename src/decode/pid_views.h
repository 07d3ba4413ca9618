/* SPDX-License-Identifier: MIT */
/*
 * Task ids in sctrace's PID namespace, learned from PID_VIEW records
 * (record.h): the numbers sctrace prints when it runs in a namespace of its
 * own, and --pidns-translation's for tasks already gone (pid_views.c).
 */
#ifndef SCT_DECODE_PID_VIEWS_H
#define SCT_DECODE_PID_VIEWS_H

#include <stdint.h>

#include "../shared/record.h"

/* Note a PID_VIEW record (other records are ignored). */
void pid_views_learn(const struct sct_rec_hdr *rec);
/* A task (the kernel side's tid) as sctrace shows it: its number in sctrace's namespace, or tid. */
uint32_t pid_views_shown(uint32_t tid);
/* The kernel side's id of a task sctrace shows as view (pid_views_shown's inverse), or view. */
uint32_t pid_views_kernel(uint32_t view);
/*
 * pid as traced task tid's namespace knows it, in sctrace's namespace: 0
 * when either is not a task a PID_VIEW record named.
 */
int pid_views_translate(uint32_t tid, int pid);
/* Forget everything learned. */
void pid_views_reset(void);

#endif
