# mailer.mk - the delivery worker, build/<flavour>/liaison-mailer, linked
# against the flavour's libliaison.a like liaison and liaison-ctl.  Its
# objects come from the Makefile's own build/<flavour>/%.o rules.  Adding
# it to BINS makes `make build`, `make build-test` (and everything else
# that builds $(BINS)) build it; scripts/stack.sh starts it when it exists.
BINS += liaison-mailer

MAILER_ASAN = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined

define mailer_bin
build/$(1)/liaison-mailer: build/$(1)/app/mailer/main.o build/$(1)/libliaison.a
	$$(CC) $(2) -o $$@ $$^ $$(LIBS)
endef
$(eval $(call mailer_bin,prod,$(CFLAGS)))
$(eval $(call mailer_bin,test,$(CFLAGS) -DLIAISON_TEST))
$(eval $(call mailer_bin,asan,$(MAILER_ASAN) -DLIAISON_TEST))
