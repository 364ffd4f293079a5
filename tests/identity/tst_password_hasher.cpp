#include "tests/support/CustosTest.h"

#include "core/identity/PasswordHasher.h"

#include <QTest>

namespace tst_password_hasher {

using custos::PasswordHasher;

// Tests use a small cost so the suite stays quick; the default cost is checked separately.
class TestPasswordHasher : public QObject
{
    Q_OBJECT
    const PasswordHasher fastHasher{PasswordHasher::Cost{10, 8, 1}};

private Q_SLOTS:
    void rightPasswordVerifies()
    {
        const auto stored = fastHasher.hash(QStringLiteral("correct horse battery"));
        QVERIFY(stored);
        QVERIFY(stored->startsWith(u"$scrypt$ln=10,r=8,p=1$"));
        QCOMPARE(fastHasher.verify(QStringLiteral("correct horse battery"), *stored).value(), true);
    }

    void wrongPasswordFails_data()
    {
        QTest::addColumn<QString>("attempt");
        QTest::newRow("one letter off") << QStringLiteral("correct horse batterz");
        QTest::newRow("case") << QStringLiteral("Correct horse battery");
        QTest::newRow("prefix") << QStringLiteral("correct horse batter");
        QTest::newRow("empty") << QString();
    }
    void wrongPasswordFails()
    {
        QFETCH(QString, attempt);
        const auto stored = fastHasher.hash(QStringLiteral("correct horse battery"));
        QCOMPARE(fastHasher.verify(attempt, *stored).value(), false);
    }

    void saltsDiffer()
    {
        const auto first = fastHasher.hash(QStringLiteral("same password 1"));
        const auto second = fastHasher.hash(QStringLiteral("same password 1"));
        QVERIFY(first && second);
        QVERIFY(*first != *second);
    }

    void shortPasswordRefused()
    {
        const auto stored = fastHasher.hash(QStringLiteral("short"));
        QVERIFY(!stored);
        QVERIFY(stored.error().message.contains(u"at least"));
    }

    void malformedHashIsAnErrorNotAMatch_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain text") << QStringLiteral("hunter2hunter2");
        QTest::newRow("bad cost") << QStringLiteral("$scrypt$ln=99,r=8,p=1$AAAAAAAAAAAAAAAA$AAAA");
        QTest::newRow("short hash") << QStringLiteral("$scrypt$ln=10,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA");
    }
    void malformedHashIsAnErrorNotAMatch()
    {
        QFETCH(QString, stored);
        QVERIFY(!fastHasher.verify(QStringLiteral("anything at all"), stored));
    }

    void weakerHashNeedsRehash()
    {
        const auto weak = fastHasher.hash(QStringLiteral("correct horse battery"));
        QVERIFY(PasswordHasher().needsRehash(*weak));
        QVERIFY(!fastHasher.needsRehash(*weak));
    }

    void defaultCostIsSlowKdf()
    {
        // The default must stay a memory-hard cost: 2^16 iterations with r=8 is 64 MiB per hash.
        const auto stored = PasswordHasher().hash(QStringLiteral("correct horse battery"));
        QVERIFY(stored);
        QVERIFY(stored->startsWith(u"$scrypt$ln=16,r=8,p=1$"));
        QCOMPARE(PasswordHasher().verify(QStringLiteral("correct horse battery"), *stored).value(), true);
    }
};

} // namespace tst_password_hasher

CUSTOS_GUILESS_TEST_MAIN(tst_password_hasher::TestPasswordHasher)
#include "tst_password_hasher.moc"
