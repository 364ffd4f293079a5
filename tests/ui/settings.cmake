# The settings section's tests; included by tests/ui/CMakeLists.txt.
custos_add_qtest(tst_settings_panel
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/settings/tst_settings_panel.cpp
    LIBS custos_ui)
