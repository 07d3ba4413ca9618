// SPDX-License-Identifier: MIT
/*
 * ioctl requests of GPIO character devices (type 0xB4, <linux/gpio.h>): the
 * chip and line information, line handle and event requests, line values and
 * configurations, in their first (v1) and second (v2) forms, as strace 6.1
 * prints them: the request at entry, " => " and the kernel's answer after
 * success.
 */
#include <stddef.h>
#include <linux/gpio.h>

#include "ioctl.h"
#include "xlat_ioctl.h"

#define OFF(type, field) offsetof(struct type, field)

/* Whether the n 32-bit words at p are all zero. */
static bool zero_words(const char *p, unsigned n)
{
	for (unsigned k = 0; k < n; k++)
		if (load_u32(p, 4 * k))
			return false;
	return true;
}

/* , padding=[0, 0xfeedface, 0] when any is not zero */
static void print_padding(const struct ioctl_call *c, const char *p, unsigned n)
{
	if (zero_words(p, n))
		return;
	strbuf_adds(c->out, ", padding=");
	strbuf_addc(c->out, '[');
	for (unsigned k = 0; k < n; k++)
		strbuf_addf(c->out, k ? ", %#x" : "%#x", load_u32(p, 4 * k));
	strbuf_addc(c->out, ']');
}

/* ", name=\"...\"" */
static void field_cstring(const struct ioctl_call *c, const char *name, const char *p,
			  unsigned size)
{
	strbuf_addf(c->out, ", %s=", name);
	ioctl_cstring(c, p, size);
}

/* An output structure: after success only, else nothing more is printed. */
static const char *answer(const struct ioctl_call *c, unsigned len)
{
	if (ioctl_failed(c))
		return NULL;
	return ioctl_out(c, len);
}

static void print_chipinfo(const struct ioctl_call *c)
{
	const char *p = ioctl_out(c, sizeof(struct gpiochip_info));

	if (!p)
		return;
	strbuf_adds(c->out, "{name=");
	ioctl_cstring(c, p + OFF(gpiochip_info, name), GPIO_MAX_NAME_SIZE);
	field_cstring(c, "label", p + OFF(gpiochip_info, label), GPIO_MAX_NAME_SIZE);
	strbuf_addf(c->out, ", lines=%u}", load_u32(p, OFF(gpiochip_info, lines)));
}

static void print_lineinfo(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct gpioline_info));

	if (!p)
		return;
	strbuf_addf(c->out, "{line_offset=%u}", load_u32(p, OFF(gpioline_info, line_offset)));
	if (!(p = answer(c, sizeof(struct gpioline_info))))
		return;
	strbuf_adds(c->out, " => {flags=");
	ioctl_flags(c, &gpio_line_flag_names, load_u32(p, OFF(gpioline_info, flags)));
	field_cstring(c, "name", p + OFF(gpioline_info, name), GPIO_MAX_NAME_SIZE);
	field_cstring(c, "consumer", p + OFF(gpioline_info, consumer), GPIO_MAX_NAME_SIZE);
	strbuf_addc(c->out, '}');
}

/* ", fd=N}" of a request the kernel answered with a descriptor */
static void print_fd_answer(const struct ioctl_call *c, size_t size, size_t off)
{
	const char *p = answer(c, size);

	if (p)
		strbuf_addf(c->out, " => {fd=%d}", (int)load_u32(p, off));
}

/* min(n, max) elements of an array field */
static unsigned upto(uint32_t n, unsigned max)
{
	return n < max ? n : max;
}

static void print_handle_request(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct gpiohandle_request));
	uint32_t n;

	if (!p)
		return;
	n = load_u32(p, OFF(gpiohandle_request, lines));
	strbuf_addf(c->out, "{lines=%u, lineoffsets=", n);
	ioctl_uarray(c, p + OFF(gpiohandle_request, lineoffsets), upto(n, GPIOHANDLES_MAX), 4,
		     false);
	strbuf_adds(c->out, ", flags=");
	ioctl_flags(c, &gpio_handle_flag_names, load_u32(p, OFF(gpiohandle_request, flags)));
	strbuf_adds(c->out, ", default_values=");
	ioctl_uarray(c, p + OFF(gpiohandle_request, default_values), upto(n, GPIOHANDLES_MAX), 1,
		     false);
	field_cstring(c, "consumer_label", p + OFF(gpiohandle_request, consumer_label),
		      GPIO_MAX_NAME_SIZE);
	strbuf_addc(c->out, '}');
	print_fd_answer(c, sizeof(struct gpiohandle_request), OFF(gpiohandle_request, fd));
}

