/* SPDX-License-Identifier: MIT */
/* CRC32C (Castagnoli), as used by the binary log's header and chunks. */
#ifndef SCT_LOG_CRC32C_H
#define SCT_LOG_CRC32C_H

#include <stddef.h>
#include <stdint.h>

/* Continue crc over len bytes; start with crc = 0. */
uint32_t crc32c(uint32_t crc, const void *data, size_t len);

#endif
