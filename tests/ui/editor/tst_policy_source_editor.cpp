#include "tests/support/CustosTest.h"

#include "ui/policyeditor/PolicySourceEditor.h"
#include "ui/policyeditor/PolicyTextEdit.h"
#include "ui/policyeditor/SyntaxRepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>

namespace tst_policy_source_editor {

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

const QString invalidPolicy = u"version: 1\n"
                              "rules:\n"
                              "  - idd: email\n"
                              "    action: block\n"_s;

const QString validPolicy = u"version: 1\n"
                            "rules:\n"
                            "  - id: email\n"
                            "    action: block\n"_s;

// Stands in for the policy validator: an unknown key "idd" is a problem at its line and column.
struct FakeValidator
{
    int *calls;

    SourceProblems operator()(const QString &text) const
    {
        ++*calls;
        SourceProblems problems;
        const QStringList lines = text.split(u'\n');
        for (qsizetype line = 0; line < lines.size(); ++line) {
            const qsizetype column = lines[line].indexOf(u"idd:"_s);
            if (column >= 0)
                problems.append({int(line) + 1, int(column) + 1, u"unknown key \"idd\""_s});
        }
        return problems;
    }
};

template <typename Widget> Widget *child(QWidget &parent, const QString &objectName)
{
    auto *widget = parent.findChild<Widget *>(objectName);
    if (widget == nullptr)
        qFatal("no widget named %s", qPrintable(objectName));
    return widget;
}

struct Editor
{
    int calls = 0;
    PolicySourceEditor editor;
    QPlainTextEdit *source = child<QPlainTextEdit>(editor, u"policySource"_s);
    QLabel *validity = child<QLabel>(editor, u"policyValidity"_s);
    QListWidget *problems = child<QListWidget>(editor, u"policyProblems"_s);

    Editor()
    {
        editor.setValidationDelay(std::chrono::milliseconds(20));
        editor.setValidator(FakeValidator{&calls});
        editor.resize(640, 420);
        editor.show();
    }
};

// The format the highlighter drew at the first occurrence of `word` in a line.
QTextCharFormat formatAt(const QTextDocument *document, int blockNumber, const QString &word)
{
    const QTextBlock block = document->findBlockByNumber(blockNumber);
    const int column = int(block.text().indexOf(word));
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.start <= column && column < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

class TestPolicySourceEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void highlightsWithThePolicyDefinition()
    {
        QVERIFY(sharedSyntaxRepository().definitionForName(u"YAML"_s).isValid());
        Editor fixture;
        auto *highlighter = fixture.source->document()->findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
        QVERIFY(highlighter != nullptr);
        QCOMPARE(highlighter->definition().name(), u"Custos Policy"_s);
        QVERIFY(highlighter->theme().isValid());
        QCOMPARE(&sharedSyntaxRepository(), &sharedSyntaxRepository());

        // A stopping action is drawn apart from a monitoring one; the keys stay YAML's.
        fixture.editor.setText(u"rules:\n  - id: a\n    action: block\n  - id: b\n    action: monitor\n"_s);
        highlighter->rehighlight();
        const QTextDocument *document = fixture.source->document();
        QVERIFY(formatAt(document, 2, u"block"_s).foreground().color().isValid());
        QVERIFY(formatAt(document, 2, u"block"_s).foreground() !=
                formatAt(document, 4, u"monitor"_s).foreground());
        QCOMPARE(formatAt(document, 2, u"action"_s).foreground(),
                 formatAt(document, 4, u"action"_s).foreground());
        QCOMPARE(formatAt(document, 2, u"action"_s).fontWeight(),
                 formatAt(document, 4, u"action"_s).fontWeight());
    }

    void problemIsShownInlineAndListed()
    {
        Editor fixture;
        fixture.editor.setText(invalidPolicy);
        QCOMPARE(fixture.editor.validity(), SourceValidity::Busy);
        QCOMPARE(fixture.validity->property("validity").toString(), u"busy"_s);
        QTRY_COMPARE(fixture.editor.validity(), SourceValidity::Invalid);
        QCOMPARE(fixture.validity->property("validity").toString(), u"invalid"_s);
        QCOMPARE(fixture.problems->count(), 1);
        QCOMPARE(fixture.problems->item(0)->text(), u"3:5: unknown key \"idd\""_s);

        const QList<QTextEdit::ExtraSelection> marks = fixture.source->extraSelections();
        const auto wavy = std::ranges::find_if(marks, [](const QTextEdit::ExtraSelection &mark) {
            return mark.format.underlineStyle() == QTextCharFormat::WaveUnderline;
        });
        QVERIFY(wavy != marks.end());
        QCOMPARE(wavy->cursor.block().blockNumber(), 2);
        QCOMPARE(wavy->cursor.selectedText(), u"idd: email"_s);
    }

    void clickingAProblemJumpsToIt()
    {
        Editor fixture;
        QVERIFY(QTest::qWaitForWindowExposed(&fixture.editor));
        fixture.editor.setText(invalidPolicy);
        QTRY_COMPARE(fixture.problems->count(), 1);
        fixture.source->moveCursor(QTextCursor::Start);
        const QRect itemRect = fixture.problems->visualItemRect(fixture.problems->item(0));
        QTest::mouseClick(fixture.problems->viewport(), Qt::LeftButton, {}, itemRect.center());
        QCOMPARE(fixture.source->textCursor().blockNumber() + 1, 3);
        QCOMPARE(fixture.source->textCursor().positionInBlock() + 1, 5);
    }

    void validTextIsValid()
    {
        Editor fixture;
        QSignalSpy changed(&fixture.editor, &PolicySourceEditor::validityChanged);
        fixture.editor.setText(invalidPolicy);
        QTRY_COMPARE(fixture.editor.validity(), SourceValidity::Invalid);
        fixture.editor.setText(validPolicy);
        QTRY_COMPARE(fixture.editor.validity(), SourceValidity::Valid);
        QCOMPARE(fixture.problems->count(), 0);
        QVERIFY(fixture.source->extraSelections().isEmpty());
        QCOMPARE(fixture.validity->property("validity").toString(), u"valid"_s);
        QCOMPARE(changed.last().at(0).value<SourceValidity>(), SourceValidity::Valid);
    }

    void emptyTextIsEmptyWithoutValidating()
    {
        Editor fixture;
        fixture.editor.setValidationDelay(std::chrono::milliseconds(0));
        fixture.editor.setText(u"   \n\n"_s);
        QCOMPARE(fixture.editor.validity(), SourceValidity::Empty);
        QCOMPARE(fixture.validity->property("validity").toString(), u"empty"_s);
        fixture.editor.setText(invalidPolicy);
        fixture.editor.setText({});
        QCOMPARE(fixture.editor.validity(), SourceValidity::Empty);
        QCoreApplication::processEvents(); // a pending zero-delay check would run here
        QCOMPARE(fixture.calls, 0);
        QCOMPARE(fixture.editor.validity(), SourceValidity::Empty);
    }

    void quickEditsAreValidatedOnce()
    {
        Editor fixture;
        for (int edit = 1; edit <= 5; ++edit)
            fixture.editor.setText(validPolicy.repeated(edit));
        QTRY_COMPARE(fixture.editor.validity(), SourceValidity::Valid);
        QCOMPARE(fixture.calls, 1);
    }

    void typingRevalidates()
    {
        Editor fixture;
        fixture.editor.setText(validPolicy);
        QTRY_COMPARE(fixture.editor.validity(), SourceValidity::Valid);
        fixture.source->moveCursor(QTextCursor::End);
        QTest::keyClicks(fixture.source, u"  - idd: phone"_s);
        QTRY_COMPARE(fixture.editor.validity(), SourceValidity::Invalid);
        QCOMPARE(fixture.problems->item(0)->text(), u"5:5: unknown key \"idd\""_s);
    }

    void problemLocationsAreWrittenLikeACompiler_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("shown");
        QTest::newRow("line and column") << 3 << 5 << u"3:5: bad"_s;
        QTest::newRow("line only") << 2 << 0 << u"2: bad"_s;
        QTest::newRow("nowhere") << 0 << 0 << u"bad"_s;
    }

