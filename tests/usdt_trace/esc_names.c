// SPDX-License-Identifier: MIT
/*
 * A stapsdt note written by hand whose provider is "\033[2J" (clear the
 * screen) and whose probe name holds a tab: sctrace must print them
 * escaped, never raw (--list-usdt and the hit lines).
 */
int main(void)
{
	__asm__ volatile("990: nop\n"
			 ".pushsection .note.stapsdt,\"?\",\"note\"\n"
			 ".balign 4\n"
			 ".4byte 992f-991f, 994f-993f, 3\n"
			 "991: .asciz \"stapsdt\"\n"
			 "992: .balign 4\n"
			 "993: .8byte 990b\n"
			 ".8byte 0\n"
			 ".8byte 0\n"
			 ".asciz \"\\033[2J\"\n"
			 ".asciz \"a\\tb\"\n"
			 ".asciz \"\"\n"
			 "994: .balign 4\n"
			 ".popsection\n");
	return 0;
}
