# `format` rewrites the sources with clang-format; `format-check` fails when any file would change.
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format clang-format-19)
if(NOT CLANG_FORMAT_EXECUTABLE)
    return()
endif()
file(GLOB_RECURSE CUSTOS_FORMATTED_SOURCES CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
     ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
     ${PROJECT_SOURCE_DIR}/gateway/*.cpp ${PROJECT_SOURCE_DIR}/gateway/*.h
     ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
     ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
add_custom_target(format COMMAND ${CLANG_FORMAT_EXECUTABLE} -i ${CUSTOS_FORMATTED_SOURCES}
                  COMMENT "Formatting sources with clang-format" VERBATIM)
add_custom_target(format-check COMMAND ${CLANG_FORMAT_EXECUTABLE} --dry-run -Werror ${CUSTOS_FORMATTED_SOURCES}
                  COMMENT "Checking source formatting" VERBATIM)
add_test(NAME format_check COMMAND ${CMAKE_COMMAND} --build ${CMAKE_BINARY_DIR} --target format-check)
