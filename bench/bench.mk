# SPDX-License-Identifier: MIT
# Benchmarks against strace, perf trace and bpftrace (included by the top Makefile).
#   make bench                 install the peers, build, run every case (about 10 min)
#   make bench BENCH_QUICK=1   small counts, a smoke run (under 2 min)
#   make bench BENCH_REPS=N    repetitions per case (default 5, 2 with BENCH_QUICK=1); medians
# The table is printed and written to $(BUILD)/bench/results.txt; see doc/PERFORMANCE.md.

BENCH_REPS ?=
BENCH_QUICK ?= 0
BENCH_PROGS := getppid fileio threads walltime detach
BENCH_BINS := $(BENCH_PROGS:%=$(BUILD)/bench/%)

.PHONY: bench bench-progs bench-deps

bench-deps:
	$(Q)scripts/install-deps.sh build bench

# The programs do not depend on the tree's libraries: plain -O2, no -Werror
# surprises from other parts, and pthread for the two-thread case.
$(BUILD)/bench/%: bench/%.c bench/bench.h
	$(call msg,CC,$@)
	$(Q)mkdir -p $(@D)
	$(Q)$(CC) -O2 -g -std=gnu11 -Wall -Wextra -D_GNU_SOURCE -o $@ $< -pthread

bench-progs: $(BENCH_BINS)

bench: bench-deps
	$(Q)$(MAKE) --no-print-directory $(BUILD)/sctrace bench-progs
	$(Q)BUILD=$(BUILD) BENCH_REPS=$(BENCH_REPS) BENCH_QUICK=$(BENCH_QUICK) bench/run.sh
