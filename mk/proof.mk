# proof.mk - proof of speed and robustness (README "Proof targets").
#
#   make bench-data     1,000,000 requests (+ a 10,000-request twin) in BENCH_VAR
#   make bench          wrk against the real stack on that data; prints one table
#   make fuzz           every libFuzzer harness for FUZZ_SECONDS (default 300)
#   make test-asan      the whole suite against the ASan+UBSan build: no report
#   make test-valgrind  the HTTP suite with the app under valgrind: no definite
#                       leak, no invalid read or write
#
# `make test` already replays the fuzz corpora (scripts/test.sh); these are
# the long runs.  Benchmark data lives in its own folders on its own ports,
# never in var/ or a test folder.

BENCH_VAR       ?= var-bench
BENCH_SMALL_VAR ?= var-bench-small
BENCH_PORT      ?= 18180
BENCH_REQUESTS  ?= 1000000
BENCH_POOL      ?= 200000
FUZZ_SECONDS    ?= 300

build/bench/gen: tests/bench/gen.c build/prod/libliaison.a
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CFLAGS) $(INC) -o $@ $< build/prod/libliaison.a $(LIBS)

bench-data: build
	@$(MAKE) --no-print-directory build/bench/gen
	@echo "== $(BENCH_REQUESTS) requests into $(BENCH_VAR)"
	@scripts/bench-data.sh $(BENCH_VAR) $(BENCH_PORT) $(BENCH_REQUESTS) $(BENCH_POOL)
	@echo "== 10000 requests into $(BENCH_SMALL_VAR)"
	@scripts/bench-data.sh $(BENCH_SMALL_VAR) $(BENCH_PORT) 10000 0

bench: build
	@[ -s $(BENCH_VAR)/bench.env ] && [ -s $(BENCH_SMALL_VAR)/bench.env ] || $(MAKE) --no-print-directory bench-data
	@scripts/bench.sh $(BENCH_VAR) $(BENCH_PORT) $(BENCH_SMALL_VAR)

fuzz: deps
	@$(MAKE) --no-print-directory -j2 $(FUZZ_SRC:tests/fuzz/%.c=build/fuzz/%)
	@mk/proof.sh fuzz $(FUZZ_SECONDS)

test-asan: build-test
	@$(MAKE) --no-print-directory -j2 $(BINS:%=build/asan/%) $(FUZZ_SRC:tests/fuzz/%.c=build/fuzz/%)
	@mk/proof.sh asan

test-valgrind: build-test
	@$(MAKE) --no-print-directory -j2 $(FUZZ_SRC:tests/fuzz/%.c=build/fuzz/%)
	@mk/proof.sh valgrind
