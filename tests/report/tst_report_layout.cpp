// The layout pass of the report, checked on its laid-out pages before anything is painted: no
// text overlaps other text or leaves the page body, tables repeat their headers across page
// breaks, long text wraps, and the chart's axis and day helpers compute what they should.
#include "tests/report/ReportFixtures.h"
#include "tests/support/CustosTest.h"

#include "ui/report/DailyChart.h"
#include "ui/report/ReportComposer.h"
#include "ui/report/TableWriter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

#include <algorithm>
#include <memory>

using namespace custos;
using namespace custos::report;
using namespace custos::test::report;

namespace {

// The renderer's device: an A4 PDF at 720 dpi with no margins, so the measures match the real run.
std::unique_ptr<QPdfWriter> a4Device(QBuffer &buffer)
{
    auto writer = std::make_unique<QPdfWriter>(&buffer);
    writer->setResolution(720);
    writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                      QPageLayout::Millimeter));
    return writer;
}

QRectF itemRect(const PageItem &item)
{
    if (const auto *text = std::get_if<PageText>(&item))
        return text->rect;
    if (const auto *box = std::get_if<PageBox>(&item))
        return box->rect;
    const QLineF line = std::get<PageLine>(item).line;
    return QRectF(line.p1(), line.p2()).normalized();
}

QString describe(const QRectF &rect)
{
    return QStringLiteral("(%1, %2; %3 x %4)")
        .arg(rect.x())
        .arg(rect.y())
        .arg(rect.width())
        .arg(rect.height());
}

QString describe(const PageItem &item)
{
    if (const auto *text = std::get_if<PageText>(&item))
        return QStringLiteral("text '%1' %2").arg(text->text, describe(text->rect));
    if (std::holds_alternative<PageBox>(item))
        return QStringLiteral("box ") + describe(itemRect(item));
    return QStringLiteral("line ") + describe(itemRect(item));
}

// QRectF::contains refuses a zero-width rect, which a vertical rule is.
bool inside(const QRectF &outer, const QRectF &inner)
{
    return inner.left() >= outer.left() && inner.right() <= outer.right() && inner.top() >= outer.top() &&
           inner.bottom() <= outer.bottom();
}

QStringList pageTexts(const Page &page)
{
    QStringList texts;
    for (const PageItem &item : page.items)
        if (const auto *text = std::get_if<PageText>(&item))
            texts.append(text->text);
    return texts;
}

} // namespace

class tst_report_layout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nothingOverlapsOrLeavesTheBody_data();
    void nothingOverlapsOrLeavesTheBody();
    void rowTallerThanAPageSplitsBetweenLines();
    void wrapBreaksLongTokensAndKeepsEveryCharacter_data();
    void wrapBreaksLongTokensAndKeepsEveryCharacter();
    void niceStep_data();
    void niceStep();
    void chartFillsDaysWithoutTraffic();
    void chartStacksActionsInDecisionOrder();

private:
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_device;
    std::unique_ptr<ReportStyle> m_style;
};

void tst_report_layout::initTestCase()
{
    const auto families = ReportFonts::load();
    QVERIFY2(families, qPrintable(families ? QString() : families.error().toString()));
    QVERIFY(m_buffer.open(QIODevice::WriteOnly));
    m_device = a4Device(m_buffer);
    m_style = std::make_unique<ReportStyle>(*m_device, *families);
}

void tst_report_layout::nothingOverlapsOrLeavesTheBody_data()
{
    QTest::addColumn<int>("enforced");
    QTest::addColumn<int>("exceptions");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("minimumPages");
    QTest::newRow("rich") << 600 << 3 << 31 << 10;
    QTest::newRow("5000 enforced rows, 200 exceptions") << 5000 << 200 << 92 << 120;
    QTest::newRow("a year of days") << 10 << 1 << 365 << 3;
    QTest::newRow("one row") << 1 << 0 << 1 << 2;
}

void tst_report_layout::nothingOverlapsOrLeavesTheBody()
{
    QFETCH(int, enforced);
    QFETCH(int, exceptions);
    QFETCH(int, days);
    QFETCH(int, minimumPages);
    QElapsedTimer timer;
    timer.start();
    const QList<Page> pages =
        ReportComposer(*m_style, m_device.get()).compose(richReport({enforced, exceptions, days}));
    qInfo("laid out %lld pages in %lld ms", qlonglong(pages.size()), qlonglong(timer.elapsed()));
    QVERIFY2(pages.size() >= minimumPages, qPrintable(QString::number(pages.size())));
    // A hair of tolerance for floating point; real overlaps are whole points (ten units) or more.
    const qreal epsilon = 0.5;
    const QRectF body = m_style->body().adjusted(-epsilon, -epsilon, epsilon, epsilon);
    for (int p = 0; p < pages.size(); ++p) {
        QVERIFY2(!pages[p].items.isEmpty(), qPrintable(QStringLiteral("page %1 is empty").arg(p + 1)));
        QList<const PageText *> texts;
        for (const PageItem &item : pages[p].items) {
            if (!inside(body, itemRect(item)))
                QFAIL(qPrintable(QStringLiteral("page %1: %2 outside the body %3")
                                     .arg(p + 1)
                                     .arg(describe(item), describe(body))));
            if (const auto *text = std::get_if<PageText>(&item)) {
                QVERIFY(!text->text.isEmpty());
                texts.append(text);
            }
        }
        // Sweep down the page: only texts whose lines overlap vertically can collide.
        std::ranges::sort(texts, {}, [](const PageText *text) { return text->rect.top(); });
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QRectF a = texts[i]->rect.adjusted(epsilon, epsilon, -epsilon, -epsilon);
            for (qsizetype j = i + 1; j < texts.size() && texts[j]->rect.top() + epsilon < a.bottom(); ++j) {
                if (a.intersects(texts[j]->rect.adjusted(epsilon, epsilon, -epsilon, -epsilon)))
                    QFAIL(qPrintable(QStringLiteral("page %1: '%2' overlaps '%3'")
                                         .arg(p + 1)
                                         .arg(texts[i]->text, texts[j]->text)));
            }
        }
    }
}