static void print_event_request(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct gpioevent_request));

	if (!p)
		return;
	strbuf_addf(c->out, "{lineoffset=%u, handleflags=",
		    load_u32(p, OFF(gpioevent_request, lineoffset)));
	ioctl_flags(c, &gpio_handle_flag_names, load_u32(p, OFF(gpioevent_request, handleflags)));
	strbuf_adds(c->out, ", eventflags=");
	ioctl_flags(c, &gpio_event_flag_names, load_u32(p, OFF(gpioevent_request, eventflags)));
	field_cstring(c, "consumer_label", p + OFF(gpioevent_request, consumer_label),
		      GPIO_MAX_NAME_SIZE);
	strbuf_addc(c->out, '}');
	print_fd_answer(c, sizeof(struct gpioevent_request), OFF(gpioevent_request, fd));
}

/* {values=[...]} of struct gpiohandle_data */
static void print_handle_data(const struct ioctl_call *c, const char *p)
{
	if (!p)
		return;
	strbuf_adds(c->out, "{values=");
	ioctl_uarray(c, p, GPIOHANDLES_MAX, 1, false);
	strbuf_addc(c->out, '}');
}

static void print_handle_config(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct gpiohandle_config));

	if (!p)
		return;
	strbuf_adds(c->out, "{flags=");
	ioctl_flags(c, &gpio_handle_flag_names, load_u32(p, OFF(gpiohandle_config, flags)));
	strbuf_adds(c->out, ", default_values=");
	ioctl_uarray(c, p + OFF(gpiohandle_config, default_values), GPIOHANDLES_MAX, 1, false);
	strbuf_addc(c->out, '}');
}

/*
 * A struct gpio_v2_line_attribute's members: the one its id names, or
 * (unknown id, padding in use) id, padding and the value raw; in_attr: as
 * the attr field of a config attribute, in its own braces.
 */
static void print_v2_attr(const struct ioctl_call *c, const char *p, bool in_attr)
{
	uint32_t id = load_u32(p, 0), pad = load_u32(p, 4);
	uint64_t v = load_u64(p, 8);

	if (!pad && id == GPIO_V2_LINE_ATTR_ID_FLAGS) {
		strbuf_adds(c->out, "flags=");
		ioctl_flags(c, &gpio_v2_line_flag_names, v);
		return;
	}
	if (!pad && id == GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES) {
		strbuf_addf(c->out, "values=%#llx", (unsigned long long)v);
		return;
	}
	if (!pad && id == GPIO_V2_LINE_ATTR_ID_DEBOUNCE) {
		strbuf_addf(c->out, "debounce_period_us=%u", (uint32_t)v);
		return;
	}
	if (in_attr)
		strbuf_adds(c->out, "attr={");
	strbuf_addf(c->out, "id=%u", id);
	if (pad)
		strbuf_addf(c->out, ", padding=%#x", pad);
	strbuf_addf(c->out, ", data=%#llx", (unsigned long long)v);
	if (in_attr)
		strbuf_addc(c->out, '}');
}

/* struct gpio_v2_line_config */
static void print_v2_config(const struct ioctl_call *c, const char *p)
{
	const size_t attr = sizeof(struct gpio_v2_line_config_attribute);
	uint32_t n = load_u32(p, OFF(gpio_v2_line_config, num_attrs));

	strbuf_adds(c->out, "{flags=");
	ioctl_flags(c, &gpio_v2_line_flag_names, load_u64(p, OFF(gpio_v2_line_config, flags)));
	strbuf_addf(c->out, ", num_attrs=%u", n);
	print_padding(c, p + OFF(gpio_v2_line_config, padding), 5);
	if (n) {
		strbuf_adds(c->out, ", attrs=[");
		for (unsigned k = 0; k < upto(n, GPIO_V2_LINE_NUM_ATTRS_MAX); k++) {
			const char *a = p + OFF(gpio_v2_line_config, attrs) + k * attr;

			if (k)
				strbuf_adds(c->out, ", ");
			if (ioctl_array_cut(c, k))
				break;
			strbuf_addc(c->out, '{');
			print_v2_attr(c, a, true);
			strbuf_addf(c->out, ", mask=%#llx}",
				    (unsigned long long)load_u64(a, OFF(gpio_v2_line_config_attribute,
									 mask)));
		}
		strbuf_addc(c->out, ']');
	}
	strbuf_addc(c->out, '}');
}

static void print_v2_lineinfo(const struct ioctl_call *c)
{
	const size_t size = sizeof(struct gpio_v2_line_info);
	const char *p = ioctl_in(c, size);
	uint32_t n;

	if (!p)
		return;
	strbuf_addf(c->out, "{offset=%u}", load_u32(p, OFF(gpio_v2_line_info, offset)));
	if (!(p = answer(c, size)))
		return;
	strbuf_adds(c->out, " => {name=");
	ioctl_cstring(c, p + OFF(gpio_v2_line_info, name), GPIO_MAX_NAME_SIZE);
	field_cstring(c, "consumer", p + OFF(gpio_v2_line_info, consumer), GPIO_MAX_NAME_SIZE);
	strbuf_adds(c->out, ", flags=");
	ioctl_flags(c, &gpio_v2_line_flag_names, load_u64(p, OFF(gpio_v2_line_info, flags)));
	n = load_u32(p, OFF(gpio_v2_line_info, num_attrs));
	strbuf_addf(c->out, ", num_attrs=%u", n);
	if (n) {
		strbuf_adds(c->out, ", attrs=[");
		for (unsigned k = 0; k < upto(n, GPIO_V2_LINE_NUM_ATTRS_MAX); k++) {
			if (k)
				strbuf_adds(c->out, ", ");
			if (ioctl_array_cut(c, k))
				break;
			strbuf_addc(c->out, '{');
			print_v2_attr(c, p + OFF(gpio_v2_line_info, attrs) +
						 k * sizeof(struct gpio_v2_line_attribute), false);
			strbuf_addc(c->out, '}');
		}
		strbuf_addc(c->out, ']');
	}
	print_padding(c, p + OFF(gpio_v2_line_info, padding), 4);
	strbuf_addc(c->out, '}');
}

