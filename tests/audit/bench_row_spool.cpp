// bench_row_spool: the cost of keeping the audit spool encrypted. Appends N gap-like rows to a
// RowSpool, rewinds and reads them back, and prints the time of each phase and the file size;
// then does the same with the plaintext QDataStream file the spool used before, as the baseline.
//
//   ./custos.sh exec bench_row_spool [ROWS]   (default 1000000)
#include "core/audit/RowSpool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cstdio>

using namespace custos::audit;
using namespace Qt::StringLiterals;

namespace {

QStringList cellsFor(qint64 i)
{
    return {u"fail_open"_s, QString::number(1000 + i), u"2026-03-01T10:00:00.000Z"_s,
            u"decided fail-open under rule watch-open; the evidence write succeeded"_s};
}

// The unencrypted spool: rows straight into a QDataStream on a temporary file.
void plaintextBaseline(qint64 rows)
{
    QTemporaryFile file;
    if (!file.open())
        return;
    QDataStream stream(&file);
    QElapsedTimer clock;
    clock.start();
    for (qint64 i = 0; i < rows; ++i)
        stream << cellsFor(i);
    file.flush();
    const qint64 writeMs = clock.restart();
    file.seek(0);
    QStringList cells;
    for (qint64 i = 0; i < rows; ++i)
        stream >> cells;
    std::printf("plaintext baseline: write %lld ms  read %lld ms  file %lld bytes\n",
                static_cast<long long>(writeMs), static_cast<long long>(clock.elapsed()),
                static_cast<long long>(file.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qint64 rows = arguments.size() > 1 ? arguments.at(1).toLongLong() : 1'000'000;
    RowSpool spool;
    QElapsedTimer clock;
    clock.start();
    for (qint64 i = 0; i < rows; ++i) {
        if (auto appended = spool.append(cellsFor(i)); !appended) {
            std::fprintf(stderr, "append failed: %s\n", qPrintable(appended.error().toString()));
            return 1;
        }
    }
    const qint64 writeMs = clock.restart();
    if (auto rewound = spool.rewind(); !rewound) {
        std::fprintf(stderr, "rewind failed: %s\n", qPrintable(rewound.error().toString()));
        return 1;
    }
    QStringList cells;
    qint64 read = 0;
    while (spool.next(cells))
        ++read;
    const qint64 readMs = clock.elapsed();
    if (auto checked = spool.checkAllRead(); !checked || read != rows) {
        std::fprintf(stderr, "read back failed: %s\n",
                     checked ? "row count" : qPrintable(checked.error().toString()));
        return 1;
    }
    std::printf("encrypted spool, rows %lld: write %lld ms  read %lld ms  file %lld bytes\n",
                static_cast<long long>(rows), static_cast<long long>(writeMs), static_cast<long long>(readMs),
                static_cast<long long>(QFileInfo(spool.fileName()).size()));
    plaintextBaseline(rows);
    return 0;
}
