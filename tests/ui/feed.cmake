# The live decision feed's tests and benchmark; included by tests/ui/CMakeLists.txt.
custos_add_qtest(tst_decision_feed_model
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/feed/tst_decision_feed_model.cpp
            ${CMAKE_CURRENT_LIST_DIR}/feed/FeedEntryFactory.h
    LIBS custos_ui)
custos_add_qtest(tst_decision_feed_view
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/feed/tst_decision_feed_view.cpp
            ${CMAKE_CURRENT_LIST_DIR}/feed/FeedEntryFactory.h
    LIBS custos_ui)
custos_add_benchmark(bench_feed
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/feed/bench_feed.cpp
            ${CMAKE_CURRENT_LIST_DIR}/feed/FeedEntryFactory.h
    LIBS custos_ui)
# Measures the UI thread, so it runs alone.
custos_add_qtest(tst_feed_stall
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/feed/tst_feed_stall.cpp
            ${CMAKE_CURRENT_LIST_DIR}/feed/FeedEntryFactory.h
    LIBS custos_ui SERIAL)
