# The fuzz build (CUSTOS_FUZZ): every library is instrumented for libFuzzer's coverage and checked by
# AddressSanitizer and UndefinedBehaviorSanitizer; the targets themselves link libFuzzer
# (tests/fuzz/CMakeLists.txt). Undefined behaviour aborts, so the fuzzer keeps it as a crash.
# Fortified libc calls are off: they would bypass the sanitizers' own checks of those calls.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CUSTOS_FUZZ needs clang (libFuzzer); configure with -DCMAKE_CXX_COMPILER=clang++")
endif()
set(CUSTOS_FUZZ_SANITIZERS address,undefined)
add_compile_options(-fsanitize=fuzzer-no-link,${CUSTOS_FUZZ_SANITIZERS} -fno-sanitize-recover=undefined
                    -fno-omit-frame-pointer -g -U_FORTIFY_SOURCE)
add_link_options(-fsanitize=${CUSTOS_FUZZ_SANITIZERS})
