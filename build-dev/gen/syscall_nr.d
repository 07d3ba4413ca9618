build-dev/gen/syscall_nr.h: /usr/include/stdc-predef.h \
 /usr/include/x86_64-linux-gnu/asm/unistd_64.h
/usr/include/x86_64-linux-gnu/asm/unistd_64.h:
