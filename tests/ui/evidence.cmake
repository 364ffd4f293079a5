# The evidence browser's tests; included by tests/ui/CMakeLists.txt.
custos_add_qtest(tst_evidence_browser
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/evidence/tst_evidence_browser.cpp
    LIBS custos_ui)
