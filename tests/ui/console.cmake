# The console's whole story, offscreen: first run, sections, an exception approved in the inbox.
custos_add_qtest(tst_console_story
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/console/tst_console_story.cpp
    LIBS custos_ui custos_gateway_testsupport)
add_dependencies(tst_console_story custos_stub_upstream)
set_tests_properties(tst_console_story PROPERTIES COST 15)
# An unreachable upstream and a read-only store, as the console shows them.
custos_add_qtest(tst_console_bad_input
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/console/tst_console_bad_input.cpp
    LIBS custos_ui)
