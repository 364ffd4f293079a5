#include "core/policy/PolicyRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;

namespace {

Policy load(const QByteArray &yaml)
{
    auto policy = Policy::fromYaml(yaml, QStringLiteral("test.yaml"));
    if (!policy)
        qFatal("fixture does not load: %s", qPrintable(policy.error().front().toString()));
    return *policy;
}

const QByteArray first = "id: repo\ntitle: First\nrules:\n  - {id: a, action: monitor}\n";
const QByteArray second = "id: repo\ntitle: Second\nrules:\n  - {id: a, action: allow}\n";

} // namespace

class TestPolicyRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishesOnceAndReadOnly()
    {
        QTemporaryDir dir;
        PolicyRepository repository(dir.filePath(QStringLiteral("versions")));
        const Policy policy = load(first);
        const QDateTime at = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);
        const auto published =
            repository.publish(policy, QStringLiteral("initial"), QStringLiteral("alice"), at);
        QVERIFY2(published, published ? "" : qPrintable(published.error().toString()));
        QCOMPARE(published->hash, policy.hash());
        QCOMPARE(published->policyId, QStringLiteral("repo"));
        QVERIFY(repository.contains(policy.hash()));

        const QString yaml = repository.directory() + u'/' + policy.hash() + u".yaml";
        QVERIFY(QFile::exists(yaml));
        QVERIFY(!(QFile::permissions(yaml) &
                  (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther)));

        // A second publish of the same content is refused, whatever the comment.
        const auto again = repository.publish(policy, QStringLiteral("again"), QStringLiteral("bob"));
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(u"immutable"), qPrintable(again.error().toString()));
        const auto metadata = repository.version(policy.hash());
        QVERIFY(metadata);
        QCOMPARE(metadata->author, QStringLiteral("alice"));
        QCOMPARE(metadata->comment, QStringLiteral("initial"));
        QCOMPARE(metadata->publishedAt, at);
    }

    void listsAndLoadsVersions()
    {
        QTemporaryDir dir;
        PolicyRepository repository(dir.path());
        const Policy a = load(first);
        const Policy b = load(second);
        QVERIFY(repository.publish(a, {}, QStringLiteral("alice"),
                                   QDateTime::fromSecsSinceEpoch(1000, QTimeZone::UTC)));
        QVERIFY(repository.publish(b, {}, QStringLiteral("bob"),
                                   QDateTime::fromSecsSinceEpoch(2000, QTimeZone::UTC)));
        const auto versions = repository.versions();
        QCOMPARE(versions.size(), 2u);
        QCOMPARE(versions[0].hash, a.hash());
        QCOMPARE(versions[1].hash, b.hash());
        const auto loaded = repository.load(b.hash());
        QVERIFY(loaded);
        QCOMPARE(loaded->hash(), b.hash());
        QCOMPARE(loaded->title(), QStringLiteral("Second"));
    }

    void detectsAlteredVersions()
    {
        QTemporaryDir dir;
        PolicyRepository repository(dir.path());
        const Policy a = load(first);
        QVERIFY(repository.publish(a, {}, QStringLiteral("alice")));
        const QString yaml = dir.filePath(a.hash() + u".yaml");
        QFile::setPermissions(yaml, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile file(yaml);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(second);
        file.close();
        const auto loaded = repository.load(a.hash());
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(u"altered"), qPrintable(loaded.error().toString()));
    }

    void rejectsBadHashes()
    {
        QTemporaryDir dir;
        PolicyRepository repository(dir.path());
        QVERIFY(!repository.load(QStringLiteral("../etc/passwd")));
        QVERIFY(!repository.contains(QStringLiteral("abc")));
        QVERIFY(!repository.version(QString(64, u'0')));
    }
};

QTEST_GUILESS_MAIN(TestPolicyRepository)
#include "tst_policy_repository.moc"
