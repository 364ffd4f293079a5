#include "tests/support/CustosTest.h"

#include "core/exceptions/ExceptionScope.h"

#include <QJsonArray>
#include <QTest>

namespace tst_exception_scope {

using namespace custos;

class TestExceptionScope : public QObject
{
    Q_OBJECT

    static ExceptionScope scope(QStringList users, QStringList classes)
    {
        ExceptionScope result;
        result.rules = {QStringLiteral("r1")};
        result.users = std::move(users);
        result.dataClasses = std::move(classes);
        return result;
    }

private Q_SLOTS:
    void covers_data()
    {
        QTest::addColumn<QStringList>("users");
        QTest::addColumn<QStringList>("classes");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("hitClasses");
        QTest::addColumn<bool>("covered");
        QTest::newRow("any user") << QStringList{} << QStringList{} << "r1" << "bob" << QStringList{"PII"}
                                  << true;
        QTest::newRow("named user") << QStringList{"bob"} << QStringList{} << "r1" << "bob" << QStringList{}
                                    << true;
        QTest::newRow("other user") << QStringList{"bob"} << QStringList{} << "r1" << "eve" << QStringList{}
                                    << false;
        QTest::newRow("other rule") << QStringList{} << QStringList{} << "r2" << "bob" << QStringList{}
                                    << false;
        QTest::newRow("class allowed")
            << QStringList{} << QStringList{"PII"} << "r1" << "bob" << QStringList{"PII"} << true;
        QTest::newRow("extra class") << QStringList{} << QStringList{"PII"} << "r1" << "bob"
                                     << QStringList{"PII", "SECRET"} << false;
    }
    void covers()
    {
        QFETCH(QStringList, users);
        QFETCH(QStringList, classes);
        QFETCH(QString, rule);
        QFETCH(QString, user);
        QFETCH(QStringList, hitClasses);
        QFETCH(bool, covered);
        ExceptionSubject subject{
            rule, user, QStringLiteral("svc"), QStringLiteral("m"), QStringLiteral("route"), hitClasses,
            {},   {}};
        QCOMPARE(scope(users, classes).covers(subject), covered);
    }

    void narrowing()
    {
        QVERIFY(scope({QStringLiteral("bob")}, {}).isWithin(scope({}, {})));
        QVERIFY(!scope({}, {}).isWithin(scope({QStringLiteral("bob")}, {})));
        QVERIFY(!scope({QStringLiteral("bob"), QStringLiteral("eve")}, {})
                     .isWithin(scope({QStringLiteral("bob")}, {})));
    }

    void jsonRoundTripAndErrors()
    {
        const ExceptionScope original = scope({QStringLiteral("bob")}, {QStringLiteral("PII")});
        QCOMPARE(ExceptionScope::fromJson(original.toJson()).value(), original);
        QVERIFY(!ExceptionScope::fromJson(QJsonObject{}));
        QVERIFY(!ExceptionScope::fromJson(QJsonObject{{QStringLiteral("rules"), QStringLiteral("r1")}}));
        const auto unknown =
            ExceptionScope::fromJson(QJsonObject{{QStringLiteral("rules"), QJsonArray{QStringLiteral("r1")}},
                                                 {QStringLiteral("colour"), QJsonArray{}}});
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(u"colour"));
    }
};

} // namespace tst_exception_scope

CUSTOS_GUILESS_TEST_MAIN(tst_exception_scope::TestExceptionScope)
#include "tst_exception_scope.moc"
