/* SPDX-License-Identifier: MIT */
/*
 * Creating the files a trace goes to (-o, -ff's FILE.PID, --record): traces
 * hold secrets (buffers, environments, paths), so they are created 0600
 * unless --output-mode says otherwise (the umask still applies), and a
 * symlink that fs.protected_symlinks would not follow is refused.
 */
#ifndef SCT_UTIL_OUTFILE_H
#define SCT_UTIL_OUTFILE_H

/* --output-mode: the mode new files are created with (before the umask). */
void outfile_set_mode(unsigned mode);
/* That mode, for the files a writer creates itself (a CTF trace's streams). */
unsigned outfile_mode(void);

/*
 * open(path, flags | O_CREAT | O_CLOEXEC, the mode): a descriptor, or -errno;
 * then *why says why in words when errno's text would not (else NULL).
 */
int outfile_open(const char *path, int flags, const char **why);

#endif