void tst_report_layout::rowTallerThanAPageSplitsBetweenLines()
{
    PageFlow flow(*m_style, m_device.get());
    QStringList words;
    for (int i = 0; i < 2500; ++i)
        words.append(QStringLiteral("word%1").arg(i));
    TableWriter table(flow, {{QStringLiteral("Key"), 1}, {QStringLiteral("Long value"), 3}});
    table.addRow({QStringLiteral("short"), QStringLiteral("one line")});
    table.addRow({QStringLiteral("huge"), words.join(u' ')});
    table.addRow({QStringLiteral("after"), QStringLiteral("last")});
    table.finish();
    QVERIFY2(flow.pages().size() >= 3, qPrintable(QString::number(flow.pages().size())));
    QString all;
    for (const Page &page : flow.pages()) {
        const QStringList texts = pageTexts(page);
        // Every page of the table starts with its header.
        QCOMPARE(texts.value(0), QStringLiteral("Key"));
        QCOMPARE(texts.value(1), QStringLiteral("Long value"));
        all += texts.mid(2).join(u' ') + u' ';
    }
    // Every word arrives, once and in order.
    const QString expected =
        QStringLiteral("short one line huge ") + words.join(u' ') + QStringLiteral(" after last ");
    QCOMPARE(all.simplified(), expected.simplified());
}

void tst_report_layout::wrapBreaksLongTokensAndKeepsEveryCharacter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qreal>("widthPoints");
    QTest::newRow("a hash in a narrow column")
        << QString(64, u'a') + QStringLiteral("0123456789abcdef") << 60.0;
    QTest::newRow("prose") << QStringLiteral("the quick brown fox jumps over the lazy dog ").repeated(20)
                           << 150.0;
    QTest::newRow("Unicode") << kRequester.repeated(8) << 80.0;
}

void tst_report_layout::wrapBreaksLongTokensAndKeepsEveryCharacter()
{
    QFETCH(QString, text);
    QFETCH(qreal, widthPoints);
    PageFlow flow(*m_style, m_device.get());
    const qreal width = m_style->pt(widthPoints);
    const QStringList lines = flow.wrap(text, m_style->mono(), width);
    QVERIFY(lines.size() > 1);
    for (const QString &line : lines)
        QVERIFY2(flow.textWidth(line, m_style->mono()) <= width + 0.5, qPrintable(line));
    QString joined = lines.join(QString());
    QCOMPARE(joined.remove(u' '), QString(text).remove(u' '));
}

void tst_report_layout::niceStep_data()
{
    QTest::addColumn<qint64>("maximum");
    QTest::addColumn<qint64>("step");
    QTest::newRow("empty") << qint64(0) << qint64(1);
    QTest::newRow("tiny") << qint64(3) << qint64(1);
    QTest::newRow("seven") << qint64(7) << qint64(2);
    QTest::newRow("hundred") << qint64(100) << qint64(20);
    QTest::newRow("odd") << qint64(1234) << qint64(500);
    QTest::newRow("large") << qint64(98765) << qint64(20000);
}

void tst_report_layout::niceStep()
{
    QFETCH(qint64, maximum);
    QFETCH(qint64, step);
    QCOMPARE(DailyChart::niceStep(maximum, 5), step);
}

void tst_report_layout::chartFillsDaysWithoutTraffic()
{
    const QList<audit::DayCounts> days{{QDate(2026, 10, 3), {{QStringLiteral("allow"), 4}}},
                                       {QDate(2026, 10, 1), {{QStringLiteral("block"), 2}}},
                                       {QDate(2026, 10, 3), {{QStringLiteral("allow"), 1}}},
                                       {QDate(), {{QStringLiteral("allow"), 99}}}};
    const QList<audit::DayCounts> filled = DailyChart::continuous(days);
    QCOMPARE(filled.size(), 3);
    QCOMPARE(filled[0].day, QDate(2026, 10, 1));
    QCOMPARE(filled[1].day, QDate(2026, 10, 2));
    QVERIFY(filled[1].byAction.isEmpty());
    QCOMPARE(filled[2].byAction.value(QStringLiteral("allow")), qint64(5));
}

void tst_report_layout::chartStacksActionsInDecisionOrder()
{
    const QList<audit::DayCounts> days{
        {QDate(2026, 10, 1),
         {{QStringLiteral("block"), 1}, {QStringLiteral("zeta"), 1}, {QStringLiteral("allow"), 1}}},
        {QDate(2026, 10, 2), {{QStringLiteral("alpha"), 1}, {QStringLiteral("redact"), 1}}}};
    QCOMPARE(DailyChart::actionOrder(days),
             QStringList({QStringLiteral("allow"), QStringLiteral("redact"), QStringLiteral("block"),
                          QStringLiteral("alpha"), QStringLiteral("zeta")}));
}

CUSTOS_TEST_MAIN(tst_report_layout)
#include "tst_report_layout.moc"