static void print_v2_request(const struct ioctl_call *c)
{
	const size_t size = sizeof(struct gpio_v2_line_request);
	const char *p = ioctl_in(c, size);
	uint32_t n, ebs;

	if (!p)
		return;
	n = load_u32(p, OFF(gpio_v2_line_request, num_lines));
	strbuf_addf(c->out, "{num_lines=%u, offsets=", n);
	ioctl_uarray(c, p + OFF(gpio_v2_line_request, offsets), upto(n, GPIO_V2_LINES_MAX), 4,
		     false);
	field_cstring(c, "consumer", p + OFF(gpio_v2_line_request, consumer), GPIO_MAX_NAME_SIZE);
	strbuf_adds(c->out, ", config=");
	print_v2_config(c, p + OFF(gpio_v2_line_request, config));
	ebs = load_u32(p, OFF(gpio_v2_line_request, event_buffer_size));
	if (ebs)
		strbuf_addf(c->out, ", event_buffer_size=%u", ebs);
	print_padding(c, p + OFF(gpio_v2_line_request, padding), 5);
	strbuf_addc(c->out, '}');
	print_fd_answer(c, size, OFF(gpio_v2_line_request, fd));
}

static void print_v2_get_values(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct gpio_v2_line_values));

	if (!p)
		return;
	strbuf_addf(c->out, "{mask=%#llx}",
		    (unsigned long long)load_u64(p, OFF(gpio_v2_line_values, mask)));
	if ((p = answer(c, sizeof(struct gpio_v2_line_values))))
		strbuf_addf(c->out, " => {bits=%#llx}",
			    (unsigned long long)load_u64(p, OFF(gpio_v2_line_values, bits)));
}

static void print_v2_set_values(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct gpio_v2_line_values));

	if (p)
		strbuf_addf(c->out, "{bits=%#llx, mask=%#llx}",
			    (unsigned long long)load_u64(p, OFF(gpio_v2_line_values, bits)),
			    (unsigned long long)load_u64(p, OFF(gpio_v2_line_values, mask)));
}

enum ioctl_res ioctl_gpio_decode(const struct ioctl_call *c)
{
	const char *p;

	switch (c->code) {
	case GPIO_GET_CHIPINFO_IOCTL:
		print_chipinfo(c);
		break;
	case GPIO_GET_LINEINFO_UNWATCH_IOCTL:
		if ((p = ioctl_in(c, 4)))
			strbuf_addf(c->out, "{offset=%u}", load_u32(p, 0));
		break;
	case GPIO_V2_GET_LINEINFO_IOCTL:
	case GPIO_V2_GET_LINEINFO_WATCH_IOCTL:
		print_v2_lineinfo(c);
		break;
	case GPIO_V2_GET_LINE_IOCTL:
		print_v2_request(c);
		break;
	case GPIO_V2_LINE_SET_CONFIG_IOCTL:
		if ((p = ioctl_in(c, sizeof(struct gpio_v2_line_config))))
			print_v2_config(c, p);
		break;
	case GPIO_V2_LINE_GET_VALUES_IOCTL:
		print_v2_get_values(c);
		break;
	case GPIO_V2_LINE_SET_VALUES_IOCTL:
		print_v2_set_values(c);
		break;
	case GPIO_GET_LINEINFO_IOCTL:
	case GPIO_GET_LINEINFO_WATCH_IOCTL:
		print_lineinfo(c);
		break;
	case GPIO_GET_LINEHANDLE_IOCTL:
		print_handle_request(c);
		break;
	case GPIO_GET_LINEEVENT_IOCTL:
		print_event_request(c);
		break;
	case GPIOHANDLE_GET_LINE_VALUES_IOCTL:
		print_handle_data(c, ioctl_out(c, sizeof(struct gpiohandle_data)));
		break;
	case GPIOHANDLE_SET_LINE_VALUES_IOCTL:
		print_handle_data(c, ioctl_in(c, sizeof(struct gpiohandle_data)));
		break;
	case GPIOHANDLE_SET_CONFIG_IOCTL:
		print_handle_config(c);
		break;
	default:
		return IOCTL_UNKNOWN;
	}
	return IOCTL_ARG;
}
