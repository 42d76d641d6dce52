# Liaison - see README.md.  `make run` and `make test` are the two commands.
PORT    ?= 8080
TLS     ?= 0
VAR     ?= var
WORKERS ?= 4

CC       = gcc
PKGS     = libmariadb openssl
WARN     = -std=c17 -D_GNU_SOURCE -Wall -Wextra -Werror -Wformat=2 -Wno-format-nonliteral -Wno-format-truncation
INC      = -Iapp -I/usr/include/ClearSilver $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LIBS     = -lfcgi -lneo_cgi -lneo_cs -lneo_utl -lz $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CFLAGS  ?= -O2 -g

MAINS    = app/main.c app/tools/ctl.c $(wildcard app/*/main.c)
LIB_SRC  = $(filter-out $(MAINS),$(shell find app -name '*.c' | sort))
# The test build's probe type (tests/probe/): in the test and asan builds only.
PROBE_SRC = $(wildcard tests/probe/*.c)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
HTTP_SRC = $(wildcard tests/http/test_*.c)
FUZZ_SRC = $(wildcard tests/fuzz/fuzz_*.c)

# One object tree per build flavour: prod, test (settable clock, probe), asan.
define flavour
build/$(1)/%.o: %.c
	@mkdir -p $$(@D)
	$$(CC) $$(WARN) $(2) $$(INC) -MMD -MP -c $$< -o $$@
build/$(1)/libliaison.a: $$(LIB_SRC:%.c=build/$(1)/%.o) $(3)
	@rm -f $$@
	ar rcs $$@ $$^
build/$(1)/liaison: build/$(1)/app/main.o build/$(1)/libliaison.a
	$$(CC) $(2) -o $$@ $$^ $$(LIBS)
build/$(1)/liaison-ctl: build/$(1)/app/tools/ctl.o build/$(1)/libliaison.a
	$$(CC) $(2) -o $$@ $$^ $$(LIBS)
build/$(1)/liaison-scheduler: build/$(1)/app/sched/main.o build/$(1)/libliaison.a
	$$(CC) $(2) -o $$@ $$^ $$(LIBS)
build/$(1)/liaison-mailer: build/$(1)/app/mailer/main.o build/$(1)/libliaison.a
	$$(CC) $(2) -o $$@ $$^ $$(LIBS)
-include $$(shell find build/$(1) -name '*.d' 2>/dev/null)
endef
$(eval $(call flavour,prod,$(CFLAGS),))
$(eval $(call flavour,test,$(CFLAGS) -DLIAISON_TEST,$$(PROBE_SRC:%.c=build/test/%.o)))
# A variable: a comma inside $(call ...) would split the argument.
ASAN_FLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined -DLIAISON_TEST
$(eval $(call flavour,asan,$$(ASAN_FLAGS),$$(PROBE_SRC:%.c=build/asan/%.o)))

BINS = liaison liaison-ctl liaison-scheduler liaison-mailer

build/test/unit/%: tests/unit/%.c build/test/libliaison.a
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CFLAGS) -DLIAISON_TEST $(INC) -o $@ $< build/test/libliaison.a $(LIBS) -lcmocka

build/test/http/%: tests/http/%.c tests/http/client.c tests/http/client.h
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CFLAGS) -Itests/http -o $@ $< tests/http/client.c -lcurl -lcmocka

# libFuzzer harnesses: the library is built once with clang's sanitizers.
FUZZ_FLAGS = -g -O1 -D_GNU_SOURCE -fsanitize=address,undefined
build/fuzz/obj/%.o: %.c
	@mkdir -p $(@D)
	clang $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link $(INC) -c $< -o $@
build/fuzz/libfuzz.a: $(LIB_SRC:%.c=build/fuzz/obj/%.o)
	@rm -f $@
	ar rcs $@ $^
build/fuzz/%: tests/fuzz/%.c build/fuzz/libfuzz.a
	clang $(FUZZ_FLAGS) -fsanitize=fuzzer $(INC) -o $@ $< build/fuzz/libfuzz.a $(LIBS)

.PHONY: all deps build build-test run stop test unit http e2e fuzz-replay fuzz backup restore \
	audit-verify bench bench-data test-asan test-valgrind clean

all: build

deps:
	@scripts/deps.sh

build: deps
	@$(MAKE) --no-print-directory -j2 $(BINS:%=build/prod/%)

build-test: deps
	@$(MAKE) --no-print-directory -j2 $(BINS:%=build/test/%) \
	  $(UNIT_SRC:tests/unit/%.c=build/test/unit/%) $(HTTP_SRC:tests/http/%.c=build/test/http/%)

run: build
	@TLS=$(TLS) scripts/stack.sh start $(VAR) $(PORT) build/prod/liaison demo
	@build/prod/liaison-ctl -c conf/liaison.hdf -c $(VAR)/liaison.hdf accounts

stop:
	@scripts/stack.sh stop $(VAR)

# Everything, into a throw-away folder on free ports; ends with "N passed, N failed".
test: build-test
	@$(MAKE) --no-print-directory -j2 $(FUZZ_SRC:tests/fuzz/%.c=build/fuzz/%)
	@scripts/test.sh

audit-verify:
	@build/prod/liaison-ctl -c conf/liaison.hdf -c $(VAR)/liaison.hdf audit-verify

backup:
	@scripts/backup.sh backup $(VAR)

restore:
	@scripts/backup.sh restore $(VAR) "$(FILE)"

clean:
	rm -rf build

# Benchmark, fuzzing and sanitizer targets live in their own file.
-include mk/*.mk
