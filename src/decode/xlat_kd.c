// SPDX-License-Identifier: MIT
/*
 * Constant tables of the console ioctl decoder (ioctl_kd.c), the perf
 * events flags (ioctl_perf.c) and userfaultfd's (ioctl_uffdio.c), as flags.c's:
 * values from the kernel's uapi headers (<linux/kd.h>, <linux/keyboard.h>),
 * entries in strace 6.1's print order. Checked against the headers by
 * tests/unit/test_xlat_values.c.
 */
#include "xlat_kd.h"
#include "xlat_table.h"

#include <linux/kd.h>
#include <linux/keyboard.h>
#include <linux/perf_event.h>
#include <linux/userfaultfd.h>

TABLE(kd_mode_names, "KD_???", NULL, X(KD_TEXT), X(KD_GRAPHICS), X(KD_TEXT0), X(KD_TEXT1));
TABLE(kd_kbd_mode_names, "K_???", NULL,
      X(K_RAW), X(K_XLATE), X(K_MEDIUMRAW), X(K_UNICODE), X(K_OFF));
TABLE(kd_kbd_type_names, "KB_???", NULL, X(KB_84), X(KB_101), X(KB_OTHER));
TABLE(kd_meta_names, "K_???", NULL, X(K_METABIT), X(K_ESCPREFIX));
TABLE(kd_led_names, "LED_???", NULL, X(LED_SCR), X(LED_NUM), X(LED_CAP));
/* KDGKBLED/KDSKBLED: the LEDs, and in the high nibble their defaults */
TABLE(kd_default_led_names, "LED_???", NULL,
      X(LED_SCR), X(LED_NUM), X(LED_CAP), N(LED_SCR << 4, "LED_SCR<<4"),
      N(LED_NUM << 4, "LED_NUM<<4"), N(LED_CAP << 4, "LED_CAP<<4"));
TABLE(kd_key_table_names, NULL, NULL,
      X(K_NORMTAB), X(K_SHIFTTAB), X(K_ALTTAB), X(K_ALTSHIFTTAB));
TABLE(kd_keymap_flag_names, "K_???", NULL,
      N(1 << KG_SHIFT, "1<<KG_SHIFT"), N(1 << KG_ALTGR, "1<<KG_ALTGR"),
      N(1 << KG_CTRL, "1<<KG_CTRL"), N(1 << KG_ALT, "1<<KG_ALT"),
      N(1 << KG_SHIFTL, "1<<KG_SHIFTL"), N(1 << KG_SHIFTR, "1<<KG_SHIFTR"),
      N(1 << KG_CTRLL, "1<<KG_CTRLL"), N(1 << KG_CTRLR, "1<<KG_CTRLR"));
TABLE(kd_key_type_names, NULL, NULL,
      X(KT_LATIN), X(KT_FN), X(KT_SPEC), X(KT_PAD), X(KT_DEAD), X(KT_CONS), X(KT_CUR),
      X(KT_SHIFT), X(KT_META), X(KT_ASCII), X(KT_LOCK), X(KT_LETTER), X(KT_SLOCK),
      X(KT_DEAD2), X(KT_BRL));
/* The function keys between K_F20 and K_F21 (the others are K_F<n> and K_UNDO). */
TABLE(kd_fn_key_names, NULL, NULL,
      X(K_FIND), X(K_INSERT), X(K_REMOVE), X(K_SELECT), X(K_PGUP), X(K_PGDN), X(K_MACRO),
      X(K_HELP), X(K_DO), X(K_PAUSE), X(K_UNDO));
TABLE(kd_spec_key_names, NULL, NULL,
      X(K_HOLE), X(K_ENTER), X(K_SH_REGS), X(K_SH_MEM), X(K_SH_STAT), X(K_BREAK), X(K_CONS),
      X(K_CAPS), X(K_NUM), X(K_HOLD), X(K_SCROLLFORW), X(K_SCROLLBACK), X(K_BOOT),
      X(K_CAPSON), X(K_COMPOSE), X(K_SAK), X(K_DECRCONSOLE), X(K_INCRCONSOLE),
      X(K_SPAWNCONSOLE), X(K_BARENUMLOCK), X(K_ALLOCATED), X(K_NOSUCHMAP));
TABLE(kd_pad_key_names, NULL, NULL,
      X(K_P0), X(K_P1), X(K_P2), X(K_P3), X(K_P4), X(K_P5), X(K_P6), X(K_P7), X(K_P8),
      X(K_P9), X(K_PPLUS), X(K_PMINUS), X(K_PSTAR), X(K_PSLASH), X(K_PENTER), X(K_PCOMMA),
      X(K_PDOT), X(K_PPLUSMINUS), X(K_PPARENL), X(K_PPARENR));
TABLE(kd_dead_key_names, NULL, NULL,
      X(K_DGRAVE), X(K_DACUTE), X(K_DCIRCM), X(K_DTILDE), X(K_DDIERE), X(K_DCEDIL),
      X(K_DMACRON), X(K_DBREVE), X(K_DABDOT), X(K_DABRING), X(K_DDBACUTE), X(K_DCARON),
      X(K_DOGONEK), X(K_DIOTA), X(K_DVOICED), X(K_DSEMVOICED), X(K_DBEDOT), X(K_DHOOK),
      X(K_DHORN), X(K_DSTROKE), X(K_DABCOMMA), X(K_DABREVCOMMA), X(K_DDBGRAVE),
      X(K_DINVBREVE), X(K_DBECOMMA), X(K_DCURRENCY), X(K_DGREEK));
