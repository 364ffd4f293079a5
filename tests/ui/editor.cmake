# The policy source editor's tests; included by tests/ui/CMakeLists.txt.
custos_add_qtest(tst_policy_source_editor
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/editor/tst_policy_source_editor.cpp
    LIBS custos_ui)
custos_add_qtest(tst_visual_policy_editor
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/editor/tst_visual_policy_editor.cpp
    LIBS custos_ui)
custos_add_qtest(tst_policy_workbench
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/editor/tst_policy_workbench.cpp
    LIBS custos_ui)
