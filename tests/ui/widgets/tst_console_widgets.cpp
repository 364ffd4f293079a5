#include "tests/support/CustosTest.h"

#include "ui/widgets/ConsoleHeader.h"
#include "ui/widgets/DecisionChipDelegate.h"
#include "ui/widgets/EmptyStateLabel.h"
#include "ui/widgets/TwoLineItemDelegate.h"

#include <QDir>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

// The console's shared look: two-line rule entries, decision chips, empty states and the header.
namespace tst_console_widgets {

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

struct InkBand
{
    int top = 0;
    int bottom = 0;
    int darkest = 255; // the lowest grey value in the band: how dark its text is drawn
};

// Rows of `image` holding text (any pixel darker than `threshold`), grouped into bands of
// consecutive rows.
QList<InkBand> inkBands(const QImage &image, int threshold)
{
    QList<InkBand> bands;
    bool inBand = false;
    for (int y = 0; y < image.height(); ++y) {
        int darkest = 255;
        for (int x = 0; x < image.width(); ++x)
            darkest = qMin(darkest, qGray(image.pixel(x, y)));
        if (darkest < threshold) {
            if (!inBand)
                bands.append({y, y, darkest});
            inBand = true;
            bands.last().bottom = y;
            bands.last().darkest = qMin(bands.last().darkest, darkest);
        } else {
            inBand = false;
        }
    }
    return bands;
}

QStyleOptionViewItem optionFor(QAbstractItemView &view, const QRect &rect)
{
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.rect = rect;
    option.font = view.font();
    option.state = QStyle::State_Enabled;
    option.palette.setColor(QPalette::Base, Qt::white);
    option.palette.setColor(QPalette::Text, Qt::black);
    return option;
}

QImage paintCell(QStyledItemDelegate &delegate, QAbstractItemView &view, const QModelIndex &index, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    delegate.paint(&painter, optionFor(view, QRect(QPoint(0, 0), size)), index);
    painter.end();
    return image;
}

bool containsColor(const QImage &image, const QColor &color)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) == color)
                return true;
        }
    }
    return false;
}

} // namespace

class TestConsoleWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A rule reads as one entry: its id in the view's font, and beneath it, smaller and lighter,
    // the action and direction.
    void aRuleEntryPaintsItsIdAndALighterSmallerSubtitle()
    {
        QStandardItemModel model;
        auto *item = new QStandardItem(u"block-secrets"_s);
        item->setData(u"block · request"_s, TwoLineItemDelegate::SubtitleRole);
        model.appendRow(item);
        QListView view;
        view.setModel(&model);
        TwoLineItemDelegate delegate;
        const QStyleOptionViewItem option = optionFor(view, QRect(0, 0, 240, 80));
        const QSize hint = delegate.sizeHint(option, model.index(0, 0));
        const QFontMetrics title(view.font());
        const QFontMetrics subtitle(TwoLineItemDelegate::subtitleFont(view.font()));
        QVERIFY(subtitle.height() < title.height());
        QCOMPARE(hint.height(), title.height() + subtitle.height() + 2 * TwoLineItemDelegate::padding(title));

        const QImage image = paintCell(delegate, view, model.index(0, 0), QSize(240, hint.height()));
        const QList<InkBand> bands = inkBands(image, 200);
        QCOMPARE(bands.size(), 2); // two lines of text, nothing else dark (the separator is a hairline)
        QVERIFY(bands[0].bottom < bands[1].top);
        QVERIFY2(bands[0].darkest + 40 < bands[1].darkest,
                 qPrintable(u"title %1, subtitle %2"_s.arg(bands[0].darkest).arg(bands[1].darkest)));
        QVERIFY(bands[0].top >= TwoLineItemDelegate::padding(title) / 2); // space above the id
    }

    void anEntryWithoutSubtitleIsOneLine()
    {
        QStandardItemModel model;
        model.appendRow(new QStandardItem(u"alone"_s));
        QListView view;
        view.setModel(&model);
        TwoLineItemDelegate delegate;
        const QFontMetrics title(view.font());
        const QSize hint = delegate.sizeHint(optionFor(view, QRect(0, 0, 200, 60)), model.index(0, 0));
        QCOMPARE(hint.height(), title.height() + 2 * TwoLineItemDelegate::padding(title));
        QCOMPARE(
            inkBands(paintCell(delegate, view, model.index(0, 0), QSize(200, hint.height())), 200).size(), 1);
    }

    void aDecisionIsAChipWithItsWord_data()
    {
        QTest::addColumn<QString>("decision");
        QTest::addColumn<bool>("chip");
        QTest::newRow("allow") << u"allow"_s << true;
        QTest::newRow("monitor") << u"monitor"_s << true;
        QTest::newRow("redact") << u"redact"_s << true;
        QTest::newRow("reroute") << u"reroute"_s << true;
        QTest::newRow("require_exception") << u"require_exception"_s << true;
        QTest::newRow("block") << u"block"_s << true;
        QTest::newRow("erased event") << u"(erased)"_s << false;
        QTest::newRow("no decision") << QString() << false;
    }

    // The colour repeats what the word says: the chip's fill is there, and white text inside it.
    void aDecisionIsAChipWithItsWord()
    {
        QFETCH(QString, decision);
        QFETCH(bool, chip);
        QStandardItemModel model;
        model.appendRow(new QStandardItem(decision));
        QTableView view;
        view.setModel(&model);
        DecisionChipDelegate delegate;
        const QColor fill = DecisionChipDelegate::chipColor(decision);
        QCOMPARE(fill.isValid(), chip);
        const QSize size(delegate.sizeHint(optionFor(view, QRect(0, 0, 10, 10)), model.index(0, 0)).width() +
                             8,
                         view.fontMetrics().height() + 6);
        const QImage image = paintCell(delegate, view, model.index(0, 0), size);
        if (!chip) {
            // Plain dark text on the page, as any other cell.
            QCOMPARE(inkBands(image, 128).size(), decision.isEmpty() ? 0 : 1);
            for (const QString &other : {u"block"_s, u"allow"_s, u"redact"_s})
                QVERIFY(!containsColor(image, DecisionChipDelegate::chipColor(other)));
            return;
        }
        QVERIFY2(containsColor(image, fill), qPrintable(decision));
        // Text in the chip: pixels that are neither the fill nor the white page, inside the fill's rows.
        int textPixels = 0;
        const int middle = size.height() / 2;
        for (int x = 0; x < size.width(); ++x) {
            const QColor pixel = image.pixelColor(x, middle);
            if (pixel != fill && qGray(pixel.rgb()) > qGray(fill.rgb()) + 60 && x > size.height() / 2 &&
                x < size.width() - size.height())
                ++textPixels;
        }
        QVERIFY2(textPixels > 3, qPrintable(u"%1 light text pixels"_s.arg(textPixels)));
    }

    void decisionColoursDifferFromEachOther()
    {
        const QStringList decisions{u"allow"_s,   u"monitor"_s,           u"redact"_s,
                                    u"reroute"_s, u"require_exception"_s, u"block"_s};
        QSet<QRgb> colors;
        for (const QString &decision : decisions) {
            const QColor color = DecisionChipDelegate::chipColor(decision);
            QVERIFY(qGray(color.rgb()) < 128); // white text stays readable
            colors.insert(color.rgb());
        }
        QCOMPARE(colors.size(), decisions.size());
    }

    // The empty state is there while the model has no rows and leaves with the first row.
    void anEmptyTableSaysWhatToDo()
    {
        QStandardItemModel model(0, 2);
        QTableView view;
        view.setObjectName(u"records"_s);
        view.setModel(&model);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        EmptyStateLabel *label = EmptyStateLabel::attach(&view, u"Nothing yet. Add one below."_s);
        QCOMPARE(label->objectName(), u"records-empty"_s);
        QVERIFY(label->isShown());
        QCOMPARE(label->text(), u"Nothing yet. Add one below."_s);
        QVERIFY(label->isVisibleTo(&view));
        QVERIFY(view.viewport()->rect().contains(label->geometry().center()));

        model.appendRow({new QStandardItem(u"a"_s), new QStandardItem(u"b"_s)});
        QVERIFY(!label->isShown());
        model.removeRow(0);
        QVERIFY(label->isShown());
        model.appendRow(new QStandardItem(u"c"_s));
        model.clear(); // a reset
        QVERIFY(label->isShown());

        QStandardItemModel filled;
        filled.appendRow(new QStandardItem(u"x"_s));
        view.setModel(&filled); // a new model, noticed at the viewport's next event
        QTRY_VERIFY(!label->isShown());
        filled.removeRow(0);
        QVERIFY(label->isShown());
        view.resize(600, 200);
        QTRY_VERIFY(view.viewport()->rect().contains(label->geometry().center()));
    }

    void theHeaderShowsTheGateway_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("expected");
        QTest::newRow("stopped") << QString() << QString() << u"Gateway stopped"_s;
        QTest::newRow("listening") << u"http://127.0.0.1:8787/v1"_s << QString()
                                   << u"Gateway listening on http://127.0.0.1:8787/v1"_s;
        QTest::newRow("port in use") << QString() << u"port 8787 is in use"_s
                                     << u"Gateway not listening: port 8787 is in use"_s;
        QTest::newRow("kept its address")
            << u"http://127.0.0.1:8787/v1"_s << u"port 9000 is in use"_s
            << u"Gateway listening on http://127.0.0.1:8787/v1; the new address "
               u"failed: port 9000 is in use"_s;
    }

    void theHeaderShowsTheGateway()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QString, problem);
        QFETCH(QString, expected);
        ConsoleHeader header;
        header.setGatewayState(baseUrl, problem);
        QCOMPARE(header.gatewayText(), expected);
    }

    void theHeaderShowsTheStoreAndTheUser()
    {
        ConsoleHeader header;
        QCOMPARE(header.userText(), u"Not signed in"_s);
        QCOMPARE(header.storeText(), u"Store: none open"_s);
        header.setUser(u"alice"_s, {u"approver"_s, u"auditor"_s});
        QCOMPARE(header.userText(), u"Signed in as alice (approver, auditor)"_s);
        header.setStorePath(u"/var/lib/custos/evidence.db"_s);
        QCOMPARE(header.storeText(), u"Store: /var/lib/custos/evidence.db"_s);
        header.setStorePath(QDir::homePath() + u"/.local/share/Custos/evidence.db"_s);
        QCOMPARE(header.storeText(), u"Store: ~/.local/share/Custos/evidence.db"_s);

        // A long path keeps its start and its file name, and the tooltip keeps all of it.
        const QString deep = u"/srv/"_s + QString(u"nested-folder/"_s).repeated(12) + u"evidence.db"_s;
        header.setStorePath(deep);
        QVERIFY(header.storeText().size() < 80);
        QVERIFY(header.storeText().contains(u'…'));
        QVERIFY(header.storeText().endsWith(u"evidence.db"_s));
        QCOMPARE(header.findChild<QLabel *>(u"headerStore"_s)->toolTip(), deep);
    }
};

} // namespace tst_console_widgets

CUSTOS_TEST_MAIN(tst_console_widgets::TestConsoleWidgets)
#include "tst_console_widgets.moc"
