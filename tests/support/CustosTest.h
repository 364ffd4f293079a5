#pragma once

#include <QObject>
#include <QTest>

#include <memory>

// Qt Test classes are compiled into a few suite executables, one per area, so the build parses Qt's
// headers, runs moc and links once per area instead of once per class. Each class still is its own
// ctest test: the suite runs the class named by its first argument (the file's name, tst_...).
// Outside a suite (a class that runs alone, or a one-off build) the macros are Qt's own mains.
namespace custos::test {

using TestFactory = std::unique_ptr<QObject> (*)();

// Registers the class defined in `sourceFile` under that file's base name.
bool registerTestClass(const char *sourceFile, TestFactory factory);

} // namespace custos::test

#define CUSTOS_TEST_CONCAT_(a, b) a##b
#define CUSTOS_TEST_CONCAT(a, b) CUSTOS_TEST_CONCAT_(a, b)

#ifdef CUSTOS_TEST_SUITE
#define CUSTOS_TEST_REGISTER_(Class)                                                                         \
    [[maybe_unused]] static const bool CUSTOS_TEST_CONCAT(custosTestRegistered, __COUNTER__) =               \
        custos::test::registerTestClass(__FILE__, [] { return std::unique_ptr<QObject>(new Class); });
#define CUSTOS_TEST_MAIN(Class) CUSTOS_TEST_REGISTER_(Class)
#define CUSTOS_GUILESS_TEST_MAIN(Class) CUSTOS_TEST_REGISTER_(Class)
#else
#define CUSTOS_TEST_MAIN(Class) QTEST_MAIN(Class)
#define CUSTOS_GUILESS_TEST_MAIN(Class) QTEST_GUILESS_MAIN(Class)
#endif
