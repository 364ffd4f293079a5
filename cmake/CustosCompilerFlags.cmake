# Warnings and hardening for every target of the project.
add_compile_options(-Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
                    -Woverloaded-virtual -Wformat=2)
if(CUSTOS_WERROR)
    add_compile_options(-Werror)
endif()

# Hardening: stack protector, fortified libc calls, full RELRO and immediate binding.
add_compile_options(-fstack-protector-strong -fstack-clash-protection -fcf-protection)
add_compile_definitions($<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=3>)
add_link_options(-Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

add_compile_definitions(QT_NO_KEYWORDS QT_NO_FOREACH QT_NO_URL_CAST_FROM_STRING
                        QT_USE_QSTRINGBUILDER)

# mold links the test programs and executables several times faster than ld.bfd, which matters on
# a first run with two cores; it is in the build root, and used wherever it is installed.
find_program(CUSTOS_MOLD mold)
if(CUSTOS_MOLD)
    add_link_options(-fuse-ld=mold)
endif()
