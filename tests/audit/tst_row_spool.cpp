// The audit spool keeps ledger rows on disk only encrypted: its file never holds a cell's text, and
// a file changed or cut short is an error naming the damage, never rows of garbage.
#include "tests/support/CustosTest.h"

#include "core/audit/RowSpool.h"

#include <QFile>
#include <QtEndian>

namespace tst_row_spool {

using namespace custos::audit;
using namespace Qt::StringLiterals;

namespace {

const QString kSecretCell = u"AKIAQWERTYUIOPASDFGH blocked in interaction"_s;

QStringList rowNumber(int i)
{
    return {u"fail_open"_s, QString::number(1000 + i), u"2026-03-01T10:00:00.000Z"_s,
            kSecretCell + QString::number(i)};
}

// Enough rows for several chunks.
constexpr int kRows = 6000;

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestRowSpool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsComeBackAndTheFileHoldsNoCellText()
    {
        RowSpool spool;
        for (int i = 0; i < kRows; ++i)
            QVERIFY(spool.append(rowNumber(i)));
        QVERIFY(spool.rewind());
        const QByteArray onDisk = fileBytes(spool.fileName());
        QVERIFY(onDisk.size() > 2 * RowSpool::kChunkBytes);
        // QDataStream writes strings as UTF-16; look for both encodings, and for the short number cells.
        const QString needle = u"AKIAQWERTYUIOPASDFGH"_s;
        QVERIFY(!onDisk.contains(needle.toUtf8()));
        QVERIFY(
            !onDisk.contains(QByteArray(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2)));
        QByteArray bigEndian;
        for (const QChar c : needle)
            bigEndian.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
        QVERIFY(!onDisk.contains(bigEndian));
        QVERIFY(!onDisk.contains("fail_open"));

        QStringList cells;
        for (int i = 0; i < kRows; ++i) {
            QVERIFY2(spool.next(cells), qPrintable(QString::number(i)));
            QCOMPARE(cells, rowNumber(i));
        }
        QVERIFY(!spool.next(cells));
        QVERIFY(spool.checkAllRead());

        // A second pass reads the same rows again.
        QVERIFY(spool.rewind());
        QVERIFY(spool.next(cells));
        QCOMPARE(cells, rowNumber(0));
    }

    void anEmptySpoolHasNoFile()
    {
        RowSpool spool;
        QVERIFY(spool.rewind());
        QStringList cells;
        QVERIFY(!spool.next(cells));
        QVERIFY(spool.checkAllRead());
        QVERIFY(spool.fileName().isEmpty());
    }

    void damagedSpoolIsAnError_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("named");
        QTest::newRow("a byte flipped in the first chunk")
            << u"flip-first"_s << u"fails its authentication"_s;
        QTest::newRow("a byte flipped in the last chunk") << u"flip-last"_s << u"fails its authentication"_s;
        QTest::newRow("cut inside a chunk") << u"cut"_s << u"cut short"_s;
        QTest::newRow("cut after the first chunk") << u"cut-at-chunk"_s << u"cut short"_s;
        QTest::newRow("first two chunks swapped") << u"swap"_s << u"fails its authentication"_s;
        QTest::newRow("bytes appended") << u"append"_s << u"after its last chunk"_s;
    }

    void damagedSpoolIsAnError()
    {
        QFETCH(QString, damage);
        QFETCH(QString, named);
        RowSpool spool;
        for (int i = 0; i < kRows; ++i)
            QVERIFY(spool.append(rowNumber(i)));
        QVERIFY(spool.rewind());
        QByteArray bytes = fileBytes(spool.fileName());
        const qsizetype firstChunk = 4 + qFromBigEndian<quint32>(bytes.constData());
        const qsizetype secondChunk = 4 + qFromBigEndian<quint32>(bytes.constData() + firstChunk);
        if (damage == u"flip-first")
            bytes[100] = char(bytes[100] ^ 0x01);
        else if (damage == u"flip-last")
            bytes[bytes.size() - 5] = char(bytes[bytes.size() - 5] ^ 0x80);
        else if (damage == u"cut")
            bytes.chop(10);
        else if (damage == u"cut-at-chunk")
            bytes.truncate(firstChunk);
        else if (damage == u"swap")
            bytes = bytes.mid(firstChunk, secondChunk) + bytes.left(firstChunk) +
                    bytes.mid(firstChunk + secondChunk);
        else if (damage == u"append")
            bytes.append(QByteArray(8, '\0'));
        QVERIFY(writeBytes(spool.fileName(), bytes));

        QStringList cells;
        qint64 read = 0;
        while (spool.next(cells)) {
            QCOMPARE(cells, rowNumber(int(read)));
            ++read;
        }
        const auto checked = spool.checkAllRead();
        QVERIFY2(!checked, qPrintable(damage));
        QVERIFY2(checked.error().message.contains(u"damaged"_s), qPrintable(checked.error().message));
        QVERIFY2(checked.error().message.contains(named), qPrintable(checked.error().message));
        QCOMPARE(checked.error().file, spool.fileName());
    }
};

} // namespace tst_row_spool

CUSTOS_GUILESS_TEST_MAIN(tst_row_spool::TestRowSpool)
#include "tst_row_spool.moc"