    void problemLocationsAreWrittenLikeACompiler()
    {
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, shown);
        PolicySourceEditor editor;
        editor.setValidator([&](const QString &) { return SourceProblems{{line, column, u"bad"_s}}; });
        editor.setText(validPolicy);
        editor.validateNow();
        QCOMPARE(editor.validity(), SourceValidity::Invalid);
        auto *problems = child<QListWidget>(editor, u"policyProblems"_s);
        QCOMPARE(problems->count(), 1);
        QCOMPARE(problems->item(0)->text(), shown);
    }

    void jumpClampsToTheText()
    {
        PolicySourceEditor editor;
        editor.setText(validPolicy);
        editor.jumpTo(99, 99);
        const QTextCursor cursor = editor.textEdit()->textCursor();
        QCOMPARE(cursor.blockNumber(), editor.textEdit()->blockCount() - 1);
        editor.jumpTo(2, 99);
        QCOMPARE(editor.textEdit()->textCursor().blockNumber(), 1);
        QCOMPARE(editor.textEdit()->textCursor().positionInBlock(), 6); // the end of "rules:"
    }

    void savesAScreenshot()
    {
        Editor fixture;
        QVERIFY(QTest::qWaitForWindowExposed(&fixture.editor));
        fixture.editor.setText(invalidPolicy + u"    route: eu-only # keep EU data in the EU\n"_s);
        QTRY_COMPARE(fixture.editor.validity(), SourceValidity::Invalid);
        const QString dir = QStringLiteral(CUSTOS_BIN_DIR) + u"/screenshots"_s;
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(fixture.editor.grab().save(dir + u"/policy-source-editor.png"_s));
    }
};

} // namespace tst_policy_source_editor

CUSTOS_TEST_MAIN(tst_policy_source_editor::TestPolicySourceEditor)
#include "tst_policy_source_editor.moc"