TABLE(kd_cur_key_names, NULL, NULL, X(K_DOWN), X(K_LEFT), X(K_RIGHT), X(K_UP));
TABLE(kd_shift_key_names, NULL, NULL,
      X(K_SHIFT), X(K_ALTGR), X(K_CTRL), X(K_ALT), X(K_SHIFTL), X(K_SHIFTR), X(K_CTRLL),
      X(K_CTRLR), X(K_CAPSSHIFT));
TABLE(kd_ascii_key_names, NULL, NULL,
      X(K_ASC0), X(K_ASC1), X(K_ASC2), X(K_ASC3), X(K_ASC4), X(K_ASC5), X(K_ASC6), X(K_ASC7),
      X(K_ASC8), X(K_ASC9), X(K_HEX0), X(K_HEX1), X(K_HEX2), X(K_HEX3), X(K_HEX4), X(K_HEX5),
      X(K_HEX6), X(K_HEX7), X(K_HEX8), X(K_HEX9), X(K_HEXa), X(K_HEXb), X(K_HEXc), X(K_HEXd),
      X(K_HEXe), X(K_HEXf));
TABLE(kd_lock_key_names, NULL, NULL,
      X(K_SHIFTLOCK), X(K_ALTGRLOCK), X(K_CTRLLOCK), X(K_ALTLOCK), X(K_SHIFTLLOCK),
      X(K_SHIFTRLOCK), X(K_CTRLLLOCK), X(K_CTRLRLOCK), X(K_CAPSSHIFTLOCK));
TABLE(kd_slock_key_names, NULL, NULL,
      X(K_SHIFT_SLOCK), X(K_ALTGR_SLOCK), X(K_CTRL_SLOCK), X(K_ALT_SLOCK), X(K_SHIFTL_SLOCK),
      X(K_SHIFTR_SLOCK), X(K_CTRLL_SLOCK), X(K_CTRLR_SLOCK), X(K_CAPSSHIFT_SLOCK));
TABLE(kd_brl_key_names, NULL, NULL,
      X(K_BRL_BLANK), X(K_BRL_DOT1), X(K_BRL_DOT2), X(K_BRL_DOT3), X(K_BRL_DOT4),
      X(K_BRL_DOT5), X(K_BRL_DOT6), X(K_BRL_DOT7), X(K_BRL_DOT8), X(K_BRL_DOT9),
      X(K_BRL_DOT10));
TABLE(kd_font_op_names, "KD_FONT_OP_???", NULL,
      X(KD_FONT_OP_SET), X(KD_FONT_OP_GET), X(KD_FONT_OP_SET_DEFAULT), X(KD_FONT_OP_COPY));
/* KD_FONT_FLAG_OLD is the kernel's own (drivers/tty/vt), not in the uapi header */
TABLE(kd_font_flag_names, "KD_FONT_FLAG_???", NULL,
      X(KD_FONT_FLAG_DONT_RECALC), N(0x80000000, "KD_FONT_FLAG_OLD"));
/* perf events (ioctl_perf.c) */
TABLE(perf_ioc_flag_names, "PERF_IOC_FLAG_???", NULL, X(PERF_IOC_FLAG_GROUP));
/* userfaultfd (ioctl_uffdio.c) */
TABLE(uffd_feature_names, "UFFD_FEATURE_???", NULL,
      X(UFFD_FEATURE_PAGEFAULT_FLAG_WP), X(UFFD_FEATURE_EVENT_FORK), X(UFFD_FEATURE_EVENT_REMAP),
      X(UFFD_FEATURE_EVENT_REMOVE), X(UFFD_FEATURE_MISSING_HUGETLBFS),
      X(UFFD_FEATURE_MISSING_SHMEM), X(UFFD_FEATURE_EVENT_UNMAP), X(UFFD_FEATURE_SIGBUS),
      X(UFFD_FEATURE_THREAD_ID), X(UFFD_FEATURE_MINOR_HUGETLBFS), X(UFFD_FEATURE_MINOR_SHMEM),
      X(UFFD_FEATURE_EXACT_ADDRESS), X(UFFD_FEATURE_WP_HUGETLBFS_SHMEM));
TABLE(uffd_api_ioctl_names, "_UFFDIO_???", NULL,
      N(1ULL << _UFFDIO_REGISTER, "1<<_UFFDIO_REGISTER"),
      N(1ULL << _UFFDIO_UNREGISTER, "1<<_UFFDIO_UNREGISTER"), N(1ULL << _UFFDIO_API, "1<<_UFFDIO_API"));
TABLE(uffd_register_ioctl_names, "UFFDIO_???", NULL,
      N(1ULL << _UFFDIO_WAKE, "1<<_UFFDIO_WAKE"), N(1ULL << _UFFDIO_COPY, "1<<_UFFDIO_COPY"),
      N(1ULL << _UFFDIO_ZEROPAGE, "1<<_UFFDIO_ZEROPAGE"),
      N(1ULL << _UFFDIO_WRITEPROTECT, "1<<_UFFDIO_WRITEPROTECT"),
      N(1ULL << _UFFDIO_CONTINUE, "1<<_UFFDIO_CONTINUE"));
TABLE(uffd_register_mode_names, "UFFDIO_REGISTER_MODE_???", NULL,
      X(UFFDIO_REGISTER_MODE_MISSING), X(UFFDIO_REGISTER_MODE_WP), X(UFFDIO_REGISTER_MODE_MINOR));
TABLE(uffd_copy_mode_names, "UFFDIO_COPY_???", NULL,
      X(UFFDIO_COPY_MODE_DONTWAKE), X(UFFDIO_COPY_MODE_WP));
TABLE(uffd_zeropage_mode_names, "UFFDIO_ZEROPAGE_???", NULL, X(UFFDIO_ZEROPAGE_MODE_DONTWAKE));
